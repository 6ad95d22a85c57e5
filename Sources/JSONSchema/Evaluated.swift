/// A set of small non-negative integers (member or element positions), without hashing.
struct PositionSet {
    private var low: UInt64 = 0
    private var rest: [UInt64] = []

    mutating func insert(_ position: Int) {
        if position < 64 {
            low |= 1 << UInt64(position)
            return
        }
        let word = position / 64 - 1
        if rest.count <= word { rest += [UInt64](repeating: 0, count: word + 1 - rest.count) }
        rest[word] |= 1 << UInt64(position % 64)
    }

    /// Inserts the positions below 64 whose bits are set in `low`.
    mutating func insert(low bits: UInt64) { low |= bits }

    func contains(_ position: Int) -> Bool {
        if position < 64 { return (low >> UInt64(position)) & 1 == 1 }
        let word = position / 64 - 1
        return word < rest.count && (rest[word] >> UInt64(position % 64)) & 1 == 1
    }

    mutating func formUnion(_ other: PositionSet) {
        low |= other.low
        if other.rest.isEmpty { return }
        if rest.count < other.rest.count { rest += [UInt64](repeating: 0, count: other.rest.count - rest.count) }
        for i in other.rest.indices { rest[i] |= other.rest[i] }
    }
}

/// Which members and items of the current instance some keyword has evaluated successfully.
///
/// Members are recorded by their position in ``JSONObject/members`` (the instance is the same
/// object for every keyword that adds to one `Evaluated`), so no key is hashed.
struct Evaluated {
    var allProperties = false
    var properties = PositionSet()
    var allItems = false
    /// Items `0..<itemPrefix` were evaluated (prefixItems).
    var itemPrefix = 0
    /// Items evaluated one by one (contains).
    var items = PositionSet()

    mutating func merge(_ other: Evaluated) {
        allProperties = allProperties || other.allProperties
        if !allProperties { properties.formUnion(other.properties) }
        allItems = allItems || other.allItems
        itemPrefix = max(itemPrefix, other.itemPrefix)
        if !allItems { items.formUnion(other.items) }
    }

    func isEvaluated(member: Int) -> Bool { allProperties || properties.contains(member) }

    /// Applies `body` to these annotations (through optional chaining, in place).
    mutating func change(_ body: (inout Evaluated) -> Void) { body(&self) }
    func isEvaluated(item: Int) -> Bool { allItems || item < itemPrefix || items.contains(item) }
}
