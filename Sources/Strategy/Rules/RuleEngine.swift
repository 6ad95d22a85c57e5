import JSON
import Messages

/// Runs the strategy's rules over a model and applies the repository's settings and the entities'
/// documented exceptions.
///
/// Besides the rules' findings the engine reports on the exceptions and the settings themselves:
/// an exception or a `tryg.json` setting that names no rule (`unknown-rule`, with a suggestion), an
/// exception to a rule that cannot be excused (`exception-not-allowed`), an exception that excuses
/// nothing (`unused-exception`) and one whose `until` has passed (`expired-exception`; it no longer
/// excuses anything).
public struct RuleEngine: Sendable {
    /// Every rule tryg knows, in the order `tryg rules` lists them.
    public static let allRules: [any Rule.Type] =
        [
            PartnerCoverage.self, UnitCoverage.self, GoalCoverage.self,
            ReferenceResolves.self, AssumptionFieldResolves.self,
            IDMatchesFile.self, UniqueIDs.self,
            PeriodOrder.self, PeriodWithinStrategy.self, FormerNameDates.self, StatusMatchesPeriod.self,
            MergedIntoActive.self, AbsorbedMatchesMergedInto.self,
            SteeringGroupCoversPartners.self, TwoTovholdere.self, InitiativeHasOwner.self, OwnerIsPartner.self,
            YearlyReport.self,
        ] + HistoryRules.all

    /// The codes the engine itself reports, about exceptions and rule settings.
    public static let engineCodes: [CodeDescription] = [
        CodeDescription(code: "unknown-rule", summary: Message("code.unknown-rule.summary"), defaultSeverity: .error),
        CodeDescription(
            code: "exception-not-allowed", summary: Message("code.exception-not-allowed.summary"), defaultSeverity: .error),
        CodeDescription(code: "unused-exception", summary: Message("code.unused-exception.summary"), defaultSeverity: .warning),
        CodeDescription(code: "expired-exception", summary: Message("code.expired-exception.summary"), defaultSeverity: .warning),
    ]

    /// The descriptions of every rule and engine code, for catalogues and SARIF.
    public static var codeDescriptions: [CodeDescription] { allRules.map { $0.codeDescription } + engineCodes }

    public let config: RepositoryConfig?
    public let context: RuleContext

    public init(config: RepositoryConfig?, context: RuleContext) {
        self.config = config
        self.context = context
    }

