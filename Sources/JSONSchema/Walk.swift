import JSON
import Messages

/*
 Every keyword decides once. Its logic is one generic function, `evaluate<W: Walk>`, over the
 instance borrowed in place (an `UnsafePointer<JSONValue>` into the document's own storage), and
 the compiler specialises it twice:

   FastWalk      the fast answer: stops at the first failure, records nothing, gathers no
                 annotations, reaches subschemas through unretained references; everything the
                 detailed path adds is behind `walk.collects`/`walk.annotates`, constant false
                 here, so it is compiled away.
   DetailedWalk  the general path, with a ValidationContext: keyword and instance locations,
                 errors with messages (when collecting), annotations for unevaluated*, the
                 dynamic scope for $dynamicRef.

 A keyword class therefore has its decision in `evaluate` and two one-line entry points that
 run it with one walk or the other (`isValidFast`, `validate`).
*/

/// An instance value, borrowed in place.
typealias Instance = UnsafePointer<JSONValue>

/// How a keyword's logic is run: for the fast answer (``FastWalk``) or the detailed one
/// (``DetailedWalk``). See the comment at the top of this file.
protocol Walk {
    /// Whether evaluation goes on after a failure to find every error (the detailed path, collecting).
    var collects: Bool { get }
    /// Whether the caller wants annotations: which members and items were evaluated.
    var annotates: Bool { get }
    /// The annotations gathered so far by the keywords of the current subschema (nil when not annotating).
    var annotations: Evaluated? { get }
    /// The validation context, for messages and the dynamic scope; nil on a fast path without one.
    var context: ValidationContext? { get }
    /// What the whole validation shares (budget, memo, patterns that ran out of their limit).
    var run: UnsafeMutablePointer<ValidationRun> { get }

    /// Applies `node` to the same instance: its annotations join the current ones when it passes.
    /// `keyword` and `token` extend the keyword location.
    mutating func apply(
        _ node: Unretained<SchemaNode>, inPlace instance: Instance, keyword: String, token: @autoclosure () -> String?
    ) -> Bool

    /// Applies `node` to another value (a member's value, an item, a property name) with annotations
    /// of its own; `location` extends the instance location (nil: it stays), `keyword` and `token`
    /// the keyword location.
    mutating func apply(
        _ node: Unretained<SchemaNode>, to value: Instance, at location: @autoclosure () -> String?,
        keyword: String, token: @autoclosure () -> String?
    ) -> Bool

    /// Runs `body` without recording errors (for `not`, `if`, `contains`).
    mutating func quietly<R>(_ body: (inout Self) -> R) -> R

    /// Records an error of `keyword` (at `absolute`) for `instance`, one instance token deeper when
    /// `location` gives one; only the detailed path records, and builds the message.
    mutating func fail(
        _ keyword: String, _ absolute: String, _ instance: Instance, at location: @autoclosure () -> String?,
        _ message: (ValidationContext) -> Message
    )

    /// Changes the annotations of the current subschema, when they are wanted.
    mutating func annotate(_ change: (inout Evaluated) -> Void)

    /// How many errors are recorded so far (0 on the fast path).
    var violationCount: Int { get }
    /// Removes and returns the errors recorded since `mark` (a former ``violationCount``).
    mutating func takeViolations(from mark: Int) -> [SchemaViolation]
    /// Records errors taken earlier.
    mutating func addViolations(_ errors: [SchemaViolation])
}

extension Walk {
    /// Records an error of `keyword` at its own location for `instance`.
    @inline(__always)
    mutating func fail(_ keyword: Keyword, _ instance: Instance, _ message: (ValidationContext) -> Message) {
        fail(keyword.name, keyword.absoluteLocation, instance, at: nil, message)
    }

    /// Whether `pattern` matches `string` — a string value at `instance`, or a key (then `instance`
    /// is the member's value and `offset` the key's). Nil when the full engine ran out of its limit:
    /// the run records that (a `pattern-limit` error, whatever the keywords around make of the
    /// answer), and the caller reports nothing of its own about the string.
    @inline(__always)
    func matches(
        _ pattern: PatternMatcher, _ string: String, keyword: @autoclosure () -> String, absolute: @autoclosure () -> String,
        at instance: Instance, offset: @autoclosure () -> Int
    ) -> Bool? {
        if let answer = pattern.quickMatch(string) { return answer }
        return run.pointee.fullMatch(pattern, string, keyword: keyword(), absolute: absolute(), at: instance, offset: offset())
    }

