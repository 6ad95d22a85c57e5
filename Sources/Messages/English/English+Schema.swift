extension English {
    /// What JSON Schema validation says about a value (the violations of `tryg validate` and
    /// `tryg schema validate`). `{subject}` is the value's property name, "item N" or "value".
    static let schema: [String: String] = [
        "schema.subject.value": "value",
        "schema.subject.item": "item {index}",
        "schema.false": "{subject} is not allowed here",
        "schema.too-deep": "validation stopped: the schema and instance nest deeper than {depth} levels",
        "schema.type.null": "null",
        "schema.type.boolean": "a boolean",
        "schema.type.integer": "an integer",
        "schema.type.decimal": "a decimal number",
        "schema.type.number": "a number",
        "schema.type.string": "a string",
        "schema.type.array": "an array",
        "schema.type.object": "an object",
        "schema.type.nothing": "nothing",
        "schema.type": "expected {expected}, found {found}",
        "schema.enum": "{subject} must be one of: {items}; found {found}",
        "schema.enum.many": "{subject} must be one of: {items}, … ({count} values); found {found}",
        "schema.const": "{subject} must be {value}; found {found}",
        "schema.minimum": "{subject} must be at least {limit}; found {found}",
        "schema.maximum": "{subject} must be at most {limit}; found {found}",
        "schema.exclusive-minimum": "{subject} must be greater than {limit}; found {found}",
        "schema.exclusive-maximum": "{subject} must be less than {limit}; found {found}",
        "schema.multiple-of": "{subject} must be a multiple of {divisor}; found {found}",
        "schema.min-length": "{subject} must be at least {limit} {limit:character|characters} long; found {found}",
        "schema.max-length": "{subject} must be at most {limit} {limit:character|characters} long; found {found}",
        "schema.pattern": "{subject} must match the pattern {pattern}; found {found}",
        "schema.format": "{value} is not a valid {format} (format {quoted})",
        "schema.min-items": "{subject} must have at least {limit} {limit:item|items}; found {found}",
        "schema.max-items": "{subject} must have at most {limit} {limit:item|items}; found {found}",
        "schema.min-properties": "{subject} must have at least {limit} {limit:property|properties}; found {found}",
        "schema.max-properties": "{subject} must have at most {limit} {limit:property|properties}; found {found}",
        "schema.unique-items": "{subject} must not contain duplicates; items {first} and {second} are equal",
        "schema.required": "required property {name} is missing",
        "schema.dependent-required": "property {name} is required when {trigger} is present",
        "schema.one-of.many":
            "{subject} must match exactly one alternative of oneOf, but matches {count}: alternatives {alternatives}",
        "schema.no-alternative":
            "{subject} does not match any of the {count} alternatives of {keyword}; the closest, alternative {closest}, fails: {fails}",
        "schema.no-alternative.unknown": "it does not match",
        "schema.not": #"{subject} must not match the schema in "not""#,
        "schema.property-names": "property name {name} is not valid: {reason}",
        "schema.property-names.unknown": "it is not allowed",
        "schema.items.too-many": "item {index} is not allowed here: at most {allowed} {allowed:item|items} allowed",
        "schema.unevaluated-item": "item {index} is not allowed here: no schema describes it",
        "schema.contains.none": #"{subject} must contain an item matching the "contains" schema; found {found}"#,
        "schema.contains.too-few":
            #"{subject} must contain at least {minimum} items matching the "contains" schema; found {found}"#,
        "schema.contains.too-many":
            #"{subject} must contain at most {maximum} {maximum:item|items} matching the "contains" schema; found {found}"#,
        "schema.pattern-limit.steps":
            "the pattern {pattern} is too expensive for this value: matching stopped after {steps} steps, tryg's limit for a string of this length; simplify the pattern (for example, avoid nested repetition such as (a+)+)",
        "schema.pattern-limit.memory":
            "the pattern {pattern} is too expensive for this value: matching needed more than {mebibytes} MiB of memory to backtrack; simplify the pattern (for example, avoid nested repetition such as (a+)+)",
        "schema.additional-property": "property {name} is not allowed here{suggestion}",
    ]
}
