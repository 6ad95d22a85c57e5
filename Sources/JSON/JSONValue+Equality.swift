extension JSONValue {
    /// Whether two values are written the same up to whitespace: same kinds, same number literals
    /// (`1.0` is not `1`), same strings, same members in the same order (duplicates included).
    ///
    /// Offsets are ignored. This is the equality of a round trip through ``JSONWriter``.
    /// - Complexity: O(size). Iterative: no nesting is too deep for it.
    public func isStructurallyEqual(to other: JSONValue) -> Bool {
        Self.allPairs(self, other) { a, b, pending in
            switch (a.kind, b.kind) {
            case (.null, .null): return true
            case (.bool(let x), .bool(let y)): return x == y
            case (.number(let x), .number(let y)): return x.literal.utf8.elementsEqual(y.literal.utf8)
            case (.string(let x), .string(let y)): return JSONObject.keysEqual(x, y)
            case (.array(let x), .array(let y)):
                guard x.count == y.count else { return false }
                pending.append(contentsOf: zip(x, y))
                return true
            case (.object(let x), .object(let y)):
                guard x.count == y.count else { return false }
                for (m, n) in zip(x.members, y.members) {
                    guard JSONObject.keysEqual(m.key, n.key) else { return false }
                    pending.append((m.value, n.value))
                }
                return true
            default: return false
            }
        }
    }

    /// Whether two values are equal as JSON Schema defines it (`const`, `enum`, `uniqueItems`).
    ///
    /// Numbers are equal by mathematical value (`1 == 1.0`), never equal to booleans; strings by
    /// their Unicode scalars; arrays element by element in order; objects have the same keys with
    /// equal values in any order (a duplicated key counts with its last value).
    /// - Complexity: O(size) for objects of up to 16 members (linear lookups beyond that are hashed).
    ///   Iterative: no nesting is too deep for it.
    public func jsonEquals(_ other: JSONValue) -> Bool {
        Self.allPairs(self, other) { a, b, pending in
            switch (a.kind, b.kind) {
            case (.null, .null): return true
            case (.bool(let x), .bool(let y)): return x == y
            case (.number(let x), .number(let y)): return x == y
            case (.string(let x), .string(let y)): return JSONObject.keysEqual(x, y)
            case (.array(let x), .array(let y)):
                guard x.count == y.count else { return false }
                pending.append(contentsOf: zip(x, y))
                return true
            case (.object(let x), .object(let y)):
                return Self.pairMembers(x, y, into: &pending)
            default: return false
            }
        }
    }

    /// Queues the values of equal keys of two objects; false if their key sets differ.
    private static func pairMembers(_ a: JSONObject, _ b: JSONObject, into pending: inout [(JSONValue, JSONValue)]) -> Bool {
        let simple = a.count == b.count && !a.hasDuplicateKeys && !b.hasDuplicateKeys
        for (position, member) in a.members.enumerated() {
            // With duplicates, only the last occurrence of a key counts.
            if !simple, a.memberIndex(forKey: member.key) != position { continue }
            guard let y = b[member.key] else { return false }
            pending.append((member.value, y))
        }
        // Without duplicates, equal counts and a's keys all in b mean the same key set.
        return simple || b.members.allSatisfy { a.memberIndex(forKey: $0.key) != nil }
    }

    /// Runs `check` over the pair of roots and every pair it queues, until one fails.
    private static func allPairs(
        _ a: JSONValue, _ b: JSONValue,
        _ check: (JSONValue, JSONValue, inout [(JSONValue, JSONValue)]) -> Bool
    ) -> Bool {
        var pending: [(JSONValue, JSONValue)] = [(a, b)]
        while let (x, y) = pending.popLast() {
            guard check(x, y, &pending) else { return false }
        }
        return true
    }
}
