extension Danish {
    /// Reglernes fund, tips og noter.
    static let rules: [String: String] = [
        "rule.coverage.no-initiative": "{owner} ejer slet ingen indsats",
        "rule.coverage.gap": "{owner} ejer ingen igangværende indsats fra {from} til {to}",
        "rule.coverage.gap.day": "{owner} ejer ingen igangværende indsats den {day}",
        "rule.coverage.gap.open": "{owner} ejer ingen igangværende indsats fra {from} og frem",
        "rule.coverage.owned-ends": "“{initiative}” (ejet) er igangværende til og med {day}",
        "rule.coverage.owned-ends.open": "“{initiative}” (ejet) er igangværende indtil videre",
        "rule.coverage.owned-starts": "“{initiative}” (ejet) er igangværende fra {day}",
        "rule.coverage.owned-status": "“{initiative}” er ejet, men dens status er {status}",
        "rule.coverage.owned-no-status": "“{initiative}” er ejet, men har ingen status",
        "rule.coverage.hint":
            "tilføj {owner} som ejer af en indsats, der kører i de dage, eller skriv en undtagelse med begrundelsen",
        "rule.goal-coverage.message": "ingen igangværende indsats arbejder for målet “{goal}”",
        "rule.goal-coverage.message.numbered": "ingen igangværende indsats arbejder for mål {number} “{goal}”",
        "rule.goal-coverage.hint":
            #"tilføj "{id}" til målene for en igangværende indsats, eller skriv en undtagelse med begrundelsen"#,
        "rule.goal-coverage.not-active": "“{initiative}” nævner målet, men dens status er {status}",
        "rule.reference-resolves.unknown-goal": #"der findes intet mål "{id}"{suggestion}"#,
        "rule.reference-resolves.unknown-initiative": #"der findes ingen indsats "{id}"{suggestion}"#,
        "rule.reference-resolves.unknown-partner": #"der findes ingen partner "{id}"{suggestion}"#,
        "rule.reference-resolves.unknown-unit": #"der findes ingen enhed "{id}"{suggestion}"#,
        "rule.reference-resolves.goal.hint": "mål nævnes ved filnavnet på strategy/goals/<id>.json",
        "rule.reference-resolves.initiative.hint": "indsatser nævnes ved filnavnet på strategy/initiatives/<id>.json",
        "rule.reference-resolves.party.hint":
            #"skriv "<partner-id>" eller "<partner-id>/<enheds-id>", som i strategy/partners/<partner-id>.json og dens enheder"#,
        "rule.assumption-field-resolves.missing": #"antagelsen handler om "{field}", men filen har intet sådant felt"#,
        "rule.assumption-field-resolves.not-a-pointer": #"antagelsens felt "{field}" er ikke en JSON Pointer"#,
        "rule.assumption-field-resolves.hint":
            #"peg på det felt, antagelsen handler om (f.eks. "/owners/0"), eller brug kind "unknown", hvis feltet mangler, fordi intet vides"#,
        "rule.id-matches-file.id": #"id'et "{id}" er ikke det samme som filnavnet "{file}.json""#,
        "rule.id-matches-file.id.hint": #"id'er ændres aldrig: sæt "id" til "{file}" (vil du omdøbe, så ændr "name" i stedet)"#,
        "rule.id-matches-file.id.rename-file.hint":
            #"filnavnet "{id}.json" er ikke et gyldigt id (små bogstaver a–z, cifre og enkelte bindestreger): omdøb i stedet filen efter dens "id""#,
        "rule.id-matches-file.report-file": #"årsrapporten handler om "{initiative}", men filen hedder "{file}.json""#,
        "rule.id-matches-file.report-year": #"årsrapporten er for {year}, men den ligger i mappen "{folder}""#,
        "rule.id-matches-file.report.hint": "gem årsrapporten som strategy/reports/{year}/{initiative}.json",
        "rule.id-matches-file.report-year.hint":
            #"er rapporten for {year}, så flyt filen til strategy/reports/{year}/{initiative}.json; er den for {folder}, så sæt "year" til {folder}"#,
        "rule.unique-ids.unit": #"{partner} har to enheder med id'et "{id}""#,
        "rule.unique-ids.goal-number": "målnummer {number} bruges allerede af “{goal}”",
        "rule.unique-ids.first-use": "den første står her",
        "rule.unique-ids.unit.hint": #"giv hver enhed sit eget id; henvisninger nævner enheder som "partner-id/enheds-id""#,
        "rule.unique-ids.goal-number.hint": "nummerér målene 1, 2, 3, … uden gentagelser",
        "rule.period-order.backwards": "perioden slutter {to}, før den begynder {from}",
        "rule.period-order.left-before-joining": "partneren udtrådte {left}, før den trådte ind {joined}",
        "rule.period-order.hint": #"datoer skrives ÅÅÅÅ-MM-DD; kontrollér, at "from" og "to" ikke er byttet om"#,
        "rule.period-within-strategy.starts-before":
            "indsatsen begynder {day}, før strategiens første dag ({first})",
        "rule.period-within-strategy.starts-after":
            "indsatsen begynder {day}, efter strategiens sidste dag ({last}), men den er ikke planlagt",
        "rule.period-within-strategy.hint":
            #"kontrollér datoerne; en indsats fra en tidligere version kræver den version i strategy.json "previousVersions""#,
        "rule.period-within-strategy.report-outside": "årsrapporten er for {year}, uden for strategiens tid ({span})",
        "rule.period-within-strategy.covers-other-year":
            "årsrapporten dækker {covers}, som ikke har nogen dag i {year}, det år den ligger under",
        "rule.period-within-strategy.report.hint":
            "gem årsrapporten under det år, den dækker: strategy/reports/<år>/<indsats>.json",
        "rule.former-name-dates.same-as-name": "det tidligere navn “{name}” er indsatsens nuværende navn",
        "rule.former-name-dates.before-start": "navnet blev sidst brugt {until}, før indsatsen begyndte ({start})",
        "rule.former-name-dates.after-end": "navnet blev sidst brugt {until}, efter indsatsens sidste dag ({end})",
        "rule.former-name-dates.out-of-order":
            "navnet blev sidst brugt {until}, før navnet over det ({previous}); skriv tidligere navne med det ældste først",
        "rule.former-name-dates.hint": #""until" er den sidste dag, det gamle navn blev brugt, inden for indsatsens periode"#,
        "rule.status-matches-period.active-but-over":
            "indsatsen er igangværende, men dens periode sluttede {end} (kontrolleret pr. {asOf})",
        "rule.status-matches-period.planned-but-started":
            "indsatsen er planlagt, men dens første dag ({start}) er passeret (kontrolleret pr. {asOf})",
        "rule.status-matches-period.active.hint": #"sæt "status" til "ended" med en "endedReason", eller forlæng perioden"#,
        "rule.status-matches-period.planned.hint": #"sæt "status" til "active", eller flyt "period.from" til den nye start"#,
        "rule.merged-into-active.into-ended": "indsatsen er lagt sammen med “{target}”, som er afsluttet",
        "rule.merged-into-active.into-merged": "indsatsen er lagt sammen med “{target}”, som selv er sammenlagt",
        "rule.merged-into-active.into-merged.next":
            #"indsatsen er lagt sammen med “{target}”, som selv er sammenlagt (med "{next}")"#,
        "rule.merged-into-active.circle": "indsatserne er lagt sammen med hinanden i en cirkel: {circle}",
        "rule.merged-into-active.target-note": "den indsats, den er lagt sammen med",
        "rule.merged-into-active.member-note": "del af cirklen",
        "rule.merged-into-active.hint": #"sæt "mergedInto" til den indsats, der fører arbejdet videre i dag"#,
        "rule.merged-into-active.circle.hint":
            #"én af dem skal føre arbejdet videre: giv den status "active", og fjern dens "mergedInto""#,
        "rule.absorbed-matches-merged-into.not-merged":
            "“{other}” står som optaget, men er ikke lagt sammen med denne indsats",
        "rule.absorbed-matches-merged-into.merged-elsewhere": #"“{other}” står som optaget, men er lagt sammen med "{into}""#,
        "rule.absorbed-matches-merged-into.not-absorbed":
            #"indsatsen er lagt sammen med “{target}”, som ikke nævner den i "absorbed""#,
        "rule.absorbed-matches-merged-into.absorbed.hint":
            #"giv den optagne indsats "status": "merged" og "mergedInto": "{id}", eller fjern den fra "absorbed""#,
        "rule.absorbed-matches-merged-into.merged.hint": #"tilføj "{id}" til "absorbed" i strategy/initiatives/{target}.json"#,
        "rule.absorbed-matches-merged-into.other-note": "den anden side af sammenlægningen",
        "rule.steering-group-covers-partners.message": "Styregruppen har intet medlem fra {partner}",
        "rule.steering-group-covers-partners.hint": #"tilføj partnerens medlem som en rolle: {"role": "…", "at": "{id}"}"#,
        "rule.steering-group-covers-partners.partner-note": "partneren",
        "rule.two-tovholdere.none": "strategien har ingen tovholdere; den skal have to",
        "rule.two-tovholdere.one": "strategien har kun én tovholder; den skal have to",
        "rule.two-tovholdere.one-partner": "alle strategiens tovholdere er hos {partner}; de skal komme fra to partnere",
        "rule.two-tovholdere.hint":
            #"skriv de to tovholdere som roller, f.eks. {"role": "Netværkskoordinator", "at": "aalborg-kommune"} og {"role": "Forebyggelseskonsulent", "at": "nordjyllands-politi"}"#,
        "rule.initiative-has-owner.message": "den igangværende indsats “{initiative}” har ingen ejer",
        "rule.initiative-has-owner.hint":
            #"tilføj den ansvarlige partner eller enhed til "owners" (f.eks. "aalborg-kommune/skoleforvaltningen"), når den kendes"#,
        "rule.yearly-report.message": "“{initiative}” har ingen årsrapport for {years}",
        "rule.yearly-report.hint":
            "tilføj strategy/reports/{year}/{id}.json (og én for hvert af de nævnte år), når rapporten er lavet",
    ]

