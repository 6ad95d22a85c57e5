import JSON

/// A compiled schema: immutable after compiling, safe to share across threads.
///
/// ``isValid(_:)`` is the fast path: it stops at the first failure and builds no paths or messages.
/// ``validate(_:)`` returns every error with its locations and a message for people.
public final class Schema: @unchecked Sendable {
    let root: SchemaNode
    /// Every node of the graph; the schema owns them (references between nodes may form cycles).
    let nodes: [SchemaNode]
    let tracksScope: Bool

    init(root: SchemaNode, nodes: [SchemaNode], tracksScope: Bool) {
        self.root = root
        self.nodes = nodes
        self.tracksScope = tracksScope
    }

    deinit {
        Self.release(nodes)
    }

    /// Breaks the reference cycles of a node graph (keywords pointing at nodes, resource scopes
    /// pointing at their dynamic anchors), so that it is freed: when its schema goes, or when
    /// compiling it failed.
    static func release(_ nodes: [SchemaNode]) {
        for node in nodes {
            for keyword in node.keywords { keyword.release() }
            for keyword in node.fastKeywordList ?? [] { keyword.release() }
            node.keywords = []
            node.fastKeywordList = nil
            node.forward = nil
            node.resource.dynamicAnchors = [:]
        }
    }

    /// Whether `instance` is valid.
    public func isValid(_ instance: JSONValue) -> Bool {
        if !tracksScope {
            // The fast path makes a context only if some subschema needs the general path.
            return withUnsafePointer(to: instance) { root.isValidFast($0, nil, 0) }
        }
        let ctx = ValidationContext(collect: false, tracksScope: tracksScope)
        return root.validate(instance, ctx)
    }

    /// Every error of `instance`, in document order of the failing values, then keyword order.
    ///
    /// Valid instances (the common case) are answered by the fast path first, so they cost what
    /// ``isValid(_:)`` costs; only invalid ones are walked again to build the errors.
    public func validate(_ instance: JSONValue) -> [ValidationError] {
        if isValid(instance) { return [] }
        let ctx = ValidationContext(collect: true, tracksScope: tracksScope)
        _ = root.validate(instance, ctx)
        return Self.ordered(ctx.errors)
    }

    /// Sorts errors by instance offset (or, for values made in code, by instance pointer), keeping
    /// the order of emission among errors at the same place.
    static func ordered(_ errors: [ValidationError]) -> [ValidationError] {
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
