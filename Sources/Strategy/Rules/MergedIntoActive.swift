import Messages

/// `merged-into-active`: a merged initiative points at one that carries on (active or planned),
/// and merges never go round in a circle.
///
/// - Complexity: O(n): each initiative has at most one `mergedInto`, so following the pointers is a
///   walk in a graph of out-degree one; every initiative is visited once.
struct MergedIntoActive: ModelRule {
    static let name = "merged-into-active"
    static let defaultSeverity = Diagnostic.Severity.error
    static let reads: Set<ContentLayout.Kind> = [.initiative]

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        var out: [RuleFinding] = []
        var state: [String: Int] = [:]  // 1: on the current walk, 2: done
        var inCycle = Set<String>()
        for i in model.initiatives.indices where model.initiatives[i].status == .merged {  // by index: no copies
            let start = model.initiatives[i]
            guard state[start.id] == nil else { continue }
            var walk: [Initiative] = []
            var current: Initiative? = start
            while let node = current, node.status == .merged, state[node.id] == nil {
                state[node.id] = 1
                walk.append(node)
                current = node.mergedInto.flatMap { model.initiative($0.value) }
            }
            if let node = current, state[node.id] == 1, let at = walk.firstIndex(where: { $0.id == node.id }),
                let finding = cycle(Array(walk[at...]))
            {
                out.append(finding)
                inCycle.formUnion(walk[at...].map(\.id))
            }
            for node in walk {
                state[node.id] = 2
                if !inCycle.contains(node.id), let finding = target(of: node, model) { out.append(finding) }
            }
        }
        return out
    }

    /// The finding about one merged initiative whose target does not carry on (cycles aside).
    func target(of initiative: Initiative, _ model: StrategyModel) -> RuleFinding? {
        guard let ref = initiative.mergedInto, let target = model.initiative(ref.value) else { return nil }
        switch target.status {
        case .active?, .planned?, nil: return nil
        case .ended?:
            return Self.finding(
                Self.intoEnded(target.name), at: ref.origin, hint: Self.hint, related: [target.origin.related(Self.targetNote)],
                exceptions: initiative.exceptions)
        case .merged?:
            return Self.finding(
                Self.intoMerged(target.name, target.mergedInto?.value), at: ref.origin, hint: Self.hint,
                related: [target.origin.related(Self.targetNote)], exceptions: initiative.exceptions)
        }
    }

    /// One finding for a circle, at its alphabetically first member.
    func cycle(_ members: [Initiative]) -> RuleFinding? {
        guard let first = members.min(by: { $0.id < $1.id }) else { return nil }
        // Start the circle at its first member, so the message is the same whichever member the walk met first.
        let offset = members.firstIndex { $0.id == first.id } ?? 0
        let names = (members[offset...] + members[..<offset]).map(\.id)
        let related = members.filter { $0.id != first.id }.map { $0.origin.related(Self.memberNote) }
        return Self.finding(
            Self.circle(names), at: first.mergedInto?.origin ?? first.origin, hint: Self.cycleHint, related: related,
            exceptions: first.exceptions)
    }

    fileprivate static func intoEnded(_ target: String) -> Message {
        Message("rule.merged-into-active.into-ended", ["target": .name(target)])
    }

    fileprivate static func intoMerged(_ target: String, _ next: String?) -> Message {
        guard let next else { return Message("rule.merged-into-active.into-merged", ["target": .name(target)]) }
        return Message("rule.merged-into-active.into-merged.next", ["target": .name(target), "next": .text(next)])
    }

    fileprivate static func circle(_ ids: [String]) -> Message {
        Message("rule.merged-into-active.circle", ["circle": .text((ids + ids.prefix(1)).joined(separator: " → "))])
    }

    fileprivate static let targetNote = Message("rule.merged-into-active.target-note")
    fileprivate static let memberNote = Message("rule.merged-into-active.member-note")
    fileprivate static let hint = Message("rule.merged-into-active.hint")
    fileprivate static let cycleHint = Message("rule.merged-into-active.circle.hint")
}
