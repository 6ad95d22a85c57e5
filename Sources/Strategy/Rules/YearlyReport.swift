import Messages

/// `yearly-report`: every initiative that was ongoing in a closed year of the strategy period has
/// its yearly report for that year.
///
/// A year is closed once the check day (`--as-of`) is after its last day. The years checked are
/// those of the strategy's current period on which the initiative was ongoing (its active period).
/// Missing years are reported together, once per initiative. Besides the initiative's own
/// exceptions, an exception to this rule written on strategy.json excuses every initiative (for
/// reports a whole version lacks).
struct YearlyReport: EntityRule {
    static let name = "yearly-report"
    static let defaultSeverity = Diagnostic.Severity.warning
    static let excusable = true
    static let checks: Set<ContentLayout.Kind> = [.initiative]
    static let reads: Set<ContentLayout.Kind> = [.report, .strategy]

    func check(_ entity: Entity, in model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        guard case .initiative(let initiative) = entity, let strategy = model.strategy, let period = strategy.period,
            let active = initiative.activePeriod, let span = active.intersection(period)
        else { return [] }
        let lastClosedYear = context.asOf.year - 1
        let last = min(span.to?.year ?? lastClosedYear, lastClosedYear)
        guard span.from.year <= last else { return [] }
        let missing = (span.from.year...last).filter { !model.hasReport(year: $0, initiative: initiative.id) }
        guard !missing.isEmpty else { return [] }
        return [
            Self.finding(
                Self.message(initiative.name, missing), at: initiative.origin.appending("name"),
                hint: Self.hint(initiative.id, missing), exceptions: initiative.exceptions + strategy.exceptions)
        ]
    }

    fileprivate static func message(_ name: String, _ years: [Int]) -> Message {
        Message(
            "rule.yearly-report.message",
            ["initiative": .name(name), "years": .list(years.map { .count($0) }, .and), "count": .count(years.count)])
    }

    fileprivate static func hint(_ id: String, _ years: [Int]) -> Message {
        Message("rule.yearly-report.hint", ["year": .text(years.first.map(String.init) ?? "<year>"), "id": .text(id)])
    }
}
