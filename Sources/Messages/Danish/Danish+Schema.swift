extension Danish {
    /// Det, JSON Schema-valideringen siger om en værdi (fundene i `tryg validate` og
    /// `tryg schema validate`). `{subject}` er værdiens egenskabsnavn, "element N" eller "værdien".
    static let schema: [String: String] = [
        "schema.subject.value": "værdien",
        "schema.subject.item": "element {index}",
        "schema.false": "{subject} er ikke tilladt her",
        "schema.too-deep": "valideringen stoppede: skemaet og værdien er indlejret i mere end {depth} niveauer",
        "schema.type.null": "null",
        "schema.type.boolean": "en sandhedsværdi (true eller false)",
        "schema.type.integer": "et heltal",
        "schema.type.decimal": "et decimaltal",
        "schema.type.number": "et tal",
        "schema.type.string": "en tekst",
        "schema.type.array": "en liste",
        "schema.type.object": "et objekt",
        "schema.type.nothing": "ingenting",
        "schema.type": "forventede {expected}, men fandt {found}",
        "schema.enum": "{subject} skal være en af: {items}; fandt {found}",
        "schema.enum.many": "{subject} skal være en af: {items}, … ({count} værdier); fandt {found}",
        "schema.const": "{subject} skal være {value}; fandt {found}",
        "schema.minimum": "{subject} skal være mindst {limit}; fandt {found}",
        "schema.maximum": "{subject} må højst være {limit}; fandt {found}",
        "schema.exclusive-minimum": "{subject} skal være større end {limit}; fandt {found}",
        "schema.exclusive-maximum": "{subject} skal være mindre end {limit}; fandt {found}",
        "schema.multiple-of": "{subject} skal være et multiplum af {divisor}; fandt {found}",
        "schema.min-length": "{subject} skal være mindst {limit} tegn lang; har {found}",
        "schema.max-length": "{subject} må højst være {limit} tegn lang; har {found}",
        "schema.pattern": "{subject} skal passe til mønsteret {pattern}; fandt {found}",
        "schema.format": "{value} er ikke gyldig som {format} (format {quoted})",
        "schema.min-items": "{subject} skal have mindst {limit} {limit:element|elementer}; har {found}",
        "schema.max-items": "{subject} må højst have {limit} {limit:element|elementer}; har {found}",
        "schema.min-properties": "{subject} skal have mindst {limit} {limit:egenskab|egenskaber}; har {found}",
        "schema.max-properties": "{subject} må højst have {limit} {limit:egenskab|egenskaber}; har {found}",
        "schema.unique-items": "{subject} må ikke indeholde det samme to gange; element {first} og {second} er ens",
        "schema.required": "den påkrævede egenskab {name} mangler",
        "schema.dependent-required": "egenskaben {name} er påkrævet, når {trigger} er med",
        "schema.one-of.many":
            "{subject} skal passe til netop ét alternativ i oneOf, men passer til {count}: alternativ {alternatives}",
        "schema.no-alternative":
            "{subject} passer ikke til nogen af de {count} alternativer i {keyword}; det nærmeste, alternativ {closest}, fejler: {fails}",
        "schema.no-alternative.unknown": "det passer ikke",
        "schema.not": #"{subject} må ikke passe til skemaet i "not""#,
        "schema.property-names": "egenskabsnavnet {name} er ikke gyldigt: {reason}",
        "schema.property-names.unknown": "det er ikke tilladt",
        "schema.items.too-many": "element {index} er ikke tilladt her: højst {allowed} {allowed:element|elementer} er tilladt",
        "schema.unevaluated-item": "element {index} er ikke tilladt her: intet skema beskriver det",
        "schema.contains.none": #"{subject} skal indeholde et element, der passer til skemaet i "contains"; fandt {found}"#,
        "schema.contains.too-few":
            #"{subject} skal indeholde mindst {minimum} elementer, der passer til skemaet i "contains"; fandt {found}"#,
        "schema.contains.too-many":
            #"{subject} må højst indeholde {maximum} {maximum:element|elementer}, der passer til skemaet i "contains"; fandt {found}"#,
        "schema.pattern-limit.steps":
            "mønsteret {pattern} er for dyrt at afprøve på denne værdi: afprøvningen stoppede efter {steps} trin, trygs grænse for en tekst af denne længde; forenkl mønsteret (undgå f.eks. gentagelse inden i gentagelse som (a+)+)",
        "schema.pattern-limit.memory":
            "mønsteret {pattern} er for dyrt at afprøve på denne værdi: afprøvningen skulle bruge mere end {mebibytes} MiB hukommelse; forenkl mønsteret (undgå f.eks. gentagelse inden i gentagelse som (a+)+)",
        "schema.additional-property": "egenskaben {name} er ikke tilladt her{suggestion}",
    ]
}
