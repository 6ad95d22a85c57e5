import Messages

/// `period-order`: every period ends on or after the day it begins.
///
/// Checked: the strategy's period and those of its previous versions, every initiative's period,
/// every report's `covers`, and a partner's `joined` and `left`.
struct PeriodOrder: EntityRule {
    static let name = "period-order"
    static let defaultSeverity = Diagnostic.Severity.error
    static let checks: Set<ContentLayout.Kind> = [.strategy, .initiative, .report, .partner]
    static let reads: Set<ContentLayout.Kind> = []

    func check(_ entity: Entity, in model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        var out: [RuleFinding] = []
        func period(_ origin: Origin) {
            let value = RuleSupport.value(at: origin)
            guard let from = value?["from"]?.stringValue.flatMap(Day.init), let to = value?["to"]?.stringValue.flatMap(Day.init),
                to < from
            else { return }
            out.append(
                Self.finding(Self.backwards(from, to), at: origin.appending("to"), hint: Self.hint, exceptions: entity.exceptions)
            )
        }
        switch entity {
        case .strategy(let strategy):
            period(strategy.origin.appending("period"))
            let versions = RuleSupport.value(at: strategy.origin)?["previousVersions"]?.arrayValue ?? []
            for i in versions.indices { period(strategy.origin.appending("previousVersions", String(i), "period")) }
        case .initiative(let initiative):
            period(initiative.origin.appending("period"))
        case .report(let report):
            period(report.origin.appending("covers"))
        case .partner(let partner):
            guard let joined = partner.joined, let left = partner.left, left < joined else { break }
            out.append(
                Self.finding(
                    Self.leftBeforeJoining(joined, left), at: partner.origin.appending("left"), hint: Self.hint,
                    exceptions: partner.exceptions))
        default:
            break
        }
        return out
    }

    fileprivate static func backwards(_ from: Day, _ to: Day) -> Message {
        Message("rule.period-order.backwards", ["from": .day(from), "to": .day(to)])
    }

    fileprivate static func leftBeforeJoining(_ joined: Day, _ left: Day) -> Message {
        Message("rule.period-order.left-before-joining", ["joined": .day(joined), "left": .day(left)])
    }

    fileprivate static let hint = Message("rule.period-order.hint")
}
