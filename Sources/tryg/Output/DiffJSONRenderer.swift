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
///   "headline": "2 ended, 1 merged, …" (rendered),
///   "summary": { "added": 12, "removed": 0, "ended": 2, "merged": 1, "renamed": 3,
///                "idChanges": 0, "changed": 3 },
///   "changes": [
///     { "entity": "strategy" | "organisation" | "partner" | "goal" | "initiative" | "report",
///       "id": "dit-kvarter", "change": "added" | "removed" | "modified" | "idChanged",
///       "previousId": "old-id" | null, "similarity": 87 | null, "name": "Dit Kvarter" | null,
///       "oldPath": "strategy/…" | null, "newPath": "strategy/…" | null,
///       "description": [ "status: active, 2018-01-01 onwards", … ] (rendered lines), "problems": [ "…" ],
///       "findings": { "new": [ diagnostics ], "fixed": [ diagnostics ] },
///       "events": [
///         { "field": "status", "type": "status" | "renamed" | "value" | "items",
///           "bookkeeping": false,
///           "old": { "path": "…", "line": 8 } | null, "new": { "path": "…", "line": 8 } | null,
///           // type "status":  "from", "to", "on" (YYYY-MM-DD | null), "mergedInto" (id | null)
///           // type "renamed": "from", "to", "inferred" (true when the content marks it so)
///           // type "value":   "oldValue", "newValue" (JSON values; null when absent)
///           // type "items":   "added", "removed" (arrays of JSON values)
///           "message": "status: active → ended on 2017-12-31" (rendered)
///         } ] } ],
///   "coverage": [ { "owner", "name", "path", "gapsAppeared": [{"from","to"}], "gapsClosed": […],
///                   "gained": [ids], "lost": [ids], "message": "…" } ],
///   "otherFindings": { "new": [ … ], "fixed": [ … ] } }
/// ```
/// Changes are grouped by entity kind in the order above and sorted by id; events follow the order
/// of the file's members.
struct DiffJSONRenderer {
    let speaker: Speaker

    func render(_ comparison: StrategyComparison) -> String {
        let counts = comparison.diff.counts
        let encoder = JSONReport(speaker: speaker)
        let root = JSONReport.object([
            ("tool", JSONReport.string("tryg")),
            ("formatVersion", JSONReport.number(1)),
            ("old", side(comparison.old)),
            ("new", side(comparison.new)),
            ("headline", JSONReport.string(speaker.say(counts.headline))),
            (
                "summary",
                JSONReport.object([
                    ("added", JSONReport.number(counts.added)), ("removed", JSONReport.number(counts.removed)),
                    ("ended", JSONReport.number(counts.ended)), ("merged", JSONReport.number(counts.merged)),
                    ("renamed", JSONReport.number(counts.renamed)), ("idChanges", JSONReport.number(counts.idChanges)),
                    ("changed", JSONReport.number(counts.changed)),
                ])
            ),
            (
                "changes",
                JSONValue(
                    .array(
                        comparison.diff.changes.map { change in
                            encode(change, words: comparison.words, findings: comparison.findings(of: change), encoder: encoder)
                        }))
            ),
            ("coverage", JSONValue(.array(comparison.coverage.map { coverage($0, comparison.words) }))),
            ("coverageWithheld", JSONValue(.bool(comparison.coverageWithheld))),
            ("otherFindings", findings(comparison.otherFindings, encoder)),
        ])
        return JSONWriter().text(root)
    }

    func side(_ side: StrategyComparison.Side) -> JSONValue {
        JSONReport.object([
            ("name", JSONReport.string(speaker.say(side.input.label))),
            ("commit", side.input.commit.map { JSONReport.string($0.hex) } ?? .null),
            (
                "validation",
                side.report.map { report in
                    let counts = report.counts
                    return JSONReport.object([
                        ("errors", JSONReport.number(counts.errors)), ("warnings", JSONReport.number(counts.warnings)),
                        ("notes", JSONReport.number(counts.notes)),
                    ])
                } ?? .null
            ),
        ])
    }

