import JSON

/*
 The compiled form of a schema is a graph of SchemaNodes, one per subschema reached from the
 root, each with its keywords compiled into Keyword objects. References are edges to other nodes
 (cycles included: the Schema owns every node and breaks the edges when it goes away).

 Validation walks the graph in one of two ways:
   isValidFast       the fast path: stop at the first failure, build no paths or messages, need no
                     annotations or dynamic scope. Instances are borrowed through pointers, nodes
                     and keywords through unretained references, the depth is a parameter, and the
                     context may be nil: nothing is retained, allocated or written on the way.
                     After compiling, a node may give it cheaper keywords than it has
                     (fastKeywordList: unevaluatedProperties resolved statically, properties fused
                     with additionalProperties and required, type checked by the node itself).
   validate          the general path, with a ValidationContext:
                     collect = false  no errors, but annotations or dynamic scope;
                     collect = true   the detailed path: keep going, push instance and keyword
                     tokens, record errors. Subtrees the fast path finds valid are not walked.
 Annotations for unevaluatedProperties/unevaluatedItems travel in an `Evaluated?`: nil when no
 keyword up the in-place chain needs them, so ordinary schemas pay nothing for them.
*/

/// A set of small non-negative integers (member or element positions), without hashing.
struct PositionSet {
    private var low: UInt64 = 0
    private var rest: [UInt64] = []

    mutating func insert(_ position: Int) {
        if position < 64 { low |= 1 << UInt64(position); return }
        let word = position / 64 - 1
        if rest.count <= word { rest += [UInt64](repeating: 0, count: word + 1 - rest.count) }
        rest[word] |= 1 << UInt64(position % 64)
    }

    /// Inserts the positions below 64 whose bits are set in `low`.
    mutating func insert(low bits: UInt64) { low |= bits }

    func contains(_ position: Int) -> Bool {
        if position < 64 { return (low >> UInt64(position)) & 1 == 1 }
        let word = position / 64 - 1
        return word < rest.count && (rest[word] >> UInt64(position % 64)) & 1 == 1
    }

    mutating func formUnion(_ other: PositionSet) {
        low |= other.low
        if other.rest.isEmpty { return }
        if rest.count < other.rest.count { rest += [UInt64](repeating: 0, count: other.rest.count - rest.count) }
        for i in other.rest.indices { rest[i] |= other.rest[i] }
    }
}

/// Which members and items of the current instance some keyword has evaluated successfully.
///
/// Members are recorded by their position in ``JSONObject/members`` (the instance is the same
/// object for every keyword that adds to one `Evaluated`), so no key is hashed.
struct Evaluated {
    var allProperties = false
    var properties = PositionSet()
    var allItems = false
    /// Items `0..<itemPrefix` were evaluated (prefixItems).
    var itemPrefix = 0
    /// Items evaluated one by one (contains).
    var items = PositionSet()

    mutating func merge(_ other: Evaluated) {
        allProperties = allProperties || other.allProperties
        if !allProperties { properties.formUnion(other.properties) }
        allItems = allItems || other.allItems
        itemPrefix = max(itemPrefix, other.itemPrefix)
        if !allItems { items.formUnion(other.items) }
    }

    func isEvaluated(member: Int) -> Bool { allProperties || properties.contains(member) }
    func isEvaluated(item: Int) -> Bool { allItems || item < itemPrefix || items.contains(item) }
}

/// Unretained references to objects that something else keeps alive, in a buffer of their own, so
/// that the fast path can walk them without retaining the array or its elements.
struct UnretainedList<T: AnyObject> {
    let buffer: UnsafeMutableBufferPointer<Unmanaged<T>>

    init(_ objects: [T]) {
        buffer = .allocate(capacity: objects.count)
        _ = buffer.initialize(from: objects.lazy.map { Unmanaged.passUnretained($0) })
    }

    var count: Int { buffer.count }

    /// Frees the buffer (not the objects); call once, from the owner's `deinit`.
    func deallocate() { buffer.deallocate() }

    @inline(__always)
    subscript(i: Int) -> Unmanaged<T> { buffer[i] }
}

