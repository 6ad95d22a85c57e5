import JSON

/// `unevaluatedProperties`: applies to the properties no adjacent keyword evaluated successfully.
///
/// It runs after every other keyword of its subschema and reads the annotations they gathered
/// (``Evaluated``), including those from `$ref`, `allOf`, `anyOf`, `oneOf`, `if`/`then`/`else`,
/// `dependentSchemas` and nested `unevaluatedProperties`. General path only (where the compiler
/// can resolve it statically, the fast path runs a ``MembersKeyword`` instead).
final class UnevaluatedPropertiesKeyword: Keyword {
    /// Property names declared nearby, for "did you mean" hints; filled after compiling.
    var known: [String] = []
    init(child: SchemaNode, at location: String) {
        super.init(name: "unevaluatedProperties", absoluteLocation: location, subschemas: [child])
    }

    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool {
        guard case .object(let object) = instance.pointee.kind else { return true }
        let seen = walk.annotations ?? Evaluated()
        if seen.allProperties { return true }
        let child = subschemas[0], known = known
        let valid = object.members.withUnsafeBufferPointer { members -> Bool in
            var valid = true
            for position in members.indices where !seen.isEvaluated(member: position) {
                let key = members[position].key
                let ok = applyTrailing(
                    child, to: members.value(at: position, valueOffset), at: key, keyword: name, absolute: absoluteLocation,
                    &walk
                ) { _ in ViolationText.notAllowedProperty(key, known: known) }
                if !ok {
                    valid = false
                    if !walk.collects { return false }
                }
            }
            return valid
        }
        if valid { walk.annotate { $0.allProperties = true } }
        return valid
    }
}

/// `unevaluatedItems`: applies to the items no adjacent keyword evaluated successfully. General path only.
final class UnevaluatedItemsKeyword: Keyword {
    init(child: SchemaNode, at location: String) {
        super.init(name: "unevaluatedItems", absoluteLocation: location, subschemas: [child])
    }

    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool {
        guard case .array(let elements) = instance.pointee.kind else { return true }
        let seen = walk.annotations ?? Evaluated()
        if seen.allItems { return true }
        let child = subschemas[0]
        let valid = elements.withUnsafeBufferPointer { elements -> Bool in
            var valid = true
            for i in elements.indices where !seen.isEvaluated(item: i) {
                let ok = applyTrailing(
                    child, to: elements.item(i), at: String(i), keyword: name, absolute: absoluteLocation, &walk
                ) { _ in
                    ViolationText.unevaluatedItem(i)
                }
                if !ok {
                    valid = false
                    if !walk.collects { return false }
                }
            }
            return valid
        }
        if valid { walk.annotate { $0.allItems = true } }
        return valid
    }
}
