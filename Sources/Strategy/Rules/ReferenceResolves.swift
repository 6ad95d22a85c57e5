import Messages

/// `reference-resolves`: every id the content refers to names an entity that exists.
///
/// Checked: an initiative's goals, owners, participants, mergedInto, absorbed, replaces and
/// tovholder; the organisation's members (Styregruppe, tovholdere) and forum partners; a report's
/// initiative. A near miss is suggested by edit distance.
struct ReferenceResolves: EntityRule {
    static let name = "reference-resolves"
    static let defaultSeverity = Diagnostic.Severity.error
    static let checks: Set<ContentLayout.Kind> = [.initiative, .organisation, .report]
    static let reads: Set<ContentLayout.Kind> = [.partner]

    func check(_ entity: Entity, in model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        var out: [RuleFinding] = []
        // "Did you mean" (by id, name, number or Danish letters), worked out only when a reference misses.
        let exceptions = entity.exceptions
        func goal(_ ref: Located<String>) {
            guard model.goal(ref.value) == nil else { return }
            out.append(
                Self.finding(
                    Self.unknown("goal", ref.value, ReferenceLookup.goals(model).suggestion(for: ref.value)), at: ref.origin,
                    hint: Self.goalHint, exceptions: exceptions))
        }
        func initiative(_ ref: Located<String>) {
            guard model.initiative(ref.value) == nil else { return }
            out.append(
                Self.finding(
                    Self.unknown("initiative", ref.value, ReferenceLookup.initiatives(model).suggestion(for: ref.value)),
                    at: ref.origin, hint: Self.initiativeHint, exceptions: exceptions))
        }
        func party(_ ref: Located<PartyRef>) {
            guard !model.resolves(ref.value) else { return }
            let what = model.partner(ref.value.partner) == nil ? "partner" : "unit"
            let text = ref.value.description
            out.append(
                Self.finding(
                    Self.unknown(what, text, ReferenceLookup.owners(model).suggestion(for: text)), at: ref.origin,
                    hint: Self.partyHint, exceptions: exceptions))
        }
        switch entity {
        case .initiative(let i):
            i.goals.forEach(goal)
            (i.owners + i.participants).forEach(party)
            i.tovholder.map(party)
            ([i.mergedInto].compactMap { $0 } + i.absorbed + i.replaces).forEach(initiative)
        case .organisation(let organisation):
            let members = organisation.steeringGroup.map(\.at) + organisation.tovholdere.map(\.at)
            (members + organisation.forumPartners).forEach(party)
        case .report(let report):
            initiative(report.initiative)
        default:
            break
        }
        return out
    }

    fileprivate static func unknown(_ kind: String, _ id: String, _ suggestion: Message.Argument) -> Message {
        let key: String
        switch kind {
        case "goal": key = "rule.reference-resolves.unknown-goal"
        case "initiative": key = "rule.reference-resolves.unknown-initiative"
        case "partner": key = "rule.reference-resolves.unknown-partner"
        default: key = "rule.reference-resolves.unknown-unit"
        }
        return Message(key, ["id": .text(id), "suggestion": suggestion])
    }

    fileprivate static let goalHint = Message("rule.reference-resolves.goal.hint")
    fileprivate static let initiativeHint = Message("rule.reference-resolves.initiative.hint")
    fileprivate static let partyHint = Message("rule.reference-resolves.party.hint")
}
