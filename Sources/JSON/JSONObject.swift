#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
    /// Key (by its bytes) → position of its last occurrence; only for objects above
    /// ``indexThreshold`` members.
    private var index: [ScalarKey: Int]?
    /// Whether some key occurs more than once (see ``hasDuplicateKeys``), found once when made.
    private var duplicates: Bool

    /// Objects with more members than this get a hash index.
    static let indexThreshold = 16

    /// An object with `members` in the given order.
    public init(_ members: [JSONMember] = []) {
        self.members = members
        let index = members.count > Self.indexThreshold ? Self.makeIndex(members) : nil
        self.index = index
        self.duplicates = Self.findDuplicates(members, index: index)
    }

    private static func makeIndex(_ members: [JSONMember]) -> [ScalarKey: Int] {
        var index = [ScalarKey: Int](minimumCapacity: members.count)
        for (i, m) in members.enumerated() { index[ScalarKey(m.key)] = i }  // last one wins
        return index
    }

    /// Whether two keys (or any two strings) are the same sequence of Unicode scalars, as JSON and
    /// JSON Schema compare them — not Swift's `==`, which treats canonically equivalent strings as equal.
    @inlinable
    public static func keysEqual(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let contiguous = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                guard let p = x.baseAddress, let q = y.baseAddress else { return true }  // both empty
                return memcmp(p, q, x.count) == 0
            }
        }
        if let answer = contiguous ?? nil { return answer }
        return a.utf8.elementsEqual(b.utf8)
    }

    /// The number of members, duplicates included.
    public var count: Int { members.count }
    /// Whether the object has no members.
    public var isEmpty: Bool { members.isEmpty }
    /// The keys in source order, duplicates included.
    public var keys: [String] { members.map(\.key) }

    /// The position in ``members`` of the member named `key` (the last one if duplicated).
    public func memberIndex(forKey key: String) -> Int? {
        if let index { return index[ScalarKey(key)] }
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
    /// - Complexity: O(1): found when the object is made.
    public var hasDuplicateKeys: Bool { duplicates }

    /// Whether some key of `members` occurs more than once: pairwise for small objects; for larger
    /// ones the index, which keeps one position per key, is smaller.
    private static func findDuplicates(_ members: [JSONMember], index: [ScalarKey: Int]?) -> Bool {
        if let index { return index.count < members.count }
        if members.count < 2 { return false }
        for later in 1..<members.count {
            for earlier in 0..<later where keysEqual(members[earlier].key, members[later].key) { return true }
        }
        return false
    }

    /// Appends a member (a repeated key is kept; lookups then find the new one).
    public mutating func append(_ member: JSONMember) {
        if !duplicates, memberIndex(forKey: member.key) != nil { duplicates = true }
        members.append(member)
        if index != nil {
            index?[ScalarKey(member.key)] = members.count - 1
        } else if members.count > Self.indexThreshold {
            index = Self.makeIndex(members)
        }
    }

    /// Appends a member made of a key and a value.
    public mutating func append(key: String, value: JSONValue) {
        append(JSONMember(key: key, value: value))
    }
}

/// A key hashed and compared by its Unicode scalars (UTF-8 bytes), not by Swift's canonical
/// equivalence, for the index of large objects.
private struct ScalarKey: Hashable {
    let key: String
    init(_ key: String) { self.key = key }

    static func == (a: ScalarKey, b: ScalarKey) -> Bool { JSONObject.keysEqual(a.key, b.key) }

    func hash(into hasher: inout Hasher) {
        var text = key
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
