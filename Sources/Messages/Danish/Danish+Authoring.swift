extension Danish {
    /// Redigeringskommandoerne (new, rename, end, merge, owners, fmt), deres spørgsmål, og reglerne om
    /// ejere og historik.
    static let authoring: [String: String] = [
        "rule.owner-is-partner.summary":
            #"En ejer er partner i strategien (trådt ind og ikke udtrådt) på hver dag, den ejer en indsats."#,
        "rule.owner-is-partner.explanation": #"""
        Beslutningsgrundlaget (sag 2018-021871): "Fra 2018 indgår Nordjyllands Politi og Aalborg Kommune partnerskab med Region Nordjylland - Psykiatrien. Således vil tryghedsstrategien også indbefatte prioriterede tryghedsfremmende indsatser udarbejdet i fællesskab mellem Region Nordjylland - Psykiatrien, Nordjyllands Politi og Aalborg Kommune." En partner ejer strategiens indsatser, mens den er med i strategien, fra "joined" til "left" i dens partnerfil; en enhed regnes som sin partner.

        En ejer ejer en indsats i hele indsatsens periode eller – skrevet {"owner": "<partner-id>", "from": "ÅÅÅÅ-MM-DD", "to": "ÅÅÅÅ-MM-DD"} – på sine egne dage inden for den; dækningsreglerne tæller den kun på de dage. Reglen melder de dage, hvor en ejer ejer en indsats, før dens partner trådte ind eller efter den udtrådte, og egne datoer, der ligger uden for indsatsens periode eller går baglæns. `tryg owners ID --add EJER --on DATO` skriver sådan en post.
        """#,
        "rule.owner-is-partner.before-joining":
            "{owner} ejer “{initiative}” fra {from}, men trådte først ind i strategien {joined}",
        "rule.owner-is-partner.after-leaving": "{owner} ejer “{initiative}” efter at være udtrådt af strategien {left}",
        "rule.owner-is-partner.joined-here": "dagen, partneren trådte ind",
        "rule.owner-is-partner.left-here": "dagen, partneren udtrådte",
        "rule.owner-is-partner.hint":
            #"giv ejerskabet sine egne datoer: skriv ejeren som {entry} (tryg owners {id} --add … --on DATO skriver det)"#,
        "rule.owner-is-partner.never.hint":
            #"{owner} var ikke partner på nogen af dagene, så egne datoer kan ikke rette det: fjern ejeren (tryg owners {id} --remove …) eller ret partnerens "joined" og "left""#,
        "rule.owner-is-partner.backwards": "ejerskabet slutter {to}, før det begynder {from}",
        "rule.owner-is-partner.from-outside": "ejerskabet begynder {day}, uden for indsatsens periode ({period})",
        "rule.owner-is-partner.to-outside": "ejerskabet slutter {day}, uden for indsatsens periode ({period})",
        "rule.owner-is-partner.dates.hint":
            #"en ejers "from" og "to" ligger inden for indsatsens periode; udelad dem, når ejeren ejer indsatsen hele vejen"#,
        "authoring.kind.none.goal": "intet mål",
        "authoring.kind.none.owner": "ingen ejer",
        "authoring.kind.none.initiative": "ingen indsats",
        "authoring.kind.none.partner": "ingen partner",
        "authoring.kind.one.goal": "ét mål",
        "authoring.kind.one.owner": "én ejer",
        "authoring.kind.one.initiative": "én indsats",
        "authoring.kind.one.partner": "én partner",
        "authoring.lookup.unknown": #"der findes {kind} "{text}"{suggestion}{valid}"#,
        "authoring.suggestion": "{suggestion}{valid}",
        "authoring.lookup.valid": "; de gyldige er: {ids}",
        "authoring.lookup.ambiguous": #""{text}" kan betyde mere end {kind}: {candidates}; skriv id'et"#,
        "authoring.source.none": "Tilføjet med tryg new; ingen kilde registreret endnu.",
        "authoring.source.page": "Tilføjet med tryg new fra siden på den angivne adresse.",
        "authoring.bare": "repositoriet i {path} er bart: der er ingen arbejdsmappe at redigere i; kør kommandoen i en klon",
        "authoring.unreadable": "kan ikke læse {path}: ret først filens syntaks (tryg validate viser hvor)",
        "authoring.exists": "{path} findes allerede",
        "authoring.write-failed": "kunne ikke skrive {path}: {reason}; intet er ændret",
        "authoring.commit-failed": "filerne er skrevet, men commit mislykkedes: {detail}",
        "authoring.commit.detached":
            "HEAD peger ikke på en gren (detached HEAD): tryg laver ikke commits dér; skift til en gren, eller udelad --commit. Intet er skrevet",
        "authoring.date.invalid": #"{option} "{value}" er ikke en dato: skriv den ÅÅÅÅ-MM-DD, f.eks. 2021-03-01"#,
        "authoring.name.empty": "navnet er tomt",
        "authoring.id.no-letters": #"navnet "{name}" har intet bogstav eller ciffer at danne et id af; angiv et med --id"#,
        "authoring.id.invalid": #""{id}" er ikke et gyldigt id: små bogstaver a–z, cifre og enkelte bindestreger"#,
        "authoring.id.exists":
            #"id'et "{id}" er optaget: der findes allerede en fil med det; vælg et andet navn, eller angiv et ledigt id, f.eks. --id {suggestion}"#,
        "authoring.id.taken":
            #"id'et "{id}" er optaget ({owner} har eller har haft det; id'er genbruges aldrig): vælg et andet navn, eller angiv et ledigt id, f.eks. --id {suggestion}"#,
        "authoring.already-over": #"“{name}” er allerede afsluttet (status "{status}")"#,
        "authoring.rename.same-name": "indsatsen hedder allerede “{name}”",
        "authoring.rename.name-taken": "en anden indsats ({id}) hedder allerede “{name}”",
        "authoring.rename.not-after-start":
            "--on {day} ligger ikke efter indsatsens første dag ({start}): det nye navn skal have sin egen første dag",
        "authoring.rename.before-earlier": "--on {day} ligger ikke efter sidste dag for et tidligere navn ({until})",
        "authoring.rename.done": "omdøbt: “{old}” → “{new}” fra {day} (“{old}” gemt som tidligere navn til og med {until})",
        "authoring.rename.commit": "Omdøb {id} til “{name}”",
        "authoring.end.no-reason": "angiv begrundelsen med --reason",
        "authoring.end.before-start": "{day} ligger før indsatsens første dag ({start})",
        "authoring.end.done": "afsluttet: “{name}”, sidste dag {day}",
        "authoring.end.commit": "Afslut {id} den {day}",
        "authoring.merge.into-itself": "en indsats kan ikke lægges sammen med sig selv ({id})",
        "authoring.merge.target-over": "{target} er ikke igangværende efter den dag: læg indsatsen sammen med en, der fortsætter",
        "authoring.merge.done": "sammenlagt: “{name}” er overgået til “{target}”, sidste dag {day}",
        "authoring.merge.commit": "Læg {id} sammen med {target}",
        "authoring.owners.outside-period": "{day} ligger uden for indsatsens periode ({period})",
        "authoring.owners.already": "{owner} ejer allerede “{name}”",
        "authoring.owners.not-owner": "{owner} er ikke ejer af “{name}”",
        "authoring.owners.before-from": "{day} ligger før den dag, ejerskabet begyndte ({from})",
        "authoring.owners.nothing": "angiv --add eller --remove",
        "authoring.owners.added": "ejer tilføjet: {owner}",
        "authoring.owners.added-on": "ejer tilføjet: {owner} fra {day}",
        "authoring.owners.removed": "ejer fjernet: {owner}",
        "authoring.owners.removed-on": "ejer til og med {day}: {owner}",
        "authoring.owners.commit": "Skift ejere af {id}",
        "authoring.new.initiative.done": "tilføjet: “{name}” ({id}), fra {day}",
        "authoring.new.initiative.commit": "Tilføj indsatsen “{name}”",
        "authoring.report.year": #""{year}" er ikke et år i strategien (2000–2999)"#,
        "authoring.new.report.done": "tilføjet: årsrapporten for {year} for “{name}”",
        "authoring.new.report.commit": "Tilføj årsrapporten for {year} for {id}",
        "authoring.new.goal.done": "tilføjet: mål {number} “{name}” ({id})",
        "authoring.new.goal.commit": "Tilføj målet “{name}”",
        "authoring.unit.taken": #"{partner} har allerede en enhed "{id}""#,
        "authoring.new.unit.done": "tilføjet: {name} ({ref})",
        "authoring.new.unit.commit": "Tilføj {name} til {partner}",
        "authoring.nothing-changed": "intet at ændre: filerne siger allerede dette",
        "authoring.refused":
            "intet er skrevet: ændringen ville give {count} {count:fejl|fejl}, som arbejdsmappen ikke har (--force skriver alligevel)",
        "authoring.forced": "skrevet med --force trods {count} {count:ny fejl|nye fejl}",
        "authoring.changed-files": "{count:ændret fil|ændrede filer}:",
        "authoring.commit-suggestion": "forslag til commit-besked:",
        "authoring.commit-how": "gem med: {command} (eller kør kommandoen igen med --commit)",
        "authoring.committed": "commit {commit} på {branch}: {message}",
        "authoring.missing-options": "mangler {options}: tryg spørger kun om dem på en terminal",
        "authoring.prompt.no-answer": "intet svar (inddata sluttede): intet er skrevet",
        "authoring.prompt.choose": "Vælg (nummer, id eller navn; flere adskilt med komma):",
        "authoring.prompt.goals": "Hvilke mål arbejder indsatsen for?",
        "authoring.prompt.owners": "Hvem ejer indsatsen (partnere eller forvaltninger)?",
        "authoring.prompt.from": "Første dag (ÅÅÅÅ-MM-DD):",
        "authoring.prompt.rename-on": "Første dag med det nye navn (ÅÅÅÅ-MM-DD):",
        "authoring.prompt.end-on": "Sidste dag (ÅÅÅÅ-MM-DD):",
        "authoring.prompt.merge-on": "Sidste dag før sammenlægningen (ÅÅÅÅ-MM-DD):",
        "authoring.prompt.reason": "Hvorfor afsluttes indsatsen?",
        "authoring.prompt.into": "Hvilken indsats overtager den?",
        "authoring.prompt.goal-text": "Målets tekst på dansk:",
        "authoring.prompt.goal-text-en": "Målets tekst på engelsk:",
        "authoring.fmt.rewrote": "formateret",
        "authoring.fmt.summary": "{count} af {checked} {checked:fil|filer} formateret",
        "authoring.fmt.check-summary": "{count} af {checked} {checked:fil|filer} er ikke i den faste form",
        "authoring.fmt.no-such-path": "{path} er ikke en fil i arbejdsmappen",
        "authoring.fmt.syntax.hint": "tryg fmt formaterer kun gyldig JSON: ret dette først",
        "rule.former-name-recorded.message": "navnet “{old}” er ændret til “{new}”, uden at det gamle navn er gemt i formerNames",
        "rule.former-name-recorded.hint":
            #"tilføj {entry} til "formerNames" (sidste dag med det gamle navn i "until"), eller fortryd ændringen og kør: tryg rename {id} "{new}" --on <første dag med det nye navn>"#,
        "rule.former-name-recorded.group.hint":
            #"tilføj {entry} til gruppens "formerNames" (sidste dag med det gamle navn i "until")"#,
        "rule.entity-not-deleted.message": "{path} er slettet: indhold slettes aldrig – en indsats afsluttes eller lægges sammen",
        "rule.entity-not-deleted.hint":
            #"gendan filen og afslut den (tryg end {id} --on DATO --reason "…") eller læg den sammen (tryg merge {id} --into … --on DATO); skal den virkelig væk, så skriv en undtagelse i strategy/strategy.json: {"rule": "entity-not-deleted", "file": "{path}", "reason": "…"}"#,
        "rule.entity-not-deleted.other.hint":
            #"gendan filen: indholdet bevarer det, det engang har rummet; skal den virkelig væk (tilføjet ved en fejl), så skriv en undtagelse i strategy/strategy.json: {"rule": "entity-not-deleted", "file": "{path}", "reason": "…"}"#,
        "rule.entity-not-deleted.moved": "{path} er flyttet til {to}: det ændrer id'et, og id'er ændres aldrig",
        "rule.entity-not-deleted.moved.hint":
            #"behold filnavnet ({id}) og ændr "name" i stedet (tryg rename {id} "…" --on DATO)"#,
        "rule.id-not-reused.message":
            #"id'et "{id}" har tidligere i historikken været brugt til noget andet: et id gives aldrig videre"#,
        "rule.id-not-reused.mentioned":
            #"id'et "{id}" tilhører en indsats, strategien allerede nævner (sammenlagt, overtaget, afløst eller et tidligere navn): det gives aldrig til en anden"#,
        "rule.id-not-reused.hint":
            #"vælg et andet id: tryg new initiative "…" danner et og afviser id'er, der har været brugt; er det den samme indsats (eller det samme mål eller den samme partner) igen, så gendan dens gamle fil fra historikken i stedet"#,
        "rule.former-name-recorded.summary":
            "Et ændret navn gemmer det gamle i formerNames (sammenligner en ændring med dens udgangspunkt).",
        "rule.former-name-recorded.explanation": #"""
        Beslutningsgrundlaget (sag 2018-021871) nævner indsatser ved gammelt og nyt navn: ""Rusmiddelseminar" har ændret navn til "Forebyggelsesseminarer" og "Drop-out-elever – en styrket indsats" ændrer navn til "Bekymrende fravær i skolen"". Et navneskift ændrer "name" og gemmer det gamle navn med sin sidste dag i "formerNames" – historikken, sammenligningen og hjemmesiden følger det. Reglen sammenligner en ændring med dens udgangspunkt (validate --range: hvert commit med dets første forælder; pre-commit-hooken: indekset med HEAD; pre-receive: hvert commit med referencens gamle værdi; tryg diff) og melder et "name", der er ændret, uden at det gamle står i "formerNames". `tryg rename ID "Nyt navn" --on DATO` laver ændringen rigtigt.
        """#,
        "rule.entity-not-deleted.summary":
            "Filen for en indsats, et mål eller en partner forsvinder aldrig: indsatser afsluttes eller lægges sammen (sammenligner en ændring med dens udgangspunkt).",
        "rule.entity-not-deleted.explanation": #"""
        Beslutningsgrundlaget (sag 2018-021871) beskriver, hvad der sker med indsatserne, i stedet for at fjerne dem: ""Brobygningsforløb", "Skalborg Borgerhjælp" udgå, idet de ikke findes længere. "Dit Kvarter" er overgået til indsatsen Aalborg "FRI-TID"". En indsats, der slutter, beholder sin fil med status "ended" (eller "merged"), så dens historik, dens årsrapporter og sammenligningen bevarer den. Reglen melder en fil for en indsats, et mål, en partner eller en årsrapport, som en ændring sletter (eller flytter til et andet navn, hvilket ændrer id'et). Skal en fil virkelig væk (tilføjet ved en fejl), nævner en undtagelse i strategy/strategy.json den: {"rule": "entity-not-deleted", "file": "strategy/initiatives/<id>.json", "reason": "…"}.
        """#,
        "rule.id-not-reused.summary":
            "Et id, der har været brugt, gives aldrig til noget andet (sammenligner en ændring med historikken).",
        "rule.id-not-reused.explanation": #"""
        Beslutningsgrundlaget (sag 2018-021871): "I den nye version af Strategien Tryg Aalborg vil der være tryghedsfremmende indsatser, der ikke længere indgår i strategiarbejdet, andre vil blive justeret, og der vil komme nye til." Indsatser går, ændres og kommer til; hver beholder sit eget id. Id'er er permanente: filnavnet er id'et, og henvisninger, årsrapporter og historikken følger det. Et id, der én gang har været brugt – af en fil, der siden er slettet, eller af en indsats, som indholdet nævner som sammenlagt, overtaget, afløst eller under et tidligere navn – gives ikke til noget nyt, ellers blander historikken to forskellige indsatser (eller mål eller partnere) sammen under ét id. Reglen melder en fil, som en ændring tilføjer under sådan et id. `tryg new` afviser brugte id'er og foreslår et ledigt.
        """#,
    ]
}
