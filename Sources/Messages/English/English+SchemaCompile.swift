extension English {
    /// Why a JSON Schema cannot be registered or compiled: its keywords, references, dialect and
    /// regular expressions (`SchemaError` and `ECMARegexError` in the JSONSchema module).
    static let schemaCompile: [String: String] = [
        // A keyword with a value of the wrong kind: "{keyword}" and what it must be.
        "schema-compile.keyword": #""{keyword}" {problem}"#,
        "schema-compile.keyword.schema-array": "must be a non-empty array of schemas",
        "schema-compile.keyword.schema-map": "must be an object whose values are schemas",
        "schema-compile.keyword.number": "must be a number, found {found}",
        "schema-compile.keyword.count": "must be a non-negative integer, found {value}",
        "schema-compile.keyword.strings": "must be an array of strings, found {found}",
        "schema-compile.keyword.strings.element": "must be an array of strings, found {value} in it",
        "schema-compile.keyword.string": "must be a string",
        "schema-compile.keyword.uri-reference": "must be a string (a URI reference)",
        "schema-compile.keyword.regex": "must be a string (a regular expression)",
        "schema-compile.keyword.boolean": "must be true or false",
        "schema-compile.keyword.object": "must be an object",
        "schema-compile.keyword.enum": "must be an array of allowed values",
        "schema-compile.keyword.dependent-required": "must be an object whose values are arrays of strings",
        "schema-compile.keyword.positive": "must be greater than 0, found {value}",
        "schema-compile.keyword.divisor-too-long":
            "has {digits} significant digits; tryg decides multipleOf exactly for divisors of at most {limit}",
        "schema-compile.keyword.type": "must be a type name or an array of type names",
        "schema-compile.keyword.unknown-type":
            "names an unknown type {name}: use null, boolean, integer, number, string, array or object",

        // The schema as a whole.
        "schema-compile.nothing-here": "nothing to compile here",
        "schema-compile.not-a-schema": "a schema must be an object or a boolean, found {found}",
        "schema-compile.file-at": "{file} at {line}:{column}",
        "schema-compile.invalid": "invalid schema: {reason}",
        "schema-compile.invalid-at": "invalid schema at {pointer}: {reason}",
        "schema-compile.cycle":
            "reference cycle: {cycle} refers back to itself without consuming any part of the instance",

        // References and dialects.
        "schema-compile.reference.no-resource": #"unknown reference "{reference}": no schema is registered at {resource}"#,
        "schema-compile.reference.no-value": #"unknown reference "{reference}": {resource} has nothing at {fragment}"#,
        "schema-compile.reference.no-anchor": #"unknown reference "{reference}": {resource} has no anchor "{anchor}""#,
        "schema-compile.reference.bad-percent": #"reference "{reference}" has a malformed percent-escape in its fragment"#,
        "schema-compile.reference.bad-pointer": #"reference "{reference}" has an invalid JSON Pointer: {reason}"#,
        "schema-compile.pointer.no-slash": #"JSON Pointer "{pointer}" must be empty or start with '/'"#,
        "schema-compile.pointer.bad-tilde": #"JSON Pointer "{pointer}" has '~' not followed by 0 or 1"#,
        "schema-compile.pointer.no-hash": #"JSON Pointer fragment "{pointer}" must start with '#'"#,
        "schema-compile.pointer.bad-percent":
            #"JSON Pointer fragment "{pointer}" has a '%' not followed by two hex digits, or does not decode to UTF-8"#,
        "schema-compile.unknown-dialect":
            #"unknown $schema "{dialect}": only draft 2020-12 and registered meta-schemas are supported"#,
        "schema-compile.unsupported-vocabulary":
            "meta-schema {dialect} requires the vocabulary {vocabulary}, which tryg does not support",

        // Regular expressions (`pattern`, `patternProperties`), read as ECMA-262 with the u flag.
        "schema-compile.regex.invalid": "invalid regular expression {pattern}: {reason}",
        "schema-compile.regex.at": "{problem} at character {position}",
        "schema-compile.regex.engine":
            "the pattern is valid ECMA-262 but tryg's regular expression engine (ICU) cannot compile it",
        "schema-compile.regex.unmatched-paren": "unmatched ')'",
        "schema-compile.regex.unexpected": "unexpected '{character}'",
        "schema-compile.regex.nothing-to-repeat": "nothing to repeat",
        "schema-compile.regex.lone-open-brace": #"lone '{' (write \{ for a literal brace)"#,
        "schema-compile.regex.lone-close-brace": #"lone '}' (write \} for a literal brace)"#,
        "schema-compile.regex.lone-bracket": #"lone ']' (write \] for a literal bracket)"#,
        "schema-compile.regex.incomplete-quantifier": #"incomplete quantifier (write \{ for a literal brace)"#,
        "schema-compile.regex.quantifier-order": "numbers out of order in {} quantifier",
        "schema-compile.regex.duplicate-group-name": "duplicate group name '{name}'",
        "schema-compile.regex.group-name-character": "invalid character '{character}' in group name",
        "schema-compile.regex.group-name": "invalid group name",
        "schema-compile.regex.group":
            "invalid group: '(?' must be followed by ':', '=', '!', '<=', '<!', '<name>' or modifiers",
        "schema-compile.regex.too-deep": "groups nested more than {limit} deep",
        "schema-compile.regex.unterminated-group": "unterminated group",
        "schema-compile.regex.missing-group": #"backreference \{number} to a group that does not exist"#,
        "schema-compile.regex.undefined-group": "backreference to undefined group '{name}'",
        "schema-compile.regex.k-escape": #"invalid escape '\k' (expected \k<name>)"#,
        "schema-compile.regex.escape-at-end": #"'\' at end of pattern"#,
        "schema-compile.regex.escape": #"invalid escape '\{character}'"#,
        "schema-compile.regex.class-escape": #"invalid escape '\{character}' in character class"#,
        "schema-compile.regex.unterminated-class": "unterminated character class",
        "schema-compile.regex.class-escape-bound": #"a class escape such as \d cannot be a bound of a range"#,
        "schema-compile.regex.range-order": "range out of order in character class",
        "schema-compile.regex.property-escape": "invalid property escape (expected {expected})",
        "schema-compile.regex.property-name": #"invalid property name in \{letter}{…}"#,
        "schema-compile.regex.unknown-property": "unknown Unicode property '{name}'",
        "schema-compile.regex.c-escape": #"invalid escape '\c' (expected a letter A-Z or a-z)"#,
        "schema-compile.regex.octal": "octal escapes are not allowed",
        "schema-compile.regex.x-escape": #"invalid escape '\x' (expected two hex digits)"#,
        "schema-compile.regex.u-brace-escape": #"invalid escape '\u{…}' (expected hex digits up to 10FFFF)"#,
        "schema-compile.regex.u-escape": #"invalid escape '\u' (expected four hex digits)"#,
    ]
}