/// A schema resource at validation time: its URI and its `$dynamicAnchor`s (for `$dynamicRef`).
final class ResourceScope {
    let uri: String
    var dynamicAnchors: [String: SchemaNode] = [:]
    init(uri: String) { self.uri = uri }
}

/// One compiled keyword. Subclasses override ``validate(_:_:_:)``.
class Keyword {
    /// The keyword as written (`properties`, `$ref`, …).
    let name: String
    /// The keyword's absolute location: resource URI + `#` + JSON Pointer.
    let absoluteLocation: String
    /// ``memberValueOffset``, kept here so that loops over members read it without a global's lazy check.
    let valueOffset = memberValueOffset

    init(name: String, absoluteLocation: String) {
        self.name = name
        self.absoluteLocation = absoluteLocation
    }

    /// Validates `instance`; on failure returns false (and, when collecting, records errors).
    func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool { true }

    /// The fast path: whether `instance` is valid, with no errors, annotations or dynamic scope
    /// (`ctx.collect` and `ctx.tracksScope` are false); `depth` is the number of enclosing subschemas.
    ///
    /// Keywords on hot paths override it to skip the bookkeeping of ``validate(_:_:_:)``; the
    /// default runs that (see ``ValidationContext/general(_:depth:_:)``). `ctx` is nil when the
    /// caller made none (``Schema/isValid(_:)``): only the general path needs one.
    func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        ValidationContext.general(ctx, depth: depth) { ctx in
            var none: Evaluated? = nil
            return validate(instance.pointee, ctx, &none)
        }
    }

    /// Subschemas applied to the same instance (for finding reference cycles).
    var inPlaceChildren: [SchemaNode] { [] }

    /// Drops references to other nodes (breaks cycles when the schema goes away).
    func release() {}

    /// Records an error at this keyword for `instance` when collecting.
    @inline(__always)
    final func fail(_ ctx: ValidationContext, _ instance: JSONValue, _ message: @autoclosure () -> String) {
        if ctx.collect { ctx.record(keyword: name, absolute: absoluteLocation, instance: instance, message: message()) }
    }
}

/// A compiled subschema.
final class SchemaNode {
    /// For boolean schemas: the answer. Nil for object schemas.
    var constant: Bool?
    /// Whether this node's own keywords need annotations (it has unevaluated*).
    var needsAnnotations = false
    var keywords: [Keyword] = [] {
        didSet { refreshFastKeywords() }
    }
    /// The keywords the fast path runs instead of ``keywords``, when the compiler found a cheaper
    /// equivalent (see ``SchemaCompiler/resolveStatically(_:of:)`` and ``SchemaCompiler/fuseObjectKeywords(of:)``).
    var fastKeywordList: [Keyword]? {
        didSet { refreshFastKeywords() }
    }
    /// The types `type` allows, checked by the fast path itself (its `type` keyword is then left out
    /// of ``fastKeywordList``); nil when the node has no `type` (see ``SchemaCompiler/foldType(of:)``).
    var fastTypes: TypeSet?
    /// Whether ``fastKeywordList`` needs no annotations although ``needsAnnotations`` is set (its
    /// `unevaluatedProperties` was resolved at compile time).
    var annotationsResolved = false

    private func refreshFastKeywords() {
        fastKeywords.deallocate()
        fastKeywords = UnretainedList(fastKeywordList ?? keywords)
    }
    /// The keywords again, unretained, for the fast path (``keywords`` owns them).
    private var fastKeywords = UnretainedList<Keyword>([])
    let resource: ResourceScope
    /// The absolute location of this subschema (for `false` schemas' errors and messages).
    let absoluteLocation: String
    /// Where this node comes from, for compile errors.
    let location: SchemaLocation

    init(resource: ResourceScope, absoluteLocation: String, location: SchemaLocation) {
        self.resource = resource
        self.absoluteLocation = absoluteLocation
        self.location = location
    }

