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
    public func isValid(_ instance: JSONValue) -> Bool {
        withUnsafePointer(to: instance) { isValid($0) }
    }

    /// ``isValid(_:)`` for an instance borrowed in place.
    func isValid(_ instance: Instance) -> Bool {
        if !tracksScope {
            // The fast path makes a context only if some subschema needs the general path.
            return root.isValidFast(instance, FastWalk(nil, depth: 0))
        }
        let ctx = ValidationContext(collect: false, tracksScope: tracksScope)
        return root.validate(instance, ctx)
    }

    /// Every violation of the schema by `instance`, in document order of the failing values, then keyword order.
    ///
    /// Valid instances (the common case) are answered by the fast path first, so they cost what
    /// ``isValid(_:)`` costs; only invalid ones are walked again to build the violations.
    public func validate(_ instance: JSONValue) -> [SchemaViolation] {
        withUnsafePointer(to: instance) { instance in
            if isValid(instance) { return [] }
            let ctx = ValidationContext(collect: true, tracksScope: tracksScope)
            _ = root.validate(instance, ctx)
            return Self.ordered(ctx.errors)
        }
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
