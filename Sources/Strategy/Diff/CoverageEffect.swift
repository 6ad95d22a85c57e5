/// What a change does to the strategy's central rule: which partner or involved department gains or
/// loses an initiative, and which gaps in its coverage appear or close.
public struct CoverageChange: Sendable {
    /// The partner id, or "partner/unit" for a department.
    public var owner: String
    /// "Nordjyllands Politi", "Skoleforvaltningen (Aalborg Kommune)".
    public var name: String
    /// The partner's file.
    public var path: String
    /// Gaps the new side has that the old did not.
    public var gapsAppeared: [Period]
    /// Gaps the old side had that the new does not.
    public var gapsClosed: [Period]
    /// Initiatives the owner owns on the new side only, and on the old side only (ids).
    public var gained: [String]
    public var lost: [String]
}

public enum CoverageEffect {
    /// The owners whose coverage or initiatives differ between the two models, in the order of the
    /// new model's partners (departments after their partner).
    ///
    /// Gaps are computed by the coverage rules' own function (``CoverageCheck/gaps(owner:target:)``),
    /// as of `asOf` for an open-ended strategy period.
    public static func changes(old: StrategyModel, new: StrategyModel, asOf: Day) -> [CoverageChange] {
        let context = RuleContext(asOf: asOf)
        let before = CoverageCheck(model: old, context: context), after = CoverageCheck(model: new, context: context)
        var out: [CoverageChange] = []
        for (owner, name, path) in owners(new, old) {
            let gapsBefore = gaps(owner, before), gapsAfter = gaps(owner, after)
            let ownedBefore = Set(old.initiativeIndices(ownedBy: owner).map { old.initiatives[$0].id })
            let ownedAfter = Set(new.initiativeIndices(ownedBy: owner).map { new.initiatives[$0].id })
            let change = CoverageChange(
                owner: owner, name: name, path: path,
                gapsAppeared: gapsAfter.filter { !gapsBefore.contains($0) },
                gapsClosed: gapsBefore.filter { !gapsAfter.contains($0) },
                gained: ownedAfter.subtracting(ownedBefore).sorted(), lost: ownedBefore.subtracting(ownedAfter).sorted())
            if !change.gapsAppeared.isEmpty || !change.gapsClosed.isEmpty || !change.gained.isEmpty || !change.lost.isEmpty {
                out.append(change)
            }
        }
        return out
    }

    /// The gaps of one owner in a model (none when the owner does not take part there).
    static func gaps(_ owner: String, _ check: CoverageCheck) -> [Period] {
        let ref = PartyRef(owner)
        guard let period = check.strategyPeriod, let partner = check.model.partner(ref.partner),
            let target = partner.membership(within: period)
        else { return [] }
        if let unit = ref.unit, !(partner.units.contains { $0.id == unit && $0.involved }) { return [] }
        return check.gaps(owner: owner, target: target)
    }

    /// Every partner and involved unit of either model, the new model's first.
    static func owners(_ new: StrategyModel, _ old: StrategyModel) -> [(String, String, String)] {
        var seen = Set<String>()
        var out: [(String, String, String)] = []
        for model in [new, old] {
            for partner in model.partners {
                if seen.insert(partner.id).inserted { out.append((partner.id, partner.name, partner.origin.path)) }
                for unit in partner.units where unit.involved {
                    let key = "\(partner.id)/\(unit.id)"
                    if seen.insert(key).inserted { out.append((key, "\(unit.name) (\(partner.name))", partner.origin.path)) }
                }
            }
        }
        return out
    }
}