    /// For a subschema that is only `{"$ref": …}`: the target, which the fast path jumps to directly.
    var forward: SchemaNode? {
        didSet { fastForward = forward.map { Unmanaged.passUnretained($0) } }
    }
    private var fastForward: Unmanaged<SchemaNode>?

    deinit { fastKeywords.deallocate() }

    /// Validates `instance` against this subschema.
    func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        if let forward, !ctx.collect, !ctx.tracksScope, evaluated == nil {
            return forward.validate(instance, ctx, &evaluated)
        }
        if let constant {
            if !constant, ctx.collect {
                ctx.record(keyword: "false", absolute: absoluteLocation, instance: instance, message: Messages.falseSchema(ctx))
            }
            return constant
        }
        if evaluated == nil, !needsAnnotations || annotationsResolved, !ctx.collect, !ctx.tracksScope,
            ctx.depth < ValidationContext.maxDepth
        {
            return withUnsafePointer(to: instance) { isValidFast($0, ctx, ctx.depth) }
        }
        if ctx.depth >= ValidationContext.maxDepth {
            if ctx.collect {
                ctx.record(keyword: "$ref", absolute: absoluteLocation, instance: instance, message: Messages.tooDeep)
            }
            return false
        }
        ctx.depth += 1
        let pushed = ctx.tracksScope && ctx.scope.last !== resource
        if pushed { ctx.scope.append(resource) }
        defer {
            ctx.depth -= 1
            if pushed { ctx.scope.removeLast() }
        }
        if evaluated == nil && !needsAnnotations {
            var none: Evaluated? = nil
            var valid = true
            for keyword in keywords where !keyword.validate(instance, ctx, &none) {
                valid = false
                if !ctx.collect { return false }
            }
            return valid
        }
        var local: Evaluated? = Evaluated()
        var valid = true
        for keyword in keywords where !keyword.validate(instance, ctx, &local) {
            valid = false
            if !ctx.collect { return false }
        }
        if valid, evaluated != nil, let local { evaluated?.merge(local) }
        return valid
    }

    /// The fast path: whether `instance` is valid, with no errors, no annotations asked for by the
    /// caller and no dynamic scope (`ctx.collect` and `ctx.tracksScope` are false). `depth` is the
    /// number of enclosing subschemas; nothing is retained or written to `ctx` on the way.
    func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        switch fastMode {
        case .keywords: break
        case .forward: return fastForward.unsafelyUnwrapped._withUnsafeGuaranteedRef { $0.isValidFast(instance, ctx, depth) }
        case .accept: return true
        case .reject: return false
        case .general: return validateGeneral(instance, ctx, depth)
        }
        if depth >= ValidationContext.maxDepth { return validateGeneral(instance, ctx, depth) }
        if let fastTypes, !fastTypes.matches(instance) { return false }
        let inner = depth + 1
        for keyword in fastKeywords.buffer {
            if !keyword._withUnsafeGuaranteedRef({ $0.isValidFast(instance, ctx, inner) }) { return false }
        }
        return true
    }

    /// The general path, from the fast path (kept out of line, so that the fast path stays small).
    @inline(never)
    private func validateGeneral(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        ValidationContext.general(ctx, depth: depth) { ctx in
            var none: Evaluated? = nil
            return validate(instance.pointee, ctx, &none)
        }
    }

    /// What the fast path does with this node: settled by ``prepareFastPath()`` once compiling is
    /// done; until then, the general path.
    enum FastMode: UInt8 { case keywords, forward, accept, reject, general }
    private(set) var fastMode = FastMode.general

    /// Settles ``fastMode`` from the node's final state.
    func prepareFastPath() {
        if fastForward != nil {
            fastMode = .forward
        } else if let constant {
            fastMode = constant ? .accept : .reject
        } else if needsAnnotations && !annotationsResolved {
            fastMode = .general
        } else {
            fastMode = .keywords
        }
    }

    /// Validates without annotations.
    ///
    /// When collecting, a subtree the fast path finds valid has no errors to report, so only
    /// failing subtrees are walked again with paths and messages.
    @inline(__always)
    func validate(_ instance: JSONValue, _ ctx: ValidationContext) -> Bool {
        if !ctx.tracksScope {
            let valid = withUnsafePointer(to: instance) { isValidFast($0, ctx, ctx.depth) }
            if valid || !ctx.collect { return valid }
        }
        var none: Evaluated? = nil
        return validate(instance, ctx, &none)
    }
}

