import Git
import JSON
import Strategy

/// The machine-readable semantic diff of `tryg diff --format json`.
///
/// Structure (stable; every field is always present, `null` when not applicable):
/// ```
/// { "tool": "tryg", "formatVersion": 1,
///   "old": { "name": "v1", "commit": "<40 hex>" | null,
///            "validation": { "errors": 0, "warnings": 0, "notes": 0 } | null },
///   "new": { … as "old" … },
///   "summary": { "added": 12, "removed": 0, "ended": 2, "merged": 1, "renamed": 3,
///                "idChanges": 0, "changed": 3 },
///   "changes": [
///     { "entity": "strategy" | "organisation" | "partner" | "goal" | "initiative" | "report",
///       "id": "dit-kvarter", "change": "added" | "removed" | "modified" | "idChanged",
///       "previousId": "old-id" | null, "similarity": 87 | null, "name": "Dit Kvarter" | null,
///       "oldPath": "strategy/…" | null, "newPath": "strategy/…" | null,
///       "summary": "active from 2018-01-01" | null, "problems": [ "…" ],
///       "events": [
///         { "field": "status", "type": "status" | "renamed" | "value" | "items",
///           "bookkeeping": false,
///           "old": { "path": "…", "line": 8 } | null, "new": { "path": "…", "line": 8 } | null,
///           // type "status":  "from", "to", "on" (YYYY-MM-DD | null), "mergedInto" (id | null)
///           // type "renamed": "from", "to", "inferred" (true when the content marks it so)
///           // type "value":   "oldValue", "newValue" (JSON values; null when absent)
///           // type "items":   "added", "removed" (arrays of JSON values)
///         } ] } ] }
/// ```
/// Changes are grouped by entity kind in the order above and sorted by id; events follow the order
/// of the file's members.
enum DiffJSONRenderer {
    static func render(_ report: DiffReport) -> String {
        let counts = report.diff.counts
        let root = JSONReport.object([
            ("tool", JSONReport.string("tryg")),
            ("formatVersion", JSONReport.number(1)),
            ("old", side(report.old)),
            ("new", side(report.new)),
            ("summary", JSONReport.object([
                ("added", JSONReport.number(counts.added)), ("removed", JSONReport.number(counts.removed)),
                ("ended", JSONReport.number(counts.ended)), ("merged", JSONReport.number(counts.merged)),
                ("renamed", JSONReport.number(counts.renamed)), ("idChanges", JSONReport.number(counts.idChanges)),
                ("changed", JSONReport.number(counts.changed)),
            ])),
            ("changes", JSONValue(.array(report.diff.changes.map(encode)))),
        ])
        return JSONWriter().text(root)
    }

    static func side(_ side: DiffReport.Side) -> JSONValue {
        JSONReport.object([
            ("name", JSONReport.string(side.label)),
            ("commit", side.commit.map { JSONReport.string($0.hex) } ?? .null),
            ("validation", side.validation.map { counts in
                JSONReport.object([
                    ("errors", JSONReport.number(counts.errors)), ("warnings", JSONReport.number(counts.warnings)),
                    ("notes", JSONReport.number(counts.notes)),
                ])
            } ?? .null),
        ])
    }

    static func encode(_ change: EntityChange) -> JSONValue {
        let kind: String
        var previous: JSONValue = .null
        var similarity: JSONValue = .null
        switch change.kind {
        case .added: kind = "added"
        case .removed: kind = "removed"
        case .modified: kind = "modified"
        case .idChanged(let from, let alike):
            kind = "idChanged"
            previous = JSONReport.string(from)
            similarity = JSONReport.number(alike)
        }
        return JSONReport.object([
            ("entity", JSONReport.string(change.entity.rawValue)),
            ("id", JSONReport.string(change.id)),
            ("change", JSONReport.string(kind)),
            ("previousId", previous),
            ("similarity", similarity),
            ("name", optional(change.name)),
            ("oldPath", optional(change.oldPath)),
            ("newPath", optional(change.newPath)),
            ("summary", optional(change.summary)),
            ("problems", JSONValue(.array(change.problems.map(JSONReport.string)))),
            ("events", JSONValue(.array(change.events.map(encode)))),
        ])
    }

    static func encode(_ event: ChangeEvent) -> JSONValue {
        var members: [(String, JSONValue)] = [("field", JSONReport.string(event.field))]
        switch event.kind {
        case .status(let from, let to, let on, let mergedInto):
            members += [("type", JSONReport.string("status")), ("from", optional(from)), ("to", optional(to)),
                        ("on", optional(on)), ("mergedInto", optional(mergedInto))]
        case .renamed(let from, let to, let inferred):
            members += [("type", JSONReport.string("renamed")), ("from", JSONReport.string(from)),
                        ("to", JSONReport.string(to)), ("inferred", JSONValue(.bool(inferred)))]
        case .value(let old, let new):
            members += [("type", JSONReport.string("value")), ("oldValue", old.map(clean) ?? .null),
                        ("newValue", new.map(clean) ?? .null)]
        case .items(let added, let removed):
            members += [("type", JSONReport.string("items")),
                        ("added", JSONValue(.array(added.map { clean($0.value) }))),
                        ("removed", JSONValue(.array(removed.map { clean($0.value) })))]
        }
        members += [
            ("bookkeeping", JSONValue(.bool(event.isBookkeeping))),
            ("old", place(event.old)),
            ("new", place(event.new)),
        ]
        return JSONReport.object(members)
    }

    private static func place(_ place: FileLine?) -> JSONValue {
        guard let place else { return .null }
        return JSONReport.object([("path", JSONReport.string(place.path)), ("line", JSONReport.number(place.line))])
    }

    private static func optional(_ text: String?) -> JSONValue { text.map(JSONReport.string) ?? .null }

    /// A value from a document, as written (offsets dropped so the writer needs nothing else).
    private static func clean(_ value: JSONValue) -> JSONValue { JSONValue(value.kind) }
}
