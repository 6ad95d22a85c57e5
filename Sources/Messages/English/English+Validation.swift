extension English {
    static let common: [String: String] = [
        "common.did-you-mean": #" (did you mean "{candidate}"?)"#,
        "common.none": "(none)",
        "common.period": "{from} to {to}",
        "common.period.open": "{from} onwards",
    ]

    static let syntax: [String: String] = [
        "syntax.empty": "the file has no JSON value: it is empty or contains only whitespace",
        "syntax.unexpected-end": "unexpected end of file: expected {expected}",
        "syntax.unexpected": "expected {expected}, found {found}",
        "syntax.trailing-content": "unexpected {found} after the end of the JSON value; a file holds exactly one value",
        "syntax.invalid-literal": "invalid literal '{found}': expected true, false, null, a number or a string in double quotes",
        "syntax.invalid-number": "invalid number: {reason}",
        "syntax.invalid-escape":
            #"invalid escape sequence '{escape}' in a string: use \", \\, \/, \b, \f, \n, \r, \t or \uXXXX"#,
        "syntax.invalid-unicode-escape":
            #"invalid escape sequence '{escape}' in a string: \u must be followed by four hex digits, found {found}"#,
        "syntax.unpaired-high-surrogate":
            #"escape {escape} is the first half of a UTF-16 surrogate pair and must be followed by a second half (\uDC00 to \uDFFF), found {found}"#,
        "syntax.unpaired-low-surrogate":
            "escape {escape} is the second half of a UTF-16 surrogate pair without a first half before it",
        "syntax.line-break-in-string":
            #"line break inside a string: close the string with '"' before the line ends, or write the line break as \n"#,
        "syntax.control-character": "control character U+{code} inside a string must be escaped as {escape}",
        "syntax.unterminated-string": #"string is not closed: missing '"' before the end of file"#,
        "syntax.invalid-utf8": "invalid UTF-8 byte 0x{byte}: the file must be encoded as UTF-8",
        "syntax.byte-order-mark": "the file starts with a byte order mark (BOM); save it as UTF-8 without BOM",
        "syntax.too-deep": "arrays and objects are nested deeper than {limit} levels",
        "syntax.too-large": "the file is larger than the limit of {limit} bytes",
    ]

    static let validation: [String: String] = [
        "validate.syntax.hint": "fix the JSON syntax first; the file is not checked further until it parses",
        "validate.duplicate-key": #"key "{key}" appears twice in the same object (first at line {line})"#,
        "validate.duplicate-key.hint": #"keep one "{key}" and delete the other; readers would silently use only the last one"#,
        "validate.duplicate-key.first": #"first "{key}" here"#,
        "validate.schema-unusable": "this schema cannot be used: {reason}",
        "validate.schema-unusable.hint":
            "the file must be a valid JSON Schema (draft 2020-12); content that uses it is not checked until it is",
        "validate.no-schema": "no schema applies to this file",
        "validate.no-schema.hint": #"add an entry for it to "schemas" in {config}, or move the file to where it belongs"#,
        "validate.schema-reference.missing": "the file does not name its schema",
        "validate.schema-reference.missing.hint":
            #"add "$schema": "{expected}" as the first member, so JSON editors can check the file as you type"#,
        "validate.schema-reference.wrong": #""$schema" names {written}, but {config} applies {schema} to this file"#,
        "validate.schema-reference.wrong.hint": #"set "$schema" to "{expected}" (or change the mapping in {config})"#,
        "validate.config.missing-schema": "schema {schema} (for {files}) does not exist or is not valid JSON",
        "validate.config.missing-schema.hint": "check the path; it is relative to the repository root",
        "validate.no-config": "the repository has no {config}, so only JSON syntax was checked",
        "validate.no-config.hint": "add {config} at the repository root to map files to their schemas",
        "validate.rules-skipped":
            "the strategy's rules were not checked, because {count} {count:error|errors} in tryg.json or the schemas must be fixed first",
        "validate.rules-withheld":
            "{count} {count:finding|findings} of the strategy's rules {count:was|were} withheld, because {files} {fileCount:has|have} errors",
        "validate.rules-withheld.hint": "fix those errors first; the withheld findings are checked again then",
        "config.not-an-object": #"tryg.json must be an object with "schemas" and "rules""#,
        "config.schema-entry": #"each entry of "schemas" needs "files" (a pattern) and "schema" (a path)"#,
        "config.schema-entry.hint": #"for example {"files": "strategy/goals/*.json", "schema": "schemas/goal.schema.json"}"#,
        "config.schemas-not-array": #""schemas" must be an array of {"files", "schema"} entries"#,
        "config.rule-setting": #"rule "{rule}" must be set to one of: error, warning, note, off"#,
        "config.rules-not-object": #""rules" must be an object mapping rule names to error, warning, note or off"#,
        "config.language": #""language" must be "da" (Danish) or "en" (English)"#,
        "config.required": #""required" must be a list of paths (a folder ends in "/")"#,
        "validate.required-file": "the required file {path} is missing",
        "validate.required-folder": "the required folder {path} has no content files",
        "validate.required.hint":
            #"restore {path} (git checkout HEAD -- {path}); files are never deleted, entities are ended or merged; or change "required" in tryg.json"#,
        "code.required-content.summary": "The files and folders tryg.json names as required (by default the strategy, the organisation, partners, goals and initiatives) exist.",
        "code.policy.summary": "A push is checked against the configuration and schemas in force, not only those it brings.",
        "schema.violation": "{text}",
        "hint.schema.required": "add the missing property",
        "hint.schema.additional-properties":
            "check the spelling of the property name, or remove it; the schema lists the allowed properties",
        "hint.schema.enum": "use one of the allowed values, spelled exactly",
        "hint.schema.enum.closest": #"use one of the allowed values, spelled exactly — probably "{value}""#,
        "hint.schema.const": "use exactly the value the schema asks for",
        "hint.schema.custom": "{hint}",
        "hint.schema.pattern": "the value must match the pattern {pattern}",
        "hint.schema.type": #"check the quotes: text is written in "quotes", numbers and true/false without"#,
        "hint.schema.type.number": #"write the number without quotes, e.g. 16 (not "16")"#,
        "hint.schema.type.array": #"write a list in square brackets, e.g. ["hoej-tryghed"]"#,
        "hint.schema.type.object": "write an object in curly braces with its members",
        "hint.schema.type.boolean": #"write true or false without quotes"#,
        "hint.schema.format": "write the value in the format the schema names",
        "hint.schema.format.date": #"dates are written YYYY-MM-DD, e.g. "2018-01-01""#,
        "hint.schema.format.date-time": #"write a date and time as YYYY-MM-DDThh:mm:ssZ, e.g. "2018-01-01T12:00:00Z""#,
        "hint.schema.format.time": #"write a time as hh:mm:ss with a time zone, e.g. "12:00:00Z""#,
        "hint.schema.format.email": #"write an e-mail address, e.g. "tryg@aalborg.dk""#,
        "hint.schema.format.uri": #"write a full web address beginning with https://, e.g. "https://tryg.aalborg.dk""#,
        "hint.schema.format.uri-reference": "write a web address or a relative path",
        "hint.schema.format.uuid": "write a UUID: 32 hex digits in groups of 8-4-4-4-12",
        "hint.schema.format.other": #"the value must be a valid {format}"#,
        "code.syntax.summary": "Every file is well-formed JSON (RFC 8259), UTF-8 without a byte order mark.",
        "code.duplicate-key.summary": "No object names the same key twice.",
        "code.config.summary": "tryg.json is well-formed and names schemas that exist.",
        "code.no-config.summary": "The repository has a tryg.json mapping files to schemas.",
        "code.no-schema.summary": "Every content file is covered by a schema mapping in tryg.json.",
        "code.schema-reference.summary": "Every content file names, in $schema, the schema tryg.json applies to it.",
        "code.schema.summary": "Every schema file is a valid JSON Schema (draft 2020-12).",
        "code.rules-withheld.summary": "Rule findings that could depend on a file with errors wait until the file is fixed.",
        "code.schema-keyword.summary": #"The content satisfies the JSON Schema keyword "{keyword}" of its schema."#,
    ]
}
