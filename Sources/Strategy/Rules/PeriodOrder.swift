/// `period-order`: every period ends on or after the day it begins.
///
/// Checked: the strategy's period and those of its previous versions, every initiative's period,
/// every report's `covers`, and a partner's `joined` and `left`.
struct PeriodOrder: Rule {
    static let name = "period-order"
    static let defaultSeverity = Diagnostic.Severity.error
    static let scope = RuleScope.perEntity(reads: [])
    static let summary = "Every period ends on or after the day it begins."
    static let explanation = """
        Periods are whole days with both ends included; a period without "to" is ongoing \
        (strategy/README.md, Periods). A period whose "to" comes before its "from" has no days at all, so the \
        coverage requirement ("skal have mindst en igangværende indsats i hele perioden") and every other \
        date rule would read it wrongly. The same holds for a partner that left before it joined.
        """

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        var out: [RuleFinding] = []
        func period(_ origin: Origin, _ exceptions: [RuleException]) {
            let value = RuleSupport.value(at: origin)
            guard let from = value?["from"]?.stringValue.flatMap(Day.init), let to = value?["to"]?.stringValue.flatMap(Day.init),
                to < from
            else { return }
            out.append(Self.finding(Self.backwards(from, to), at: origin.appending("to"), hint: Self.hint, exceptions: exceptions))
        }
        if let strategy = model.checkedStrategy {
            period(strategy.origin.appending("period"), strategy.exceptions)
            let versions = RuleSupport.value(at: strategy.origin)?["previousVersions"]?.arrayValue ?? []
            for i in versions.indices { period(strategy.origin.appending("previousVersions", String(i), "period"), strategy.exceptions) }
        }
        for initiative in model.checkedInitiatives { period(initiative.origin.appending("period"), initiative.exceptions) }
        for report in model.checkedReports { period(report.origin.appending("covers"), report.exceptions) }
        for partner in model.checkedPartners {
            guard let joined = partner.joined, let left = partner.left, left < joined else { continue }
            out.append(Self.finding(
                Self.leftBeforeJoining(joined, left), at: partner.origin.appending("left"), hint: Self.hint,
                exceptions: partner.exceptions))
        }
        return out
    }

    fileprivate static func backwards(_ from: Day, _ to: Day) -> String {
        "the period ends on \(to), before it begins on \(from)"
    }

    fileprivate static func leftBeforeJoining(_ joined: Day, _ left: Day) -> String {
        "the partner left on \(left), before it joined on \(joined)"
    }

    fileprivate static let hint = "dates are written YYYY-MM-DD; check that \"from\" and \"to\" are not swapped"
}
