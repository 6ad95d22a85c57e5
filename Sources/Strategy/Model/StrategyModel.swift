import JSON

/// The strategy at one snapshot as typed values, built from the documents that passed schema
/// validation. Entities are sorted by id, so everything derived from the model is deterministic.
public struct StrategyModel: Sendable {
    public var strategy: StrategyInfo?
    public var organisation: Organisation?
    public var partners: [Partner] = []
    public var goals: [Goal] = []
    public var initiatives: [Initiative] = []
    public var reports: [Report] = []

    private var partnerIndex: [String: Int] = [:]
    private var goalIndex: [String: Int] = [:]
    private var initiativeIndex: [String: Int] = [:]

    public init() {}

    public func partner(_ id: String) -> Partner? { partnerIndex[id].map { partners[$0] } }
    public func goal(_ id: String) -> Goal? { goalIndex[id].map { goals[$0] } }
    public func initiative(_ id: String) -> Initiative? { initiativeIndex[id].map { initiatives[$0] } }

    /// The unit a reference names, when it names one that exists.
    public func unit(_ ref: PartyRef) -> Unit? {
        guard let unitID = ref.unit else { return nil }
        return partner(ref.partner)?.units.first { $0.id == unitID }
    }

    /// Whether a partner or unit reference resolves.
    public func resolves(_ ref: PartyRef) -> Bool {
        guard let partner = partner(ref.partner) else { return false }
        guard let unitID = ref.unit else { return true }
        return partner.units.contains { $0.id == unitID }
    }

    mutating func finish() {
        partners.sort { $0.id < $1.id }
        goals.sort { $0.id < $1.id }
        initiatives.sort { $0.id < $1.id }
        reports.sort { ($0.year, $0.initiative.value, $0.origin.path) < ($1.year, $1.initiative.value, $1.origin.path) }
        partnerIndex = Dictionary(partners.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        goalIndex = Dictionary(goals.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        initiativeIndex = Dictionary(initiatives.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }
}

/// Where each kind of entity lives in the repository.
public enum ContentLayout {
    public static let strategy = "strategy/strategy.json"
    public static let organisation = "strategy/organisation.json"
    public static let partners = "strategy/partners/"
    public static let goals = "strategy/goals/"
    public static let initiatives = "strategy/initiatives/"
    public static let reports = "strategy/reports/"

    /// The kind of entity a path holds, with the id its file name gives it.
    public enum Kind: String, Sendable, CaseIterable {
        case strategy, organisation, partner, goal, initiative, report
    }

    public static func classify(_ path: String) -> (kind: Kind, id: String)? {
        if path == strategy { return (.strategy, "strategy") }
        if path == organisation { return (.organisation, "organisation") }
        guard path.hasSuffix(".json") else { return nil }
        let name = String(path.split(separator: "/").last?.dropLast(5) ?? "")
        let depth = path.split(separator: "/").count
        if path.hasPrefix(partners), depth == 3 { return (.partner, name) }
        if path.hasPrefix(goals), depth == 3 { return (.goal, name) }
        if path.hasPrefix(initiatives), depth == 3 { return (.initiative, name) }
        if path.hasPrefix(reports), depth == 4 { return (.report, name) }
        return nil
    }
}
