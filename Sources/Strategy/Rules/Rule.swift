/// A cross-file rule of the strategy: a small type with a stable name, a default severity, a summary,
/// an explanation that quotes the seed sentence it comes from, and a check over the typed model.
///
/// Rules never print and never decide their final severity: they return findings at their default
/// severity, and the ``RuleEngine`` applies the repository's configuration and the entities'
/// documented exceptions.
public protocol Rule: Sendable {
    /// Stable kebab-case name, used in output, in `tryg.json` and in exceptions.
    static var name: String { get }
    static var defaultSeverity: Diagnostic.Severity { get }
    /// One line: what the rule asks of the content.
    static var summary: String { get }
    /// Longer explanation for `tryg rules NAME`, quoting the seed where the rule comes from it.
    static var explanation: String { get }

    init()

    /// Checks the model. Each finding names the exceptions of the entity it is about, so that a
    /// documented exception can turn it into a note.
    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding]
}

/// What a rule sees besides the model.
public struct RuleContext: Sendable {
    /// The day the check is made "as of" (time-dependent rules: reports for closed years).
    public var asOf: Day

    public init(asOf: Day) {
        self.asOf = asOf
    }
}

/// One finding of a rule, before configuration and exceptions are applied.
public struct RuleFinding: Sendable {
    public var diagnostic: Diagnostic
    /// The exceptions written on the entity the finding is about.
    public var exceptions: [RuleException]

    public init(_ diagnostic: Diagnostic, exceptions: [RuleException] = []) {
        self.diagnostic = diagnostic
        self.exceptions = exceptions
    }
}

extension Rule {
    /// The rule's description for catalogues and SARIF.
    public static var codeDescription: CodeDescription {
        CodeDescription(code: name, summary: summary, defaultSeverity: defaultSeverity)
    }
}
