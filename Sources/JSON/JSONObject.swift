/// One member of a JSON object: key, where the key was written, and the value.
public struct JSONMember: Sendable {
    /// The key, unescaped.
    public var key: String
    /// Byte offset of the opening quote of the key, or -1 for members made in code.
    public var keyOffset: Int
    /// The member's value.
    public var value: JSONValue

    /// A member; `keyOffset` is -1 for members made in code.
    public init(key: String, keyOffset: Int = -1, value: JSONValue) {
        self.key = key
        self.keyOffset = keyOffset
        self.value = value
    }
}

/// A JSON object: members in source order.
///
/// Keys are compared by their Unicode scalars (UTF-8 bytes), as JSON and JSON Schema do, not by
/// Swift's canonical equivalence: `"é"` written precomposed and decomposed are two different keys.
/// When a key occurs more than once, lookups find the last occurrence.
///
/// - Complexity: lookup by key is a linear scan, which beats hashing for the small objects of strategy
///   content; objects above ``indexThreshold`` members build a key index once, when made.
public struct JSONObject: Sendable {
    /// The members in source order, duplicates included.
    public private(set) var members: [JSONMember]
    /// Key → position of its last occurrence; only for objects above ``indexThreshold`` members.
    private var index: [String: Int]?

    /// Objects with more members than this get a hash index.
    static let indexThreshold = 16

    /// An object with `members` in the given order.
    public init(_ members: [JSONMember] = []) {
        self.members = members
        self.index = members.count > Self.indexThreshold ? Self.makeIndex(members) : nil
    }

    private static func makeIndex(_ members: [JSONMember]) -> [String: Int] {
        var index = [String: Int](minimumCapacity: members.count)
        for (i, m) in members.enumerated() { index[m.key] = i }  // last one wins
        return index
    }

    /// Whether two keys are the same sequence of Unicode scalars.
    @inline(__always)
    static func keysEqual(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }

    /// The number of members, duplicates included.
    public var count: Int { members.count }
    /// Whether the object has no members.
    public var isEmpty: Bool { members.isEmpty }
    /// The keys in source order, duplicates included.
    public var keys: [String] { members.map(\.key) }

    /// The position in ``members`` of the member named `key` (the last one if duplicated).
    public func memberIndex(forKey key: String) -> Int? {
        // The hash index groups canonically equivalent keys; confirm the bytes, else scan.
        if let index, let i = index[key], Self.keysEqual(members[i].key, key) { return i }
        var i = members.count - 1
        while i >= 0 {
            if Self.keysEqual(members[i].key, key) { return i }
            i -= 1
        }
        return nil
    }

    /// The position in ``members`` of the first member named `key`.
    public func firstIndex(forKey key: String) -> Int? {
        members.firstIndex { Self.keysEqual($0.key, key) }
    }

    /// The value of the member named `key` (the last one if duplicated), or nil.
    public subscript(key: String) -> JSONValue? {
        guard let i = memberIndex(forKey: key) else { return nil }
        return members[i].value
    }

    /// The member named `key` (the last one if duplicated), with its key position.
    public func member(_ key: String) -> JSONMember? {
        guard let i = memberIndex(forKey: key) else { return nil }
        return members[i]
    }

    /// Whether some key occurs more than once.
    public var hasDuplicateKeys: Bool {
        if members.count < 2 { return false }
        if members.count <= Self.indexThreshold {
            for later in 1..<members.count {
                for earlier in 0..<later where Self.keysEqual(members[earlier].key, members[later].key) { return true }
            }
            return false
        }
        return members.indices.contains { memberIndex(forKey: members[$0].key) != $0 }
    }

    /// Appends a member (a repeated key is kept; lookups then find the new one).
    public mutating func append(_ member: JSONMember) {
        members.append(member)
        if index != nil {
            index?[member.key] = members.count - 1
        } else if members.count > Self.indexThreshold {
            index = Self.makeIndex(members)
        }
    }

    /// Appends a member made of a key and a value.
    public mutating func append(key: String, value: JSONValue) {
        append(JSONMember(key: key, value: value))
    }
}
