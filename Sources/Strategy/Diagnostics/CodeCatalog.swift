/// What a finding code means: the stable id shown in brackets after every message.
public struct CodeDescription: Sendable, Hashable {
    public var code: String
    /// One line: what the check asks of the content.
    public var summary: String
    public var defaultSeverity: Diagnostic.Severity

    public init(code: String, summary: String, defaultSeverity: Diagnostic.Severity) {
        self.code = code
        self.summary = summary
        self.defaultSeverity = defaultSeverity
    }
}

/// The codes of the checks that are not rules: syntax, configuration, schema keywords.
public enum CodeCatalog {
    public static let fixed: [CodeDescription] = [
        CodeDescription(code: "syntax", summary: "Every file is well-formed JSON (RFC 8259), UTF-8 without a byte order mark.", defaultSeverity: .error),
        CodeDescription(code: "duplicate-key", summary: "No object names the same key twice.", defaultSeverity: .error),
        CodeDescription(code: "config", summary: "tryg.json is well-formed and names schemas that exist.", defaultSeverity: .error),
        CodeDescription(code: "no-config", summary: "The repository has a tryg.json mapping files to schemas.", defaultSeverity: .note),
        CodeDescription(code: "no-schema", summary: "Every content file is covered by a schema mapping in tryg.json.", defaultSeverity: .error),
        CodeDescription(code: "schema-reference", summary: "Every content file names, in $schema, the schema tryg.json applies to it.", defaultSeverity: .error),
        CodeDescription(code: "schema", summary: "Every schema file is a valid JSON Schema (draft 2020-12).", defaultSeverity: .error),
    ]

    /// The description of a code: a fixed one, a rule's, or a schema keyword's.
    public static func describe(_ code: String, rules: [CodeDescription] = []) -> CodeDescription {
        if let known = fixed.first(where: { $0.code == code }) ?? rules.first(where: { $0.code == code }) {
            return known
        }
        return CodeDescription(
            code: code, summary: "The content satisfies the JSON Schema keyword \"\(code)\" of its schema.", defaultSeverity: .error)
    }
}
