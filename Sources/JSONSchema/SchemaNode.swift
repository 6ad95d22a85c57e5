import JSON

/*
 The compiled form of a schema is a graph of SchemaNodes, one per subschema reached from the
 root, each with its keywords. References are edges to other nodes (cycles included). The Schema
 owns every node and each node its keywords; keywords and nodes point at nodes without retaining
 them (Unretained), so the graph has no reference cycles and goes away with its Schema.

 Validation walks the graph in one of two ways (each keyword's logic is written once, see Walk.swift):
   isValidFast       the fast path: stop at the first failure, build no paths or messages, need no
                     annotations or dynamic scope. Nothing is retained, allocated or written on
                     the way. After compiling, a node may give it cheaper keywords than it has
                     (fastKeywordList: unevaluatedProperties resolved statically; type checked by
                     the node itself).
   validate          the general path, with a ValidationContext:
                     collect = false  no errors, but annotations or dynamic scope;
                     collect = true   the detailed path: keep going, push instance and keyword
                     tokens, record errors. Subtrees the fast path finds valid are not walked.
 Annotations for unevaluatedProperties/unevaluatedItems travel in an `Evaluated?`: nil when no
 keyword up the in-place chain needs them, so ordinary schemas pay nothing for them.
*/

/// A schema resource at validation time: its URI and its `$dynamicAnchor`s (for `$dynamicRef`).
final class ResourceScope {
    let uri: String
    /// The nodes of the resource's dynamic anchors (owned by the schema, like every node).
    var dynamicAnchors: [String: Unretained<SchemaNode>] = [:]
    init(uri: String) { self.uri = uri }
}

/// A compiled subschema.
final class SchemaNode {
    /// For boolean schemas: the answer. Nil for object schemas.
    var constant: Bool?
    /// Whether this node's own keywords need annotations (it has unevaluated*).
    var needsAnnotations = false
    /// The keywords, in evaluation order; the node owns them.
    var keywords: [Keyword] = [] {
        didSet { refreshKeywordLists() }
    }
    /// The keywords the fast path runs instead of ``keywords``, when the compiler found a cheaper
    /// equivalent (see ``SchemaCompiler/resolveStatically(_:of:)`` and ``SchemaCompiler/foldType(of:)``).
    var fastKeywordList: [Keyword]? {
        didSet { refreshKeywordLists() }
    }
    /// The types `type` allows, checked by the fast path itself (its `type` keyword is then left out
    /// of ``fastKeywordList``); nil when the node has no `type`.
    var fastTypes: TypeSet?
    /// Whether ``fastKeywordList`` needs no annotations although ``needsAnnotations`` is set (its
    /// `unevaluatedProperties` was resolved at compile time).
    var annotationsResolved = false
    let resource: ResourceScope
    /// The absolute location of this subschema (for `false` schemas' errors and messages).
    let absoluteLocation: String
    /// Where this node comes from, for compile errors.
    let location: SchemaLocation
    /// For a subschema that is only `{"$ref": …}`: the target, which both paths jump to directly.
    var forward: Unretained<SchemaNode>?
    /// Whether more than one keyword applies this subschema (or `$dynamicRef` may): only such a
    /// subschema can be evaluated on the same value more than once per evaluation of its parent,
    /// so only its evaluations count against the run's budget (see ``ValidationRun``). Set by
    /// ``SchemaCompiler/markShared(_:)``.
    var isShared = false

    /// ``keywords`` and the fast path's keywords again, unretained, for walking them.
    private var detailedKeywords = UnretainedList<Keyword>([])
    private var fastKeywords = UnretainedList<Keyword>([])

    init(resource: ResourceScope, absoluteLocation: String, location: SchemaLocation) {
        self.resource = resource
        self.absoluteLocation = absoluteLocation
        self.location = location
    }

    deinit {
        detailedKeywords.deallocate()
        fastKeywords.deallocate()
    }

    private func refreshKeywordLists() {
        detailedKeywords.deallocate()
        fastKeywords.deallocate()
        detailedKeywords = UnretainedList(keywords)
        fastKeywords = UnretainedList(fastKeywordList ?? keywords)
    }

