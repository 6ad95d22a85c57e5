/// The facts behind the strategy's central rule, laid out for a picture: for every partner and every
/// involved unit, the days it has to be covered, the initiatives it owns with the days they count,
/// and the gaps between them — computed as `partner-coverage` and `unit-coverage` compute them, but
/// over any span (e.g. all the strategy's versions, not only the current period).
public struct CoverageRow: Sendable {
    /// One owned initiative on the row.
    public struct Bar: Sendable {
        public var initiative: String
        public var name: String
        public var status: Initiative.Status?
        /// The days the initiative counts as ongoing within the row's span.
        public var period: Period
    }

    public var partner: String
    /// The unit, for a unit's row; nil for the partner as a whole.
    public var unit: String?
    /// The name to show: the unit's or the partner's.
    public var name: String
    /// The days the row has to be covered (the span clipped to the partner's membership).
    public var target: Period?
    /// The owned initiatives, by first day then id.
    public var bars: [Bar]
    /// The uncovered days of ``target``.
    public var gaps: [Period]
    /// The documented exceptions to the coverage rule of the row (`partner-coverage` for a partner,
    /// `unit-coverage` for a unit).
    public var exceptions: [RuleException]
}

public enum CoverageTimeline {
    /// The rows for every partner, each followed by its involved units, over `span` (whose end must be
    /// given). An initiative owned by a unit counts for its partner too; a unit's row counts only the
    /// initiatives that name the unit itself, as `unit-coverage` does.
    public static func rows(_ model: StrategyModel, span: Period) -> [CoverageRow] {
        var rows: [CoverageRow] = []
        for partner in model.partners {
            let target = partner.membership(within: span)
            rows.append(
                row(
                    model, partner: partner.id, unit: nil, name: partner.name, target: target,
                    owned: model.initiativeIndices(ownedBy: partner.id),
                    exceptions: partner.exceptions.filter { $0.rule == "partner-coverage" }))
            for unit in partner.units where unit.involved {
                rows.append(
                    row(
                        model, partner: partner.id, unit: unit.id, name: unit.name, target: target,
                        owned: model.initiativeIndices(ownedBy: "\(partner.id)/\(unit.id)"),
                        exceptions: unit.exceptions.filter { $0.rule == "unit-coverage" }))
            }
        }
        return rows
    }

    private static func row(
        _ model: StrategyModel, partner: String, unit: String?, name: String, target: Period?, owned: [Int],
        exceptions: [RuleException]
    ) -> CoverageRow {
        var bars: [CoverageRow.Bar] = []
        if let target {
            for i in owned {
                let initiative = model.initiatives[i]
                guard let active = initiative.activePeriod, let days = active.intersection(target) else { continue }
                bars.append(
                    CoverageRow.Bar(
                        initiative: initiative.id, name: initiative.name, status: initiative.status,
                        period: Period(from: days.from, to: days.to ?? target.to)))
            }
        }
        bars.sort { ($0.period.from, $0.initiative) < ($1.period.from, $1.initiative) }
        let gaps = target.map { t in CoverageSweep.gaps(in: t, covered: bars.map(\.period)).map(\.period) } ?? []
        return CoverageRow(
            partner: partner, unit: unit, name: name, target: target, bars: bars, gaps: gaps, exceptions: exceptions)
    }
}
