import JSON

/// `allOf`: every subschema applies.
final class AllOfKeyword: Keyword {
    var children: [SchemaNode]
    private let fastChildren: UnretainedList<SchemaNode>
    init(children: [SchemaNode], at location: String) {
        self.children = children
        self.fastChildren = UnretainedList(children)
        super.init(name: "allOf", absoluteLocation: location)
    }
    deinit { fastChildren.deallocate() }
    override var inPlaceChildren: [SchemaNode] { children }
    override func release() { children = [] }
    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        for child in fastChildren.buffer {
            if !child._withUnsafeGuaranteedRef({ $0.isValidFast(instance, ctx, depth) }) { return false }
        }
        return true
    }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        var valid = true
        for (i, child) in children.enumerated() {
            ctx.pushKeyword("allOf", String(i))
            let ok = child.validate(instance, ctx, &evaluated)
            ctx.popKeyword(2)
            if !ok {
                valid = false
                if !ctx.collect { return false }
            }
        }
        return valid
    }
}

/// `anyOf` and `oneOf`: at least one, or exactly one, subschema applies.
///
/// When none applies, the error summarises the closest alternative (see ``closestBranch(_:)``)
/// and adds that alternative's own errors, instead of listing every alternative's errors.
final class AlternativesKeyword: Keyword {
    var children: [SchemaNode]
    let exactlyOne: Bool
    private let fastChildren: UnretainedList<SchemaNode>
    init(name: String, children: [SchemaNode], at location: String) {
        self.children = children
        self.exactlyOne = name == "oneOf"
        self.fastChildren = UnretainedList(children)
        super.init(name: name, absoluteLocation: location)
    }
    deinit { fastChildren.deallocate() }
    override var inPlaceChildren: [SchemaNode] { children }
    override func release() { children = [] }
    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        var matches = 0
        for child in fastChildren.buffer where child._withUnsafeGuaranteedRef({ $0.isValidFast(instance, ctx, depth) }) {
            matches += 1
            if !exactlyOne || matches > 1 { break }
        }
        return exactlyOne ? matches == 1 : matches > 0
    }

    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        if ctx.collect { return validateCollecting(instance, ctx, &evaluated) }
        var matches = 0
        for child in children {
            var local: Evaluated? = evaluated == nil ? nil : Evaluated()
            guard child.validate(instance, ctx, &local) else { continue }
            matches += 1
            if let local { evaluated?.merge(local) }
            if exactlyOne ? matches > 1 : evaluated == nil { break }
        }
        return exactlyOne ? matches == 1 : matches > 0
    }

    private func validateCollecting(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        var matched: [Int] = []
        var branchErrors: [[ValidationError]] = []
        for (i, child) in children.enumerated() {
            let mark = ctx.errors.count
            var local: Evaluated? = evaluated == nil ? nil : Evaluated()
            ctx.pushKeyword(name, String(i))
            let ok = child.validate(instance, ctx, &local)
            ctx.popKeyword(2)
            branchErrors.append(Array(ctx.errors[mark...]))
            ctx.errors.removeSubrange(mark...)
            if ok {
                matched.append(i)
                if let local { evaluated?.merge(local) }
            }
        }
        if exactlyOne, matched.count > 1 {
            let list = matched.map { String($0 + 1) }
            fail(ctx, instance, "\(Messages.subject(ctx)) must match exactly one alternative of oneOf, but matches \(list.count): alternatives \(list.dropLast().joined(separator: ", ")) and \(list.last ?? "")")
            return false
        }
        if !matched.isEmpty { return true }
        guard let best = Self.closestBranch(branchErrors, at: ctx.instanceTokens) else { return false }
        let first = branchErrors[best].first?.message ?? "it does not match"
        fail(ctx, instance, "\(Messages.subject(ctx)) does not match any of the \(children.count) alternatives of \(name); the closest, alternative \(best + 1), fails: \(first)")
        ctx.errors += branchErrors[best]
        return false
    }

    /// The branch most likely meant: one whose discriminators (`type`, and `const`/`enum` of direct
    /// properties) matched, then the one with the fewest errors, then the one whose errors are deepest.
    static func closestBranch(_ branches: [[ValidationError]], at tokens: [String]) -> Int? {
        func score(_ errors: [ValidationError]) -> (Int, Int, Int) {
            let depth = tokens.count
            var rejected = 0
            var deepest = 0
            for error in errors {
                let errorDepth = error.instanceLocation.tokens.count
                deepest = max(deepest, errorDepth)
                if error.keyword == "type" && errorDepth == depth { rejected = 1 }
                if (error.keyword == "const" || error.keyword == "enum") && errorDepth == depth + 1 { rejected = 1 }
            }
            return (rejected, errors.count, -deepest)
        }
        var best: (Int, (Int, Int, Int))?
        for (i, errors) in branches.enumerated() {
            let s = score(errors)
            if let current = best, !(s < current.1) { continue }
            best = (i, s)
        }
        return best?.0
    }
}

