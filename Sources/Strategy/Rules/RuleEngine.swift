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
        run(model, memory: RuleMemory(), change: nil)
    }

    /// Runs the rules like ``run(_:)``, reusing what `memory` remembers of the model before `change`
    /// (the entities a commit changed in place), and remembers this run's findings for the next.
    ///
    /// Each rule's ``Rule/scope`` says what it may skip: a rule whose kinds did not change keeps its
    /// findings; a rule that checks entity by entity re-checks only the changed entities. Without a
    /// change, or without a remembered run, every rule runs in full.
    func run(_ model: StrategyModel, memory: RuleMemory, change: ModelChange?) -> [Diagnostic] {
        let reuse = memory.isValid ? change : nil
        var found: [String: [RuleFinding]] = [:]
        var out: [Diagnostic] = []
        var used = Set<String>()
        for rule in Self.allRules {
            let setting = config?.rules[rule.name]
            if setting == .off { continue }
            let findings: [RuleFinding]
            if let reuse, let previous = memory.findings[rule.name] {
                findings = recheck(rule, model, previous: previous, change: reuse)
            } else {
                findings = rule.init().check(model, context)
            }
            found[rule.name] = findings
            for finding in findings {
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
        memory.remember(found)
        out += exceptionFindings(model, used: used)
        out += settingFindings()
        return out
    }

    /// A rule's findings after `change`, from its findings before it, doing only the work its scope
    /// requires.
    private func recheck(_ rule: any Rule.Type, _ model: StrategyModel, previous: [RuleFinding], change: ModelChange)
        -> [RuleFinding]
    {
        switch rule.scope {
        case .whole:
            return rule.init().check(model, context)
        case .kinds(let kinds):
            return kinds.isDisjoint(with: change.kinds) ? previous : rule.init().check(model, context)
        case .perEntity(let reads):
            guard reads.isDisjoint(with: change.kinds) else { return rule.init().check(model, context) }
            if change.isEmpty { return previous }
            return previous.filter { !change.paths.contains($0.diagnostic.path ?? "") }
                + rule.init().check(model.focused(on: change.paths), context)
        case .perPartner(let reads):
            guard reads.isDisjoint(with: change.kinds), !reads.contains(.initiative) else {
                return rule.init().check(model, context)
            }
            let partners = Set(change.owners.compactMap { model.partner($0)?.origin.path })
            if partners.isEmpty { return previous }
            return previous.filter { !partners.contains($0.diagnostic.path ?? "") }
                + rule.init().check(model.focused(on: partners), context)
        }
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

/// The findings of the last run of each rule, kept between the commits of a range so that the next
/// commit's rules redo only what its change requires.
final class RuleMemory {
    /// Raw findings (before settings and exceptions) by rule name.
    private(set) var findings: [String: [RuleFinding]] = [:]
    /// Whether ``findings`` describe the model the next change starts from.
    private(set) var isValid = false

    func remember(_ findings: [String: [RuleFinding]]) {
        self.findings = findings
        isValid = true
    }

    /// Forgets everything: the next run checks every rule in full.
    func forget() {
        findings = [:]
        isValid = false
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
