import JSON

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// JSON Schema's equality of instances (used by `enum`, `const` and `uniqueItems`).
///
/// Numbers are equal by mathematical value (`1` equals `1.0`), booleans are never numbers, strings
/// and keys compare by Unicode scalars, objects compare without regard to member order, arrays
/// element by element.
enum InstanceEquality {
    /// Whether two values are equal in JSON Schema's sense.
    ///
    /// Objects compare by their effective members: when a key is repeated, the last occurrence
    /// counts (as lookups see it) and the earlier ones are ignored.
    static func equal(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch a.kind {
        case .null:
            if case .null = b.kind { return true }
            return false
        case .bool(let x):
            if case .bool(let y) = b.kind { return x == y }
            return false
        case .number(let x):
            if case .number(let y) = b.kind { return NumberMath.equal(x, y) }
            return false
        case .string(let x):
            if case .string(let y) = b.kind { return sameScalars(x, y) }
            return false
        case .array(let x):
            guard case .array(let y) = b.kind, x.count == y.count else { return false }
            return x.withUnsafeBufferPointer { x in
                y.withUnsafeBufferPointer { y in
                    for i in x.indices where !equal(x[i], y[i]) { return false }
                    return true
                }
            }
        case .object(let x):
            guard case .object(let y) = b.kind else { return false }
            return equal(x, y)
        }
    }

    /// ``equal(_:_:)`` for values read in place: scalars and strings are compared without copying
    /// the values (only a string's storage is retained); containers as values.
    static func equal(_ a: UnsafePointer<JSONValue>, _ b: UnsafePointer<JSONValue>) -> Bool {
        switch a.pointee.kind {
        case .null:
            if case .null = b.pointee.kind { return true }
            return false
        case .bool(let x):
            if case .bool(let y) = b.pointee.kind { return x == y }
            return false
        case .string(let x):
            if case .string(let y) = b.pointee.kind { return sameScalars(x, y) }
            return false
        case .number, .array, .object:
            return equal(a.pointee, b.pointee)
        }
    }

    /// Whether two objects have the same effective members (the last occurrence of a repeated key).
    static func equal(_ x: JSONObject, _ y: JSONObject) -> Bool {
        let xDuplicates = x.hasDuplicateKeys, yDuplicates = y.hasDuplicateKeys
        if !xDuplicates && !yDuplicates && x.count != y.count { return false }
        var effective = 0
        for (position, member) in x.members.enumerated() {
            if xDuplicates, x.memberIndex(forKey: member.key) != position { continue }
            effective += 1
            guard let other = y[member.key], equal(member.value, other) else { return false }
        }
        return effective == effectiveCount(y, hasDuplicates: yDuplicates)
    }

    /// The number of distinct keys of `object`.
    static func effectiveCount(_ object: JSONObject, hasDuplicates: Bool) -> Int {
        guard hasDuplicates else { return object.count }
        return object.members.indices.filter { object.memberIndex(forKey: object.members[$0].key) == $0 }.count
    }

    /// Whether two strings are the same sequence of Unicode scalars (not Swift's canonical equivalence).
    @inline(__always)
    static func sameScalars(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let contiguous = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                guard let p = x.baseAddress, let q = y.baseAddress else { return x.count == y.count }
                return memcmp(p, q, x.count) == 0
            }
        }
        if let answer = contiguous ?? nil { return answer }
        return a.utf8.elementsEqual(b.utf8)
    }

    /// Feeds a hash consistent with ``equal(_:_:)`` into `hasher`.
    ///
    /// Numbers hash by their normalised decimal form, objects by an order-independent combination.
    static func hash(_ value: JSONValue, into hasher: inout Hasher) {
        switch value.kind {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(1); hasher.combine(b)
        case .number(let n):
            hasher.combine(2)
            if let d = ExactDecimal(literal: n.literal) {
                hasher.combine(d.negative); hasher.combine(d.digits); hasher.combine(d.exponent)
            } else {
                hasher.combine(n.double)
            }
        case .string(let s): hasher.combine(3); hasher.combine(Array(s.utf8))
        case .array(let elements):
            hasher.combine(4); hasher.combine(elements.count)
            for e in elements { hash(e, into: &hasher) }
        case .object(let object):
            let duplicates = object.hasDuplicateKeys
            hasher.combine(5); hasher.combine(effectiveCount(object, hasDuplicates: duplicates))
            var combined = 0
            for (position, m) in object.members.enumerated() {
                if duplicates, object.memberIndex(forKey: m.key) != position { continue }
                var h = Hasher()
                h.combine(Array(m.key.utf8))
                hash(m.value, into: &h)
                combined = combined &+ h.finalize()
            }
            hasher.combine(combined)
        }
    }

    /// The indices of the first two equal elements, or nil when all are distinct.
    static func firstDuplicate(in elements: [JSONValue]) -> (Int, Int)? {
        if elements.count <= 16 {
            return elements.withUnsafeBufferPointer { elements -> (Int, Int)? in
                guard let base = elements.baseAddress else { return nil }
                for j in elements.indices {
                    for i in 0..<j where equal(base + i, base + j) { return (i, j) }
                }
                return nil
            }
        }
        var buckets: [Int: [Int]] = [:]
        for (j, element) in elements.enumerated() {
            var hasher = Hasher()
            hash(element, into: &hasher)
            let key = hasher.finalize()
            if let candidates = buckets[key] {
                for i in candidates where equal(elements[i], element) { return (i, j) }
            }
            buckets[key, default: []].append(j)
        }
        return nil
    }
}
