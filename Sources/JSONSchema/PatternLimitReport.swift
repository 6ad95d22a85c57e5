import JSON

/// The violations that say a pattern ran out of its limit (see ``ICUPattern``): one per value and
/// pattern, with the keyword `pattern-limit`.
///
/// The walks record only where the value lies in memory (the fast path keeps no instance
/// locations); its JSON Pointer is found afterwards by searching the instance for that address, or,
/// for a property name checked as a string of its own, for the key at its offset.
enum PatternLimitReport {
    /// The keyword of these violations (and the code of their diagnostics).
    static let keyword = "pattern-limit"

    static func violations(for hits: [PatternLimitHit], in root: Instance) -> [SchemaViolation] {
        var seen = Set<String>()
        return hits.compactMap { hit in
            guard seen.insert("\(hit.offset) \(hit.absolute)").inserted else { return nil }
            let location = locate(hit, in: root, tokens: [], depth: 0) ?? JSONPointer(tokens: [])
            let fragment = hit.absolute.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).last ?? ""
            return SchemaViolation(
                instanceLocation: location, keywordLocation: String(fragment), absoluteKeywordLocation: hit.absolute,
                keyword: keyword, message: ViolationText.patternTooExpensive(hit.source, hit.limit), instanceOffset: hit.offset)
        }
    }

    /// The location of the value (or key) of `hit` under `value`, found at `tokens`.
    private static func locate(_ hit: PatternLimitHit, in value: Instance, tokens: [String], depth: Int) -> JSONPointer? {
        if value == hit.instance { return JSONPointer(tokens: tokens) }
        guard depth < ValidationContext.maxDepth else { return nil }
        switch value.pointee.kind {
        case .array(let elements):
            return elements.withUnsafeBufferPointer { elements in
                for i in elements.indices {
                    if let found = locate(hit, in: elements.item(i), tokens: tokens + [String(i)], depth: depth + 1) {
                        return found
                    }
                }
                return nil
            }
        case .object(let object):
            return object.members.withUnsafeBufferPointer { members in
                for position in members.indices {
                    let key = members[position].key
                    if hit.instance == nil, members[position].keyOffset == hit.offset {
                        return JSONPointer(tokens: tokens + [key])
                    }
                    let child = members.value(at: position, memberValueOffset)
                    if let found = locate(hit, in: child, tokens: tokens + [key], depth: depth + 1) { return found }
                }
                return nil
            }
        default:
            return nil
        }
    }
}
