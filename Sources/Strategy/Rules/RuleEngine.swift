/// Runs the strategy's rules over a model and applies the repository's settings and the entities'
/// documented exceptions.
public struct RuleEngine: Sendable {
    /// Every rule tryg knows, in the order `tryg rules` lists them.
    public static let allRules: [any Rule.Type] = []

    public let config: RepositoryConfig?
    public let context: RuleContext

    public init(config: RepositoryConfig?, context: RuleContext) {
        self.config = config
        self.context = context
    }

    /// The rule named `name`, if tryg has one.
    public static func rule(named name: String) -> (any Rule.Type)? {
        allRules.first { $0.name == name }
    }

    /// Runs every rule that is not turned off and returns the findings at their configured severity;
    /// findings covered by a reasoned exception become notes that quote the reason.
    public func run(_ model: StrategyModel) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for rule in Self.allRules {
            let setting = config?.rules[rule.name]
            if setting == .off { continue }
            for finding in rule.init().check(model, context) {
                var d = finding.diagnostic
                if let setting, let severity = Diagnostic.Severity(rawValue: setting.rawValue) { d.severity = severity }
                if let exception = finding.exceptions.first(where: { $0.rule == rule.name && ($0.until.map { $0 >= context.asOf } ?? true) }) {
                    d.severity = .note
                    d.message += " (excepted: \(exception.reason))"
                    d.related.append(exception.origin.related("the exception is written here"))
                }
                out.append(d)
            }
        }
        return out
    }
}
