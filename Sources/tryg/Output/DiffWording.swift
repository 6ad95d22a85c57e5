import Git
import JSON
import Strategy

/// The words of a semantic diff, shared by the text and markdown renderers.
enum DiffWording {
    /// What happened in one event, without its location: "status: active → ended on 2017-12-31".
    static func describe(_ event: ChangeEvent) -> String {
        switch event.kind {
        case .status(let from, let to, let on, let mergedInto):
            var text = "status: \(from ?? "(none)") → \(to ?? "(none)")"
            if let mergedInto { text += " into \(mergedInto)" }
            if let on { text += " on \(on)" }
            return text
        case .renamed(let from, let to, let inferred):
            let subject = event.field == "name" ? "renamed" : String(event.field.dropLast(".name".count)) + " renamed"
            return "\(subject): \(from) → \(to)" + (inferred ? " (inferred)" : "")
        case .value(let old?, let new?):
            return "\(event.field): \(value(old)) → \(value(new))"
        case .value(nil, let new?):
            return "\(event.field): added \(value(new))"
        case .value(let old?, nil):
            return "\(event.field): removed (was \(value(old)))"
        case .value(nil, nil):
            return event.field
        case .items(let added, let removed):
            let parts = added.map { "+ " + value($0.value) } + removed.map { "- " + value($0.value) }
            return "\(event.field): " + parts.joined(separator: "; ")
        }
    }

    /// The bookkeeping events of an entity summarised: "sources: 1 added; assumptions: 1 added, 2 removed".
    static func bookkeepingSummary(_ events: [ChangeEvent]) -> String? {
        var counts: [(field: String, added: Int, removed: Int, changed: Int)] = []
        for event in events where event.isBookkeeping {
            let field = String(event.field.split(separator: ".").first.map { $0.split(separator: "[").first ?? $0 } ?? "")
            var entry = counts.first { $0.field == field } ?? (field, 0, 0, 0)
            switch event.kind {
            case .items(let added, let removed):
                entry.added += added.count
                entry.removed += removed.count
            case .value(nil, _?): entry.added += 1
            case .value(_?, nil): entry.removed += 1
            default: entry.changed += 1
            }
            if let i = counts.firstIndex(where: { $0.field == field }) { counts[i] = entry } else { counts.append(entry) }
        }
        guard !counts.isEmpty else { return nil }
        return counts.map { entry in
            let parts = [(entry.added, "added"), (entry.removed, "removed"), (entry.changed, "changed")]
                .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
            return "\(entry.field): " + parts.joined(separator: ", ")
        }.joined(separator: "; ")
    }

    /// The events to show for an entity: bookkeeping one by one only when verbose; otherwise a summary
    /// line, and only when the entity has nothing else to show.
    static func visibleEvents(_ change: EntityChange, verbose: Bool) -> (events: [ChangeEvent], bookkeeping: String?) {
        if verbose { return (change.events, nil) }
        let content = change.events.filter { !$0.isBookkeeping }
        return (content, content.isEmpty ? bookkeepingSummary(change.events) : nil)
    }

    /// A compact rendering of a value: strings as written, texts in Danish, roles as "role at place",
    /// periods as "from – to", identified objects by their id or name; at most 100 characters.
    static func value(_ value: JSONValue) -> String {
        truncated(plain(value), limit: 100)
    }

    private static func plain(_ value: JSONValue) -> String {
        switch value.kind {
        case .string(let s): return s.isEmpty ? "\"\"" : s
        case .null, .bool, .number: return value.description
        case .array(let elements): return "[" + elements.map(plain).joined(separator: ", ") + "]"
        case .object(let object):
            let keys = Set(object.keys)
            if let da = object["da"]?.stringValue, keys.isSubset(of: ["da", "en"]) { return "\"\(da)\"" }
            if let role = object["role"]?.stringValue, let at = object["at"]?.stringValue { return "\(role) at \(at)" }
            if let from = object["from"]?.stringValue, keys.isSubset(of: ["from", "to"]) {
                return "\(from) – \(object["to"]?.stringValue ?? "(ongoing)")"
            }
            if let name = object["name"]?.stringValue, let until = object["until"]?.stringValue, keys.count == 2 {
                return "\(name) (until \(until))"
            }
            if let kind = object["kind"]?.stringValue, let note = object["note"]?.stringValue, keys.count == 2 {
                return "\(kind): \(note)"
            }
            if let field = object["field"]?.stringValue, let kind = object["kind"]?.stringValue {
                return "\(field) (\(kind))"
            }
            for key in ["id", "name", "rule"] { if let text = object[key]?.stringValue { return text } }
            if let version = object["version"] { return "version \(version.description)" }
            return "{" + object.members.map { "\($0.key): \(plain($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    static func truncated(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }

    /// `[8 → 9]`, `[→ 12]`, `[7 →]`; full `path:line` for a side whose file is not the entity's.
    static func lines(_ event: ChangeEvent, oldPath: String?, newPath: String?) -> String {
        func part(_ place: FileLine?, _ path: String?) -> String? {
            guard let place else { return nil }
            return place.path == path ? String(place.line) : place.description
        }
        let a = part(event.old, oldPath), b = part(event.new, newPath)
        if a == nil && b == nil { return "" }
        return "[" + [a, "→", b].compactMap { $0 }.joined(separator: " ") + "]"
    }

    /// "valid", "valid, 1 warning", "2 errors, 1 warning (run tryg validate v2)", "not validated".
    static func validity(_ side: DiffReport.Side) -> String {
        guard let counts = side.validation else { return "not validated" }
        var parts: [String] = []
        if counts.errors > 0 { parts.append(plural(counts.errors, "error")) }
        if counts.warnings > 0 { parts.append(plural(counts.warnings, "warning")) }
        if counts.errors == 0 {
            return (["valid"] + parts).joined(separator: ", ")
        }
        return parts.joined(separator: ", ") + " (run \(side.validateCommand))"
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    /// "v1 (bda1911)", "the work tree".
    static func name(_ side: DiffReport.Side) -> String {
        guard let commit = side.commit else { return side.label }
        return side.label.hasPrefix(commit.short) ? side.label : "\(side.label) (\(commit.short))"
    }

    /// The entity as a header: `id (name)`.
    static func title(_ change: EntityChange) -> String {
        change.name.map { "\(change.id) (\($0))" } ?? change.id
    }
}
