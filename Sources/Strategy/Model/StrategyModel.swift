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

    private(set) var partnerIndex: [String: Int] = [:]
    private(set) var goalIndex: [String: Int] = [:]
    private(set) var initiativeIndex: [String: Int] = [:]
    private(set) var reportIndex: [String: Int] = [:]
    /// "year/initiative-id" of every report filed.
    private(set) var filedReports: Set<String> = []
    /// Initiative indices (ascending) by owner: a partner id ("aalborg-kommune") or a unit
    /// ("aalborg-kommune/skoleforvaltningen"); an owner "partner/unit" counts for its partner too.
    /// Built with the model and kept current by ``replace(at:with:change:)``.
    private(set) var initiativesByOwner: [String: [Int]] = [:]

    public init() {}

    public func partner(_ id: String) -> Partner? { partnerIndex[id].map { partners[$0] } }
    public func goal(_ id: String) -> Goal? { goalIndex[id].map { goals[$0] } }
    public func initiative(_ id: String) -> Initiative? { initiativeIndex[id].map { initiatives[$0] } }

    /// The indices (into ``initiatives``, ascending) of the initiatives a partner or unit owns;
    /// `owner` is a partner id or "partner/unit". An initiative a unit owns is owned by its partner too.
    func initiativeIndices(ownedBy owner: String) -> [Int] { initiativesByOwner[owner] ?? [] }

    /// The owners an initiative counts for: each owner's partner, and each owning unit, once.
    static func ownerKeys(_ initiative: Initiative) -> [String] {
        var keys: [String] = []
        for owner in initiative.owners {
            if !keys.contains(owner.value.partner) { keys.append(owner.value.partner) }
            if owner.value.unit != nil {
                let unit = owner.value.description
                if !keys.contains(unit) { keys.append(unit) }
            }
        }
        return keys
    }

    /// Moves initiative `index` in ``initiativesByOwner`` from the owners of `old` to those of `new`.
    mutating func reindexOwners(of index: Int, from old: Initiative, to new: Initiative) {
        let before = Self.ownerKeys(old), after = Self.ownerKeys(new)
        for key in before where !after.contains(key) {
            initiativesByOwner[key]?.removeAll { $0 == index }
            if initiativesByOwner[key]?.isEmpty == true { initiativesByOwner[key] = nil }
        }
        for key in after where !before.contains(key) {
            var list = initiativesByOwner[key] ?? []
            list.insert(index, at: list.firstIndex { $0 > index } ?? list.count)
            initiativesByOwner[key] = list
        }
    }

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

    static func reportOrder(_ a: Report, _ b: Report) -> Bool {
        (a.year, a.initiative.value, a.origin.path) < (b.year, b.initiative.value, b.origin.path)
    }

    mutating func indexReports() {
        reportIndex = Dictionary(reports.enumerated().map { ($1.origin.path, $0) }, uniquingKeysWith: { a, _ in a })
        filedReports = Set(reports.map { "\($0.year)/\($0.initiative.value)" })
    }

    /// Whether a yearly report for `initiative` is filed for `year`.
    public func hasReport(year: Int, initiative: String) -> Bool {
        filedReports.contains("\(year)/\(initiative)")
    }

    /// The entity written in the file at `path`, if the model has one.
    public func entity(at path: String) -> Entity? {
        guard let (kind, id) = ContentLayout.classify(path) else { return nil }
        switch kind {
        case .strategy: return strategy.map(Entity.strategy)
        case .organisation: return organisation.map(Entity.organisation)
        case .partner: return partnerIndex[id].map { .partner(partners[$0]) }
        case .goal: return goalIndex[id].map { .goal(goals[$0]) }
        case .initiative: return initiativeIndex[id].map { .initiative(initiatives[$0]) }
        case .report: return reportIndex[path].map { .report(reports[$0]) }
        }
    }

    mutating func finish() {
        partners.sort { $0.id < $1.id }
        goals.sort { $0.id < $1.id }
        initiatives.sort { $0.id < $1.id }
        reports.sort(by: Self.reportOrder)
        partnerIndex = Dictionary(partners.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        goalIndex = Dictionary(goals.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        initiativeIndex = Dictionary(initiatives.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        indexReports()
        initiativesByOwner = [:]
        for i in initiatives.indices {
            for key in Self.ownerKeys(initiatives[i]) { initiativesByOwner[key, default: []].append(i) }
        }
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
    /// In the model's order: the rules see entities kind by kind in this order.
    public enum Kind: String, Sendable, CaseIterable {
        case strategy, organisation, partner, goal, initiative, report
    }

    public static func classify(_ path: String) -> (kind: Kind, id: String)? {
        if path == strategy { return (.strategy, "strategy") }
        if path == organisation { return (.organisation, "organisation") }
        guard path.hasSuffix(".json") else { return nil }
        // By UTF-8 code unit: splitting a String by Character costs a grapheme break check per
        // character, and this runs for every file of every snapshot.
        let utf8 = path.utf8
        var depth = 1
        var nameStart = utf8.startIndex
        for i in utf8.indices where utf8[i] == UInt8(ascii: "/") {
            depth += 1
            nameStart = utf8.index(after: i)
        }
        let name = String(path[nameStart..<utf8.index(utf8.endIndex, offsetBy: -5)])
        if depth == 3, path.hasPrefix(partners) { return (.partner, name) }
        if depth == 3, path.hasPrefix(goals) { return (.goal, name) }
        if depth == 3, path.hasPrefix(initiatives) { return (.initiative, name) }
        if depth == 4, path.hasPrefix(reports) { return (.report, name) }
        return nil
    }
}