/// `not`.
final class NotKeyword: Keyword {
    var child: SchemaNode?
    init(child: SchemaNode, at location: String) {
        self.child = child
        super.init(name: "not", absoluteLocation: location)
    }
    override var inPlaceChildren: [SchemaNode] { child.map { [$0] } ?? [] }
    override func release() { child = nil }
    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        guard let child else { return true }
        return !child.isValidFast(instance, ctx, depth)
    }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard let child else { return true }
        let matched = ctx.quietly { child.validate(instance, ctx) }
        if !matched { return true }
        fail(ctx, instance, "\(Messages.subject(ctx)) must not match the schema in \"not\"")
        return false
    }
}

/// `if` with `then` and `else`.
final class ConditionalKeyword: Keyword {
    var condition: SchemaNode?
    var then: SchemaNode?
    var otherwise: SchemaNode?
    init(condition: SchemaNode, then: SchemaNode?, otherwise: SchemaNode?, at location: String) {
        self.condition = condition
        self.then = then
        self.otherwise = otherwise
        super.init(name: "if", absoluteLocation: location)
    }
    override var inPlaceChildren: [SchemaNode] { [condition, then, otherwise].compactMap { $0 } }
    override func release() { condition = nil; then = nil; otherwise = nil }
    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        guard let condition else { return true }
        let holds = condition.isValidFast(instance, ctx, depth)
        guard let branch = holds ? then : otherwise else { return true }
        return branch.isValidFast(instance, ctx, depth)
    }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard let condition else { return true }
        var local: Evaluated? = evaluated == nil ? nil : Evaluated()
        let holds = ctx.quietly { condition.validate(instance, ctx, &local) }
        if holds, let local { evaluated?.merge(local) }
        guard let branch = holds ? then : otherwise else { return true }
        ctx.pushKeyword(holds ? "then" : "else")
        defer { ctx.popKeyword() }
        return branch.validate(instance, ctx, &evaluated)
    }
}

/// `dependentSchemas`.
final class DependentSchemasKeyword: Keyword {
    var dependencies: [(String, SchemaNode)]
    init(name: String = "dependentSchemas", dependencies: [(String, SchemaNode)], at location: String) {
        self.dependencies = dependencies
        super.init(name: name, absoluteLocation: location)
    }
    override var inPlaceChildren: [SchemaNode] { dependencies.map(\.1) }
    override func release() { dependencies = [] }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard case .object(let object) = instance.kind else { return true }
        var valid = true
        for (trigger, child) in dependencies where object.memberIndex(forKey: trigger) != nil {
            ctx.pushKeyword(name, trigger)
            let ok = child.validate(instance, ctx, &evaluated)
            ctx.popKeyword(2)
            if !ok {
                valid = false
                if !ctx.collect { return false }
            }
        }
        return valid
    }
}

/// `$ref`.
final class RefKeyword: Keyword {
    var target: SchemaNode?
    private let fastTarget: Unmanaged<SchemaNode>
    init(target: SchemaNode, at location: String) {
        self.target = target
        self.fastTarget = Unmanaged.passUnretained(target)
        super.init(name: "$ref", absoluteLocation: location)
    }
    override var inPlaceChildren: [SchemaNode] { target.map { [$0] } ?? [] }
    override func release() { target = nil }
    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        fastTarget._withUnsafeGuaranteedRef { $0.isValidFast(instance, ctx, depth) }
    }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard let target else { return true }
        ctx.pushKeyword("$ref")
        defer { ctx.popKeyword() }
        return target.validate(instance, ctx, &evaluated)
    }
}

/// `$dynamicRef`: resolves like `$ref`, unless the target is a `$dynamicAnchor`, in which case the
/// outermost resource in the dynamic scope with the same dynamic anchor wins.
final class DynamicRefKeyword: Keyword {
    var target: SchemaNode?
    /// The anchor name when the initial target carries a matching `$dynamicAnchor`.
    let anchor: String?
    /// Every compiled subschema with that dynamic anchor (for cycle detection).
    var candidates: [SchemaNode] = []
    init(target: SchemaNode, anchor: String?, at location: String) {
        self.target = target
        self.anchor = anchor
        super.init(name: "$dynamicRef", absoluteLocation: location)
    }
    override var inPlaceChildren: [SchemaNode] { (target.map { [$0] } ?? []) + candidates }
    override func release() { target = nil; candidates = [] }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard var resolved = target else { return true }
        if let anchor {
            for resource in ctx.scope {
                if let node = resource.dynamicAnchors[anchor] { resolved = node; break }
            }
        }
        ctx.pushKeyword("$dynamicRef")
        defer { ctx.popKeyword() }
        return resolved.validate(instance, ctx, &evaluated)
    }
}
