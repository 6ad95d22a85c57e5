import JSON
import Messages

/// What `tryg new initiative` is asked to add.
public struct NewInitiative: Sendable {
    public var name: String
    /// An id chosen by the editor; nil: formed from the name.
    public var id: String?
    /// Goals and owners as the editor wrote them (ids, names, numbers).
    public var goals: [String]
    public var owners: [String]
    public var from: Day
    public var planned = false
    public var cooperation: [String] = []
    public var description: String?
    /// A note on where the information comes from, and its address.
    public var source: String?
    public var sourceURL: String?

    public init(name: String, id: String? = nil, goals: [String], owners: [String], from: Day) {
        self.name = name
        self.id = id
        self.goals = goals
        self.owners = owners
        self.from = from
    }
}

extension Editor {
    /// `tryg new initiative`: a complete initiative file, its id formed from its name.
    public func newInitiative(_ request: NewInitiative) throws(StrategyError) -> Edit {
        let name = request.name.trimmingSpaces
        guard !name.isEmpty else { throw StrategyError(Message("authoring.name.empty")) }
        let id = try freshInitiativeID(name: name, chosen: request.id)
        let goals = try request.goals.map { text throws(StrategyError) in try ReferenceLookup.goals(model).resolve(text).get() }
        let owners = try request.owners.map { text throws(StrategyError) in try ReferenceLookup.owners(model).resolve(text).get()
        }
        let path = ContentLayout.initiatives + id + ".json"
        var members: [(String, JSONValue)] = []
        if let schema = workspace.schemaReference(for: path) { members.append(("$schema", .text(schema))) }
        members += [("id", .text(id)), ("name", .text(name))]
        if let description = request.description?.trimmingSpaces, !description.isEmpty {
            members.append(("description", .text(description)))
        }
        members += [
            ("status", .text(request.planned ? "planned" : "active")),
            ("period", .object([("from", .text(request.from.description))])),
            ("goals", JSONValue(.array(Self.unique(goals).map { .text($0) }))),
            ("owners", JSONValue(.array(Self.unique(owners).map { .text($0) }))),
        ]
        let cooperation = Self.unique(request.cooperation.map(\.trimmingSpaces).filter { !$0.isEmpty })
        if !cooperation.isEmpty { members.append(("cooperationPartners", JSONValue(.array(cooperation.map { .text($0) })))) }
        members.append(("sources", JSONValue(.array([source(request.source, url: request.sourceURL)]))))
        var edit = Edit(commitMessage: Message("authoring.new.initiative.commit", ["name": .text(name)]))
        edit.documents[path] = .object(members)
        edit.summary.append(
            Message("authoring.new.initiative.done", ["name": .text(name), "id": .text(id), "day": .day(request.from)]))
        return edit
    }

    /// A source entry: the note given (a public page when it has an address), or an honest
    /// placeholder saying that no source is recorded yet.
    func source(_ note: String?, url: String?) -> JSONValue {
        let url = url?.trimmingSpaces
        guard let note = note?.trimmingSpaces, !note.isEmpty else {
            var members: [(String, JSONValue)] = [("kind", .text("assumption")), ("note", .text(Self.noSourceNote))]
            if let url, !url.isEmpty {
                members = [("kind", .text("public-page")), ("note", .text(Self.pageNote)), ("url", .text(url))]
            }
            return .object(members)
        }
        var members: [(String, JSONValue)] = [
            ("kind", .text(url?.isEmpty == false ? "public-page" : "assumption")), ("note", .text(note)),
        ]
        if let url, !url.isEmpty { members.append(("url", .text(url))) }
        return .object(members)
    }

    /// Notes about sources are written in English in the content (strategy/README.md).
    static var noSourceNote: String { Message("authoring.source.none").english }
    static var pageNote: String { Message("authoring.source.page").english }

    /// The id for a new initiative: the one chosen, or the one its name gives; refused when an
    /// initiative has it or had it (a former name, a merged, absorbed or replaced id, a report).
    func freshInitiativeID(name: String, chosen: String?) throws(StrategyError) -> String {
        guard let id = chosen?.trimmingSpaces ?? IDDerivation.id(from: name) else {
            throw StrategyError(Message("authoring.id.no-letters", ["name": .text(name)]))
        }
        guard IDs.isValid(id) else { throw StrategyError(Message("authoring.id.invalid", ["id": .text(id)])) }
        let used = usedInitiativeIDs()
        if let owner = used[id] {
            let suggestion = IDDerivation.free(near: id) { used[$0] != nil }
            throw StrategyError(
                Message(
                    owner == id ? "authoring.id.exists" : "authoring.id.taken",
                    [
                        "id": .text(id), "owner": .text(owner), "suggestion": .text(suggestion),
                    ]))
        }
        return id
    }

    /// Every id an initiative has or had, with the initiative that explains it.
    func usedInitiativeIDs() -> [String: String] {
        var used: [String: String] = [:]
        for path in workspace.files(under: ContentLayout.initiatives) {
            if let (kind, id) = ContentLayout.classify(path), kind == .initiative { used[id] = id }
        }
        for initiative in model.initiatives {
            for former in initiative.formerNames {
                if let id = IDDerivation.id(from: former.name), used[id] == nil { used[id] = initiative.id }
            }
            for ref in [initiative.mergedInto].compactMap({ $0 }) + initiative.absorbed + initiative.replaces
            where used[ref.value] == nil {
                used[ref.value] = initiative.id
            }
        }
        for report in model.reports where used[report.initiative.value] == nil {
            used[report.initiative.value] = report.initiative.value
        }
        return used
    }

    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