    /// Runs `body` over a temporary value (a property name as a string), which must not be memoised.
    @inline(__always)
    mutating func temporary<R>(_ body: (inout Self) -> R) -> R {
        run.pointee.temporaries += 1
        defer { run.pointee.temporaries -= 1 }
        return body(&self)
    }
}

/// The fast path's walk: the run and a depth. Nothing is retained, allocated or recorded.
struct FastWalk: Walk {
    let run: UnsafeMutablePointer<ValidationRun>
    /// The number of enclosing subschemas.
    let depth: Int

    @inline(__always) init(_ run: UnsafeMutablePointer<ValidationRun>, depth: Int) {
        self.run = run
        self.depth = depth
    }

    /// The walk for the keywords of a subschema one level deeper.
    @inline(__always) var deeper: FastWalk { FastWalk(run, depth: depth + 1) }

    var context: ValidationContext? { run.pointee.context }

    @inline(__always) var collects: Bool { false }
    @inline(__always) var annotates: Bool { false }
    @inline(__always) var annotations: Evaluated? { nil }

    @_transparent
    mutating func apply(
        _ node: Unretained<SchemaNode>, inPlace instance: Instance, keyword: String, token: @autoclosure () -> String?
    ) -> Bool {
        node.isValidFast(instance, self)
    }

    @_transparent
    mutating func apply(
        _ node: Unretained<SchemaNode>, to value: Instance, at location: @autoclosure () -> String?,
        keyword: String, token: @autoclosure () -> String?
    ) -> Bool {
        node.isValidFast(value, self)
    }

    @inline(__always) mutating func quietly<R>(_ body: (inout FastWalk) -> R) -> R { body(&self) }

    @inline(__always)
    mutating func fail(
        _ keyword: String, _ absolute: String, _ instance: Instance, at location: @autoclosure () -> String?,
        _ message: (ValidationContext) -> Message
    ) {}

    @inline(__always) mutating func annotate(_ change: (inout Evaluated) -> Void) {}
    @inline(__always) var violationCount: Int { 0 }
    @inline(__always) mutating func takeViolations(from mark: Int) -> [SchemaViolation] { [] }
    @inline(__always) mutating func addViolations(_ errors: [SchemaViolation]) {}

    /// Runs `body` on the general path (for keywords and nodes that need a context): with the run's
    /// context at this depth (quietly: the fast path records nothing), made on first need.
    @inline(never)
    func general(_ body: (inout DetailedWalk) -> Bool) -> Bool {
        let ctx = run.pointee.context ?? ValidationContext(collect: false, tracksScope: false, run: run)
        run.pointee.context = ctx
        let saved = ctx.depth
        ctx.depth = depth
        defer { ctx.depth = saved }
        return ctx.quietly {
            var walk = DetailedWalk(ctx, annotations: nil)
            return body(&walk)
        }
    }
}

/// The general path's walk: a context (locations, errors, dynamic scope) and the annotations of the
/// current subschema.
struct DetailedWalk: Walk {
    let ctx: ValidationContext
    /// The annotations of the current subschema, or nil when nobody needs them.
    var annotations: Evaluated?

    init(_ ctx: ValidationContext, annotations: Evaluated?) {
        self.ctx = ctx
        self.annotations = annotations
    }

    var collects: Bool { ctx.collect }
    var annotates: Bool { annotations != nil }
    var context: ValidationContext? { ctx }
    var run: UnsafeMutablePointer<ValidationRun> { ctx.run }

    mutating func apply(
        _ node: Unretained<SchemaNode>, inPlace instance: Instance, keyword: String, token: @autoclosure () -> String?
    ) -> Bool {
        let pushed = push(keyword, token())
        defer { ctx.popKeyword(pushed) }
        return node.validate(instance, ctx, &annotations)
    }

    mutating func apply(
        _ node: Unretained<SchemaNode>, to value: Instance, at location: @autoclosure () -> String?,
        keyword: String, token: @autoclosure () -> String?
    ) -> Bool {
        let pushed = push(keyword, token())
        let entered = ctx.collect ? location() : nil
        if let entered { ctx.pushInstance(entered) }
        defer {
            if entered != nil { ctx.popInstance() }
            ctx.popKeyword(pushed)
        }
        return node.validate(value, ctx)
    }

    /// Pushes the keyword tokens when collecting; returns how many.
    private func push(_ keyword: String, _ token: String?) -> Int {
        guard ctx.collect else { return 0 }
        ctx.keywordTokens.append(keyword)
        guard let token else { return 1 }
        ctx.keywordTokens.append(token)
        return 2
    }