    /// Whether a code is a rule's or the engine's (not a schema keyword or a syntax finding).
    public static func isRuleCode(_ code: String) -> Bool {
        rule(named: code) != nil || engineCodes.contains { $0.code == code }
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
    /// findings covered by a reasoned, unexpired exception to an excusable rule become notes that
    /// quote the reason.
    public func run(_ model: StrategyModel) -> [Diagnostic] {
        var memory = RuleMemory()
        return run(model, memory: &memory, change: nil)
    }

    /// Runs the rules like ``run(_:)``, reusing what `memory` remembers of the model before `change`
    /// (the entities a commit changed in place), and remembers this run's findings for the next.
    /// See ``RuleMemory`` for what each shape of rule redoes.
    func run(_ model: StrategyModel, memory: inout RuleMemory, change: ModelChange?) -> [Diagnostic] {
        var found: [String: [RuleFinding]] = [:]
        var out: [Diagnostic] = []
        var used = Set<String>()
        let entities = EntityList(model)
        for rule in Self.allRules {
            let setting = config?.rules[rule.name]
            if setting == .off { continue }
            let findings = memory.findings(of: rule, model, context, change: change, entities: entities)
            found[rule.name] = findings
            for finding in findings {
                var d = finding.diagnostic
                if let setting, let severity = Diagnostic.Severity(rawValue: setting.rawValue) { d.severity = severity }
                if rule.excusable, let exception = finding.exceptions.first(where: { excuses($0, rule.name) }) {
                    used.insert(Self.key(exception))
                    d.severity = .note
                    d.message = Messages.excepted(d.message, exception.reason)
                    d.related.append(exception.origin.related(Messages.exceptionWrittenHere))
                }
                out.append(d)
            }
        }
        memory.remember(found)
        out += exceptionFindings(model, used: used)
        out += settingFindings()
        return out
    }

    /// One rule's raw findings on a model (before settings and exceptions), for benchmarks and tests.
    public static func findings(of rule: any Rule.Type, in model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        RuleMemory().findings(of: rule, model, context, change: nil)
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
                out.append(
                    Diagnostic(
                        .error, "unknown-rule",
                        Messages.unknownRuleInException(exception.rule, RuleSupport.closest(to: exception.rule, among: names)),
                        at: ruleOrigin, hint: Messages.listRulesHint))
                continue
            }
            if !rule.excusable {
                out.append(
                    Diagnostic(
                        .error, "exception-not-allowed", Messages.notExcusable(rule.name), at: ruleOrigin,
                        hint: Messages.notExcusableHint))
                continue
            }
            if config?.rules[rule.name] == .off || used.contains(Self.key(exception)) { continue }
            // A history rule's exception is used when a change is compared with its base, never here.
            if rule is any HistoryRule.Type { continue }
            if exception.reason.allSatisfy(\.isWhitespace) {
                out.append(
                    Diagnostic(
                        .warning, "unused-exception", Messages.noReason(rule.name), at: exception.origin.appending("reason"),
                        hint: Messages.noReasonHint))
            } else if let until = exception.until, isExpired(exception) {
                out.append(
                    Diagnostic(
                        .warning, "expired-exception", Messages.expired(rule.name, until),
                        at: exception.origin.appending("until"),
                        hint: Messages.expiredHint))
            } else {
                out.append(
                    Diagnostic(
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
                message: Messages.unknownRuleInConfig(name, RuleSupport.closest(to: name, among: names)),
                path: RepositoryConfig.path, pointer: pointer, location: location, hint: Messages.listRulesHint)
        }
    }

    /// Every exception written anywhere in the model, in a stable order.
    static func exceptions(in model: StrategyModel) -> [RuleException] {
        var all = (model.strategy?.exceptions ?? []) + (model.organisation?.exceptions ?? [])
        // By index, appending only what there is: copying an entity costs a retain per field.
        for i in model.partners.indices {
            if !model.partners[i].exceptions.isEmpty { all += model.partners[i].exceptions }
            for unit in model.partners[i].units where !unit.exceptions.isEmpty { all += unit.exceptions }
        }
        for i in model.goals.indices where !model.goals[i].exceptions.isEmpty { all += model.goals[i].exceptions }
        for i in model.initiatives.indices where !model.initiatives[i].exceptions.isEmpty {
            all += model.initiatives[i].exceptions
        }
        for i in model.reports.indices where !model.reports[i].exceptions.isEmpty { all += model.reports[i].exceptions }
        return all
    }
}

extension RuleEngine {
    fileprivate enum Messages {
        static func excepted(_ finding: Message, _ reason: String) -> Message {
            Message("engine.excepted", ["finding": .message(finding), "reason": .text(reason)])
        }

        static let exceptionWrittenHere = Message("engine.exception-written-here")

        static func unknownRuleInException(_ name: String, _ suggestion: String?) -> Message {
            Message("engine.unknown-rule.exception", ["rule": .text(name), "suggestion": RuleSupport.didYouMean(suggestion)])
        }

        static func unknownRuleInConfig(_ name: String, _ suggestion: String?) -> Message {
            Message("engine.unknown-rule.config", ["rule": .text(name), "suggestion": RuleSupport.didYouMean(suggestion)])
        }

        static let listRulesHint = Message("engine.list-rules.hint")

        static func notExcusable(_ rule: String) -> Message {
            Message("engine.exception-not-allowed", ["rule": .text(rule)])
        }

        static let notExcusableHint = Message("engine.exception-not-allowed.hint")

        static func unused(_ rule: String) -> Message { Message("engine.unused-exception", ["rule": .text(rule)]) }

        static func noReason(_ rule: String) -> Message { Message("engine.exception-without-reason", ["rule": .text(rule)]) }

        static let noReasonHint = Message("engine.exception-without-reason.hint")

        static let unusedHint = Message("engine.unused-exception.hint")

        static func expired(_ rule: String, _ until: Day) -> Message {
            Message("engine.expired-exception", ["rule": .text(rule), "until": .day(until)])
        }

        static let expiredHint = Message("engine.expired-exception.hint")
    }
}
