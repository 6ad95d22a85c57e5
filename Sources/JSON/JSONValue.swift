/// A JSON value that remembers where it came from.
///
/// Every value keeps the byte offset of its first byte in the source document, so diagnostics can be
/// located precisely (see ``SourceText/location(ofOffset:)``). Values built in code have offset `-1`.
/// Object members keep their order; duplicate keys are kept as they were written (lookups take the
/// last one, as most parsers do) and the parser reports them separately.
///
/// Two notions of equality are offered, on purpose without `==`: ``isStructurallyEqual(to:)``
/// (same text up to whitespace) and ``jsonEquals(_:)`` (JSON Schema's equality).
///
/// Nesting: values from ``JSONParser`` are at most ``JSONParser/Limits/maxDepth`` deep. Parsing,
/// writing and comparing never recurse, but Swift releases a nested value recursively, so values
/// built in code should stay within a few thousand levels as well.
public struct JSONValue: Sendable {
    /// What kind of value this is, with its payload.
    public enum Kind: Sendable {
        case null
        case bool(Bool)
        case number(JSONNumber)
        case string(String)
        case array([JSONValue])
        case object(JSONObject)
    }

    /// The value's kind and payload.
    public var kind: Kind
    /// Byte offset of the value's first byte in its source, or -1 for values made in code.
    public var offset: Int

    /// A value of `kind`; `offset` is -1 for values made in code.
    public init(_ kind: Kind, offset: Int = -1) {
        self.kind = kind
        self.offset = offset
    }
}

extension JSONValue {
    /// `null`, made in code.
    public static let null = JSONValue(.null)

    /// Whether this is `null`.
    public var isNull: Bool { if case .null = kind { return true } else { return false } }
    /// The boolean, if this is `true` or `false`.
    public var boolValue: Bool? { if case .bool(let b) = kind { return b } else { return nil } }
    /// The number, if this is one.
    public var numberValue: JSONNumber? { if case .number(let n) = kind { return n } else { return nil } }
    /// The string, if this is one.
    public var stringValue: String? { if case .string(let s) = kind { return s } else { return nil } }
    /// The elements, if this is an array.
    public var arrayValue: [JSONValue]? { if case .array(let a) = kind { return a } else { return nil } }
    /// The object, if this is one.
    public var objectValue: JSONObject? { if case .object(let o) = kind { return o } else { return nil } }

    /// The member `key` of an object (the last one if the key is duplicated), or nil.
    public subscript(key: String) -> JSONValue? { objectValue?[key] }

    /// The element at `index` of an array, or nil when this is not an array or the index is out of range.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = kind, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    /// The JSON type name as JSON Schema spells it ("null", "boolean", "number", "string", "array", "object").
    /// Numbers are "number" here; ask ``JSONNumber/isInteger`` for "integer".
    public var typeName: String {
        switch kind {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}

// MARK: - Literals, for values made in code and tests

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self.init(.null) }
    public init(booleanLiteral value: Bool) { self.init(.bool(value)) }
    public init(integerLiteral value: Int) { self.init(.number(JSONNumber(value))) }
    public init(floatLiteral value: Double) { self.init(.number(JSONNumber(value))) }
    public init(stringLiteral value: String) { self.init(.string(value)) }
    public init(arrayLiteral elements: JSONValue...) { self.init(.array(elements)) }

    /// An object with the members in the order written.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(.object(JSONObject(elements.map { JSONMember(key: $0.0, value: $0.1) })))
    }
}
