import JSON
import JSONSchema
import Messages

/// How to fix a schema finding, chosen by what the failing value is, never by the keyword alone.
///
/// 1. A schema can say it itself: an `x-tryg-hint` annotation (`{"da": "…", "en": "…"}`, or one
///    string) on the schema object that holds the failing keyword — e.g. on `$defs/date` — is the
///    hint for every finding of that object's keywords.
/// 2. Otherwise the hint follows from the keyword and its value: `format: date` explains dates,
///    `format: uri` web addresses; `enum` names the allowed value closest to what was written (a
///    status written in Danish — "aktiv", "afsluttet" — is recognised); `type` explains quotes,
///    numbers, lists or objects as the expected type asks; a `pattern` without an annotation shows
///    the pattern itself rather than guessing what it is for.
public struct SchemaHints: Sendable {
    /// The schema documents' roots by URI (the URI they are registered under and their `$id`).
    let documents: [String: JSONValue]

    public init(documents: [String: JSONValue] = [:]) {
        self.documents = documents
    }

    /// Hints over schema documents registered under `uri`s (their `$id`s are read too).
    public init(schemas: [(uri: String, document: JSONDocument)]) {
        var roots: [String: JSONValue] = [:]
        for (uri, document) in schemas {
            roots[uri] = document.root
            if let id = document.root["$id"]?.stringValue { roots[Self.base(of: id)] = document.root }
        }
        self.init(documents: roots)
    }

    /// The hint for one validation error in `document` (nil when nothing useful can be said).
    public func hint(for error: SchemaViolation, in document: JSONDocument) -> Message? {
        let (keywordValue, parent) = schemaObject(at: error.absoluteKeywordLocation)
        if let annotation = parent?["x-tryg-hint"] {
            if let text = annotation.stringValue {
                return Message("hint.schema.custom", ["hint": .localized(da: text, en: text)])
            }
            let da = annotation["da"]?.stringValue, en = annotation["en"]?.stringValue
            if da != nil || en != nil { return Message("hint.schema.custom", ["hint": .localized(da: da ?? "", en: en ?? "")]) }
        }
        let instance = error.instanceLocation.resolve(in: document.root)
        switch error.keyword {
        case "format": return keywordValue?.stringValue.map(Self.formatHint) ?? Message("hint.schema.format")
        case "enum": return enumHint(allowed: keywordValue?.arrayValue ?? [], found: instance)
        case "const": return Message("hint.schema.const")
        case "type": return typeHint(keywordValue, found: instance)
        case "pattern": return keywordValue?.stringValue.map { Message("hint.schema.pattern", ["pattern": .text($0)]) }
        case "required": return Message("hint.schema.required")
        case "pattern-limit": return Message("hint.schema.pattern-limit")
        case "additionalProperties", "unevaluatedProperties": return Message("hint.schema.additional-properties")
        default: return nil
        }
    }

    /// The keyword's value and the schema object holding it, from an absolute keyword location
    /// (`https://…/common.schema.json#/$defs/date/format`).
    func schemaObject(at location: String) -> (keyword: JSONValue?, parent: JSONValue?) {
        guard let hash = location.firstIndex(of: "#"), let root = documents[String(location[..<hash])] else { return (nil, nil) }
        let fragment = String(location[location.index(after: hash)...]).removingPercentEncoding() ?? ""
        guard let pointer = try? JSONPointer(parsing: fragment), !pointer.tokens.isEmpty else { return (nil, nil) }
        let parent = JSONPointer(tokens: Array(pointer.tokens.dropLast()))
        return (pointer.resolve(in: root), parent.resolve(in: root))
    }

    static func base(of uri: String) -> String {
        uri.firstIndex(of: "#").map { String(uri[..<$0]) } ?? uri
    }

    static func formatHint(_ format: String) -> Message {
        switch format {
        case "date": return Message("hint.schema.format.date")
        case "date-time": return Message("hint.schema.format.date-time")
        case "time": return Message("hint.schema.format.time")
        case "email", "idn-email": return Message("hint.schema.format.email")
        case "uri", "iri": return Message("hint.schema.format.uri")
        case "uri-reference", "iri-reference": return Message("hint.schema.format.uri-reference")
        case "uuid": return Message("hint.schema.format.uuid")
        default: return Message("hint.schema.format.other", ["format": .text(format)])
        }
    }

    /// "use one of the allowed values, spelled exactly", naming the closest one when there is a near
    /// miss — including the statuses written in Danish.
    func enumHint(allowed: [JSONValue], found: JSONValue?) -> Message {
        let values = allowed.compactMap(\.stringValue)
        guard let written = found?.stringValue else { return Message("hint.schema.enum") }
        let folded = written.lowercased().trimmingCharacters(in: .whitespaces)
        if let english = Self.danishStatuses[folded], values.contains(english) {
            return Message("hint.schema.enum.closest", ["value": .text(english)])
        }
        if let close = values.first(where: { $0.lowercased() == folded }) ?? RuleSupport.closest(to: folded, among: values) {
            return Message("hint.schema.enum.closest", ["value": .text(close)])
        }
        return Message("hint.schema.enum")
    }

    /// The statuses as a Danish editor writes them, and the value the content uses.
    static let danishStatuses: [String: String] = [
        "aktiv": "active", "igangværende": "active", "igangvaerende": "active", "i gang": "active",
        "planlagt": "planned", "afsluttet": "ended", "slut": "ended", "ophørt": "ended",
        "sammenlagt": "merged", "lagt sammen": "merged", "fusioneret": "merged",
    ]

    func typeHint(_ expected: JSONValue?, found: JSONValue? = nil) -> Message {
        let types = expected?.stringValue.map { [$0] } ?? expected?.arrayValue?.compactMap(\.stringValue) ?? []
        // A number where a whole number belongs has no quotes to remove: it needs its decimals gone.
        if types == ["integer"], case .number? = found?.kind { return Message("hint.schema.type.integer") }
        switch types.first {
        case "string"?: return Message("hint.schema.type")
        case "integer"?, "number"?: return Message("hint.schema.type.number")
        case "array"?: return Message("hint.schema.type.array")
        case "object"?: return Message("hint.schema.type.object")
        case "boolean"?: return Message("hint.schema.type.boolean")
        default: return Message("hint.schema.type")
        }
    }
}

extension String {
    /// The text with `%XX` escapes decoded (as a URI fragment writes a JSON Pointer); nil when an
    /// escape is malformed or the bytes are not UTF-8.
    func removingPercentEncoding() -> String? {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next(), let low = iterator.next(),
                let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
            else { return nil }
            bytes.append(value)
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