    /// Regelmotorens fund om undtagelser og indstillinger.
    static let engine: [String: String] = [
        "engine.excepted": "{finding} (undtaget: {reason})",
        "engine.exception-written-here": "undtagelsen står her",
        "engine.unknown-rule.exception": #"undtagelsen nævner reglen "{rule}", som tryg ikke har{suggestion}"#,
        "engine.unknown-rule.config": #"tryg.json indstiller reglen "{rule}", som tryg ikke har{suggestion}"#,
        "engine.list-rules.hint": "`tryg rules` viser alle regler ved navn",
        "engine.exception-not-allowed":
            "reglen {rule} sikrer, at indholdet hænger sammen, og kan ikke undtages; undtagelsen bruges ikke",
        "engine.exception-not-allowed.hint":
            "fjern undtagelsen og ret det, reglen finder; kun regler om strategiens indhold (dækning, årsrapporter, ejere, organisering) kan undtages",
        "engine.unused-exception": "undtagelsen fra {rule} undskylder intet: reglen finder intet problem her",
        "engine.exception-without-reason": "undtagelsen fra {rule} giver ingen begrundelse, så den undskylder intet",
        "engine.exception-without-reason.hint": "skriv, hvorfor reglen ikke kan opfyldes her, med mindst 20 tegn",
        "engine.unused-exception.hint": "fjern undtagelsen; kommer problemet igen, siger reglen til",
        "engine.expired-exception": "undtagelsen fra {rule} udløb {until} og undskylder ikke længere noget",
        "engine.expired-exception.hint": #"ret det, reglen finder, eller forlæng "until" med en begrundelse, der stadig holder"#,
        "code.unknown-rule.summary": "Hver undtagelse og hver regelindstilling i tryg.json nævner en regel, tryg kender.",
        "code.exception-not-allowed.summary":
            "Undtagelser skrives kun for regler om strategiens indhold, aldrig for regler om sammenhængen.",
        "code.unused-exception.summary": "Hver undtagelse undskylder et fund; en, der intet undskylder, fjernes.",
        "code.expired-exception.summary": "En undtagelse, hvis until er passeret, undskylder ikke længere noget.",
    ]
}
