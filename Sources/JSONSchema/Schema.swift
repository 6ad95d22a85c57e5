import JSON

/// A compiled schema: immutable after compiling, safe to share across threads.
///
/// ``isValid(_:)`` is the fast path: it stops at the first failure and builds no paths or messages.
/// ``validate(_:)`` returns every violation (``SchemaViolation``) with its locations and a message for people.
public final class Schema: @unchecked Sendable {
    let root: SchemaNode
    /// Every node of the graph: the schema owns them, and through them their keywords (which refer
    /// to nodes without retaining them, so the graph has no reference cycles).
    let nodes: [SchemaNode]
    let tracksScope: Bool

    init(root: SchemaNode, nodes: [SchemaNode], tracksScope: Bool) {
        self.root = root
        self.nodes = nodes
        self.tracksScope = tracksScope
    }

    /// Whether `instance` is valid.
    ///
    /// A value that a pattern could not decide within its limit (see ``ECMARegex``) makes the
    /// instance invalid; ``validate(_:)`` says so with a `pattern-limit` violation.
    public func isValid(_ instance: JSONValue) -> Bool {
        withUnsafePointer(to: instance) { instance in
            var run = ValidationRun(root: instance)
            return withUnsafeMutablePointer(to: &run) { decide(instance, $0) }
        }
    }

    /// Every violation of the schema by `instance`, in document order of the failing values, then keyword order.
    ///
    /// Valid instances (the common case) are answered by the fast path first, so they cost what
    /// ``isValid(_:)`` costs; only invalid ones are walked again to build the violations.
    public func validate(_ instance: JSONValue) -> [SchemaViolation] {
        withUnsafePointer(to: instance) { instance in
            var run = ValidationRun(root: instance)
            return withUnsafeMutablePointer(to: &run) { run in
                if decide(instance, run) { return [] }
                var violations = collect(instance, run)
                if run.pointee.exhausted {
                    run.pointee.startMemoising()
                    violations = collect(instance, run)
                }
                violations += PatternLimitReport.violations(for: run.pointee.limitHits, in: instance)
                if run.pointee.memo != nil { violations = Memo.distinct(violations) }
                return Self.ordered(violations)
            }
        }
    }

    /// Whether `instance` is valid: with the run's budget, and again with a memo if the budget ran
    /// out (see ``ValidationRun``); a pattern that ran out of its limit makes it invalid.
    @inline(__always)
    private func decide(_ instance: Instance, _ run: UnsafeMutablePointer<ValidationRun>) -> Bool {
        var valid = answer(instance, run)
        if run.pointee.exhausted {
            run.pointee.startMemoising()
            valid = answer(instance, run)
        }
        return valid && run.pointee.limitHitCount == 0
    }

    /// The answer of one walk: the fast path, unless the schema needs the dynamic scope.
    @inline(__always)
    private func answer(_ instance: Instance, _ run: UnsafeMutablePointer<ValidationRun>) -> Bool {
        if !tracksScope {
            // The fast path makes a context only if some subschema needs the general path.
            return root.isValidFast(instance, FastWalk(run, depth: 0))
        }
        let ctx = ValidationContext(collect: false, tracksScope: tracksScope, run: run)
        run.pointee.context = ctx
        return root.validate(instance, ctx)
    }

    /// The violations one detailed walk finds.
    private func collect(_ instance: Instance, _ run: UnsafeMutablePointer<ValidationRun>) -> [SchemaViolation] {
        let ctx = ValidationContext(collect: true, tracksScope: tracksScope, run: run)
        run.pointee.context = ctx
        defer { run.pointee.context = nil }
        _ = root.validate(instance, ctx)
        return ctx.violations
    }

    /// Sorts errors by instance offset (or, for values made in code, by instance pointer), keeping
    /// the order of emission among errors at the same place.
    static func ordered(_ errors: [SchemaViolation]) -> [SchemaViolation] {
        guard errors.count > 1 else { return errors }
        let byOffset = errors.allSatisfy { $0.instanceOffset >= 0 }
        let indexed = errors.enumerated().sorted { a, b in
            if byOffset, a.element.instanceOffset != b.element.instanceOffset {
                return a.element.instanceOffset < b.element.instanceOffset
            }
            if !byOffset, a.element.instanceLocation != b.element.instanceLocation {
                return a.element.instanceLocation < b.element.instanceLocation
            }
            return a.offset < b.offset
        }
        return indexed.map(\.element)
    }
}
