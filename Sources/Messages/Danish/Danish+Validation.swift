extension Danish {
    static let common: [String: String] = [
        "common.did-you-mean": #" (mente du "{candidate}"?)"#,
        "common.none": "(ingen)",
        "common.period": "{from} til {to}",
        "common.period.open": "fra {from}",
    ]

    static let syntax: [String: String] = [
        "syntax.empty": "filen har ingen JSON-værdi: den er tom eller indeholder kun mellemrum",
        "syntax.unexpected-end": "filen slutter for tidligt: her skulle stå {expected}",
        "syntax.unexpected": "her skulle stå {expected}, men der står {found}",
        "syntax.trailing-content": "{found} efter JSON-værdiens slutning; en fil indeholder præcis én værdi",
        "syntax.invalid-literal":
            "ugyldigt ord '{found}': skriv true, false, null, et tal eller en tekst i dobbelte anførselstegn",
        "syntax.invalid-number": "ugyldigt tal: {reason}",
        "syntax.invalid-escape":
            #"ugyldig escape-sekvens '{escape}' i en tekst: brug \", \\, \/, \b, \f, \n, \r, \t eller \uXXXX"#,
        "syntax.invalid-unicode-escape":
            #"ugyldig escape-sekvens '{escape}' i en tekst: efter \u skal der stå fire hexcifre, men der står {found}"#,
        "syntax.unpaired-high-surrogate":
            #"escape {escape} er første halvdel af et UTF-16-surrogatpar og skal efterfølges af anden halvdel (\uDC00 til \uDFFF), men der står {found}"#,
        "syntax.unpaired-low-surrogate":
            "escape {escape} er anden halvdel af et UTF-16-surrogatpar uden første halvdel foran",
        "syntax.line-break-in-string":
            #"linjeskift inde i en tekst: afslut teksten med '"' før linjen slutter, eller skriv linjeskiftet som \n"#,
        "syntax.control-character": "kontroltegnet U+{code} inde i en tekst skal skrives som {escape}",
        "syntax.unterminated-string": #"teksten er ikke afsluttet: der mangler '"' før filens slutning"#,
        "syntax.invalid-utf8": "ugyldig UTF-8-byte 0x{byte}: filen skal være gemt som UTF-8",
        "syntax.byte-order-mark": "filen begynder med et byte order mark (BOM); gem den som UTF-8 uden BOM",
        "syntax.too-deep": "lister og objekter er indlejret mere end {limit} niveauer",
        "syntax.too-large": "filen er større end grænsen på {limit} bytes",
        "syntax.expected.document": "en JSON-værdi",
        "syntax.expected.first-element": "en værdi eller ']'",
        "syntax.expected.next-element": "en værdi efter ','",
        "syntax.expected.member-value": #"en værdi til feltet "{key}""#,
        "syntax.expected.continue-object": "',' eller '}' for at fortsætte eller afslutte objektet",
        "syntax.expected.continue-array": "',' eller ']' for at fortsætte eller afslutte listen",
        "syntax.expected.after-member": "',' eller '}' efter et felt",
        "syntax.expected.after-element": "',' eller ']' efter et element i listen",
        "syntax.expected.value-not-trailing-comma": "en værdi efter ',' (et komma til sidst er ikke tilladt)",
        "syntax.expected.member-name-not-trailing-comma": "et feltnavn efter ',' (et komma til sidst er ikke tilladt)",
        "syntax.expected.member-name": "et feltnavn i dobbelte anførselstegn",
        "syntax.expected.member-name-or-close": "et feltnavn i dobbelte anførselstegn eller '}'",
        "syntax.expected.colon-after": #"':' efter feltnavnet "{key}""#,
        "syntax.found.end-of-file": "filens slutning",
        "syntax.found.single-quote": "et enkelt anførselstegn (tekster skal stå i dobbelte)",
        "syntax.found.line-break": "et linjeskift",
        "syntax.found.character": "'{character}'",
        "syntax.found.control-character": "kontroltegnet U+{code}",
        "syntax.found.invalid-byte": "byten 0x{byte} (ikke gyldig UTF-8)",
        "syntax.number.plus-sign": "et tal kan ikke begynde med '+'",
        "syntax.number.leading-dot": "der skal stå et ciffer før decimalpunktummet (skriv 0.5, ikke .5)",
        "syntax.number.leading-zeros": "nuller foran er ikke tilladt",
        "syntax.number.minus": "efter '-' skal der stå et ciffer, men der står {found}",
        "syntax.number.fraction": "der skal stå et ciffer efter decimalpunktummet, men der står {found}",
        "syntax.number.exponent": "der skal stå et ciffer i eksponenten, men der står {found}",
        "syntax.number.unexpected": "{found} uventet i et tal",
    ]

    static let validation: [String: String] = [
        "validate.syntax.hint": "ret JSON-syntaksen først; filen kontrolleres ikke videre, før den kan læses",
        "validate.duplicate-key": #"nøglen "{key}" står to gange i samme objekt (første gang i linje {line})"#,
        "validate.duplicate-key.hint":
            #"behold én "{key}" og slet den anden; læsere ville uden varsel kun bruge den sidste"#,
        "validate.duplicate-key.first": #"første "{key}" står her"#,
        "validate.schema-unusable": "skemaet kan ikke bruges: {reason}",
        "validate.schema-unusable.hint":
            "filen skal være et gyldigt JSON Schema (draft 2020-12); indhold, der bruger det, kontrolleres ikke, før det er det",
        "validate.no-schema": "intet skema gælder for filen",
        "validate.no-schema.hint":
            #"tilføj en linje for den under "schemas" i {config}, eller flyt filen derhen, hvor den hører til"#,
        "validate.schema-reference.missing": "filen nævner ikke sit skema",
        "validate.schema-reference.missing.hint":
            #"tilføj "$schema": "{expected}" som første felt, så JSON-editorer kan kontrollere filen, mens du skriver"#,
        "validate.schema-reference.wrong": #""$schema" nævner {written}, men {config} bruger {schema} til filen"#,
        "validate.schema-reference.wrong.hint": #"sæt "$schema" til "{expected}" (eller ret tilknytningen i {config})"#,
        "validate.config.missing-schema": "skemaet {schema} (til {files}) findes ikke eller er ikke gyldig JSON",
        "validate.config.missing-schema.hint": "kontrollér stien; den regnes fra repositoriets rod",
        "validate.no-config": "repositoriet har ingen {config}, så kun JSON-syntaksen er kontrolleret",
        "validate.no-config.hint": "tilføj {config} i repositoriets rod, så filerne knyttes til deres skemaer",
        "validate.rules-skipped":
            "strategiens regler er ikke kontrolleret, fordi {count} {count:fejl|fejl} i tryg.json eller skemaerne skal rettes først",
        "validate.rules-withheld":
            "{count} {count:fund|fund} fra strategiens regler er holdt tilbage, fordi {fileCount:filen|filerne} {files} har fejl",
        "validate.rules-withheld.hint": "ret de fejl først; så kontrolleres de tilbageholdte fund igen",
        "config.not-an-object": #"tryg.json skal være et objekt med "schemas" og "rules""#,
        "config.schema-entry": #"hver linje under "schemas" skal have "files" (et mønster) og "schema" (en sti)"#,
        "config.schema-entry.hint": #"for eksempel {"files": "strategy/goals/*.json", "schema": "schemas/goal.schema.json"}"#,
        "config.schemas-not-array": #""schemas" skal være en liste af {"files", "schema"}-linjer"#,
        "config.rule-setting": #"reglen "{rule}" skal sættes til en af: error, warning, note, off"#,
        "config.rules-not-object": #""rules" skal være et objekt, der knytter regelnavne til error, warning, note eller off"#,
        "config.language": #""language" skal være "da" (dansk) eller "en" (engelsk)"#,
        "config.required": #""required" skal være en liste af stier (en mappe slutter med "/")"#,
        "validate.required-file": "den påkrævede fil {path} mangler",
        "validate.required-folder": "den påkrævede mappe {path} har ingen indholdsfiler",
        "validate.required.hint":
            #"gendan {path} (git checkout HEAD -- {path}); filer slettes aldrig, enheder afsluttes eller lægges sammen; eller ret "required" i tryg.json"#,
        "code.required-content.summary":
            "De filer og mapper, tryg.json kræver (som standard strategien, organiseringen, partnere, mål og indsatser), findes.",
        "code.policy.summary":
            "Et push kontrolleres mod den konfiguration og de skemaer, der gælder, ikke kun mod dem, det selv bringer.",
        "validate.refused-path": "git ville nægte at tjekke {path} ud: {reason}",
        "validate.refused-path.hint":
            "fjern eller omdøb posten; en klon kan ikke rumme den (git config receive.fsckObjects true afviser sådanne push)",
        "code.refused-path.summary": "Ingen post i træet er en, git nægter at tjekke ud (., .., .git, et navn med / eller \\).",
        "hint.schema.required": "tilføj det manglende felt",
        "hint.schema.additional-properties":
            "kontrollér stavningen af feltets navn, eller fjern det; skemaet viser de tilladte felter",
        "hint.schema.enum": "brug en af de tilladte værdier, stavet præcis som vist",
        "hint.schema.enum.closest": #"brug en af de tilladte værdier, stavet præcis som vist — sandsynligvis "{value}""#,
        "hint.schema.const": "brug præcis den værdi, skemaet kræver",
        "hint.schema.custom": "{hint}",
        "hint.schema.pattern": "værdien skal passe til mønsteret {pattern}",
        "hint.schema.type": #"kontrollér anførselstegnene: tekst skrives i "anførselstegn", tal og true/false uden"#,
        "hint.schema.type.integer": "skriv et helt tal uden decimaler, f.eks. 16",
        "hint.schema.pattern-limit":
            "fejlen ligger i skemaets mønster, ikke nødvendigvis i værdien: den, der vedligeholder skemaet, bør forenkle mønsteret",
        "hint.schema.type.number": #"skriv tallet uden anførselstegn, f.eks. 16 (ikke "16")"#,
        "hint.schema.type.array": #"skriv en liste i kantede parenteser, f.eks. ["hoej-tryghed"]"#,
        "hint.schema.type.object": "skriv et objekt i krøllede parenteser med dets felter",
        "hint.schema.type.boolean": "skriv true eller false uden anførselstegn",
        "hint.schema.format": "skriv værdien i det format, skemaet nævner",
        "hint.schema.format.date": #"datoer skrives ÅÅÅÅ-MM-DD, f.eks. "2018-01-01""#,
        "hint.schema.format.date-time": #"skriv dato og tid som ÅÅÅÅ-MM-DDTtt:mm:ssZ, f.eks. "2018-01-01T12:00:00Z""#,
        "hint.schema.format.time": #"skriv et klokkeslæt som tt:mm:ss med tidszone, f.eks. "12:00:00Z""#,
        "hint.schema.format.email": #"skriv en e-mailadresse, f.eks. "tryg@aalborg.dk""#,
        "hint.schema.format.uri": #"skriv en fuld webadresse, der begynder med https://, f.eks. "https://tryg.aalborg.dk""#,
        "hint.schema.format.uri-reference": "skriv en webadresse eller en relativ sti",
        "hint.schema.format.uuid": "skriv et UUID: 32 hexcifre i grupper på 8-4-4-4-12",
        "hint.schema.format.other": #"værdien skal være en gyldig {format}"#,
        "code.syntax.summary": "Hver fil er korrekt JSON (RFC 8259) i UTF-8 uden byte order mark.",
        "code.duplicate-key.summary": "Intet objekt nævner den samme nøgle to gange.",
        "code.config.summary": "tryg.json er korrekt skrevet og nævner skemaer, der findes.",
        "code.no-config.summary": "Repositoriet har en tryg.json, der knytter filer til skemaer.",
        "code.no-schema.summary": "Hver indholdsfil er dækket af en skematilknytning i tryg.json.",
        "code.schema-reference.summary": "Hver indholdsfil nævner i $schema det skema, tryg.json bruger til den.",
        "code.schema.summary": "Hver skemafil er et gyldigt JSON Schema (draft 2020-12).",
        "code.rules-withheld.summary": "Regelfund, der kan afhænge af en fil med fejl, venter, til filen er rettet.",
        "code.schema-keyword.summary": #"Indholdet opfylder JSON Schema-nøgleordet "{keyword}" i sit skema."#,
    ]
}