    mutating func quietly<R>(_ body: (inout DetailedWalk) -> R) -> R {
        ctx.quietly { body(&self) }
    }

    mutating func fail(
        _ keyword: String, _ absolute: String, _ instance: Instance, at location: @autoclosure () -> String?,
        _ message: (ValidationContext) -> Message
    ) {
        guard ctx.collect else { return }
        let entered = location()
        if let entered { ctx.pushInstance(entered) }
        ctx.record(keyword: keyword, absolute: absolute, instance: instance.pointee, message: message(ctx))
        if entered != nil { ctx.popInstance() }
    }

    mutating func annotate(_ change: (inout Evaluated) -> Void) {
        annotations?.change(change)
    }

    var violationCount: Int { ctx.violations.count }

    mutating func takeViolations(from mark: Int) -> [SchemaViolation] {
        let taken = Array(ctx.violations[mark...])
        ctx.violations.removeSubrange(mark...)
        return taken
    }

    mutating func addViolations(_ errors: [SchemaViolation]) {
        ctx.violations += errors
    }
}

/// A reference to an object that something else keeps alive, used without reference counting.
///
/// A compiled schema owns every node of its graph (``Schema/nodes``) and each node its keywords, so
/// keywords and nodes reach one another through these for as long as the schema lives: no
/// reference cycles, nothing to break when it goes, and no retain or release on the way. This is the
/// one place where such a reference is read.
struct Unretained<T: AnyObject> {
    private let reference: Unmanaged<T>

    init(_ object: T) { reference = .passUnretained(object) }

    /// Runs `body` with the object, neither retained nor released.
    @_transparent
    func with<R>(_ body: (T) -> R) -> R { reference._withUnsafeGuaranteedRef(body) }

    /// The object, as a strong reference (for code off the hot paths: compiling, analyses).
    var object: T { reference.takeUnretainedValue() }
}

// The calls the walks make through unretained references. Debug builds (tests, sanitizers) inline
// nothing, and the closure of `with(_:)` would add a frame per subschema to a recursion that may be
// 1000 subschemas deep: there the object is called directly, at the cost of a retain.

extension Unretained where T == SchemaNode {
    /// The node's fast answer (``SchemaNode/isValidFast(_:_:)``).
    @_transparent
    func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        #if DEBUG
            return object.isValidFast(instance, walk)
        #else
            return with { $0.isValidFast(instance, walk) }
        #endif
    }

    /// The node on the general path, sharing annotations (``SchemaNode/validate(_:_:_:)``).
    @_transparent
    func validate(_ instance: Instance, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        #if DEBUG
            return object.validate(instance, ctx, &evaluated)
        #else
            return with { $0.validate(instance, ctx, &evaluated) }
        #endif
    }

    /// The node on the general path, with annotations of its own (``SchemaNode/validate(_:_:)``).
    @_transparent
    func validate(_ instance: Instance, _ ctx: ValidationContext) -> Bool {
        #if DEBUG
            return object.validate(instance, ctx)
        #else
            return with { $0.validate(instance, ctx) }
        #endif
    }
}

extension Unretained where T == Keyword {
    /// The keyword's fast answer (``Keyword/isValidFast(_:_:)``).
    @_transparent
    func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        #if DEBUG
            return object.isValidFast(instance, walk)
        #else
            return with { $0.isValidFast(instance, walk) }
        #endif
    }

    /// The keyword on the general path (``Keyword/validate(_:_:)``).
    @_transparent
    func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool {
        #if DEBUG
            return object.validate(instance, &walk)
        #else
            return with { $0.validate(instance, &walk) }
        #endif
    }
}

/// Unretained references in a buffer of their own, so that walking them retains neither an array
/// nor its elements. The owner calls ``deallocate()`` once, from its `deinit`.
struct UnretainedList<T: AnyObject> {
    let buffer: UnsafeMutableBufferPointer<Unretained<T>>

    init(_ objects: [T]) {
        buffer = .allocate(capacity: objects.count)
        _ = buffer.initialize(from: objects.lazy.map { Unretained($0) })
    }

    var count: Int { buffer.count }

    /// The objects as strong references (for code off the hot paths).
    var objects: [T] { buffer.map(\.object) }

    func deallocate() { buffer.deallocate() }

    @inline(__always)
    subscript(i: Int) -> Unretained<T> { buffer[i] }
}
