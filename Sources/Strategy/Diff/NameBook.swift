import Messages

/// The names of the entities on both sides of a comparison, so that a change can say
/// "Nordjyllands Politi (nordjyllands-politi)" instead of an id alone. The new side's names win;
/// an entity that exists only on the old side keeps its old name.
public struct NameBook: Sendable {
    private var goals: [String: String] = [:]
    private var initiatives: [String: String] = [:]
    private var parties: [String: String] = [:]

    /// An empty book: every id is shown as it is.
    public init() {}

    public init(old: StrategyModel?, new: StrategyModel?) {
        for model in [old, new].compactMap({ $0 }) {
            for goal in model.goals {
                goals[goal.id] = goal.number.map { "\($0). \(goal.name)" } ?? goal.name
            }
            for initiative in model.initiatives { initiatives[initiative.id] = initiative.name }
            for partner in model.partners {
                parties[partner.id] = partner.name
                for unit in partner.units { parties["\(partner.id)/\(unit.id)"] = "\(unit.name) (\(partner.name))" }
            }
        }
    }

    /// The name of a goal, initiative, partner or unit, as the field it is written in says which.
    public func name(of id: String, in field: String) -> String? {
        switch Self.kind(of: field) {
        case .goal?: return goals[id]
        case .initiative?: return initiatives[id]
        case .party?: return parties[id]
        case nil: return nil
        }
    }

    /// "Name (id)", or the id alone when the book has no name for it.
    public func label(_ id: String, in field: String) -> Message.Argument {
        guard let name = name(of: id, in: field), name != id else { return .text(id) }
        return .message(Message("diff.named-id", ["name": .name(name), "id": .text(id)]))
    }

    public func goal(_ id: String) -> Message.Argument { label(id, in: "goals") }
    public func initiative(_ id: String) -> Message.Argument { label(id, in: "mergedInto") }
    public func party(_ id: String) -> Message.Argument { label(id, in: "owners") }

    enum Referred { case goal, initiative, party }

    /// What the ids of a field name: goals, initiatives, or partners and units.
    static func kind(of field: String) -> Referred? {
        let last = field.split(separator: ".").last.map { $0.split(separator: "[").first ?? $0 } ?? ""
        switch last {
        case "goals": return .goal
        case "mergedInto", "absorbed", "replaces", "initiative": return .initiative
        case "owners", "participants", "at", "forumPartners": return .party
        default: return nil
        }
    }
}
