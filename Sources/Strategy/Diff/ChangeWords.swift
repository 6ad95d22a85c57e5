import JSON
import Messages

/// The words of a semantic diff — what `tryg diff`, `tryg log` and the website say about a change —
/// as catalogue messages, with ids shown by name (`NameBook`) where the other side knows them.
public struct ChangeWords: Sendable {
    public let names: NameBook

    public init(names: NameBook = NameBook()) {
        self.names = names
    }

    /// The lines that describe an entity change: an added entity in full, a removed one as it was,
    /// a changed one event by event (bookkeeping summarised unless `verbose`).
    public func lines(_ change: EntityChange, verbose: Bool) -> [Message] {
        switch change.kind {
        case .added: return change.new.map(describe) ?? []
        case .removed: return change.old.map { describe($0).map { Message("diff.was", ["what": .message($0)]) } } ?? []
        case .modified, .idChanged:
            let shown = verbose ? change.events : change.events.filter { !$0.isBookkeeping }
            var out = shown.map { event($0, in: change) }
            if !verbose, shown.isEmpty, let summary = bookkeepingSummary(change.events) { out.append(summary) }
            return out
        }
    }

    /// An entity in full: what a reviewer needs to approve it being added.
    public func describe(_ entity: Entity) -> [Message] {
        switch entity {
        case .initiative(let i):
            var out = [Message("diff.entity.status", ["status": status(i.status?.rawValue), "period": period(i.period)])]
            out.append(Message("diff.entity.goals", ["goals": list(i.goals.map { names.goal($0.value) })]))
            out.append(Message("diff.entity.owners", ["owners": list(i.owners.map { names.party($0.value.description) })]))
            if !i.participants.isEmpty {
                out.append(
                    Message(
                        "diff.entity.participants", ["parties": list(i.participants.map { names.party($0.value.description) })]))
            }
            if let into = i.mergedInto {
                out.append(Message("diff.entity.merged-into", ["target": names.initiative(into.value)]))
            }
            if let text = i.endedReason { out.append(reason(text)) }
            return out
        case .partner(let p):
            var out = [Message("diff.entity.joined", ["day": .day(p.joined)])]
            if !p.units.isEmpty {
                out.append(Message("diff.entity.units", ["units": .list(p.units.map { .name($0.name) }, .comma)]))
            }
            return out
        case .goal(let g):
            return [Message("diff.entity.goal", ["number": g.number.map { .count($0) } ?? .text("–"), "name": .name(g.name)])]
        case .report(let r):
            return [Message("diff.entity.report", ["year": .count(r.year), "initiative": names.initiative(r.initiative.value)])]
        case .strategy(let s):
            return [Message("diff.entity.strategy", ["version": .count(s.version), "period": period(s.period)])]
        case .organisation:
            return []
        }
    }

    /// One event, in words: "status: active → ended on 2021-12-31", "owners: + Nordjyllands Politi (…)".
    public func event(_ event: ChangeEvent, in change: EntityChange) -> Message {
        switch event.kind {
        case .status(let from, let to, let on, let mergedInto):
            var args: [String: Message.Argument] = ["from": status(from), "to": status(to)]
            if let on, let day = Day(on) { args["day"] = .day(day) }
            if let mergedInto {
                args["target"] = names.initiative(mergedInto)
                return Message(args["day"] == nil ? "diff.event.merged" : "diff.event.merged.on", args)
            }
            let base = Message(args["day"] == nil ? "diff.event.status" : "diff.event.status.on", args)
            if to == "ended", case .initiative(let i)? = change.new, let text = i.endedReason {
                return Message("diff.event.with-reason", ["event": .message(base), "reason": .message(reason(text))])
            }
            return base
        case .renamed(let from, let to, let inferred):
            var args: [String: Message.Argument] = ["from": .name(from), "to": .name(to)]
            if case .initiative(let i)? = change.new, let until = i.formerNames.last(where: { $0.name == from })?.until {
                args["until"] = .day(until)
            }
            let key =
                event.field == "name"
                ? (args["until"] == nil ? "diff.event.renamed" : "diff.event.renamed.until")
                : "diff.event.part-renamed"
            if event.field != "name" { args["part"] = .text(String(event.field.dropLast(".name".count))) }
            let message = Message(key, args)
            return inferred ? Message("diff.event.inferred", ["event": .message(message)]) : message
        case .value(let old?, let new?):
            return Message(
                "diff.event.value", ["field": .text(event.field), "old": value(old, event.field), "new": value(new, event.field)])
        case .value(nil, let new?):
            return Message("diff.event.value.added", ["field": .text(event.field), "new": value(new, event.field)])
        case .value(let old?, nil):
            return Message("diff.event.value.removed", ["field": .text(event.field), "old": value(old, event.field)])
        case .value(nil, nil):
            return Message("diff.event.field", ["field": .text(event.field)])
        case .items(let added, let removed):
            let parts =
                added.map { Message.Argument.message(Message("diff.item.added", ["item": value($0.value, event.field)])) }
                + removed.map { .message(Message("diff.item.removed", ["item": value($0.value, event.field)])) }
            return Message("diff.event.items", ["field": .text(event.field), "items": .list(parts, .comma)])
        }
    }

