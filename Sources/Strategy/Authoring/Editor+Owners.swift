import JSON
import Messages

extension Editor {
    /// `tryg owners`: adds and removes owners of an initiative. Owners are given by id or name.
    ///
    /// With `day`, an added owner owns the initiative from that day (`{"owner": …, "from": …}`) and a
    /// removed one up to and including that day (its entry gets `"to"`); without it, an added owner
    /// owns the initiative for its whole period and a removed one is taken out of the list (a
    /// correction: it never owned it). Assumptions about a removed entry go with it.
    public func owners(_ text: String, add: [String], remove: [String], on day: Day?) throws(StrategyError) -> Edit {
        let (initiative, path, original) = try initiative(text)
        let lookup = ReferenceLookup.owners(model)
        if let day, let period = initiative.period, !period.contains(day) {
            throw StrategyError(
                Message("authoring.owners.outside-period", ["day": .day(day), "period": .message(period.message)]))
        }
        var document = original
        var edit = Edit(commitMessage: Message("authoring.owners.commit", ["id": .text(initiative.id)]))
        for owner in remove {
            let ref = try lookup.resolve(owner).get()
            document = try removingOwner(ref, from: document, on: day, initiative)
            edit.summary.append(
                Message(
                    day == nil ? "authoring.owners.removed" : "authoring.owners.removed-on",
                    [
                        "owner": .text(ref), "day": day.map { .day($0) } ?? .text(""),
                    ]))
        }
        for owner in add {
            let ref = try lookup.resolve(owner).get()
            let current = Self.ownerEntries(document)
            if current.contains(where: { $0.ref == ref && $0.to == nil }) {
                throw StrategyError(Message("authoring.owners.already", ["owner": .text(ref), "name": .text(initiative.name)]))
            }
            let entry: JSONValue = day.map { .object([("owner", .text(ref)), ("from", .text($0.description))]) } ?? .text(ref)
            document = document.appending(entry, to: "owners")
            edit.summary.append(
                Message(
                    day == nil ? "authoring.owners.added" : "authoring.owners.added-on",
                    [
                        "owner": .text(ref), "day": day.map { .day($0) } ?? .text(""),
                    ]))
        }
        guard !add.isEmpty || !remove.isEmpty else { throw StrategyError(Message("authoring.owners.nothing")) }
        edit.documents[path] = document
        return edit
    }

    /// The owner entries of an initiative's document: reference and own last day.
    static func ownerEntries(_ document: JSONValue) -> [(ref: String, to: String?)] {
        (document["owners"]?.arrayValue ?? []).compactMap { entry in
            if let ref = entry.stringValue { return (ref, nil) }
            return entry["owner"]?.stringValue.map { ($0, entry["to"]?.stringValue) }
        }
    }

    /// The document without owner `ref` (or, with `day`, with its ownership ending that day).
    func removingOwner(_ ref: String, from document: JSONValue, on day: Day?, _ initiative: Initiative)
        throws(StrategyError) -> JSONValue
    {
        let entries = document["owners"]?.arrayValue ?? []
        guard let index = entries.lastIndex(where: { ($0.stringValue ?? $0["owner"]?.stringValue) == ref }) else {
            throw StrategyError(Message("authoring.owners.not-owner", ["owner": .text(ref), "name": .text(initiative.name)]))
        }
        var list = entries
        if let day {
            let entry = list[index].stringValue.map { JSONValue.object([("owner", .text($0))]) } ?? list[index]
            if let from = entry["from"]?.stringValue.flatMap(Day.init), day < from {
                throw StrategyError(Message("authoring.owners.before-from", ["day": .day(day), "from": .day(from)]))
            }
            list[index] = entry.setting("to", .text(day.description))
            return document.setting("owners", JSONValue(.array(list)))
        }
        list.remove(at: index)
        return AssumptionFields.removing(element: index, of: "owners", in: document.setting("owners", JSONValue(.array(list))))
    }
}
