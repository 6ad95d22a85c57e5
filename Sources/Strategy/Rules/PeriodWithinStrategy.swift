/// `period-within-strategy`: initiatives and reports fall within the strategy's time.
///
/// The strategy's time runs from the first day of its earliest version (`previousVersions`) to the
/// last day of its current period: an initiative carried over from Version 1 starts before the
/// current period, and an initiative that ended in Version 1 lies wholly before it; both are fine.
struct PeriodWithinStrategy: Rule {
    static let name = "period-within-strategy"
    static let defaultSeverity = Diagnostic.Severity.warning
    static let scope = RuleScope.perEntity(reads: [.strategy])
    static let summary = "Initiatives and reports fall within the strategy's time (its versions' periods)."
    static let explanation = """
        An initiative is part of the strategy, so its period lies within the strategy's time: from the first day of its earliest version \
        (strategy.json "previousVersions") to the last day of the current "period". An initiative's period \
        runs across versions: it begins in the version that added it (strategy/README.md, Periods), so one \
        carried over from Version 1 may begin before the current period, and one that ended in Version 1 may \
        lie wholly before it. The seed (case 2018-021871): "I den nye version … vil der være \
        tryghedsfremmende indsatser, der ikke længere indgår i strategiarbejdet, andre vil blive justeret, og \
        der vil komme nye til." Planned initiatives may begin after the strategy's current period.

        A yearly report is filed under a year in the strategy's time, and its "covers" period overlaps that \
        year.
        """

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        guard let strategy = model.strategy, let current = strategy.period else { return [] }
        let span = Period(from: Self.firstDay(strategy, current), to: current.to)
        var out: [RuleFinding] = []
        for initiative in model.checkedInitiatives {
            guard let period = initiative.period else { continue }
            let origin = initiative.origin.appending("period")
            if period.from < span.from {
                out.append(Self.finding(
                    Self.startsBefore(period.from, span.from), at: origin.appending("from"), hint: Self.hint,
                    exceptions: initiative.exceptions))
            } else if let end = span.to, period.from > end, initiative.status != .planned {
                out.append(Self.finding(
                    Self.startsAfter(period.from, end), at: origin.appending("from"), hint: Self.hint,
                    exceptions: initiative.exceptions))
            }
        }
        for report in model.checkedReports {
            guard let year = Period(year: report.year) else { continue }
            if span.intersection(year) == nil {
                out.append(Self.finding(
                    Self.reportOutside(report.year, span), at: report.origin.appending("year"), hint: Self.reportHint,
                    exceptions: report.exceptions))
            } else if let covers = report.covers, covers.from <= (covers.to ?? covers.from), covers.intersection(year) == nil {
                out.append(Self.finding(
                    Self.coversOtherYear(covers, report.year), at: report.origin.appending("covers"), hint: Self.reportHint,
                    exceptions: report.exceptions))
            }
        }
        return out
    }

    /// The first day of the earliest version.
    static func firstDay(_ strategy: StrategyInfo, _ current: Period) -> Day {
        let versions = RuleSupport.value(at: strategy.origin)?["previousVersions"]?.arrayValue ?? []
        let starts = versions.compactMap { $0["period"]?["from"]?.stringValue.flatMap(Day.init) }
        return starts.reduce(current.from, min)
    }

    fileprivate static func startsBefore(_ day: Day, _ first: Day) -> String {
        "the initiative begins on \(day), before the strategy's first day (\(first))"
    }

    fileprivate static func startsAfter(_ day: Day, _ last: Day) -> String {
        "the initiative begins on \(day), after the strategy's last day (\(last)), but it is not planned"
    }

    fileprivate static let hint =
        "check the dates; an initiative of an earlier version needs that version in strategy.json \"previousVersions\""

    fileprivate static func reportOutside(_ year: Int, _ span: Period) -> String {
        "this report is for \(year), outside the strategy's time (\(RuleSupport.describe(span)))"
    }

    fileprivate static func coversOtherYear(_ covers: Period, _ year: Int) -> String {
        "this report covers \(RuleSupport.describe(covers)), which has no day in \(year), the year it is filed under"
    }

    fileprivate static let reportHint = "file the report under the year it covers: strategy/reports/<year>/<initiative>.json"
}

extension Period {
    /// The whole of a calendar year.
    init?(year: Int) {
        guard let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31) else { return nil }
        self.init(from: first, to: last)
    }
}
