/// `absorbed-matches-merged-into`: A lists B in `absorbed` exactly when B names A in `mergedInto`.
struct AbsorbedMatchesMergedInto: Rule {
    static let name = "absorbed-matches-merged-into"
    static let defaultSeverity = Diagnostic.Severity.error
    static let scope = RuleScope.kinds([.initiative])
    static let summary = "An initiative lists in absorbed exactly the initiatives merged into it."
    static let explanation = """
        A merger is written on both sides (strategy/README.md, Merge): the merged initiative gets "status": \
        "merged", its last day and "mergedInto", and the initiative that takes it over adds the old id to \
        its "absorbed". The seed's example: ""Dit Kvarter" er overgået til indsatsen Aalborg \
        "FRI-TID"". Both sides must agree, so the history reads the same from either file.
        """

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        var out: [RuleFinding] = []
        for i in model.initiatives.indices {
            // By index, and only those that take part in a merger: copying an Initiative costs a retain per field.
            guard !model.initiatives[i].absorbed.isEmpty || model.initiatives[i].mergedInto != nil else { continue }
            let initiative = model.initiatives[i]
            for ref in initiative.absorbed {
                guard let other = model.initiative(ref.value) else { continue }  // reference-resolves reports it
                guard other.mergedInto?.value != initiative.id else { continue }
                out.append(Self.finding(
                    Self.absorbedNotMerged(other.name, other.mergedInto?.value), at: ref.origin,
                    hint: Self.absorbedHint(initiative.id), related: [other.origin.related(Self.otherNote)],
                    exceptions: initiative.exceptions))
            }
            guard let ref = initiative.mergedInto, let target = model.initiative(ref.value) else { continue }
            guard !target.absorbed.contains(where: { $0.value == initiative.id }) else { continue }
            out.append(Self.finding(
                Self.mergedNotAbsorbed(target.name), at: ref.origin, hint: Self.mergedHint(initiative.id, target.id),
                related: [target.origin.related(Self.otherNote)], exceptions: initiative.exceptions))
        }
        return out
    }

    fileprivate static func absorbedNotMerged(_ other: String, _ into: String?) -> String {
        "“\(other)” is listed as absorbed, but it is \(into.map { "merged into \"\($0)\"" } ?? "not merged into this initiative")"
    }

    fileprivate static func mergedNotAbsorbed(_ target: String) -> String {
        "this initiative is merged into “\(target)”, which does not list it in \"absorbed\""
    }

    fileprivate static func absorbedHint(_ id: String) -> String {
        "give the absorbed initiative \"status\": \"merged\" and \"mergedInto\": \"\(id)\", or remove it from \"absorbed\""
    }

    fileprivate static func mergedHint(_ id: String, _ target: String) -> String {
        "add \"\(id)\" to \"absorbed\" in strategy/initiatives/\(target).json"
    }

    fileprivate static let otherNote = "the other side of the merger"
}
