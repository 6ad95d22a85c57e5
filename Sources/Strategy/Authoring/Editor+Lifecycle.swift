import JSON
import Messages

/// Makes the edits the authoring commands ask for, in memory, from the work tree's content. Every
/// edit touches all the files involved (a merge changes both initiatives) and never changes an id.
///
/// Edits that the content cannot make sense of (an unknown id, a date before the start, a merge
/// into itself) throw a ``StrategyError`` with one sentence; everything else is left to the whole
/// check that ``Workspace/check(_:)`` runs afterwards.
public struct Editor {
    public let workspace: Workspace

    public init(_ workspace: Workspace) {
        self.workspace = workspace
    }

    var model: StrategyModel { workspace.model }

    /// An initiative named by id, name or former name, with its file's path and content.
    func initiative(_ text: String) throws(StrategyError) -> (initiative: Initiative, path: String, document: JSONValue) {
        let id = try ReferenceLookup.initiatives(model).resolve(text).get()
        guard let initiative = model.initiative(id), let document = workspace.document(at: initiative.origin.path) else {
            throw StrategyError(Message("authoring.unreadable", ["path": .text(ContentLayout.initiatives + id + ".json")]))
        }
        return (initiative, initiative.origin.path, document)
    }

    /// `tryg rename`: the initiative takes `name` from `day`; its old name is recorded in
    /// `formerNames` with the day before as its last day.
    public func rename(_ text: String, to name: String, on day: Day) throws(StrategyError) -> Edit {
        let (initiative, path, document) = try initiative(text)
        let newName = name.trimmingSpaces
        guard !newName.isEmpty else { throw StrategyError(Message("authoring.name.empty")) }
        guard newName != initiative.name else {
            throw StrategyError(Message("authoring.rename.same-name", ["name": .name(newName)]))
        }
        if let other = model.initiatives.first(where: {
            $0.id != initiative.id && ReferenceLookup.key($0.name) == ReferenceLookup.key(newName)
        }) {
            throw StrategyError(Message("authoring.rename.name-taken", ["name": .name(newName), "id": .text(other.id)]))
        }
        let lastDay = day.adding(days: -1)
        if let period = initiative.period, day <= period.from {
            throw StrategyError(Message("authoring.rename.not-after-start", ["day": .day(day), "start": .day(period.from)]))
        }
        if let latest = initiative.formerNames.compactMap(\.until).max(), lastDay <= latest {
            throw StrategyError(Message("authoring.rename.before-earlier", ["day": .day(day), "until": .day(latest)]))
        }
        let former = JSONValue.object([("name", .text(initiative.name)), ("until", .text(lastDay.description))])
        var edit = Edit(commitMessage: Message("authoring.rename.commit", ["id": .text(initiative.id), "name": .text(newName)]))
        edit.documents[path] = document.setting("name", .text(newName)).appending(former, to: "formerNames")
        edit.summary.append(
            Message(
                "authoring.rename.done",
                [
                    "old": .text(initiative.name), "new": .text(newName), "day": .day(day), "until": .day(lastDay),
                ]))
        return edit
    }

    /// `tryg end`: the initiative ends on `day` (its last day), for `reason`.
    public func end(_ text: String, on day: Day, reason: String, reasonEnglish: String?) throws(StrategyError) -> Edit {
        let (initiative, path, document) = try initiative(text)
        try requireOngoing(initiative)
        try requireNotBeforeStart(initiative, day)
        guard !reason.trimmingSpaces.isEmpty else { throw StrategyError(Message("authoring.end.no-reason")) }
        var edit = Edit(commitMessage: Message("authoring.end.commit", ["id": .text(initiative.id), "day": .day(day)]))
        edit.documents[path] = ended(document, status: "ended", on: day, reason: reason, english: reasonEnglish)
        edit.summary.append(Message("authoring.end.done", ["name": .text(initiative.name), "day": .day(day)]))
        return edit
    }

    /// `tryg merge`: the initiative is merged into `target` after `day` (its last day); the target
    /// records it in `absorbed`.
    public func merge(_ text: String, into targetText: String, on day: Day, reason: String?, reasonEnglish: String?)
        throws(StrategyError) -> Edit
    {
        let (initiative, path, document) = try initiative(text)
        let (target, targetPath, targetDocument) = try self.initiative(targetText)
        guard target.id != initiative.id else {
            throw StrategyError(Message("authoring.merge.into-itself", ["id": .text(initiative.id)]))
        }
        try requireOngoing(initiative)
        try requireNotBeforeStart(initiative, day)
        if target.status == .ended || target.status == .merged || (target.period?.to.map { $0 <= day } ?? false) {
            throw StrategyError(Message("authoring.merge.target-over", ["target": .text(target.id)]))
        }
        var edit = Edit(
            commitMessage: Message("authoring.merge.commit", ["id": .text(initiative.id), "target": .text(target.id)]))
        var merged = ended(document, status: "merged", on: day, reason: reason, english: reasonEnglish)
        merged = merged.setting("mergedInto", .text(target.id))
        edit.documents[path] = merged
        let absorbed = targetDocument["absorbed"]?.arrayValue?.compactMap(\.stringValue) ?? []
        if !absorbed.contains(initiative.id) {
            edit.documents[targetPath] = targetDocument.appending(.text(initiative.id), to: "absorbed")
        }
        edit.summary.append(
            Message(
                "authoring.merge.done",
                [
                    "name": .text(initiative.name), "target": .text(target.name), "day": .day(day),
                ]))
        return edit
    }

    /// The document with a status that ends the initiative, its last day, and (when given) the reason.
    func ended(_ document: JSONValue, status: String, on day: Day, reason: String?, english: String?) -> JSONValue {
        let period = (document["period"] ?? .object([])).setting("to", .text(day.description))
        var out = document.setting("status", .text(status)).setting("period", period)
        if let reason, !reason.trimmingSpaces.isEmpty {
            var text: [(String, JSONValue)] = [("da", .text(reason.trimmingSpaces))]
            if let english, !english.trimmingSpaces.isEmpty { text.append(("en", .text(english.trimmingSpaces))) }
            out = out.setting("endedReason", .object(text))
        }
        return out
    }

    func requireOngoing(_ initiative: Initiative) throws(StrategyError) {
        guard let status = initiative.status, status == .active || status == .planned else {
            throw StrategyError(
                Message(
                    "authoring.already-over",
                    [
                        "name": .text(initiative.name), "status": .text(initiative.status?.rawValue ?? "?"),
                    ]))
        }
    }

    func requireNotBeforeStart(_ initiative: Initiative, _ day: Day) throws(StrategyError) {
        if let period = initiative.period, day < period.from {
            throw StrategyError(Message("authoring.end.before-start", ["day": .day(day), "start": .day(period.from)]))
        }
    }
}
