import JSON

/// Runs the strategy's rules over a model and applies the repository's settings and the entities'
/// documented exceptions.
///
/// Besides the rules' findings the engine reports on the exceptions and the settings themselves:
/// an exception or a `tryg.json` setting that names no rule (`unknown-rule`, with a suggestion), an
/// exception that excuses nothing (`unused-exception`) and one whose `until` has passed
/// (`expired-exception`; it no longer excuses anything).
public struct RuleEngine: Sendable {
    /// Every rule tryg knows, in the order `tryg rules` lists them.
    public static let allRules: [any Rule.Type] = [
        PartnerCoverage.self, UnitCoverage.self, GoalCoverage.self,
        ReferenceResolves.self, AssumptionFieldResolves.self,
        IDMatchesFile.self, UniqueIDs.self,
        PeriodOrder.self, PeriodWithinStrategy.self, FormerNameDates.self, StatusMatchesPeriod.self,
        MergedIntoActive.self, AbsorbedMatchesMergedInto.self,
        SteeringGroupCoversPartners.self, TwoTovholdere.self, InitiativeHasOwner.self,
        YearlyReport.self,
    ]

    /// The codes the engine itself reports, about exceptions and rule settings.
    public static let engineCodes: [CodeDescription] = [
        CodeDescription(
            code: "unknown-rule", summary: "Every exception and every rule setting in tryg.json names a rule tryg knows.",
            defaultSeverity: .error),
        CodeDescription(
            code: "unused-exception", summary: "Every exception excuses a finding; one that excuses nothing is removed.",
            defaultSeverity: .warning),
        CodeDescription(
            code: "expired-exception", summary: "An exception whose until has passed no longer excuses anything.",
            defaultSeverity: .warning),
    ]

    /// The descriptions of every rule and engine code, for catalogues and SARIF.
    public static var codeDescriptions: [CodeDescription] { allRules.map { $0.codeDescription } + engineCodes }

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

    /// The rule name closest to `name` (a near miss by edit distance), for "did you mean" messages.
    public static func closestRuleName(to name: String) -> String? {
        RuleSupport.closest(to: name, among: allRules.map { $0.name })
    }

    /// Runs every rule that is not turned off and returns the findings at their configured severity;
    /// findings covered by a reasoned, unexpired exception become notes that quote the reason.
    public func run(_ model: StrategyModel) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var used = Set<String>()
        for rule in Self.allRules {
            let setting = config?.rules[rule.name]
            if setting == .off { continue }
            for finding in rule.init().check(model, context) {
                var d = finding.diagnostic
                if let setting, let severity = Diagnostic.Severity(rawValue: setting.rawValue) { d.severity = severity }
                if let exception = finding.exceptions.first(where: { excuses($0, rule.name) }) {
                    used.insert(Self.key(exception))
                    d.severity = .note
                    d.message += " (excepted: \(exception.reason))"
                    d.related.append(exception.origin.related("the exception is written here"))
                }
                out.append(d)
            }
        }
        out += exceptionFindings(model, used: used)
        out += settingFindings()
        return out
    }

    /// Whether an exception excuses findings of `rule` as of the context's day: it names the rule,
    /// gives a reason, and has not expired.
    func excuses(_ exception: RuleException, _ rule: String) -> Bool {
        exception.rule == rule && !exception.reason.allSatisfy(\.isWhitespace) && !isExpired(exception)
    }

    func isExpired(_ exception: RuleException) -> Bool {
        exception.until.map { $0 < context.asOf } ?? false
    }

    static func key(_ exception: RuleException) -> String {
        exception.origin.path + "#" + exception.origin.pointer.description
    }

    /// Findings about the exceptions written in the content.
    func exceptionFindings(_ model: StrategyModel, used: Set<String>) -> [Diagnostic] {
        let names = Self.allRules.map { $0.name }
        var out: [Diagnostic] = []
        for exception in Self.exceptions(in: model) {
            let ruleOrigin = exception.origin.appending("rule")
            guard let rule = Self.rule(named: exception.rule) else {
                out.append(Diagnostic(
                    .error, "unknown-rule",
                    Messages.unknownRuleInException(exception.rule, RuleSupport.didYouMean(exception.rule, among: names)),
                    at: ruleOrigin, hint: Messages.listRulesHint))
                continue
            }
            if config?.rules[rule.name] == .off || used.contains(Self.key(exception)) { continue }
            if exception.reason.allSatisfy(\.isWhitespace) {
                out.append(Diagnostic(
                    .warning, "unused-exception", Messages.noReason(rule.name), at: exception.origin.appending("reason"),
                    hint: Messages.noReasonHint))
            } else if let until = exception.until, isExpired(exception) {
                out.append(Diagnostic(
                    .warning, "expired-exception", Messages.expired(rule.name, until), at: exception.origin.appending("until"),
                    hint: Messages.expiredHint))
            } else {
                out.append(Diagnostic(
                    .warning, "unused-exception", Messages.unused(rule.name), at: ruleOrigin, hint: Messages.unusedHint))
            }
        }
        return out
    }

    /// Findings about rule names in `tryg.json` that tryg does not know.
    func settingFindings() -> [Diagnostic] {
        guard let config else { return [] }
        let names = Self.allRules.map { $0.name }
        return config.rules.keys.sorted().compactMap { name in
            guard Self.rule(named: name) == nil else { return nil }
            let pointer = config.rulePointers[name]
            let location = pointer.flatMap { p in context.configDocument.flatMap { $0.location(of: p) } }
            return Diagnostic(
                severity: .error, code: "unknown-rule",
                message: Messages.unknownRuleInConfig(name, RuleSupport.didYouMean(name, among: names)),
                path: RepositoryConfig.path, pointer: pointer, location: location, hint: Messages.listRulesHint)
        }
    }

    /// Every exception written anywhere in the model, in a stable order.
    static func exceptions(in model: StrategyModel) -> [RuleException] {
        var all = (model.strategy?.exceptions ?? []) + (model.organisation?.exceptions ?? [])
        for partner in model.partners {
            all += partner.exceptions
            for unit in partner.units { all += unit.exceptions }
        }
        for goal in model.goals { all += goal.exceptions }
        for initiative in model.initiatives { all += initiative.exceptions }
        for report in model.reports { all += report.exceptions }
        return all
    }
}

extension RuleEngine {
    fileprivate enum Messages {
        static func unknownRuleInException(_ name: String, _ suggestion: String) -> String {
            "this exception names the rule \"\(name)\", which tryg does not have\(suggestion)"
        }

        static func unknownRuleInConfig(_ name: String, _ suggestion: String) -> String {
            "tryg.json sets the rule \"\(name)\", which tryg does not have\(suggestion)"
        }

        static let listRulesHint = "`tryg rules` lists every rule by name"

        static func unused(_ rule: String) -> String {
            "this exception to \(rule) excuses nothing: the rule finds no problem here"
        }

        static func noReason(_ rule: String) -> String {
            "this exception to \(rule) gives no reason, so it excuses nothing"
        }

        static let noReasonHint = "write why the rule cannot be met here, in at least 20 characters"

        static let unusedHint = "remove the exception; if the problem comes back, the rule will say so"

        static func expired(_ rule: String, _ until: Day) -> String {
            "this exception to \(rule) expired on \(until) and no longer excuses anything"
        }

        static let expiredHint = "fix what the rule reports, or extend \"until\" with a reason that still holds"
    }
}
