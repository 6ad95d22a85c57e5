import Messages

/// What a finding code means: the stable id shown in brackets after every message.
public struct CodeDescription: Sendable, Hashable {
    public var code: String
    /// One line: what the check asks of the content.
    public var summary: Message
    public var defaultSeverity: Diagnostic.Severity

    public init(code: String, summary: Message, defaultSeverity: Diagnostic.Severity) {
        self.code = code
        self.summary = summary
        self.defaultSeverity = defaultSeverity
    }
}

/// The codes of the checks that are not rules: syntax, configuration, schema keywords.
public enum CodeCatalog {
    public static let fixed: [CodeDescription] = [
        describe("syntax", .error), describe("duplicate-key", .error), describe("config", .error),
        describe("no-config", .note), describe("no-schema", .error), describe("schema-reference", .error),
        describe("schema", .error), describe("rules-withheld", .note), describe("required-content", .error),
        describe("policy", .error), describe("refused-path", .error),
    ]

    private static func describe(_ code: String, _ severity: Diagnostic.Severity) -> CodeDescription {
        CodeDescription(code: code, summary: Message("code.\(code).summary"), defaultSeverity: severity)
    }

    /// The description of a code: a fixed one, a rule's, or a schema keyword's.
    public static func describe(_ code: String, rules: [CodeDescription] = []) -> CodeDescription {
        if let known = fixed.first(where: { $0.code == code }) ?? rules.first(where: { $0.code == code }) {
            return known
        }
        return CodeDescription(
            code: code, summary: Message("code.schema-keyword.summary", ["keyword": .text(code)]), defaultSeverity: .error)
    }
}