    func findings(_ found: (new: [Diagnostic], fixed: [Diagnostic]), _ encoder: JSONReport) -> JSONValue {
        JSONReport.object([
            ("new", JSONValue(.array(found.new.map(encoder.encode)))),
            ("fixed", JSONValue(.array(found.fixed.map(encoder.encode)))),
        ])
    }

    func coverage(_ change: CoverageChange, _ words: ChangeWords) -> JSONValue {
        func periods(_ list: [Period]) -> JSONValue {
            JSONValue(
                .array(
                    list.map { p in
                        JSONReport.object([
                            ("from", JSONReport.string(p.from.description)),
                            ("to", p.to.map { JSONReport.string($0.description) } ?? .null),
                        ])
                    }))
        }
        return JSONReport.object([
            ("owner", JSONReport.string(change.owner)), ("name", JSONReport.string(change.name)),
            ("path", JSONReport.string(change.path)),
            ("gapsAppeared", periods(change.gapsAppeared)), ("gapsClosed", periods(change.gapsClosed)),
            ("gained", JSONValue(.array(change.gained.map(JSONReport.string)))),
            ("lost", JSONValue(.array(change.lost.map(JSONReport.string)))),
            (
                "message",
                JSONReport.string(
                    DiffSummaryWords.coverageParts(change, words).map { speaker.say($0.message) }.joined(separator: "; "))
            ),
        ])
    }

    func encode(
        _ change: EntityChange, words: ChangeWords, findings found: (new: [Diagnostic], fixed: [Diagnostic])? = nil,
        encoder: JSONReport? = nil
    ) -> JSONValue {
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
        var members: [(String, JSONValue)] = [
            ("entity", JSONReport.string(change.entity.rawValue)),
            ("id", JSONReport.string(change.id)),
            ("change", JSONReport.string(kind)),
            ("previousId", previous),
            ("similarity", similarity),
            ("name", Self.optional(change.name)),
            ("oldPath", Self.optional(change.oldPath)),
            ("newPath", Self.optional(change.newPath)),
            ("description", JSONValue(.array(words.lines(change, verbose: true).map { JSONReport.string(speaker.say($0)) }))),
            ("problems", JSONValue(.array(change.problems.map { JSONReport.string(speaker.say($0)) }))),
            ("events", JSONValue(.array(change.events.map { encode($0, in: change, words: words) }))),
        ]
        if let found, let encoder { members.append(("findings", findings(found, encoder))) }
        return JSONReport.object(members)
    }

    func encode(_ event: ChangeEvent, in change: EntityChange, words: ChangeWords) -> JSONValue {
        var members: [(String, JSONValue)] = [("field", JSONReport.string(event.field))]
        switch event.kind {
        case .status(let from, let to, let on, let mergedInto):
            members += [
                ("type", JSONReport.string("status")), ("from", Self.optional(from)), ("to", Self.optional(to)),
                ("on", Self.optional(on)), ("mergedInto", Self.optional(mergedInto)),
            ]
        case .renamed(let from, let to, let inferred):
            members += [
                ("type", JSONReport.string("renamed")), ("from", JSONReport.string(from)),
                ("to", JSONReport.string(to)), ("inferred", JSONValue(.bool(inferred))),
            ]
        case .value(let old, let new):
            members += [
                ("type", JSONReport.string("value")), ("oldValue", old.map(Self.clean) ?? .null),
                ("newValue", new.map(Self.clean) ?? .null),
            ]
        case .items(let added, let removed):
            members += [
                ("type", JSONReport.string("items")),
                ("added", JSONValue(.array(added.map { Self.clean($0.value) }))),
                ("removed", JSONValue(.array(removed.map { Self.clean($0.value) }))),
            ]
        }
        members += [
            ("bookkeeping", JSONValue(.bool(event.isBookkeeping))),
            ("message", JSONReport.string(speaker.say(words.event(event, in: change)))),
            ("old", Self.place(event.old)),
            ("new", Self.place(event.new)),
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
