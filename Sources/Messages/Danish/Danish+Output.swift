extension Danish {
    /// Kommandolinjens egne ord: rapporter, opsummeringer, hooks, fejl.
    static let output: [String: String] = [
        "cli.error-label": "fejl:",
        "usage.deadline": "--deadline skal have et antal sekunder over 0",
        "usage.staged-one-revision": "--staged sammenligner en revision med indekset; angiv højst én revision",
        "usage.as-of": "--as-of skal have en dato skrevet ÅÅÅÅ-MM-DD, fik '{value}'",
        "usage.no-files": "angiv mindst én fil, der skal kontrolleres",
        "usage.ref-dir": "--ref-dir skal have URI=MAPPE, fik '{value}'",
        "usage.null-without-list": "--null gælder for --files-from; angiv en liste",
        "usage.max-count": "--max-count skal være mindst 1",
        "usage.revision-or-staged": "angiv enten en revision eller --staged, ikke begge",
        "usage.revision-staged-range": "angiv en revision, --staged eller --range, ikke mere end én",
        "usage.tips-only": "--tips-only hører sammen med --range",
        "usage.new-since-range":
            "--new-since sammenligner ét øjebliksbillede; --range sammenligner hver commit med dens forælder",
        "usage.all-new-since": "--all viser alle fund; udelad --new-since",
        "cli.not-a-repository": "ikke et git-repositorium: {path} ({detail})",
        "cli.bare-needs-two-revisions": "repositoriet er bart og har ingen arbejdsmappe; angiv to revisioner",
        "cli.nothing-to-compare": "intet at sammenligne",
        "cli.no-such-entity":
            "'{id}' findes ikke i historikken for {revision} – hverken som indsats, partner, mål, årsrapport, strategi eller organisering",
        "cli.no-such-rule": #"der findes ingen regel med navnet "{name}"{suggestion}; `tryg rules` viser dem"#,
        "cli.write-failed": "kan ikke skrive uddata: {reason}",
        "error.git": "{detail}",
        "error.config-unreadable": "tryg.json kan ikke bruges: {place}: {reason}",
        "error.version-lookup": "'{name}' nævner ingen reference, og strategiversionerne kan ikke slås op: {detail}",
        "error.no-version":
            "'{name}' nævner ingen reference, og ingen commit i HEAD's førsteforælder-historik har strategiversion {number} (fundne versioner: {found})",
        "error.no-version.none":
            "'{name}' nævner ingen reference, og ingen commit i HEAD's førsteforælder-historik har strategiversion {number} (der blev ikke fundet nogen strategiversioner)",
        "snapshot.work-tree": "arbejdsmappen",
        "snapshot.index": "indekset",
        "snapshot.revision": "{revision}",
        "snapshot.given-files": "de angivne filer",
        "report.severity.error": "fejl:",
        "report.severity.warning": "advarsel:",
        "report.severity.note": "note:",
        "report.hint-label": "tip:",
        "report.note-label": "note:",
        "report.fixed-label": "rettet:",
        "report.no-file": "(repositoriet):",
        "report.checked-files": "kontrollerede {count} {count:fil|filer} i {what}: ",
        "report.checked-files-against": "kontrollerede {count} {count:fil|filer} i {what} mod {base}: ",
        "report.no-problems": "ingen problemer fundet",
        "report.no-new-problems": "ingen nye problemer",
        "report.fixed-count": "{count} rettet",
        "report.unchanged": "{tally} uændret; kør `tryg validate` for at se dem",
        "count.errors": "{count} fejl",
        "count.warnings": "{count} {count:advarsel|advarsler}",
        "count.notes": "{count} {count:note|noter}",
        "count.new-errors": "{count} {count:ny fejl|nye fejl}",
        "count.new-warnings": "{count} {count:ny advarsel|nye advarsler}",
        "count.new-notes": "{count} {count:ny note|nye noter}",
        "count.earlier-errors": "{count} tidligere fejl",
        "count.earlier-warnings": "{count} tidligere {count:advarsel|advarsler}",
        "count.earlier-notes": "{count} tidligere {count:note|noter}",
        "progress.validating-commits": "kontrollerer commits",
        "range.commit": "commit {commit}",
        "range.checked": "kontrollerede {count} {count:commit|commits} i {range}: ",
        "range.empty": "intet at kontrollere (intervallet er tomt)",
        "range.no-commit-fails": "ingen commit fejler ({count} {count:commit|commits} med fund, der ikke får den til at fejle)",
        "range.commits-fail": "{count} {count:commit fejler|commits fejler}",
        "range.same-findings": "de samme fund som commit {commit}",
        "range.findings-as-in": "og {count} {count:fund|fund} som i commit {commit}",
        "range.findings-fixed-since": "{count} {count:fund|fund} fra commit {commit} rettet",
        "range.first-seen": #"{finding} (commit {commit} "{summary}")"#,
        "range.first-seen.later": #"{finding} (commit {commit} "{summary}" og {later} senere {later:commit|commits})"#,
        "hook.cannot-open": "kan ikke åbne repositoriet ud fra git's miljø: {detail}",
        "hook.cannot-read-index": "kan ikke læse de filer, der er klar til commit: {detail}",
        "hook.commit-refused": """
        tryg: commit afvist: filerne, der er klar til commit, giver {what} (vist ovenfor).
          Ret dem, gør rettelserne klar med 'git add', og commit igen.
          Vil du committe alligevel i en nødsituation: git commit --no-verify
        """,
        "hook.merge-refused": """
        tryg: merge afvist: de sammenflettede filer giver {what} (vist ovenfor).
          Ret dem, gør rettelserne klar med 'git add', og afslut med 'git merge --continue'.
          Vil du flette alligevel i en nødsituation: git merge --no-verify
        """,
        "hook.bad-input": "pre-receive: linje {line} i hook'ens input: {detail}",
        "hook.push-unreadable": "pre-receive: {detail}",
        "hook.push-accepted": "kontrollerede {count} {count:ny commit|nye commits}: ingen nye fejl",
        "hook.push-rejected": "push afvist: {failing} af {count} {count:ny commit|nye commits} giver fejl",
        "hook.more-findings": "… og {count} {count:fund|fund} mere; kør `tryg validate --range` i din klon for at se dem alle",
        "hook.deadline":
            "push afvist: kontrollen blev ikke færdig på {seconds} s (git config tryg.deadline); intet er sluppet igennem",
        "hook.hidden-content": "(vises ikke: filen er hverken en del af dit push eller noget, du kan læse)",
        "hook.hidden-related": "(en fil, der hverken er en del af dit push eller noget, du kan læse)",
        "hook.push-fix": "Ret de commits, der er nævnt ovenfor (f.eks. med 'git rebase -i'), og push igen.",
        "push.input.fields": "forventede '<gammelt-id> <nyt-id> <ref-navn>', fandt '{found}'",
        "push.input.lengths": "de to id'er har forskellig længde ({old}, {new})",
        "push.input.id": "'{found}' er ikke et objekt-id (40 eller 64 hexcifre)",
        "push.sha256":
            "{reference} pushes som {id}, et SHA-256-id; tryg læser kun SHA-1-repositorier (libgit2 {version}), så dette push kan ikke kontrolleres",
        "push.missing-object":
            "{reference} pushes som {id}, men repositoriet (og pushets karantæne) har intet sådant objekt; kør hook'en med git's miljø (GIT_DIR, GIT_OBJECT_DIRECTORY, GIT_ALTERNATE_OBJECT_DIRECTORIES)",
        "push.config-removed":
            "denne commit fjerner {config} (eller erstatter den med noget, der ikke er en fil); den gældende politik kræver den",
        "push.policy-change":
            "denne commit ændrer politikken ({files}) og består kun under sin egen; under den gældende politik har den de viste fejl",
        "push.policy.hint":
            "ret indholdet, så det består under den gældende politik, eller ændr politikken i et push for sig (en administrator kan tillade det: git config tryg.allowPolicyChange true, derefter git push -o tryg.policy-change)",
        "hook.protected-pattern-unused":
            "advarsel: mønsteret '{pattern}' i git config {key} passer på ingen reference: det beskytter intet (en tastefejl?)",
        "hook.install.done": "installerede {hook}-hook'en i {path}",
        "hook.install.already": "{hook}-hook'en i {path} er allerede installeret",
        "hook.install.bare": "{path} er et bart repositorium, hvor ingen committer; brug --pre-receive",
        "hook.install.foreign":
            "{path} findes allerede og er ikke installeret af tryg; brug --force for at erstatte den, eller tilføj selv 'tryg hook {hook}' til den",
        "hook.install.no-folder": "kan ikke oprette hook-mappen {folder}: {reason}",
        "hook.install.not-writable": "kan ikke skrive {path} (er hook-mappen skrivbar?)",
        "hook.install.failed": "kan ikke installere {path}: {reason}",
        "hook.install.unknown-executable":
            "kan ikke se, hvor denne tryg er installeret; brug --use-path for at kalde 'tryg' fra PATH",
        "rules.engine-checks": "Kontrol af undtagelserne og af regelindstillingerne i tryg.json:",
        "rules.footer":
            #"`tryg rules NAVN` forklarer en regel. Sæt en regels niveau, eller slå den fra, i tryg.json: "rules": {"NAVN": "error" | "warning" | "note" | "off"}."#,
        "rules.from-config": "(tryg.json)",
        "rules.excusable":
            #"Hvor reglen ikke kan opfyldes, kan filen have en begrundet undtagelse: "exceptions": [{"rule": "{rule}", "reason": "…", "until": "ÅÅÅÅ-MM-DD"}]."#,
        "rules.not-excusable": "Reglen sikrer, at indholdet hænger sammen: ingen undtagelse kan undskylde dens fund.",
        "schema-cli.no-ref-dir": "--ref-dir-mappen {folder} findes ikke",
        "schema-cli.bad-ref-schema": "kan ikke bruge {file} som skema: {reason}",
        "schema-cli.invalid-schema": "skemaet {schema} er ikke gyldigt: {reason}",
        "schema-cli.is-folder": "{path} er en mappe, ikke en fil",
        "schema-cli.unreadable": "kan ikke læse {path}: filen findes ikke, eller adgang nægtes",
        "schema-cli.not-json": "{place}: {reason}",
        "schema-cli.no-files": "angiv mindst én fil, der skal valideres, eller en liste med --files-from",
    ]
}
