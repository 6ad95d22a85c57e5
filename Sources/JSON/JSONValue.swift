/// A JSON value that remembers where it came from.
///
/// Every value keeps the byte offset of its first byte in the source document, so diagnostics can be
/// located precisely (see ``SourceText/location(ofOffset:)``). Values built in code have offset `-1`.
/// Object members keep their order; duplicate keys are kept as they were written (lookups take the
/// last one, as most parsers do) and the parser reports them separately.
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

    public var kind: Kind
    /// Byte offset of the value's first byte in its source, or -1 for values made in code.
    public var offset: Int

    public init(_ kind: Kind, offset: Int = -1) {
        self.kind = kind
        self.offset = offset
    }
}

extension JSONValue {
    public static let null = JSONValue(.null)

    public var isNull: Bool { if case .null = kind { return true } else { return false } }
    public var boolValue: Bool? { if case .bool(let b) = kind { return b } else { return nil } }
    public var numberValue: JSONNumber? { if case .number(let n) = kind { return n } else { return nil } }
    public var stringValue: String? { if case .string(let s) = kind { return s } else { return nil } }
    public var arrayValue: [JSONValue]? { if case .array(let a) = kind { return a } else { return nil } }
    public var objectValue: JSONObject? { if case .object(let o) = kind { return o } else { return nil } }

    /// The member `key` of an object (the last one if the key is duplicated), or nil.
    public subscript(key: String) -> JSONValue? { objectValue?[key] }

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

/// One member of a JSON object: key, where the key was written, and the value.
public struct JSONMember: Sendable {
    public var key: String
    /// Byte offset of the opening quote of the key, or -1 for members made in code.
    public var keyOffset: Int
    public var value: JSONValue

    public init(key: String, keyOffset: Int = -1, value: JSONValue) {
        self.key = key
        self.keyOffset = keyOffset
        self.value = value
    }
}

/// A JSON object: members in source order.
///
/// - Complexity: lookup by key is a linear scan, which beats hashing for the small objects of strategy
///   content; objects above ``indexThreshold`` members build a key index once.
public struct JSONObject: Sendable {
    public private(set) var members: [JSONMember]
    private var index: [String: Int]?

    static let indexThreshold = 16

    public init(_ members: [JSONMember] = []) {
        self.members = members
        self.index = members.count > Self.indexThreshold ? Self.makeIndex(members) : nil
    }

    private static func makeIndex(_ members: [JSONMember]) -> [String: Int] {
        var index = [String: Int](minimumCapacity: members.count)
        for (i, m) in members.enumerated() { index[m.key] = i }  // last one wins
        return index
    }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }
    public var keys: [String] { members.map(\.key) }

    /// The position in ``members`` of the member named `key` (the last one if duplicated).
    public func memberIndex(forKey key: String) -> Int? {
        if let index { return index[key] }
        var i = members.count - 1
        while i >= 0 {
            if members[i].key == key { return i }
            i -= 1
        }
        return nil
    }

    public subscript(key: String) -> JSONValue? {
        guard let i = memberIndex(forKey: key) else { return nil }
        return members[i].value
    }

    /// The member named `key` (the last one if duplicated), with its key position.
    public func member(_ key: String) -> JSONMember? {
        guard let i = memberIndex(forKey: key) else { return nil }
        return members[i]
    }

    public mutating func append(_ member: JSONMember) {
        members.append(member)
        if index != nil {
            index?[member.key] = members.count - 1
        } else if members.count > Self.indexThreshold {
            index = Self.makeIndex(members)
        }
    }
}

/// A JSON number, kept exactly as written.
///
/// The literal text is kept so that the canonical writer round-trips every number and so that
/// arithmetic that needs more than a `Double` (huge integers, `multipleOf` with decimals) can work on
/// the exact value. `1.0` and `1e2` are integers in JSON Schema's sense; see ``isInteger``.
public struct JSONNumber: Sendable, CustomStringConvertible {
    /// The number as written in the source (RFC 8259 grammar), e.g. `-12.50e+3`.
    public let literal: String
    /// The nearest `Double` (may be ±infinity for literals beyond its range).
    public let double: Double

    public init(literal: String, double: Double) {
        self.literal = literal
        self.double = double
    }

    /// Makes a number from a `Double`, written the shortest way that reads back exactly.
    public init(_ double: Double) {
        self.double = double
        if double.isFinite, double == double.rounded(), abs(double) < 1e15 {
            self.literal = String(Int64(double))
        } else {
            self.literal = "\(double)"
        }
    }

    public init(_ int: Int) {
        self.literal = String(int)
        self.double = Double(int)
    }

    public var description: String { literal }

    /// The value as an `Int`, if it is a whole number that fits exactly.
    public var intValue: Int? {
        if let i = Int(literal) { return i }
        guard double.isFinite, double == double.rounded(), abs(double) < 9.0e15 else { return nil }
        return Int(double)
    }
}