    /// The fast path: whether `instance` is valid, with no errors, no annotations asked for by the
    /// caller and no dynamic scope. Nothing is retained or written on the way but the run's budget.
    func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        if isShared {
            walk.run.pointee.budget &-= 1
            if walk.run.pointee.budget < 0 { return isValidFastOverBudget(instance, walk) }
        }
        return evaluateFast(instance, walk)
    }

    /// ``isValidFast(_:_:)`` once the budget is spent: through the memo, or not at all (see ``ValidationRun``).
    @inline(never)
    private func isValidFastOverBudget(_ instance: Instance, _ walk: FastWalk) -> Bool {
        let run = walk.run
        guard let memo = run.pointee.memo else {
            return run.pointee.overBudget() && evaluateFast(instance, walk)
        }
        if run.pointee.temporaries > 0 { return evaluateFast(instance, walk) }
        let key = Memo.Key(node: ObjectIdentifier(self), instance: UnsafeRawPointer(instance), mode: 0, scope: [], depth: -1)
        if let entry = memo.entry(key, depth: walk.depth) { return entry.valid }
        let limitHits = run.pointee.depthLimitHits
        let valid = evaluateFast(instance, walk)
        memo.store(
            Memo.Entry(valid: valid, annotations: nil, violations: [], prefix: ""), for: key,
            depth: run.pointee.depthLimitHits == limitHits ? nil : walk.depth)
        return valid
    }

    /// The fast answer itself.
    @inline(__always)
    private func evaluateFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        switch fastMode {
        case .keywords: break
        case .forward: return forward.unsafelyUnwrapped.isValidFast(instance, walk)
        case .accept: return true
        case .reject: return false
        case .general: return validateGeneral(instance, walk)
        }
        if walk.depth >= ValidationContext.maxDepth { return validateGeneral(instance, walk) }
        if let fastTypes, !fastTypes.matches(instance) { return false }
        let inner = walk.deeper
        for keyword in fastKeywords.buffer {
            if !keyword.isValidFast(instance, inner) { return false }
        }
        return true
    }

    /// The general path, from the fast path (kept out of line, so that the fast path stays small).
    @inline(never)
    private func validateGeneral(_ instance: Instance, _ walk: FastWalk) -> Bool {
        walk.general { walk in
            var none: Evaluated? = nil
            return validate(instance, walk.ctx, &none)
        }
    }

    /// What the fast path does with this node: settled by ``prepareFastPath()`` once compiling is
    /// done; until then, the general path.
    enum FastMode: UInt8 { case keywords, forward, accept, reject, general }
    private(set) var fastMode = FastMode.general

    /// Settles ``fastMode`` from the node's final state.
    func prepareFastPath() {
        if forward != nil {
            fastMode = .forward
        } else if let constant {
            fastMode = constant ? .accept : .reject
        } else if needsAnnotations && !annotationsResolved {
            fastMode = .general
        } else {
            fastMode = .keywords
        }
    }

    /// Validates `instance` against this subschema on the general path; when `evaluated` is not nil,
    /// the members and items this subschema evaluated are added to it if it passes.
    func validate(_ instance: Instance, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        if isShared {
            ctx.run.pointee.budget &-= 1
            if ctx.run.pointee.budget < 0 { return validateOverBudget(instance, ctx, &evaluated) }
        }
        return evaluate(instance, ctx, &evaluated)
    }

    /// ``validate(_:_:_:)`` once the budget is spent: through the memo, or not at all (see ``ValidationRun``).
    @inline(never)
    private func validateOverBudget(_ instance: Instance, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        let run = ctx.run
        guard let memo = run.pointee.memo else {
            return run.pointee.overBudget() && evaluate(instance, ctx, &evaluated)
        }
        if run.pointee.temporaries > 0 { return evaluate(instance, ctx, &evaluated) }
        let mode: UInt8 = (ctx.collect ? 3 : 1) + (evaluated == nil ? 0 : 1)
        let scope = ctx.tracksScope ? ctx.scope.map(ObjectIdentifier.init) : []
        let key = Memo.Key(
            node: ObjectIdentifier(self), instance: UnsafeRawPointer(instance), mode: mode, scope: scope, depth: -1)
        let prefix = ctx.collect ? ValidationContext.pointerText(ctx.keywordTokens) : ""
        if let entry = memo.entry(key, depth: ctx.depth) {
            if entry.valid, evaluated != nil, let annotations = entry.annotations { evaluated?.merge(annotations) }
            if ctx.collect { ctx.violations += Memo.rebased(entry, to: prefix) }
            return entry.valid
        }
        let mark = ctx.violations.count, limitHits = run.pointee.depthLimitHits
        var local: Evaluated? = evaluated == nil ? nil : Evaluated()
        let valid = evaluate(instance, ctx, &local)
        // Violations reached along several paths count once, so that no list grows exponentially.
        let found = ctx.collect ? Memo.distinct(ctx.violations[mark...]) : []
        if ctx.collect { ctx.violations.replaceSubrange(mark..., with: found) }
        memo.store(
            Memo.Entry(valid: valid, annotations: local, violations: found, prefix: prefix), for: key,
            depth: run.pointee.depthLimitHits == limitHits ? nil : ctx.depth)
        if valid, evaluated != nil, let local { evaluated?.merge(local) }
        return valid
    }

    /// The general path itself.
    private func evaluate(_ instance: Instance, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        if let forward, !ctx.collect, !ctx.tracksScope, evaluated == nil {
            return forward.validate(instance, ctx, &evaluated)
        }
        if let constant { return answer(constant, instance, ctx) }
        if evaluated == nil, !needsAnnotations || annotationsResolved, !ctx.collect, !ctx.tracksScope,
            ctx.depth < ValidationContext.maxDepth
        {
            return isValidFast(instance, FastWalk(ctx.run, depth: ctx.depth))
        }
        if ctx.depth >= ValidationContext.maxDepth { return stopTooDeep(instance, ctx) }
        ctx.depth += 1
        let pushed = ctx.tracksScope && ctx.scope.last !== resource
        if pushed { ctx.scope.append(resource) }
        defer {
            ctx.depth -= 1
            if pushed { ctx.scope.removeLast() }
        }
        var walk = DetailedWalk(ctx, annotations: evaluated == nil && !needsAnnotations ? nil : Evaluated())
        var valid = true
        for keyword in detailedKeywords.buffer where !keyword.validate(instance, &walk) {
            valid = false
            if !ctx.collect { return false }
        }
        if valid, evaluated != nil, let local = walk.annotations { evaluated?.merge(local) }
        return valid
    }

    /// The answer of a boolean schema (a `false` one records its error when collecting); out of line,
    /// so that the recursive path keeps a small frame.
    @inline(never)
    private func answer(_ constant: Bool, _ instance: Instance, _ ctx: ValidationContext) -> Bool {
        if !constant, ctx.collect {
            ctx.record(
                keyword: "false", absolute: absoluteLocation, instance: instance.pointee, message: ViolationText.falseSchema(ctx))
        }
        return constant
    }

    /// Stops at ``ValidationContext/maxDepth`` with an error (when collecting).
    @inline(never)
    private func stopTooDeep(_ instance: Instance, _ ctx: ValidationContext) -> Bool {
        ctx.run.pointee.depthLimitHits += 1
        if ctx.collect {
            ctx.record(keyword: "$ref", absolute: absoluteLocation, instance: instance.pointee, message: ViolationText.tooDeep)
        }
        return false
    }

    /// Validates without annotations.
    ///
    /// When collecting, a subtree the fast path finds valid has no errors to report, so only
    /// failing subtrees are walked again with paths and messages.
    @inline(__always)
    func validate(_ instance: Instance, _ ctx: ValidationContext) -> Bool {
        if !ctx.tracksScope {
            let valid = isValidFast(instance, FastWalk(ctx.run, depth: ctx.depth))
            if valid || !ctx.collect { return valid }
        }
        var none: Evaluated? = nil
        return validate(instance, ctx, &none)
    }
}
