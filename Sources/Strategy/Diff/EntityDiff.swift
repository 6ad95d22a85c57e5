import JSON
import Messages

/// One side of an entity's comparison: the file and its parse.
public struct EntitySide {
    public var path: String
    public var entry: DocumentCache.Entry

    public init(path: String, entry: DocumentCache.Entry) {
        self.path = path
        self.entry = entry
    }
}

/// Compares the two files of one entity and says what changed in the strategy's words.
///
/// The structural changes of ``JSONDiff`` become events: a changed `status` becomes one status
/// event that also accounts for the new `period.to`, `mergedInto` and `endedReason`; a changed
/// `name` (at any level, e.g. `coordinationGroup.name`) becomes a rename that accounts for the old
/// name appended to `formerNames`. Everything else is a field change. Reformatting alone is no
/// change.
public enum EntityDiff {
    /// The id an entity has at a path: the file name, or `year/initiative` for a report.
    public static func entity(atPath path: String) -> (kind: ContentLayout.Kind, id: String)? {
        guard let (kind, id) = ContentLayout.classify(path) else { return nil }
        if kind == .report {
            let parts = path.split(separator: "/")
            return (kind, parts.count >= 2 ? "\(parts[parts.count - 2])/\(id)" : id)
        }
        return (kind, id)
    }

    /// The change between two versions of an entity's file, or nil when there is none worth telling
    /// (both absent, or only formatting changed).
    public static func change(
        _ kind: ContentLayout.Kind, id: String, old: EntitySide?, new: EntitySide?, oldID: String? = nil,
        similarity: Int = 0
    ) -> EntityChange? {
        switch (old, new) {
        case (nil, nil):
            return nil
        case (nil, let new?):
            return EntityChange(
                entity: kind, id: id, kind: .added, name: name(new), oldPath: nil, newPath: new.path,
                new: typed(new), problems: problems(new, old: false))
        case (let old?, nil):
            return EntityChange(
                entity: kind, id: id, kind: .removed, name: name(old), oldPath: old.path, newPath: nil,
                old: typed(old), problems: problems(old, old: true))
        case (let old?, let new?):
            let changeKind: EntityChange.Kind =
                if let oldID, oldID != id {
                    .idChanged(from: oldID, similarity: similarity)
                } else {
                    .modified
                }
            var change = EntityChange(
                entity: kind, id: id, kind: changeKind, name: name(new) ?? name(old), oldPath: old.path,
                newPath: new.path, old: typed(old), new: typed(new),
                problems: problems(old, old: true) + problems(new, old: false))
            if let a = old.entry.document, let b = new.entry.document {
                change.events = events(JSONDiff.changes(from: a.root, to: b.root), old: (old.path, a), new: (new.path, b))
            }
            if change.events.isEmpty, change.problems.isEmpty, changeKind == .modified { return nil }
            return change
        }
    }

    /// The entity's name, read as the model reads it, when its file parses and has one.
    static func name(_ side: EntitySide) -> String? {
        switch typed(side) {
        case .initiative(let e)?: return e.name
        case .partner(let e)?: return e.name
        case .goal(let e)?: return e.name
        case .strategy(let e)?: return e.name
        default: return nil
        }
    }

    /// The entity of a side, read with the model's reader.
    static func typed(_ side: EntitySide) -> Entity? {
        side.entry.document.flatMap { StrategyModel.entity(at: side.path, in: $0) }
    }

    /// Why a side cannot be compared: its JSON does not parse.
    static func problems(_ side: EntitySide, old: Bool) -> [Message] {
        guard case .invalid(let error, let source) = side.entry else { return [] }
        let at = source.location(ofOffset: error.offset)
        return [
            Message(
                old ? "diff.problem.old-not-json" : "diff.problem.new-not-json",
                ["path": .text(side.path), "line": .count(at.line), "column": .count(at.column), "reason": .message(error.text)])
        ]
    }
}

extension EntityDiff {
    typealias Side = (path: String, document: JSONDocument)

    /// Turns structural changes into events.
    static func events(_ raw: [FieldChange], old: Side, new: Side) -> [ChangeEvent] {
        var pending = raw.map { Optional($0) }
        var out: [(position: Int, event: ChangeEvent)] = []
        for (position, change) in raw.enumerated() where change.tokens == ["status"] {
            if let event = statusEvent(change, &pending, old: old, new: new) {
                pending[position] = nil
                out.append((position, event))
            }
        }
        for (position, change) in raw.enumerated() where change.tokens.last == "name" && pending[position] != nil {
            if let event = renameEvent(change, &pending, old: old, new: new) {
                pending[position] = nil
                out.append((position, event))
            }
        }
        for (position, change) in pending.enumerated() {
            guard let change else { continue }
            out.append((position, fieldEvent(change, old: old, new: new)))
        }
        return out.sorted { $0.position < $1.position }.map(\.event)
    }

