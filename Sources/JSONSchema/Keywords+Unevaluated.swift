import JSON

/// `unevaluatedProperties`: applies to the properties no adjacent keyword evaluated successfully.
///
/// It runs after every other keyword of its subschema and reads the annotations they gathered
/// (``Evaluated``), including those from `$ref`, `allOf`, `anyOf`, `oneOf`, `if`/`then`/`else`,
/// `dependentSchemas` and nested `unevaluatedProperties`.
final class UnevaluatedPropertiesKeyword: Keyword {
    var child: SchemaNode?
    /// Property names declared nearby, for "did you mean" hints; filled after compiling.
    var known: [String] = []
    init(child: SchemaNode, at location: String) {
        self.child = child
        super.init(name: "unevaluatedProperties", absoluteLocation: location)
    }
    override func release() { child = nil }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard case .object(let object) = instance.kind, let child else { return true }
        if evaluated?.allProperties == true { return true }
        if !ctx.collect, !ctx.tracksScope {
            // The fast path for the children; `evaluated` is read in place, not copied.
            let depth = ctx.depth
            let valid = object.members.withUnsafeBufferPointer { members in
                for position in members.indices where evaluated?.isEvaluated(member: position) != true {
                    if !child.isValidFast(members.value(at: position, valueOffset), ctx, depth) { return false }
                }
                return true
            }
            if valid { evaluated?.allProperties = true }
            return valid
        }
        let seen = evaluated ?? Evaluated()
        if seen.allProperties { return true }
        var valid = true
        for (position, member) in object.members.enumerated() where !seen.isEvaluated(member: position) {
            ctx.pushInstance(member.key)
            let ok: Bool
            if child.constant == false {
                ok = false
                fail(ctx, member.value, Messages.notAllowedProperty(member.key, known: known))
            } else {
                ctx.pushKeyword("unevaluatedProperties")
                ok = child.validate(member.value, ctx)
                ctx.popKeyword()
            }
            ctx.popInstance()
            if !ok {
                valid = false
                if !ctx.collect { return false }
            }
        }
        if valid { evaluated?.allProperties = true }
        return valid
    }
}

/// `unevaluatedItems`: applies to the items no adjacent keyword evaluated successfully.
final class UnevaluatedItemsKeyword: Keyword {
    var child: SchemaNode?
    init(child: SchemaNode, at location: String) {
        self.child = child
        super.init(name: "unevaluatedItems", absoluteLocation: location)
    }
    override func release() { child = nil }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard case .array(let elements) = instance.kind, let child else { return true }
        let seen = evaluated ?? Evaluated()
        if seen.allItems { return true }
        var valid = true
        for (i, element) in elements.enumerated() where !seen.isEvaluated(item: i) {
            ctx.pushInstance(i)
            let ok: Bool
            if child.constant == false {
                ok = false
                fail(ctx, element, "item \(i) is not allowed here: no schema describes it")
            } else {
                ctx.pushKeyword("unevaluatedItems")
                ok = child.validate(element, ctx)
                ctx.popKeyword()
            }
            ctx.popInstance()
            if !ok {
                valid = false
                if !ctx.collect { return false }
            }
        }
        if valid { evaluated?.allItems = true }
        return valid
    }
}
