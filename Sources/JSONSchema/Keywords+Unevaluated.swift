import JSON

extension Keyword {
    /// The detailed check of the values a keyword hands to one subschema as a group — additional,
    /// unevaluated or trailing members and items: each under its own instance location (`enter`
    /// pushes it); with a `false` subschema each fails with `notAllowed`, otherwise with the
    /// subschema's own errors under `keyword`. Stops at the first failure unless errors are collected.
    final func checkEach<T>(
        _ values: some Sequence<T>, _ child: SchemaNode, keyword: String, _ ctx: ValidationContext,
        enter: (T) -> Void, value: (T) -> JSONValue, notAllowed: (T) -> String
    ) -> Bool {
        var valid = true
        for item in values {
            enter(item)
            let ok: Bool
            if child.constant == false {
                ok = false
                fail(ctx, value(item), notAllowed(item))
            } else {
                ctx.pushKeyword(keyword)
                ok = child.validate(value(item), ctx)
                ctx.popKeyword()
            }
            ctx.popInstance()
            if !ok {
                valid = false
                if !ctx.collect { return false }
            }
        }
        return valid
    }
}

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
        let known = known
        let valid = checkEach(
            object.members.enumerated().lazy.filter { !seen.isEvaluated(member: $0.offset) }.map(\.element), child,
            keyword: "unevaluatedProperties", ctx, enter: { ctx.pushInstance($0.key) }, value: \.value,
            notAllowed: { Messages.notAllowedProperty($0.key, known: known) })
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
        let valid = checkEach(
            elements.indices.lazy.filter { !seen.isEvaluated(item: $0) }, child, keyword: "unevaluatedItems", ctx,
            enter: { ctx.pushInstance($0) }, value: { elements[$0] },
            notAllowed: { "item \($0) is not allowed here: no schema describes it" })
        if valid { evaluated?.allItems = true }
        return valid
    }
}
