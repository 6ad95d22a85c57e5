extension Danish {
    /// Hvorfor et JSON Schema ikke kan registreres eller oversættes: nøgleord, referencer, dialekt og
    /// regulære udtryk (`SchemaError` og `ECMARegexError` i modulet JSONSchema).
    static let schemaCompile: [String: String] = [
        "schema-compile.keyword": #"nøgleordet "{keyword}" {problem}"#,
        "schema-compile.keyword.schema-array": "skal være en ikke-tom liste af skemaer",
        "schema-compile.keyword.schema-map": "skal være et objekt, hvis værdier er skemaer",
        "schema-compile.keyword.number": "skal være et tal, men er {found}",
        "schema-compile.keyword.count": "skal være et helt tal, 0 eller større, men er {value}",
        "schema-compile.keyword.strings": "skal være en liste af tekster, men er {found}",
        "schema-compile.keyword.strings.element": "skal være en liste af tekster, men indeholder {value}",
        "schema-compile.keyword.string": "skal være en tekst",
        "schema-compile.keyword.uri-reference": "skal være en tekst (en URI-reference)",
        "schema-compile.keyword.regex": "skal være en tekst (et regulært udtryk)",
        "schema-compile.keyword.boolean": "skal være true eller false",
        "schema-compile.keyword.object": "skal være et objekt",
        "schema-compile.keyword.enum": "skal være en liste af de tilladte værdier",
        "schema-compile.keyword.dependent-required": "skal være et objekt, hvis værdier er lister af tekster",
        "schema-compile.keyword.positive": "skal være større end 0, men er {value}",
        "schema-compile.keyword.divisor-too-long":
            "har {digits} betydende cifre; tryg afgør kun multipleOf præcist for divisorer med højst {limit} cifre",
        "schema-compile.keyword.type": "skal være et typenavn eller en liste af typenavne",
        "schema-compile.keyword.unknown-type":
            "nævner den ukendte type {name}: brug null, boolean, integer, number, string, array eller object",

        "schema-compile.nothing-here": "der står intet skema her",
        "schema-compile.not-a-schema": "et skema skal være et objekt eller true/false, men er {found}",
        "schema-compile.file-at": "{file} (linje {line}, kolonne {column})",
        "schema-compile.invalid": "ugyldigt skema: {reason}",
        "schema-compile.invalid-at": "ugyldigt skema ved {pointer}: {reason}",
        "schema-compile.cycle":
            "referencerne går i ring: {cycle} peger tilbage på sig selv uden at komme videre i den værdi, der kontrolleres",

        "schema-compile.reference.no-resource": #"ukendt reference "{reference}": intet skema er registreret under {resource}"#,
        "schema-compile.reference.no-value": #"ukendt reference "{reference}": der står intet i {resource} ved {fragment}"#,
        "schema-compile.reference.no-anchor": #"ukendt reference "{reference}": {resource} har intet anker ved navn "{anchor}""#,
        "schema-compile.reference.bad-percent": #"referencen "{reference}" har en ugyldig %-escape i delen efter '#'"#,
        "schema-compile.reference.bad-pointer": #"referencen "{reference}" har en ugyldig JSON Pointer: {reason}"#,
        "schema-compile.pointer.no-slash": #"JSON Pointer "{pointer}" skal være tom eller begynde med '/'"#,
        "schema-compile.pointer.bad-tilde": #"i JSON Pointer "{pointer}" står '~' uden 0 eller 1 efter sig"#,
        "schema-compile.pointer.no-hash": #"JSON Pointer-fragmentet "{pointer}" skal begynde med '#'"#,
        "schema-compile.pointer.bad-percent":
            #"i JSON Pointer-fragmentet "{pointer}" står '%' uden to hexcifre efter sig, eller det giver ikke gyldig UTF-8"#,
        "schema-compile.unknown-dialect":
            #"ukendt $schema "{dialect}": kun draft 2020-12 og registrerede meta-skemaer understøttes"#,
        "schema-compile.unsupported-vocabulary":
            "meta-skemaet {dialect} kræver vokabularet {vocabulary}, som tryg ikke understøtter",

        "schema-compile.regex.invalid": "ugyldigt regulært udtryk {pattern}: {reason}",
        "schema-compile.regex.at": "{problem} ved tegn nr. {position}",
        "schema-compile.regex.engine":
            "mønsteret er gyldigt efter ECMA-262, men trygs motor til regulære udtryk (ICU) kan ikke oversætte det",
        "schema-compile.regex.unmatched-paren": "')' uden en '(' før",
        "schema-compile.regex.unexpected": "uventet '{character}'",
        "schema-compile.regex.nothing-to-repeat": "der er intet at gentage",
        "schema-compile.regex.lone-open-brace": #"enlig '{' (skriv \{ for en krøllet parentes som tegn)"#,
        "schema-compile.regex.lone-close-brace": #"enlig '}' (skriv \} for en krøllet parentes som tegn)"#,
        "schema-compile.regex.lone-bracket": #"enlig ']' (skriv \] for en kantet parentes som tegn)"#,
        "schema-compile.regex.incomplete-quantifier": #"ufuldstændig kvantor (skriv \{ for en krøllet parentes som tegn)"#,
        "schema-compile.regex.quantifier-order": "tallene i kvantoren {} står i forkert rækkefølge",
        "schema-compile.regex.duplicate-group-name": "gruppenavnet '{name}' bruges to gange",
        "schema-compile.regex.group-name-character": "ugyldigt tegn '{character}' i gruppenavnet",
        "schema-compile.regex.group-name": "ugyldigt gruppenavn",
        "schema-compile.regex.group":
            "ugyldig gruppe: efter '(?' skal der stå ':', '=', '!', '<=', '<!', '<navn>' eller modifikatorer",
        "schema-compile.regex.too-deep": "grupperne er indlejret mere end {limit} niveauer",
        "schema-compile.regex.unterminated-group": "gruppen er ikke lukket med ')'",
        "schema-compile.regex.missing-group": #"tilbagereferencen \{number} peger på en gruppe, der ikke findes"#,
        "schema-compile.regex.undefined-group": "tilbagereference til gruppen '{name}', som ikke findes",
        "schema-compile.regex.k-escape": #"ugyldig escape-sekvens '\k' (skriv \k<navn>)"#,
        "schema-compile.regex.escape-at-end": #"'\' til sidst i mønsteret"#,
        "schema-compile.regex.escape": #"ugyldig escape-sekvens '\{character}'"#,
        "schema-compile.regex.class-escape": #"ugyldig escape-sekvens '\{character}' i en tegnklasse"#,
        "schema-compile.regex.unterminated-class": "tegnklassen er ikke lukket med ']'",
        "schema-compile.regex.class-escape-bound": #"en tegnklasse som \d kan ikke være grænse i et interval"#,
        "schema-compile.regex.range-order": "intervallet i tegnklassen står i forkert rækkefølge",
        "schema-compile.regex.property-escape": "ugyldig egenskabs-escape (skriv {expected})",
        "schema-compile.regex.property-name": #"ugyldigt egenskabsnavn i \{letter}{…}"#,
        "schema-compile.regex.unknown-property": "ukendt Unicode-egenskab '{name}'",
        "schema-compile.regex.c-escape": #"ugyldig escape-sekvens '\c' (efter \c skal der stå et bogstav A-Z eller a-z)"#,
        "schema-compile.regex.octal": "oktale escape-sekvenser er ikke tilladt",
        "schema-compile.regex.x-escape": #"ugyldig escape-sekvens '\x' (efter \x skal der stå to hexcifre)"#,
        "schema-compile.regex.u-brace-escape": #"ugyldig escape-sekvens '\u{…}' (der skal stå hexcifre op til 10FFFF)"#,
        "schema-compile.regex.u-escape": #"ugyldig escape-sekvens '\u' (efter \u skal der stå fire hexcifre)"#,
    ]
}
