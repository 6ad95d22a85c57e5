import JSON

/// A structural difference between two JSON values, found by ``JSONDiff``.
///
/// A change names the field it concerns in the schema's own words (`coordinationGroup.name`,
/// `units[skoleforvaltningen].involved`) and carries JSON Pointers into both documents, so that
/// renderers can give lines on both sides.
public struct FieldChange: Sendable {
    /// What changed in a field.
    public enum Kind: Sendable {
        /// A value was set, replaced or removed (`old` nil: added; `new` nil: removed).
        case value(old: JSONValue?, new: JSONValue?)
        /// Members of a list were added or removed; pure reordering is never reported.
        case items(added: [ListItem], removed: [ListItem])
    }

    /// The field as people read it: property names joined by `.`, matched array elements as
    /// `name[key]`.
    public var field: String
    /// The property names and matched keys leading to the field.
    public var tokens: [String]
    /// Where the field is in the old document (nil when it is absent there).
    public var oldPointer: JSONPointer?
    /// Where the field is in the new document (nil when it is absent there).
    public var newPointer: JSONPointer?
    /// What changed.
    public var kind: Kind

    /// Whether the change is in the bookkeeping of a file (`sources`, `assumptions`), not in the
    /// strategy's content.
    public var isBookkeeping: Bool { tokens.contains { JSONDiff.bookkeeping.contains(Self.baseName($0)) } }

    /// A token without its `[key]` suffix.
    static func baseName(_ token: String) -> String {
        token.firstIndex(of: "[").map { String(token[..<$0]) } ?? token
    }
}

/// One member of a list that was added or removed, with where it is written.
public struct ListItem: Sendable {
    /// The member's value.
    public var value: JSONValue
    /// The member's place in its document (the new one for added, the old one for removed members).
    public var pointer: JSONPointer
}

/// Compares two JSON values structurally, the way a reviewer reads a change.
///
/// Objects are compared member by member. Arrays of scalars are compared as multisets (reordering
/// is not a change). Arrays of objects are matched by an identifying member — the first of
/// ``identifyingKeys`` that every element has as a unique scalar on both sides — and matched pairs
/// are compared in turn; arrays of objects without one are compared as multisets of whole values.
/// Nesting is bounded by the parser's depth limit, so the recursion is bounded too.
public enum JSONDiff {
    /// Members that identify the elements of an array of objects, in order of preference.
    public static let identifyingKeys = ["id", "version", "rule", "field", "name", "role"]
    /// Members that hold a file's bookkeeping rather than the strategy's content.
    public static let bookkeeping: Set<String> = ["sources", "assumptions"]

    /// The changes from `old` to `new` (either may be absent).
    public static func changes(from old: JSONValue?, to new: JSONValue?) -> [FieldChange] {
        var out: [FieldChange] = []
        compare(old, new, tokens: [], oldPointer: .root, newPointer: .root, into: &out)
        return out
    }

    private static func compare(
        _ old: JSONValue?, _ new: JSONValue?, tokens: [String], oldPointer: JSONPointer, newPointer: JSONPointer,
        into out: inout [FieldChange]
    ) {
        func record(_ kind: FieldChange.Kind) {
            out.append(
                FieldChange(
                    field: tokens.joined(separator: "."), tokens: tokens, oldPointer: old == nil ? nil : oldPointer,
                    newPointer: new == nil ? nil : newPointer, kind: kind))
        }
        switch (old, new) {
        case (nil, nil):
            return
        case (let a?, let b?):
            if let objectA = a.objectValue, let objectB = b.objectValue {
                compareObjects(objectA, objectB, tokens: tokens, oldPointer: oldPointer, newPointer: newPointer, into: &out)
            } else if let arrayA = a.arrayValue, let arrayB = b.arrayValue {
                compareArrays(arrayA, arrayB, tokens: tokens, oldPointer: oldPointer, newPointer: newPointer, into: &out)
            } else if !a.jsonEquals(b) || a.typeName != b.typeName {
                record(.value(old: a, new: b))
            }
        default:
            record(.value(old: old, new: new))
        }
    }

