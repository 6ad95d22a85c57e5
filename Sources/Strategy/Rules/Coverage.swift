/// Which initiatives each partner and each unit owns: built once, so the coverage rules look up an
/// entity's initiatives instead of scanning all of them.
struct OwnerIndex {
    /// Initiative indices (into `model.initiatives`) by partner id; an owner "partner/unit" counts
    /// for its partner too. Each initiative at most once per partner.
    private(set) var byPartner: [String: [Int]] = [:]
    /// Initiative indices by "partner/unit".
    private(set) var byUnit: [String: [Int]] = [:]

    /// With `partners`, only the initiatives of those partners (a few, compared one by one) are
    /// indexed; `units: false` leaves ``byUnit`` empty.
    ///
    /// - Complexity: O(total number of owners).
    init(_ model: StrategyModel, partners: [String]? = nil, units: Bool = true) {
        var focused = [[Int]](repeating: [], count: partners?.count ?? 0)
        // By index throughout: copying an Initiative, or one of its located owners, costs a retain
        // per field. Owners are few: looking back through them is cheaper than a set per initiative.
        for i in model.initiatives.indices {
            let owners = model.initiatives[i].owners
            for k in owners.indices {
                let ref = owners[k].value
                let position = partners?.firstIndex(of: ref.partner)
                if partners != nil && position == nil { continue }
                if !(0..<k).contains(where: { owners[$0].value.partner == ref.partner }) {
                    if let position { focused[position].append(i) } else { byPartner[ref.partner, default: []].append(i) }
                }
                if units, ref.unit != nil, !(0..<k).contains(where: { owners[$0].value == ref }) {
                    byUnit[ref.description, default: []].append(i)
                }
            }
        }
        if let partners {
            for (partner, owned) in zip(partners, focused) where !owned.isEmpty { byPartner[partner] = owned }
        }
    }
}

/// The coverage check shared by `partner-coverage` and `unit-coverage`: the union of the active
/// periods of the initiatives an entity owns must cover the days it has to be covered.
struct CoverageCheck {
    let model: StrategyModel
    let context: RuleContext

    /// The days every partner and unit must be covered: the strategy period (an open end counts up
    /// to the as-of day); nil when the strategy has no period.
    var strategyPeriod: Period? {
        guard let period = model.strategy?.period else { return nil }
        return Period(from: period.from, to: period.to ?? context.asOf)
    }

    /// The findings for one entity called `name`, which must be covered during `target` and owns the
    /// initiatives at `owned`.
    func findings<R: Rule>(
        _ rule: R.Type, name: String, target: Period, owned: [Int], at origin: Origin, exceptions: [RuleException]
    ) -> [RuleFinding] {
        if owned.isEmpty {
            return [R.finding(noInitiative(name), at: origin, hint: hint(name), exceptions: exceptions)]
        }
        let active = owned.compactMap { i in model.initiatives[i].activePeriod.map { (i, $0) } }
        return CoverageSweep.gaps(in: target, covered: active.map(\.1)).map { gap in
            var related: [RelatedLocation] = []
            if let before = gap.before {
                let (i, period) = active[before]
                related.append(model.initiatives[i].origin.related(endsMessage(model.initiatives[i].name, period)))
            }
            if let after = gap.after {
                let (i, period) = active[after]
                related.append(model.initiatives[i].origin.related(startsMessage(model.initiatives[i].name, period.from)))
            }
            if related.isEmpty {
                related = owned.prefix(5).map { model.initiatives[$0].origin.related(ownedMessage(model.initiatives[$0])) }
            }
            return R.finding(
                gapMessage(name, gap.period), at: origin, hint: hint(name), related: related, exceptions: exceptions)
        }
    }

    fileprivate func noInitiative(_ name: String) -> String {
        "\(name) owns no initiative at all"
    }

    fileprivate func gapMessage(_ name: String, _ gap: Period) -> String {
        if let to = gap.to, to == gap.from { return "\(name) owns no active initiative on \(gap.from)" }
        return "\(name) owns no active initiative from \(gap.from) to \(gap.to.map(\.description) ?? "the end")"
    }

    fileprivate func endsMessage(_ initiative: String, _ period: Period) -> String {
        "“\(initiative)” (owned) is active until \(period.to.map(\.description) ?? "further notice")"
    }

    fileprivate func startsMessage(_ initiative: String, _ day: Day) -> String {
        "“\(initiative)” (owned) is active from \(day)"
    }

    fileprivate func ownedMessage(_ initiative: Initiative) -> String {
        "“\(initiative.name)” is owned, but \(initiative.status.map { "its status is \($0.rawValue)" } ?? "it has no status")"
    }

    fileprivate func hint(_ name: String) -> String {
        "add \(name) to the owners of an initiative that runs in these days, or record an exception with the reason"
    }
}
