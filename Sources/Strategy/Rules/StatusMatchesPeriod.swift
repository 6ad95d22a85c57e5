/// `status-matches-period`: an initiative's status agrees with its period as of the check day.
struct StatusMatchesPeriod: Rule {
    static let name = "status-matches-period"
    static let defaultSeverity = Diagnostic.Severity.warning
    static let scope = RuleScope.perEntity(reads: [])
    static let summary = "An active initiative's period has not ended; a planned one's start has not passed."
    static let explanation = """
        An initiative counts as ongoing ("igangværende", as in "skal have mindst en igangværende indsats i \
        hele perioden") while its status is active. An active initiative whose period ended before the check \
        day (--as-of) should have been ended ("status": "ended" with "endedReason") or merged; a planned one \
        whose first day has passed should have become active, or its date moved.
        """

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        model.checkedInitiatives.compactMap { initiative in
            guard let period = initiative.period else { return nil }
            switch initiative.status {
            case .active?:
                guard let end = period.to, end < context.asOf else { return nil }
                return Self.finding(
                    Self.activeButOver(end, context.asOf), at: initiative.origin.appending("status"), hint: Self.activeHint,
                    exceptions: initiative.exceptions)
            case .planned?:
                guard period.from < context.asOf else { return nil }
                return Self.finding(
                    Self.plannedButStarted(period.from, context.asOf), at: initiative.origin.appending("status"),
                    hint: Self.plannedHint, exceptions: initiative.exceptions)
            default:
                return nil
            }
        }
    }

    fileprivate static func activeButOver(_ end: Day, _ asOf: Day) -> String {
        "the initiative is active, but its period ended on \(end) (checked as of \(asOf))"
    }

    fileprivate static func plannedButStarted(_ start: Day, _ asOf: Day) -> String {
        "the initiative is planned, but its first day (\(start)) has passed (checked as of \(asOf))"
    }

    fileprivate static let activeHint = "set \"status\" to \"ended\" with an \"endedReason\", or extend the period"
    fileprivate static let plannedHint = "set \"status\" to \"active\", or move \"period.from\" to the new start"
}
