/// `yearly-report`: every initiative that was ongoing in a closed year of the strategy period has
/// its yearly report for that year.
///
/// A year is closed once the check day (`--as-of`) is after its last day. The years checked are
/// those of the strategy's current period on which the initiative was ongoing (its active period).
/// Missing years are reported together, once per initiative. Besides the initiative's own
/// exceptions, an exception to this rule written on strategy.json excuses every initiative (for
/// reports a whole version lacks).
struct YearlyReport: Rule {
    static let name = "yearly-report"
    static let defaultSeverity = Diagnostic.Severity.warning
    static let scope = RuleScope.perEntity(reads: [.report, .strategy])
    static let summary = "Every ongoing initiative has its yearly report for each closed year of the strategy period."
    static let explanation = """
        The strategy is reported on once a year. The seed (case 2018-021871, Status/Afrapportering): \
        "Afrapportering sker én gang årligt på et fælles møde efter Tryghedsindekset er udkommet"; the case \
        lists the 4th yearly report's forms (afrapporteringsskemaer), one per initiative. A report is filed as strategy/reports/<year>/<initiative-id>.json.

        A year is closed when the check day (--as-of, default today) is after 31 December of that year. For \
        every initiative, each closed year of the strategy's current period on which the initiative was \
        ongoing (active; ended or merged up to its last day) needs a report; the missing years are listed \
        together. The default severity is warning: a report missing from the repository may exist on paper \
        and not be recorded yet. An exception to this rule on strategy.json excuses every initiative, for \
        reports a whole version lacks in the sources.
        """

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        guard let strategy = model.strategy, let period = strategy.period else { return [] }
        let lastClosedYear = context.asOf.year - 1
        var filed = Set<String>()
        for report in model.reports { filed.insert("\(report.year)/\(report.initiative.value)") }
        return model.checkedInitiatives.compactMap { initiative in
            guard let active = initiative.activePeriod, let span = active.intersection(period) else { return nil }
            let last = min(span.to?.year ?? lastClosedYear, lastClosedYear)
            guard span.from.year <= last else { return nil }
            let missing = (span.from.year...last).filter { !filed.contains("\($0)/\(initiative.id)") }
            guard !missing.isEmpty else { return nil }
            return Self.finding(
                Self.message(initiative.name, missing), at: initiative.origin.appending("name"),
                hint: Self.hint(initiative.id, missing), exceptions: initiative.exceptions + strategy.exceptions)
        }
    }

    fileprivate static func message(_ name: String, _ years: [Int]) -> String {
        let list = years.map(String.init)
        let text = list.count == 1 ? list[0] : list.dropLast().joined(separator: ", ") + " and " + (list.last ?? "")
        return "“\(name)” has no yearly report for \(text)"
    }

    fileprivate static func hint(_ id: String, _ years: [Int]) -> String {
        "add strategy/reports/\(years.first.map(String.init) ?? "<year>")/\(id).json (and one for each year listed) once the report is made"
    }
}
