import JSON
import Strategy

/// The semantic diff in Danish: the words `tryg diff` uses (ended, merged, renamed, added, …) as the
/// strategy says them (afsluttet, sammenlagt, omdøbt, tilføjet, …).
struct DanishDiff {
    /// The current name of an entity by its id (an initiative, goal, partner, or "partner/unit"),
    /// so that values are told by name, not by id.
    var name: (String) -> String?

    /// "2 afsluttet, 1 sammenlagt, 3 omdøbt, 13 tilføjet, 3 ændret", or "ingen ændringer".
    static func headline(_ counts: DiffCounts) -> String {
        let parts = [
            (counts.ended, "afsluttet", "afsluttet"), (counts.merged, "sammenlagt", "sammenlagt"),
            (counts.renamed, "omdøbt", "omdøbt"), (counts.added, "tilføjet", "tilføjet"),
            (counts.removed, "fjernet", "fjernet"),
            (counts.idChanges, "mistænkt id-skift", "mistænkte id-skift"), (counts.changed, "ændret", "ændret"),
        ].filter { $0.0 > 0 }
        if parts.isEmpty { return "ingen ændringer" }
        return parts.map { Danish.count($0.0, $0.1, $0.2) }.joined(separator: ", ")
    }

    /// The heading of a kind of entity.
    static func heading(_ kind: ContentLayout.Kind) -> String {
        switch kind {
        case .strategy: return "Strategien"
        case .organisation: return "Organisering"
        case .partner: return "Partnere"
        case .goal: return "Mål"
        case .initiative: return "Indsatser"
        case .report: return "Årsrapporter"
        }
    }

    /// What happened to the entity as a whole: "tilføjet", "afsluttet", "ændret", ….
    static func verdict(_ change: EntityChange) -> String {
        switch change.kind {
        case .added: return "tilføjet"
        case .removed: return "fjernet"
        case .idChanged(let from, _): return "filen omdøbt fra id \(from) (id'er bør aldrig skifte)"
        case .modified:
            if change.ended { return "afsluttet" }
            if change.merged { return "sammenlagt" }
            if change.renamed { return "omdøbt" }
            return "ændret"
        }
    }

    /// The lines that say what changed inside the entity; changes to sources and assumptions only
    /// are summarised in one line.
    func lines(_ change: EntityChange) -> [String] {
        let content = change.events.filter { !$0.isBookkeeping }
        var out = content.map(describe)
        if content.count < change.events.count {
            out.append(content.isEmpty ? "kun kilder og antagelser er ændret" : "kilder og antagelser er også ændret")
        }
        return out
    }

    /// One event in Danish.
    func describe(_ event: ChangeEvent) -> String {
        switch event.kind {
        case .status(let from, let to, let on, let mergedInto):
            var text = "status: \(Danish.status(raw: from)) → \(Danish.status(raw: to))"
            if let mergedInto { text += " med \(name(mergedInto) ?? mergedInto)" }
            if let on, let day = Day(on) { text += " den \(Danish.date(day))" }
            return text
        case .renamed(let from, let to, let inferred):
            let subject = event.field == "name" ? "omdøbt" : Self.field(String(event.field.dropLast(".name".count))) + " omdøbt"
            return "\(subject): \(from) → \(to)" + (inferred ? " (omdøbningen er udledt, ikke bekræftet)" : "")
        case .value(let old?, let new?):
            return "\(Self.field(event.field)): \(value(old)) → \(value(new))"
        case .value(nil, let new?):
            return "\(Self.field(event.field)): tilføjet \(value(new))"
        case .value(let old?, nil):
            return "\(Self.field(event.field)): fjernet (var \(value(old)))"
        case .value(nil, nil):
            return Self.field(event.field)
        case .items(let added, let removed):
            let parts = added.map { "tilføjet " + value($0.value) } + removed.map { "fjernet " + value($0.value) }
            return "\(Self.field(event.field)): " + parts.joined(separator: "; ")
        }
    }

    /// A field as people read it (`coordinationGroup.name` → "Koordinationsgruppen, navn").
    static func field(_ field: String) -> String {
        field.split(separator: ".").map { segment -> String in
            let text = String(segment)
            guard let open = text.firstIndex(of: "[") else { return Danish.fieldNames[text] ?? text }
            let base = String(text[..<open])
            let key = text[text.index(after: open)...].dropLast()
            return "\(Danish.fieldNames[base] ?? base) (\(key))"
        }.joined(separator: ", ")
    }

    /// A compact rendering of a value in Danish, at most 120 characters.
    func value(_ value: JSONValue) -> String {
        let text = plain(value)
        return text.count > 120 ? String(text.prefix(119)) + "…" : text
    }

    private func plain(_ value: JSONValue) -> String {
        switch value.kind {
        case .string(let s):
            if let day = Day(s) { return Danish.date(day) }
            if let known = name(s) { return known }
            if let status = Initiative.Status(rawValue: s) { return Danish.status(status) }
            return s.isEmpty ? "(tom)" : s
        case .bool(let b): return b ? "ja" : "nej"
        case .null: return "(intet)"
        case .number: return value.description
        case .array(let elements): return elements.map(plain).joined(separator: ", ")
        case .object(let object):
            let keys = Set(object.keys)
            if let da = object["da"]?.stringValue, keys.isSubset(of: ["da", "en"]) { return "“\(da)”" }
            if let role = object["role"]?.stringValue, let at = object["at"]?.stringValue {
                return "\(role) hos \(name(at) ?? at)"
            }
            if let from = object["from"]?.stringValue, keys.isSubset(of: ["from", "to"]) {
                let to = object["to"]?.stringValue
                return "\(Day(from).map(Danish.date) ?? from) – \(to.map { Day($0).map(Danish.date) ?? $0 } ?? "løbende")"
            }
            if let name = object["name"]?.stringValue, let until = object["until"]?.stringValue, keys.count == 2 {
                return "\(name) (til \(Day(until).map(Danish.date) ?? until))"
            }
            for key in ["name", "id", "rule"] { if let text = object[key]?.stringValue { return text } }
            if let version = object["version"] { return "version \(version.description)" }
            return "(\(object.count) felter)"
        }
    }
}
