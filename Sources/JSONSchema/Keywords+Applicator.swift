import JSON
import Messages

/// `allOf`: every subschema applies.
final class AllOfKeyword: Keyword {
    init(children: [SchemaNode], at location: String) {
        super.init(name: "allOf", absoluteLocation: location, subschemas: children)
    }
    override var inPlaceChildren: [SchemaNode] { subschemas.objects }
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        var valid = true
        for i in 0..<subschemas.count where !walk.apply(subschemas[i], inPlace: instance, keyword: "allOf", token: String(i)) {
            valid = false
            if !walk.collects { return false }
        }
        return valid
    }
}

/// `anyOf` and `oneOf`: at least one, or exactly one, subschema applies.
///
/// When none applies, the error summarises the closest alternative (see ``closestBranch(_:at:)``)
/// and adds that alternative's own errors, instead of listing every alternative's errors.
final class AlternativesKeyword: Keyword {
    let exactlyOne: Bool
    init(name: String, children: [SchemaNode], at location: String) {
        self.exactlyOne = name == "oneOf"
        super.init(name: name, absoluteLocation: location, subschemas: children)
    }
    override var inPlaceChildren: [SchemaNode] { subschemas.objects }
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    /// Counts the alternatives that apply, stopping as soon as the answer (and, when annotating,
    /// every annotation) is known; when collecting, every alternative's errors are kept aside.
    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        var matched: [Int] = []
        var matches = 0
        var branchErrors: [[SchemaViolation]] = []
        for i in 0..<subschemas.count {
            let mark = walk.violationCount
            let ok = walk.apply(subschemas[i], inPlace: instance, keyword: name, token: String(i))
            if walk.collects { branchErrors.append(walk.takeViolations(from: mark)) }
            guard ok else { continue }
            matches += 1
            if walk.collects {
                matched.append(i)
            } else if exactlyOne ? matches > 1 : !walk.annotates {
                break
            }
        }
        if exactlyOne, matches > 1 {
            walk.fail(self, instance) { ViolationText.tooManyAlternatives($0, matched) }
            return false
        }
        if matches > 0 { return true }
        if walk.collects, let best = Self.closestBranch(branchErrors, at: walk.context?.instanceTokens ?? []) {
            walk.fail(self, instance) {
                ViolationText.noAlternative(
                    $0, count: subschemas.count, of: name, closest: best, fails: branchErrors[best].first?.text)
            }
            walk.addViolations(branchErrors[best])
        }
        return false
    }

    /// The branch most likely meant: one whose discriminators (`type`, and `const`/`enum` of direct
    /// properties) matched, then the one with the fewest errors, then the one whose errors are deepest.
    static func closestBranch(_ branches: [[SchemaViolation]], at tokens: [String]) -> Int? {
        func score(_ errors: [SchemaViolation]) -> (Int, Int, Int) {
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
    init(child: SchemaNode, at location: String) {
        super.init(name: "not", absoluteLocation: location, subschemas: [child])
    }
    override var inPlaceChildren: [SchemaNode] { subschemas.objects }
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    /// The subschema is checked quietly and without annotations (`not` never produces any).
    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        let child = subschemas[0]
        let matched = walk.quietly { $0.apply(child, to: instance, at: nil, keyword: "not", token: nil) }
        if !matched { return true }
        walk.fail(self, instance) { ViolationText.matchesNot($0) }
        return false
    }
}

/// `if` with `then` and `else`.
final class ConditionalKeyword: Keyword {
    /// Where `then` and `else` are in ``Keyword/subschemas`` (after `if`), when present.
    private let thenIndex: Int?, elseIndex: Int?
    init(condition: SchemaNode, then: SchemaNode?, otherwise: SchemaNode?, at location: String) {
        thenIndex = then == nil ? nil : 1
        elseIndex = otherwise == nil ? nil : (then == nil ? 1 : 2)
        super.init(name: "if", absoluteLocation: location, subschemas: [condition] + [then, otherwise].compactMap { $0 })
    }
    override var inPlaceChildren: [SchemaNode] { subschemas.objects }
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        let condition = subschemas[0]
        let holds = walk.quietly { $0.apply(condition, inPlace: instance, keyword: "if", token: nil) }
        guard let branch = holds ? thenIndex : elseIndex else { return true }
        return walk.apply(subschemas[branch], inPlace: instance, keyword: holds ? "then" : "else", token: nil)
    }
}

/// `dependentSchemas` (and the schema form of the older `dependencies`).
final class DependentSchemasKeyword: Keyword {
    /// The property names, in the order of ``Keyword/subschemas``.
    let triggers: [String]
    init(name: String = "dependentSchemas", dependencies: [(String, SchemaNode)], at location: String) {
        triggers = dependencies.map(\.0)
        super.init(name: name, absoluteLocation: location, subschemas: dependencies.map(\.1))
    }
    override var inPlaceChildren: [SchemaNode] { subschemas.objects }
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        guard case .object(let object) = instance.pointee.kind else { return true }
        var valid = true
        for (i, trigger) in triggers.enumerated() where object.memberIndex(forKey: trigger) != nil {
            if !walk.apply(subschemas[i], inPlace: instance, keyword: name, token: trigger) {
                valid = false
                if !walk.collects { return false }
            }
        }
        return valid
    }
}

/// `$ref`.
final class RefKeyword: Keyword {
    init(target: SchemaNode, at location: String) {
        super.init(name: "$ref", absoluteLocation: location, subschemas: [target])
    }
    /// The referenced subschema.
    var target: Unretained<SchemaNode> { subschemas[0] }
    override var inPlaceChildren: [SchemaNode] { subschemas.objects }
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        walk.apply(target, inPlace: instance, keyword: "$ref", token: nil)
    }
}

/// `$dynamicRef`: resolves like `$ref`, unless the target is a `$dynamicAnchor`, in which case the
/// outermost resource in the dynamic scope with the same dynamic anchor wins. General path only.
final class DynamicRefKeyword: Keyword {
    /// The anchor name when the initial target carries a matching `$dynamicAnchor`.
    let anchor: String?
    /// Every compiled subschema with that dynamic anchor (for cycle detection), filled after compiling.
    var candidates: [Unretained<SchemaNode>] = []
    init(target: SchemaNode, anchor: String?, at location: String) {
        self.anchor = anchor
        super.init(name: "$dynamicRef", absoluteLocation: location, subschemas: [target])
    }
    override var inPlaceChildren: [SchemaNode] { subschemas.objects + candidates.map(\.object) }

    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool {
        var resolved = subschemas[0]
        if let anchor {
            for resource in walk.ctx.scope {
                if let node = resource.dynamicAnchors[anchor] {
                    resolved = node
                    break
                }
            }
        }
        return walk.apply(resolved, inPlace: instance, keyword: "$dynamicRef", token: nil)
    }
}
