import JSON

/// A cross-file rule of the strategy: a small type with a stable name, a default severity, a summary,
/// an explanation that quotes the seed sentence it comes from, and a check over the typed model.
///
/// Rules never print and never decide their final severity: they return findings at their default
/// severity, and the ``RuleEngine`` applies the repository's configuration and the entities'
/// documented exceptions. Rules only see content that passed schema validation, but they must
/// never crash on odd yet schema-valid content (missing periods, empty lists, unknown ids, cycles),
/// and they must stay near-linear in the size of the strategy: index by id or owner first, never
/// compare every initiative with every other.
public protocol Rule: Sendable {
    /// Stable kebab-case name, used in output, in `tryg.json` and in exceptions.
    static var name: String { get }
    static var defaultSeverity: Diagnostic.Severity { get }
    /// One line: what the rule asks of the content.
    static var summary: String { get }
    /// Longer explanation for `tryg rules NAME`, quoting the seed where the rule comes from it.
    static var explanation: String { get }

    /// What the rule's findings depend on (default: ``RuleScope/whole``), so that checking a range
    /// of commits redoes only the work a commit's change requires.
    static var scope: RuleScope { get }

    init()

    /// Checks the model. Each finding names the exceptions of the entity it is about, so that a
    /// documented exception can turn it into a note.
    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding]
}

/// What a rule's findings depend on. A scope narrower than ``whole`` is a promise the rule's tests
/// keep: checking a change with the scope gives exactly the findings of checking the new model in full.
public enum RuleScope: Sendable {
    /// Anything in the model: the rule runs again after every change.
    case whole
    /// Only the entities of these kinds: the rule runs again when one of them changed.
    case kinds(Set<ContentLayout.Kind>)
    /// Entity by entity: the findings about an entity are located in its file and depend only on that
    /// entity, on the ids of the model's entities, and on the entities of the kinds in `reads`. After
    /// entities of other kinds changed in place, the findings about unchanged entities are kept and
    /// only the changed ones are checked again; the rule visits entities through
    /// `checkedInitiatives` and its siblings, which the engine restricts to them.
    case perEntity(reads: Set<ContentLayout.Kind>)
    /// Partner by partner: the findings are located in a partner's file and depend only on that
    /// partner (with its units), on the entities of the kinds in `reads`, and on the initiatives the
    /// partner or its units own. After initiatives changed in place, only the partners that owned
    /// one of them before or after the change are checked again (the rule visits partners through
    /// `checkedPartners`).
    case perPartner(reads: Set<ContentLayout.Kind>)
}

/// What a rule sees besides the model.
public struct RuleContext: Sendable {
    /// The day the check is made "as of" (time-dependent rules: reports for closed years).
    public var asOf: Day
    /// The parsed `tryg.json`, when there is one: lets the engine point at the line of a rule setting
    /// whose name is unknown.
    public var configDocument: JSONDocument?

    public init(asOf: Day, configDocument: JSONDocument? = nil) {
        self.asOf = asOf
        self.configDocument = configDocument
    }
}

/// One finding of a rule, before configuration and exceptions are applied.
public struct RuleFinding: Sendable {
    public var diagnostic: Diagnostic
    /// The exceptions that may excuse the finding: those written on the entity it is about (and, for
    /// rules that say so, those written on the strategy as a whole).
    public var exceptions: [RuleException]

    public init(_ diagnostic: Diagnostic, exceptions: [RuleException] = []) {
        self.diagnostic = diagnostic
        self.exceptions = exceptions
    }
}

extension Rule {
    public static var scope: RuleScope { .whole }

    /// The rule's description for catalogues and SARIF.
    public static var codeDescription: CodeDescription {
        CodeDescription(code: name, summary: summary, defaultSeverity: defaultSeverity)
    }

    /// A finding of this rule at its default severity, located at `origin`.
    static func finding(
        _ message: String, at origin: Origin, hint: String?, related: [RelatedLocation] = [],
        exceptions: [RuleException] = []
    ) -> RuleFinding {
        RuleFinding(
            Diagnostic(defaultSeverity, name, message, at: origin, hint: hint, related: related), exceptions: exceptions)
    }
}