    private static func compareObjects(
        _ old: JSONObject, _ new: JSONObject, tokens: [String], oldPointer: JSONPointer, newPointer: JSONPointer,
        into out: inout [FieldChange]
    ) {
        var keys: [String] = []
        var seen = Set<String>()
        for key in new.keys + old.keys where seen.insert(key).inserted { keys.append(key) }
        for key in keys {
            let a = old[key], b = new[key]
            // Most members of a changed file are unchanged: no tokens or pointers to build for them.
            if let a, let b, a.typeName == b.typeName, a.jsonEquals(b) { continue }
            compare(
                a, b, tokens: tokens + [key], oldPointer: oldPointer.appending(key),
                newPointer: newPointer.appending(key), into: &out)
        }
    }

    private static func compareArrays(
        _ old: [JSONValue], _ new: [JSONValue], tokens: [String], oldPointer: JSONPointer, newPointer: JSONPointer,
        into out: inout [FieldChange]
    ) {
        if let keyed = identifyingTexts(old, new) {
            compareKeyed(old, new, keys: keyed, tokens: tokens, oldPointer: oldPointer, newPointer: newPointer, into: &out)
        } else {
            compareMultisets(old, new, tokens: tokens, oldPointer: oldPointer, newPointer: newPointer, into: &out)
        }
    }

    /// Compares two arrays of objects matched by an identifying member (`keys`: its text per
    /// element, unique per side): unmatched elements were added or removed, matched pairs that
    /// differ are compared in turn as `name[key]`.
    /// - Complexity: O(total size of both arrays) expected (hashed keys; equal pairs skipped whole).
    private static func compareKeyed(
        _ old: [JSONValue], _ new: [JSONValue], keys: (old: [String], new: [String]), tokens: [String],
        oldPointer: JSONPointer, newPointer: JSONPointer, into out: inout [FieldChange]
    ) {
        var oldByKey = [String: Int](minimumCapacity: old.count)
        for (j, key) in keys.old.enumerated() { oldByKey[key] = j }
        let newKeys = Set(keys.new)
        var added: [ListItem] = []
        var matched: [(key: String, old: Int, new: Int)] = []
        for (i, key) in keys.new.enumerated() {
            if let j = oldByKey[key] {
                matched.append((key, j, i))
            } else {
                added.append(ListItem(value: new[i], pointer: newPointer.appending(i)))
            }
        }
        let removed = keys.old.indices.filter { !newKeys.contains(keys.old[$0]) }.map {
            ListItem(value: old[$0], pointer: oldPointer.appending($0))
        }
        if !added.isEmpty || !removed.isEmpty {
            out.append(
                FieldChange(
                    field: tokens.joined(separator: "."), tokens: tokens, oldPointer: oldPointer, newPointer: newPointer,
                    kind: .items(added: added, removed: removed)))
        }
        var last = tokens
        let name = last.popLast() ?? ""
        // Most matched members are unchanged: no tokens or pointers to build for them.
        for pair in matched where !old[pair.old].jsonEquals(new[pair.new]) {
            compare(
                old[pair.old], new[pair.new], tokens: last + ["\(name)[\(pair.key)]"], oldPointer: oldPointer.appending(pair.old),
                newPointer: newPointer.appending(pair.new), into: &out)
        }
    }

