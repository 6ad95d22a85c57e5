import JSON

extension StrategyModel {
    /// Builds the model from documents by path. Documents are expected to have passed their schemas;
    /// anything missing or odd is skipped, never trusted blindly, so no content can crash the build.
    public static func build(from documents: [String: JSONDocument]) -> StrategyModel {
        var model = StrategyModel()
        for path in documents.keys.sorted() {
            guard let document = documents[path], let (kind, id) = ContentLayout.classify(path) else { continue }
            let reader = EntityReader(origin: Origin(path: path, document: document))
            switch kind {
            case .strategy: model.strategy = reader.strategy()
            case .organisation: model.organisation = reader.organisation()
            case .partner: model.partners.append(reader.partner(id: id))
            case .goal: model.goals.append(reader.goal(id: id))
            case .initiative: model.initiatives.append(reader.initiative(id: id))
            case .report: if let report = reader.report() { model.reports.append(report) }
            }
        }
        model.finish()
        return model
    }

    /// The entity one document gives at `path` (nil for a path that holds no entity, or a report
    /// without the fields that make one): the reader the model, the diff and the history share.
    public static func entity(at path: String, in document: JSONDocument) -> Entity? {
        guard let (kind, id) = ContentLayout.classify(path) else { return nil }
        let reader = EntityReader(origin: Origin(path: path, document: document))
        switch kind {
        case .strategy: return .strategy(reader.strategy())
        case .organisation: return .organisation(reader.organisation())
        case .partner: return .partner(reader.partner(id: id))
        case .goal: return .goal(reader.goal(id: id))
        case .initiative: return .initiative(reader.initiative(id: id))
        case .report: return reader.report().map(Entity.report)
        }
    }

    /// Replaces the entity written in the file at `path` with the one `document` now gives, keeping
    /// its place: the file is the same, so is its id. Call ``finishReplacing(_:)`` after the last
    /// replacement.
    ///
    /// - Returns: the partners that owned the entity before or own it after (for an initiative;
    ///   empty for other kinds), or nil when the entity cannot be replaced in place (the model has
    ///   none from that file, or the new content gives none); the model must then be built again.
    mutating func replace(at path: String, with document: JSONDocument) -> Set<String>? {
        guard let (kind, id) = ContentLayout.classify(path) else { return [] }
        var owners = Set<String>()
        let reader = EntityReader(origin: Origin(path: path, document: document))
        switch kind {
        case .strategy:
            guard strategy != nil else { return nil }
            strategy = reader.strategy()
        case .organisation:
            guard organisation != nil else { return nil }
            organisation = reader.organisation()
        case .partner:
            guard let i = partnerIndex[id] else { return nil }
            partners[i] = reader.partner(id: id)
        case .goal:
            guard let i = goalIndex[id] else { return nil }
            goals[i] = reader.goal(id: id)
        case .initiative:
            guard let i = initiativeIndex[id] else { return nil }
            let new = reader.initiative(id: id)
            for owner in initiatives[i].owners + new.owners { owners.insert(owner.value.partner) }
            reindexOwners(of: i, from: initiatives[i], to: new)
            initiatives[i] = new
        case .report:
            guard let i = reportIndex[path], let report = reader.report() else { return nil }
            reports[i] = report
        }
        return owners
    }

    /// Restores the model's order after ``replace(at:with:)``: a report's year or initiative may
    /// have changed, which moves it.
    mutating func finishReplacing(_ kinds: Set<ContentLayout.Kind>) {
        if kinds.contains(.report) {
            reports.sort(by: Self.reportOrder)
            indexReports()
        }
    }
}

/// Reads the fields of one entity's JSON object, keeping the origin of each.
struct EntityReader {
    let origin: Origin
    /// The value at the origin, resolved once: every field read looks into it.
    let object: JSONValue

    init(origin: Origin) {
        self.origin = origin
        self.object = origin.pointer.resolve(in: origin.document.root) ?? .null
    }

    func sub(_ tokens: String...) -> EntityReader {
        var o = origin
        for t in tokens { o = o.appending(t) }
        return EntityReader(origin: o)
    }

    func string(_ key: String) -> String? { object[key]?.stringValue }
    func int(_ key: String) -> Int? { object[key]?.numberValue?.intValue }
    func day(_ key: String) -> Day? { string(key).flatMap(Day.init) }

    func period(_ key: String) -> Period? {
        let p = sub(key)
        guard let from = p.day("from") else { return nil }
        return Period(from: from, to: p.day("to"))
    }

    /// The strings of an array member, each with its origin.
    func strings(_ key: String) -> [Located<String>] {
        guard let array = object[key]?.arrayValue else { return [] }
        return array.enumerated().compactMap { i, v in
            v.stringValue.map { Located(value: $0, origin: origin.appending(key, String(i))) }
        }
    }

    func refs(_ key: String) -> [Located<PartyRef>] {
        strings(key).map { Located(value: PartyRef($0.value), origin: $0.origin) }
    }