/// The state of one validation run.
final class ValidationContext {
    /// Evaluation deeper than this many nested subschemas stops with an error instead of overflowing the stack.
    static let maxDepth = 1000

    /// Whether errors (with paths and messages) are collected.
    var collect: Bool
    /// Whether the dynamic scope is kept (only schemas with `$dynamicRef` need it).
    let tracksScope: Bool
    var errors: [ValidationError] = []
    /// Tokens of the current instance location (kept only when collecting).
    var instanceTokens: [String] = []
    /// Tokens of the current keyword location, through references (kept only when collecting).
    var keywordTokens: [String] = []
    var scope: [ResourceScope] = []
    var depth = 0

    init(collect: Bool, tracksScope: Bool) {
        self.collect = collect
        self.tracksScope = tracksScope
    }

    @inline(__always) func pushKeyword(_ token: String) { if collect { keywordTokens.append(token) } }
    @inline(__always) func pushKeyword(_ a: String, _ b: String) {
        if collect { keywordTokens.append(a); keywordTokens.append(b) }
    }
    @inline(__always) func popKeyword(_ count: Int = 1) {
        if collect { for _ in 0..<count { keywordTokens.removeLast() } }
    }
    @inline(__always) func pushInstance(_ token: String) { if collect { instanceTokens.append(token) } }
    @inline(__always) func pushInstance(_ index: Int) { if collect { instanceTokens.append(String(index)) } }
    @inline(__always) func popInstance() { if collect { instanceTokens.removeLast() } }

    /// Records an error at the current instance and keyword paths.
    func record(keyword: String, absolute: String, instance: JSONValue, message: String) {
        let keywordPath = keyword == "false" ? keywordTokens : keywordTokens + [keyword]
        errors.append(
            ValidationError(
                instanceLocation: JSONPointer(tokens: instanceTokens),
                keywordLocation: Self.pointerText(keywordPath),
                absoluteKeywordLocation: absolute,
                keyword: keyword, message: message, instanceOffset: instance.offset))
    }

    /// The JSON Pointer of `tokens` as text, as ``JSONPointer/description`` writes it; tokens
    /// without `~` or `/` (nearly all) are copied whole.
    static func pointerText(_ tokens: [String]) -> String {
        var out = ""
        for token in tokens {
            out += "/"
            if token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) {
                out += JSONPointer(tokens: [token]).description.dropFirst()
            } else {
                out += token
            }
        }
        return out
    }

    /// Runs `body` (the general path, from the fast path) with `ctx` at `depth`, or with a new
    /// non-collecting context when the fast path runs without one; restores `ctx.depth` after.
    static func general(_ ctx: ValidationContext?, depth: Int, _ body: (ValidationContext) -> Bool) -> Bool {
        let context = ctx ?? ValidationContext(collect: false, tracksScope: false)
        let saved = context.depth
        context.depth = depth
        defer { context.depth = saved }
        if context.collect { return context.quietly { body(context) } }  // the fast path records nothing
        return body(context)
    }

    /// Runs `body` without collecting errors (for `not`, `if`, `contains`), then restores the mode.
    @inline(__always)
    func quietly<T>(_ body: () -> T) -> T {
        let saved = collect
        collect = false
        defer { collect = saved }
        return body()
    }
}

/// Where a member's value lies within a ``JSONMember``.
let memberValueOffset = MemoryLayout<JSONMember>.offset(of: \JSONMember.value)!

extension UnsafeBufferPointer where Element == JSONMember {
    /// The value of the member at `position`, in place (the fast path borrows values instead of copying them).
    @inline(__always)
    func value(at position: Int, _ valueOffset: Int) -> UnsafePointer<JSONValue> {
        (UnsafeRawPointer(baseAddress! + position) + valueOffset).assumingMemoryBound(to: JSONValue.self)
    }
}
