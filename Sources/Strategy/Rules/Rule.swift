import JSON
import Messages

/// A cross-file rule of the strategy: a small type with a stable name, a default severity, a summary
/// and an explanation (catalogue messages `rule.<name>.summary` and `rule.<name>.explanation`, the
/// explanation quoting the seed sentence the rule comes from), and a check over the typed model.
///
/// Rules never print and never decide their final severity: they return findings at their default
/// severity, and the ``RuleEngine`` applies the repository's configuration and the entities'
/// documented exceptions. Rules only see content that passed schema validation, but they must
/// never crash on odd yet schema-valid content (missing periods, empty lists, unknown ids, cycles),
/// and they must stay near-linear in the size of the strategy: index by id or owner first, never
/// compare every initiative with every other.
///
/// A rule has one of three shapes, and the shape decides what the engine hands it, so that checking
/// a range of commits can redo only what a change requires without a rule being able to see more or
/// less than it declares:
/// - ``ModelRule``: checks the whole model; runs again whenever one of the kinds it reads changed;
/// - ``EntityRule``: checks one entity it is handed; after a change only the changed entities are
///   handed to it again (unless a kind it reads changed);
/// - ``PartnerRule``: checks one partner it is handed; after initiatives changed, only the partners
///   that owned one of them before or after are handed to it again.
public protocol Rule: Sendable {
    /// Stable kebab-case name, used in output, in `tryg.json` and in exceptions.
    static var name: String { get }
    static var defaultSeverity: Diagnostic.Severity { get }
    /// Whether a reasoned exception in the content may excuse the rule's findings. Only rules about
    /// the strategy's substance (coverage, reports, owners, the organisation) may be excused; rules
    /// about the content's integrity (references, ids, periods, mergers) may not.
    static var excusable: Bool { get }

    init()
}

/// A rule that checks the model as a whole.
protocol ModelRule: Rule {
    /// The kinds of entity the findings depend on; the rule runs again after a change to one of them.
    static var reads: Set<ContentLayout.Kind> { get }

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding]
}

/// A rule that checks entity by entity.
///
/// The findings about an entity are located in its file and depend only on that entity, on the ids
/// of the model's entities, and on the entities of the kinds in ``reads``.
protocol EntityRule: Rule {
    /// The kinds of entity the rule checks (the engine hands it only these).
    static var checks: Set<ContentLayout.Kind> { get }
    /// The kinds of entity, besides the one checked, that the findings depend on.
    static var reads: Set<ContentLayout.Kind> { get }

    func check(_ entity: Entity, in model: StrategyModel, _ context: RuleContext) -> [RuleFinding]
}

/// A rule that checks partner by partner.
///
/// The findings are located in the partner's file and depend only on that partner (with its units),
/// on the entities of the kinds in ``reads``, and on the initiatives the partner or its units own.
protocol PartnerRule: Rule {
    /// The kinds of entity, besides the partner and the initiatives it owns, that the findings
    /// depend on. Must not contain initiatives: those are followed owner by owner.
    static var reads: Set<ContentLayout.Kind> { get }

    func check(_ partner: Partner, in model: StrategyModel, _ context: RuleContext) -> [RuleFinding]
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
    public static var excusable: Bool { false }

    /// One line: what the rule asks of the content.
    public static var summary: Message { Message("rule.\(name).summary") }

    /// Longer explanation for `tryg rules NAME`, quoting the seed where the rule comes from it.
    public static var explanation: Message { Message("rule.\(name).explanation") }

    /// The rule's description for catalogues and SARIF.
    public static var codeDescription: CodeDescription {
        CodeDescription(code: name, summary: summary, defaultSeverity: defaultSeverity)
    }

    /// A finding of this rule at its default severity, located at `origin`.
    static func finding(
        _ message: Message, at origin: Origin, hint: Message?, related: [RelatedLocation] = [],
        exceptions: [RuleException] = []
    ) -> RuleFinding {
        RuleFinding(
            Diagnostic(defaultSeverity, name, message, at: origin, hint: hint, related: related), exceptions: exceptions)
    }
}

/// One entity of the model, as an ``EntityRule`` is handed it.
///
/// Indirect: an entity is one boxed value, so handing it to a dozen rules costs a reference count,
/// not a copy of every field.
public indirect enum Entity: Sendable {
    case strategy(StrategyInfo)
    case organisation(Organisation)
    case partner(Partner)
    case goal(Goal)
    case initiative(Initiative)
    case report(Report)

    public var kind: ContentLayout.Kind {
        switch self {
        case .strategy: return .strategy
        case .organisation: return .organisation
        case .partner: return .partner
        case .goal: return .goal
        case .initiative: return .initiative
        case .report: return .report
        }
    }

    /// Where the entity is written.
    public var origin: Origin {
        switch self {
        case .strategy(let e): return e.origin
        case .organisation(let e): return e.origin
        case .partner(let e): return e.origin
        case .goal(let e): return e.origin
        case .initiative(let e): return e.origin
        case .report(let e): return e.origin
        }
    }

    /// The reasoned exceptions written on the entity.
    public var exceptions: [RuleException] {
        switch self {
        case .strategy(let e): return e.exceptions
        case .organisation(let e): return e.exceptions
        case .partner(let e): return e.exceptions
        case .goal(let e): return e.exceptions
        case .initiative(let e): return e.exceptions
        case .report(let e): return e.exceptions
        }
    }
}