    /// The bookkeeping events summarised: "sources: 1 added; assumptions: 1 added, 2 removed".
    public func bookkeepingSummary(_ events: [ChangeEvent]) -> Message? {
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
        let parts: [Message.Argument] = counts.map { entry in
            let tally: [Message.Argument] = [
                (entry.added, "diff.bookkeeping.added"), (entry.removed, "diff.bookkeeping.removed"),
                (entry.changed, "diff.bookkeeping.changed"),
            ].filter { $0.0 > 0 }.map { .message(Message($0.1, ["count": .count($0.0)])) }
            return .message(Message("diff.bookkeeping.field", ["field": .text(entry.field), "tally": .list(tally, .comma)]))
        }
        return Message("diff.bookkeeping", ["parts": .list(parts, .semicolon)])
    }

    /// A status in words ("active" / "igangværende").
    public func status(_ raw: String?) -> Message.Argument {
        switch raw {
        case "active": return .message(Message("status.active"))
        case "planned": return .message(Message("status.planned"))
        case "ended": return .message(Message("status.ended"))
        case "merged": return .message(Message("status.merged"))
        case let other?: return .text(other)
        case nil: return .message(Message("common.none"))
        }
    }

    func period(_ period: Period?) -> Message.Argument {
        period.map { .message($0.message) } ?? .message(Message("diff.no-period"))
    }

    func list(_ items: [Message.Argument]) -> Message.Argument {
        items.isEmpty ? .message(Message("diff.none-listed")) : .list(items, .comma)
    }

    func reason(_ text: LocalizedText) -> Message {
        Message("diff.reason", ["reason": .localized(da: text.da ?? "", en: text.en ?? "")])
    }

    /// A value in a few words: ids by name, texts in the reader's language, periods as periods.
    func value(_ value: JSONValue, _ field: String) -> Message.Argument {
        if NameBook.kind(of: field) != nil {
            if let id = value.stringValue { return names.label(id, in: field) }
            if let items = value.arrayValue, items.allSatisfy({ $0.stringValue != nil }) {
                return .list(items.compactMap(\.stringValue).map { names.label($0, in: field) }, .comma)
            }
        }
        return Self.compact(value)
    }

    /// A compact rendering of a JSON value, at most 100 characters.
    static func compact(_ value: JSONValue) -> Message.Argument {
        switch value.kind {
        case .string(let s): return .text(s.isEmpty ? "\"\"" : truncated(s))
        case .null, .bool, .number: return .text(value.description)
        case .array(let elements): return .message(Message("diff.value.list", ["items": .list(elements.map(compact), .comma)]))
        case .object(let object):
            let keys = Set(object.keys)
            if keys.isSubset(of: ["da", "en"]), object["da"] != nil || object["en"] != nil {
                return .localized(da: truncated(object["da"]?.stringValue ?? ""), en: truncated(object["en"]?.stringValue ?? ""))
            }
            if let role = object["role"]?.stringValue, let at = object["at"]?.stringValue {
                return .message(Message("diff.value.role", ["role": .text(role), "at": .text(at)]))
            }
            if let from = object["from"]?.stringValue.flatMap(Day.init), keys.isSubset(of: ["from", "to"]) {
                return .message(Period(from: from, to: object["to"]?.stringValue.flatMap(Day.init)).message)
            }
            if let name = object["name"]?.stringValue, let until = object["until"]?.stringValue.flatMap(Day.init), keys.count == 2
            {
                return .message(Message("diff.value.former-name", ["name": .name(name), "until": .day(until)]))
            }
            if let kind = object["kind"]?.stringValue, let note = object["note"]?.stringValue, keys.count == 2 {
                return .text(truncated("\(kind): \(note)"))
            }
            if let field = object["field"]?.stringValue, let kind = object["kind"]?.stringValue {
                return .text("\(field) (\(kind))")
            }
            for key in ["id", "name", "rule"] { if let text = object[key]?.stringValue { return .text(text) } }
            return .text(truncated(value.description))
        }
    }

    static func truncated(_ text: String, limit: Int = 100) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }
}
