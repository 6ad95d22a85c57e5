import Messages

/// `status-matches-period`: an initiative's status agrees with its period as of the check day.
struct StatusMatchesPeriod: EntityRule {
    static let name = "status-matches-period"
    static let defaultSeverity = Diagnostic.Severity.warning
    static let checks: Set<ContentLayout.Kind> = [.initiative]
    static let reads: Set<ContentLayout.Kind> = []

    func check(_ entity: Entity, in model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        guard case .initiative(let initiative) = entity, let period = initiative.period else { return [] }
        switch initiative.status {
        case .active?:
            guard let end = period.to, end < context.asOf else { return [] }
            return [
                Self.finding(
                    Self.activeButOver(end, context.asOf), at: initiative.origin.appending("status"), hint: Self.activeHint,
                    exceptions: initiative.exceptions)
            ]
        case .planned?:
            guard period.from < context.asOf else { return [] }
            return [
                Self.finding(
                    Self.plannedButStarted(period.from, context.asOf), at: initiative.origin.appending("status"),
                    hint: Self.plannedHint, exceptions: initiative.exceptions)
            ]
        default:
            return []
        }
    }

    fileprivate static func activeButOver(_ end: Day, _ asOf: Day) -> Message {
        Message("rule.status-matches-period.active-but-over", ["end": .day(end), "asOf": .day(asOf)])
    }

    fileprivate static func plannedButStarted(_ start: Day, _ asOf: Day) -> Message {
        Message("rule.status-matches-period.planned-but-started", ["start": .day(start), "asOf": .day(asOf)])
    }

    fileprivate static let activeHint = Message("rule.status-matches-period.active.hint")
    fileprivate static let plannedHint = Message("rule.status-matches-period.planned.hint")
}
