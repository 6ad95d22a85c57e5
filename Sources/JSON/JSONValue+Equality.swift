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

    /// Whether two values are equal as JSON Schema defines it (`const`, `enum`, `uniqueItems`), and
    /// as the semantic diff compares values: the one equality of JSON values in tryg.
    ///
    /// Numbers are equal by mathematical value (`1 == 1.0`, exactly: see ``JSONNumber/compare(_:_:)``),
    /// never equal to booleans; strings by their Unicode scalars; arrays element by element in order;
    /// objects have the same keys with equal values in any order (a duplicated key counts with its
    /// last value, as lookups see it).
    /// - Complexity: O(size) for objects of up to 16 members (linear lookups beyond that are hashed).
    ///   Scalars are compared without allocating; containers iteratively: no nesting is too deep.
    public func jsonEquals(_ other: JSONValue) -> Bool {
        // One switch per side, not over a tuple: no copy of either value's payload beyond the one compared.
        switch kind {
        case .null:
            if case .null = other.kind { return true }
        case .bool(let x):
            if case .bool(let y) = other.kind { return x == y }
        case .number(let x):
            if case .number(let y) = other.kind { return x == y }
        case .string(let x):
            if case .string(let y) = other.kind { return JSONObject.keysEqual(x, y) }
        case .array:
            if case .array = other.kind { return Self.containersEqual(self, other) }
        case .object:
            if case .object = other.kind { return Self.containersEqual(self, other) }
        }
        return false
    }

    /// ``jsonEquals(_:)`` for two arrays or two objects, walking pairs of values from a work list.
    private static func containersEqual(_ a: JSONValue, _ b: JSONValue) -> Bool {
        allPairs(a, b) { a, b, pending in
            switch (a.kind, b.kind) {
            case (.array(let x), .array(let y)):
                guard x.count == y.count else { return false }
                pending.append(contentsOf: zip(x, y))
                return true
            case (.object(let x), .object(let y)):
                return pairMembers(x, y, into: &pending)
            default:
                return a.jsonEquals(b)  // scalars: no recursion
            }
        }
    }

    /// Feeds `hasher` a hash consistent with ``jsonEquals(_:)``: values that are equal hash alike.
    ///
    /// Numbers hash by mathematical value, strings by their scalars, objects independently of
    /// member order (by their effective members).
    /// - Complexity: O(size); recursive, as deep as the value (parsed values are at most 512 deep).
    public func jsonHash(into hasher: inout Hasher) {
        switch kind {
        case .null: hasher.combine(0 as UInt8)
        case .bool(let b):
            hasher.combine(1 as UInt8)
            hasher.combine(b)
        case .number(let n):
            hasher.combine(2 as UInt8)
            hasher.combine(n)
        case .string(let s):
            hasher.combine(3 as UInt8)
            Self.hashScalars(s, into: &hasher)
        case .array(let elements):
            hasher.combine(4 as UInt8)
            hasher.combine(elements.count)
            for element in elements { element.jsonHash(into: &hasher) }
        case .object(let object):
            hasher.combine(5 as UInt8)
            let duplicates = object.hasDuplicateKeys
            var combined = 0, count = 0
            for (position, member) in object.members.enumerated() {
                if duplicates, object.memberIndex(forKey: member.key) != position { continue }
                var inner = Hasher()
                Self.hashScalars(member.key, into: &inner)
                member.value.jsonHash(into: &inner)
                combined = combined &+ inner.finalize()  // order-independent
                count += 1
            }
            hasher.combine(count)
            hasher.combine(combined)
        }
    }

    /// Hashes the UTF-8 bytes of `s` (its Unicode scalars, as ``JSONObject/keysEqual(_:_:)`` compares).
    private static func hashScalars(_ s: String, into hasher: inout Hasher) {
        var text = s
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
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
