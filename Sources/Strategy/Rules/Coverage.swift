import Messages

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

    /// The days on which each of the initiatives at `owned` counts for `owner` (a partner id or
    /// "partner/unit"): its active period on the owner's own days (an owner entry may carry
    /// `from`/`to`). The one place that decides what counts as coverage, used by the rules and by the
    /// diff's coverage effect.
    func countedPeriods(owner: String, owned: [Int]) -> [(index: Int, period: Period)] {
        owned.flatMap { i in model.initiatives[i].activePeriods(for: owner).map { (i, $0) } }
    }

    /// The days of `target` on which `owner` owns no ongoing initiative.
    func gaps(owner: String, target: Period) -> [Period] {
        let counted = countedPeriods(owner: owner, owned: model.initiativeIndices(ownedBy: owner))
        return CoverageSweep.gaps(in: target, covered: counted.map(\.period)).map(\.period)
    }

    /// The findings for one entity called `name` (the partner or unit `owner`), which must be
    /// covered during `target` and owns the initiatives at `owned`.
    func findings<R: Rule>(
        _ rule: R.Type, owner: String, name: String, target: Period, owned: [Int], at origin: Origin,
        exceptions: [RuleException]
    ) -> [RuleFinding] {
        if owned.isEmpty {
            return [R.finding(noInitiative(name), at: origin, hint: hint(name), exceptions: exceptions)]
        }
        let active = countedPeriods(owner: owner, owned: owned)
        // Often one owned initiative is active on every day of the target: nothing to sort.
        if let end = target.to,
            active.contains(where: { $0.period.from <= target.from && ($0.period.to.map { $0 >= end } ?? true) })
        {
            return []
        }
        return CoverageSweep.gaps(in: target, covered: active.map(\.period)).map { gap in
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

    fileprivate func noInitiative(_ name: String) -> Message {
        Message("rule.coverage.no-initiative", ["owner": .name(name)])
    }

    fileprivate func gapMessage(_ name: String, _ gap: Period) -> Message {
        guard let to = gap.to else { return Message("rule.coverage.gap.open", ["owner": .name(name), "from": .day(gap.from)]) }
        if to == gap.from { return Message("rule.coverage.gap.day", ["owner": .name(name), "day": .day(to)]) }
        return Message("rule.coverage.gap", ["owner": .name(name), "from": .day(gap.from), "to": .day(to)])
    }

    fileprivate func endsMessage(_ initiative: String, _ period: Period) -> Message {
        guard let to = period.to else { return Message("rule.coverage.owned-ends.open", ["initiative": .name(initiative)]) }
        return Message("rule.coverage.owned-ends", ["initiative": .name(initiative), "day": .day(to)])
    }

    fileprivate func startsMessage(_ initiative: String, _ day: Day) -> Message {
        Message("rule.coverage.owned-starts", ["initiative": .name(initiative), "day": .day(day)])
    }

    fileprivate func ownedMessage(_ initiative: Initiative) -> Message {
        guard let status = initiative.status else {
            return Message("rule.coverage.owned-no-status", ["initiative": .name(initiative.name)])
        }
        return Message("rule.coverage.owned-status", ["initiative": .name(initiative.name), "status": .text(status.rawValue)])
    }

    fileprivate func hint(_ name: String) -> Message {
        Message("rule.coverage.hint", ["owner": .name(name)])
    }
}
