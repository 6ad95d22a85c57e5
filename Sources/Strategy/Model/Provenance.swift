import JSON

/// Where a piece of information comes from (`sources[]` of a content file).
public struct SourceNote: Sendable, Hashable {
    /// `seed`, `public-page` or `assumption` (the schema's values; other text is kept as written).
    public var kind: String
    /// What the source says (written in English in this repository).
    public var note: String
    /// The source's address, when known, exactly as written (not checked: callers that link it must).
    public var url: String?
}

/// A field of a content file that no source establishes (`assumptions[]`).
public struct Assumption: Sendable, Hashable {
    /// How the field came about.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Deduced from the sources, not confirmed.
        case inferred
        /// An editorial choice where the source is imprecise.
        case chosen
        /// The sources are silent: the field is absent, empty or less precise.
        case unknown
    }

    /// The field, as a JSON Pointer from the root of its file (`/owners/0`).
    public var field: JSONPointer
    /// The field as written in the file.
    public var fieldText: String
    /// nil when the file holds a kind tryg does not know (the schema reports it).
    public var kind: Kind?
    /// The reasoning (written in English in this repository).
    public var note: String

    /// Whether the assumption is about the value at `pointer` or something inside it
    /// (`/owners/0` is about `/owners`'s first member; `/owners` about every member).
    public func concerns(_ pointer: JSONPointer) -> Bool {
        let a = field.tokens, b = pointer.tokens
        return a.count >= b.count ? Array(a.prefix(b.count)) == b : Array(b.prefix(a.count)) == a
    }
}

/// The sources of an entity's file and the fields that rest on assumptions: what the strategy's
/// website shows as "Om oplysningerne", so that no assumption is presented as a fact.
public struct Provenance: Sendable, Hashable {
    public var sources: [SourceNote]
    public var assumptions: [Assumption]

    public init(sources: [SourceNote] = [], assumptions: [Assumption] = []) {
        self.sources = sources
        self.assumptions = assumptions
    }

    /// The assumptions about the value at `pointer`, about a value inside it, or about a value that
    /// contains it, in the order the file lists them.
    public func assumptions(about pointer: JSONPointer) -> [Assumption] {
        assumptions.filter { $0.concerns(pointer) }
    }

    /// The assumptions about the value at a path of member names and indices (`"owners", "0"`).
    public func assumptions(about tokens: String...) -> [Assumption] {
        assumptions(about: JSONPointer(tokens: tokens))
    }
}

extension Origin {
    /// The provenance of the entity at this origin: the `sources` written in it and the
    /// `assumptions` of its file (their fields are pointers from the file's root).
    public var provenance: Provenance {
        let reader = EntityReader(origin: self)
        let file = EntityReader(origin: Origin(path: path, document: document))
        return Provenance(sources: reader.sourceNotes(), assumptions: file.assumptionList())
    }
}

extension EntityReader {
    /// A `{"da", "en"}` value (or a plain string, taken as Danish), as ``localized(_:)`` reads a member.
    static func localizedValue(_ value: JSONValue?) -> LocalizedText? {
        guard let value else { return nil }
        if let text = value.stringValue { return LocalizedText(da: text, en: nil) }
        let da = value["da"]?.stringValue, en = value["en"]?.stringValue
        return da == nil && en == nil ? nil : LocalizedText(da: da, en: en)
    }

    /// The strings of an array member, without their origins.
    func plainStrings(_ key: String) -> [String] {
        (object[key]?.arrayValue ?? []).compactMap(\.stringValue)
    }

    /// The `{"da", "en"}` texts of an array member.
    func localizedList(_ key: String) -> [LocalizedText] {
        (object[key]?.arrayValue ?? []).compactMap { Self.localizedValue($0) }
    }

    /// `sources[]` of the object.
    func sourceNotes() -> [SourceNote] {
        (object["sources"]?.arrayValue ?? []).compactMap { value in
            guard let note = value["note"]?.stringValue else { return nil }
            return SourceNote(kind: value["kind"]?.stringValue ?? "", note: note, url: value["url"]?.stringValue)
        }
    }

    /// `assumptions[]` of the object.
    func assumptionList() -> [Assumption] {
        (object["assumptions"]?.arrayValue ?? []).compactMap { value in
            guard let text = value["field"]?.stringValue, let pointer = try? JSONPointer(parsing: text) else { return nil }
            return Assumption(
                field: pointer, fieldText: text, kind: value["kind"]?.stringValue.flatMap(Assumption.Kind.init(rawValue:)),
                note: value["note"]?.stringValue ?? "")
        }
    }
}
