import Messages

/// `period-within-strategy`: initiatives and reports fall within the strategy's time.
///
/// The strategy's time runs from the first day of its earliest version (`previousVersions`) to the
/// last day of its current period: an initiative carried over from Version 1 starts before the
/// current period, and an initiative that ended in Version 1 lies wholly before it; both are fine.
struct PeriodWithinStrategy: EntityRule {
    static let name = "period-within-strategy"
    static let defaultSeverity = Diagnostic.Severity.warning
    static let checks: Set<ContentLayout.Kind> = [.initiative, .report]
    static let reads: Set<ContentLayout.Kind> = [.strategy]

    func check(_ entity: Entity, in model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        guard let strategy = model.strategy, let current = strategy.period else { return [] }
        let span = Period(from: Self.firstDay(strategy, current), to: current.to)
        switch entity {
        case .initiative(let initiative):
            guard let period = initiative.period else { return [] }
            let origin = initiative.origin.appending("period", "from")
            if period.from < span.from {
                return [
                    Self.finding(
                        Self.startsBefore(period.from, span.from), at: origin, hint: Self.hint, exceptions: initiative.exceptions)
                ]
            } else if let end = span.to, period.from > end, initiative.status != .planned {
                return [
                    Self.finding(
                        Self.startsAfter(period.from, end), at: origin, hint: Self.hint, exceptions: initiative.exceptions)
                ]
            }
        case .report(let report):
            guard let year = Period(year: report.year) else { return [] }
            if span.intersection(year) == nil {
                return [
                    Self.finding(
                        Self.reportOutside(report.year, span), at: report.origin.appending("year"), hint: Self.reportHint,
                        exceptions: report.exceptions)
                ]
            } else if let covers = report.covers, covers.from <= (covers.to ?? covers.from), covers.intersection(year) == nil {
                return [
                    Self.finding(
                        Self.coversOtherYear(covers, report.year), at: report.origin.appending("covers"), hint: Self.reportHint,
                        exceptions: report.exceptions)
                ]
            }
        default:
            break
        }
        return []
    }

    /// The first day of the earliest version.
    static func firstDay(_ strategy: StrategyInfo, _ current: Period) -> Day {
        let versions = RuleSupport.value(at: strategy.origin)?["previousVersions"]?.arrayValue ?? []
        let starts = versions.compactMap { $0["period"]?["from"]?.stringValue.flatMap(Day.init) }
        return starts.reduce(current.from, min)
    }

    fileprivate static func startsBefore(_ day: Day, _ first: Day) -> Message {
        Message("rule.period-within-strategy.starts-before", ["day": .day(day), "first": .day(first)])
    }

    fileprivate static func startsAfter(_ day: Day, _ last: Day) -> Message {
        Message("rule.period-within-strategy.starts-after", ["day": .day(day), "last": .day(last)])
    }

    fileprivate static let hint = Message("rule.period-within-strategy.hint")

    fileprivate static func reportOutside(_ year: Int, _ span: Period) -> Message {
        Message("rule.period-within-strategy.report-outside", ["year": .count(year), "span": RuleSupport.describe(span)])
    }

    fileprivate static func coversOtherYear(_ covers: Period, _ year: Int) -> Message {
        Message("rule.period-within-strategy.covers-other-year", ["covers": RuleSupport.describe(covers), "year": .count(year)])
    }

    fileprivate static let reportHint = Message("rule.period-within-strategy.report.hint")
}

extension Period {
    /// The whole of a calendar year.
    init?(year: Int) {
        guard let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31) else { return nil }
        self.init(from: first, to: last)
    }
}