    static func line(_ side: Side, _ pointer: JSONPointer?) -> FileLine? {
        guard let pointer, let location = side.document.location(of: pointer) else { return nil }
        return FileLine(path: side.path, line: location.line)
    }

    /// `status` changed: one event with the day it took effect and what the entity merged into.
    private static func statusEvent(_ change: FieldChange, _ pending: inout [FieldChange?], old: Side, new: Side)
        -> ChangeEvent?
    {
        guard case .value(let before, let after) = change.kind else { return nil }
        let to = after?.stringValue
        var on: String?
        var mergedInto: String?
        if to == "ended" || to == "merged" {
            on = new.document.root["period"]?["to"]?.stringValue
            consume(&pending) { $0.tokens == ["period", "to"] && newValue($0)?.stringValue == on }
            consume(&pending) { $0.tokens == ["endedReason"] && newValue($0) != nil }
        }
        if to == "merged" {
            mergedInto = new.document.root["mergedInto"]?.stringValue
            consume(&pending) { $0.tokens == ["mergedInto"] && newValue($0) != nil }
        } else if before?.stringValue == "ended" || before?.stringValue == "merged" {
            consume(&pending) { $0.tokens == ["mergedInto"] && newValue($0) == nil }
            consume(&pending) { $0.tokens == ["endedReason"] && newValue($0) == nil }
        }
        return ChangeEvent(
            field: "status", kind: .status(from: before?.stringValue, to: to, on: on, mergedInto: mergedInto),
            old: line(old, change.oldPointer), new: line(new, change.newPointer))
    }

    /// A `name` changed: a rename, which accounts for the old name added to `formerNames`.
    private static func renameEvent(_ change: FieldChange, _ pending: inout [FieldChange?], old: Side, new: Side)
        -> ChangeEvent?
    {
        guard case .value(let before?, let after?) = change.kind, let from = before.stringValue,
            let to = after.stringValue
        else { return nil }
        let parent = Array(change.tokens.dropLast())
        var entryPointer: JSONPointer?
        for (position, candidate) in pending.enumerated() {
            guard var candidate, candidate.tokens == parent + ["formerNames"] else { continue }
            switch candidate.kind {
            case .items(var added, let removed):
                guard let index = added.firstIndex(where: { $0.value["name"]?.stringValue == from }) else { continue }
                entryPointer = added[index].pointer
                added.remove(at: index)
                candidate.kind = .items(added: added, removed: removed)
                pending[position] = added.isEmpty && removed.isEmpty ? nil : candidate
            case .value(nil, let list?):
                guard let elements = list.arrayValue, elements.count == 1, elements[0]["name"]?.stringValue == from,
                    let pointer = candidate.newPointer
                else { continue }
                entryPointer = pointer.appending(0)
                pending[position] = nil
            default:
                continue
            }
        }
        let inferred = entryPointer.map { isInferred($0, in: new.document) } ?? false
        return ChangeEvent(
            field: change.field, kind: .renamed(from: from, to: to, inferred: inferred),
            old: line(old, change.oldPointer), new: line(new, change.newPointer))
    }

    /// Whether the file's `assumptions` mark the value at `pointer` as inferred.
    static func isInferred(_ pointer: JSONPointer, in document: JSONDocument) -> Bool {
        let written = pointer.description
        return (document.root["assumptions"]?.arrayValue ?? []).contains { assumption in
            assumption["field"]?.stringValue == written && assumption["kind"]?.stringValue == "inferred"
        }
    }

    private static func fieldEvent(_ change: FieldChange, old: Side, new: Side) -> ChangeEvent {
        switch change.kind {
        case .value(let before, let after):
            return ChangeEvent(
                field: change.field, kind: .value(old: before, new: after), old: line(old, change.oldPointer),
                new: line(new, change.newPointer), isBookkeeping: change.isBookkeeping)
        case .items(let added, let removed):
            return ChangeEvent(
                field: change.field, kind: .items(added: added, removed: removed),
                old: line(old, removed.first?.pointer ?? change.oldPointer),
                new: line(new, added.first?.pointer ?? change.newPointer), isBookkeeping: change.isBookkeeping)
        }
    }

    private static func newValue(_ change: FieldChange) -> JSONValue? {
        if case .value(_, let after) = change.kind { return after }
        return nil
    }

    private static func consume(_ pending: inout [FieldChange?], where matches: (FieldChange) -> Bool) {
        for (position, change) in pending.enumerated() {
            if let change, matches(change) { pending[position] = nil }
        }
    }
}