    /// Compares two arrays as multisets of whole values: each new element cancels the first
    /// still-unmatched equal old element; what is left over was added or removed.
    ///
    /// - Complexity: O(total size of both arrays) expected: old elements are chained by a hash that
    ///   agrees with ``JSONValue/jsonEquals(_:)``, so each new element is compared only with the old
    ///   elements of its chain, whose head skips the ones already matched.
    private static func compareMultisets(
        _ old: [JSONValue], _ new: [JSONValue], tokens: [String], oldPointer: JSONPointer, newPointer: JSONPointer,
        into out: inout [FieldChange]
    ) {
        var candidates = MatchChains(old)
        var added: [ListItem] = []
        for (i, element) in new.enumerated() where !candidates.take(ValueHash.of(element), where: { old[$0].jsonEquals(element) })
        {
            added.append(ListItem(value: element, pointer: newPointer.appending(i)))
        }
        let removed = old.indices.filter { !candidates.matched[$0] }.map {
            ListItem(value: old[$0], pointer: oldPointer.appending($0))
        }
        if !added.isEmpty || !removed.isEmpty {
            out.append(
                FieldChange(
                    field: tokens.joined(separator: "."), tokens: tokens, oldPointer: oldPointer, newPointer: newPointer,
                    kind: .items(added: added, removed: removed)))
        }
    }

    /// The first identifying member that every element on both sides has as a scalar, unique per
    /// side, as its text per element; nil when there is none (or the arrays are not all objects).
    static func identifyingTexts(_ old: [JSONValue], _ new: [JSONValue]) -> (old: [String], new: [String])? {
        guard !old.isEmpty || !new.isEmpty, old.allSatisfy({ $0.objectValue != nil }), new.allSatisfy({ $0.objectValue != nil })
        else { return nil }
        for key in identifyingKeys {
            if let oldKeys = uniqueKeyTexts(old, key), let newKeys = uniqueKeyTexts(new, key) { return (oldKeys, newKeys) }
        }
        return nil
    }

    /// The text of member `key` of every element, or nil when one lacks it, has a list or object
    /// there, or repeats another's.
    private static func uniqueKeyTexts(_ elements: [JSONValue], _ key: String) -> [String]? {
        var seen = Set<String>(minimumCapacity: elements.count)
        var texts: [String] = []
        texts.reserveCapacity(elements.count)
        for element in elements {
            guard let value = element[key], value.arrayValue == nil, value.objectValue == nil else { return nil }
            let text = value.stringValue ?? value.description
            guard seen.insert(text).inserted else { return nil }
            texts.append(text)
        }
        return texts
    }
}

/// The old elements of an array chained by hash, in index order, for ``JSONDiff``'s multiset
/// comparison: one dictionary entry per distinct hash and one `next` link per element, no
/// allocation per element.
struct MatchChains {
    /// Hash → the lowest index of its chain that may still be unmatched.
    private var heads: [Int: Int]
    /// The next index with the same hash, or -1.
    private var next: [Int]
    /// Which old elements are matched already.
    private(set) var matched: [Bool]

    init(_ old: [JSONValue]) {
        heads = [Int: Int](minimumCapacity: old.count)
        next = [Int](repeating: -1, count: old.count)
        matched = [Bool](repeating: false, count: old.count)
        for j in old.indices.reversed() {
            let hash = ValueHash.of(old[j])
            next[j] = heads[hash] ?? -1
            heads[hash] = j
        }
    }

    /// Marks the first unmatched index with this hash for which `equal` holds as matched; false if
    /// there is none.
    ///
    /// Elements of one chain are nearly always equal to each other (a different value with the same
    /// 64-bit hash is a rare accident), so advancing the head makes repeated values cost O(1) each.
    mutating func take(_ hash: Int, where equal: (Int) -> Bool) -> Bool {
        guard var index = heads[hash] else { return false }
        while index >= 0, matched[index] { index = next[index] }
        heads[hash] = index
        var candidate = index
        while candidate >= 0 {
            if !matched[candidate], equal(candidate) {
                matched[candidate] = true
                if candidate == index { heads[hash] = next[index] }
                return true
            }
            candidate = next[candidate]
        }
        return false
    }
}

/// A hash of a JSON value that agrees with ``JSONValue/jsonEquals(_:)`` (the JSON module's
/// ``JSONValue/jsonHash(into:)``, finalised).
enum ValueHash {
    /// The hash of `value`.
    /// - Complexity: O(size of the value); recursion as deep as the value's nesting.
    static func of(_ value: JSONValue) -> Int {
        var hasher = Hasher()
        value.jsonHash(into: &hasher)
        return hasher.finalize()
    }
}
