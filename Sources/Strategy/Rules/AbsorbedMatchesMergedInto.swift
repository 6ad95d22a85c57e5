import Messages

/// `absorbed-matches-merged-into`: A lists B in `absorbed` exactly when B names A in `mergedInto`.
struct AbsorbedMatchesMergedInto: ModelRule {
    static let name = "absorbed-matches-merged-into"
    static let defaultSeverity = Diagnostic.Severity.error
    static let reads: Set<ContentLayout.Kind> = [.initiative]

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        var out: [RuleFinding] = []
        for i in model.initiatives.indices {
            // By index, and only those that take part in a merger: copying an Initiative costs a retain per field.
            guard !model.initiatives[i].absorbed.isEmpty || model.initiatives[i].mergedInto != nil else { continue }
            let initiative = model.initiatives[i]
            for ref in initiative.absorbed {
                guard let other = model.initiative(ref.value) else { continue }  // reference-resolves reports it
                guard other.mergedInto?.value != initiative.id else { continue }
                out.append(
                    Self.finding(
                        Self.absorbedNotMerged(other.name, other.mergedInto?.value), at: ref.origin,
                        hint: Self.absorbedHint(initiative.id), related: [other.origin.related(Self.otherNote)],
                        exceptions: initiative.exceptions))
            }
            guard let ref = initiative.mergedInto, let target = model.initiative(ref.value) else { continue }
            guard !target.absorbed.contains(where: { $0.value == initiative.id }) else { continue }
            out.append(
                Self.finding(
                    Self.mergedNotAbsorbed(target.name), at: ref.origin, hint: Self.mergedHint(initiative.id, target.id),
                    related: [target.origin.related(Self.otherNote)], exceptions: initiative.exceptions))
        }
        return out
    }

    fileprivate static func absorbedNotMerged(_ other: String, _ into: String?) -> Message {
        guard let into else { return Message("rule.absorbed-matches-merged-into.not-merged", ["other": .name(other)]) }
        return Message("rule.absorbed-matches-merged-into.merged-elsewhere", ["other": .name(other), "into": .text(into)])
    }

    fileprivate static func mergedNotAbsorbed(_ target: String) -> Message {
        Message("rule.absorbed-matches-merged-into.not-absorbed", ["target": .name(target)])
    }

    fileprivate static func absorbedHint(_ id: String) -> Message {
        Message("rule.absorbed-matches-merged-into.absorbed.hint", ["id": .text(id)])
    }

    fileprivate static func mergedHint(_ id: String, _ target: String) -> Message {
        Message("rule.absorbed-matches-merged-into.merged.hint", ["id": .text(id), "target": .text(target)])
    }

    fileprivate static let otherNote = Message("rule.absorbed-matches-merged-into.other-note")
}
