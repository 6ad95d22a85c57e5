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
            out.append(FieldChange(
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
        if let key = identifyingKey(old, new) {
            let oldByKey = Dictionary(uniqueKeysWithValues: old.enumerated().map { (keyText($1, key), $0) })
            let newByKey = Dictionary(uniqueKeysWithValues: new.enumerated().map { (keyText($1, key), $0) })
            var added: [ListItem] = []
            var removed: [ListItem] = []
            var matched: [(String, Int, Int)] = []
            for (i, element) in new.enumerated() {
                let k = keyText(element, key)
                if let j = oldByKey[k] { matched.append((k, j, i)) } else { added.append(ListItem(value: element, pointer: newPointer.appending(i))) }
            }
            for (j, element) in old.enumerated() where newByKey[keyText(element, key)] == nil {
                removed.append(ListItem(value: element, pointer: oldPointer.appending(j)))
            }
            if !added.isEmpty || !removed.isEmpty {
                out.append(FieldChange(
                    field: tokens.joined(separator: "."), tokens: tokens, oldPointer: oldPointer, newPointer: newPointer,
                    kind: .items(added: added, removed: removed)))
            }
            var last = tokens
            let name = last.popLast() ?? ""
            for (k, j, i) in matched {
                compare(
                    old[j], new[i], tokens: last + ["\(name)[\(k)]"], oldPointer: oldPointer.appending(j),
                    newPointer: newPointer.appending(i), into: &out)
            }
            return
        }
        // Multisets of whole values: each old element cancels one equal new element.
        var unmatchedOld = Array(old.indices)
        var added: [ListItem] = []
        for (i, element) in new.enumerated() {
            if let position = unmatchedOld.firstIndex(where: { old[$0].jsonEquals(element) && old[$0].typeName == element.typeName }) {
                unmatchedOld.remove(at: position)
            } else {
                added.append(ListItem(value: element, pointer: newPointer.appending(i)))
            }
        }
        let removed = unmatchedOld.map { ListItem(value: old[$0], pointer: oldPointer.appending($0)) }
        if !added.isEmpty || !removed.isEmpty {
            out.append(FieldChange(
                field: tokens.joined(separator: "."), tokens: tokens, oldPointer: oldPointer, newPointer: newPointer,
                kind: .items(added: added, removed: removed)))
        }
    }

    /// The first identifying member that every element on both sides has as a scalar, unique per side.
    static func identifyingKey(_ old: [JSONValue], _ new: [JSONValue]) -> String? {
        let all = old + new
        guard !all.isEmpty, all.allSatisfy({ $0.objectValue != nil }) else { return nil }
        return identifyingKeys.first { key in
            for side in [old, new] {
                var seen = Set<String>()
                for element in side {
                    guard let value = element[key], value.arrayValue == nil, value.objectValue == nil,
                        seen.insert(keyText(element, key)).inserted
                    else { return false }
                }
            }
            return true
        }
    }

    /// The identifying member's value as text.
    static func keyText(_ element: JSONValue, _ key: String) -> String {
        guard let value = element[key] else { return "" }
        return value.stringValue ?? value.description
    }
}