    /// A `{"da": …, "en": …}` member.
    func localized(_ key: String) -> LocalizedText? {
        guard let value = object[key] else { return nil }
        if let text = value.stringValue { return LocalizedText(da: text, en: nil) }
        let da = value["da"]?.stringValue, en = value["en"]?.stringValue
        return da == nil && en == nil ? nil : LocalizedText(da: da, en: en)
    }

    /// An initiative's owners, each written as a reference or as `{"owner": …, "from": …, "to": …}`,
    /// with their own dates.
    func ownerEntries() -> ([Located<PartyRef>], [OwnerDates]) {
        guard let array = object["owners"]?.arrayValue else { return ([], []) }
        var owners: [Located<PartyRef>] = [], dates: [OwnerDates] = []
        for (i, value) in array.enumerated() {
            if let text = value.stringValue {
                owners.append(Located(value: PartyRef(text), origin: origin.appending("owners", String(i))))
                dates.append(OwnerDates())
            } else if let text = value["owner"]?.stringValue {
                owners.append(Located(value: PartyRef(text), origin: origin.appending("owners", String(i), "owner")))
                let entry = sub("owners", String(i))
                dates.append(OwnerDates(from: entry.day("from"), to: entry.day("to")))
            }
        }
        return (owners, dates)
    }

    func located(_ key: String) -> Located<String>? {
        string(key).map { Located(value: $0, origin: origin.appending(key)) }
    }

    func exceptions() -> [RuleException] {
        guard let array = object["exceptions"]?.arrayValue else { return [] }
        return array.indices.compactMap { i in
            let e = sub("exceptions", String(i))
            guard let rule = e.string("rule") else { return nil }
            return RuleException(
                rule: rule, reason: e.string("reason") ?? "", until: e.day("until"), file: e.string("file"), origin: e.origin)
        }
    }

    func roles(_ key: String) -> [RoleRef] {
        guard let array = object[key]?.arrayValue else { return [] }
        return array.indices.compactMap { i in
            let r = sub(key, String(i))
            guard let role = r.string("role"), let at = r.string("at") else { return nil }
            return RoleRef(role: role, at: Located(value: PartyRef(at), origin: r.origin.appending("at")))
        }
    }

    func strategy() -> StrategyInfo {
        StrategyInfo(
            name: string("name") ?? "", version: int("version") ?? 0, period: period("period"),
            website: string("website"), adoptionCase: sub("adoption").string("case"), exceptions: exceptions(),
            origin: origin)
    }

    func partner(id: String) -> Partner {
        let units: [Unit] = (object["units"]?.arrayValue ?? []).indices.compactMap { i in
            let u = sub("units", String(i))
            guard let unitID = u.string("id") else { return nil }
            return Unit(
                id: unitID, name: u.string("name") ?? unitID, involved: u.object["involved"]?.boolValue ?? false,
                exceptions: u.exceptions(), origin: u.origin)
        }
        return Partner(
            id: id, name: string("name") ?? id, joined: day("joined"), left: day("left"), units: units,
            exceptions: exceptions(), origin: origin)
    }

    func goal(id: String) -> Goal {
        Goal(id: id, number: int("number"), name: string("name") ?? id, exceptions: exceptions(), origin: origin)
    }

    func initiative(id: String) -> Initiative {
        let former: [(name: String, until: Day?)] = (object["formerNames"]?.arrayValue ?? []).compactMap { v in
            v["name"]?.stringValue.map { ($0, v["until"]?.stringValue.flatMap(Day.init)) }
        }
        let tovholder = sub("tovholder")
        let (owners, ownerDates) = ownerEntries()
        return Initiative(
            id: id, name: string("name") ?? id, status: string("status").flatMap(Initiative.Status.init(rawValue:)),
            period: period("period"), goals: strings("goals"), owners: owners, ownerDates: ownerDates,
            participants: refs("participants"),
            formerNames: former, mergedInto: located("mergedInto"), absorbed: strings("absorbed"),
            replaces: strings("replaces"),
            tovholder: tovholder.string("at").map { Located(value: PartyRef($0), origin: tovholder.origin.appending("at")) },
            endedReason: localized("endedReason"), cooperationPartners: strings("cooperationPartners").map(\.value),
            exceptions: exceptions(), origin: origin)
    }

    func organisation() -> Organisation {
        let coordination = sub("coordinationGroup")
        return Organisation(
            steeringGroup: sub("steeringGroup").roles("members"), tovholdere: sub("tovholdere").roles("members"),
            coordinationGroupName: coordination.string("name"), meetingsPerYear: coordination.int("meetingsPerYear"),
            forumPartners: sub("reporting", "forum").refs("partners"), exceptions: exceptions(), origin: origin)
    }

    func report() -> Report? {
        guard let initiative = located("initiative"), let year = int("year") else { return nil }
        return Report(
            initiative: initiative, year: year, number: int("number"), covers: period("covers"),
            exceptions: exceptions(), origin: origin)
    }
}
