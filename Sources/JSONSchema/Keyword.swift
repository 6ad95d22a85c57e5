import JSON

/// One compiled keyword, with the subschemas it applies.
///
/// Subclasses write their decision once, as `evaluate<W: Walk>` (see Walk.swift), and run it from
/// ``isValidFast(_:_:)`` with a ``FastWalk`` and from ``validate(_:_:)`` with a ``DetailedWalk``.
/// Keywords that need annotations or the dynamic scope (`$dynamicRef`, `unevaluated*`) have no fast
/// form: the inherited ``isValidFast(_:_:)`` runs them on the general path.
///
/// The subschemas are referenced without being retained: the ``Schema`` owns every node of its
/// graph, so they live exactly as long as the keywords that point at them (see ``Unretained``).
class Keyword {
    /// The keyword as written (`properties`, `$ref`, …).
    let name: String
    /// The keyword's absolute location: resource URI + `#` + JSON Pointer.
    let absoluteLocation: String
    /// The subschemas this keyword applies, in an order each keyword defines (none for most).
    let subschemas: UnretainedList<SchemaNode>
    /// ``memberValueOffset``, kept here so that loops over members read it without a global's lazy check.
    let valueOffset = memberValueOffset

    init(name: String, absoluteLocation: String, subschemas: [SchemaNode] = []) {
        self.name = name
        self.absoluteLocation = absoluteLocation
        self.subschemas = UnretainedList(subschemas)
    }

    deinit { subschemas.deallocate() }

    /// The fast answer: whether `instance` is valid, recording nothing.
    func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        walk.general { validate(instance, &$0) }
    }

    /// The general path: whether `instance` is valid, recording errors and annotations as `walk` asks.
    func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { true }

    /// Subschemas applied to the same instance (for finding reference cycles and for the compiler's
    /// static analyses).
    var inPlaceChildren: [SchemaNode] { [] }
}

/// Where a member's value lies within a ``JSONMember``.
let memberValueOffset = MemoryLayout<JSONMember>.offset(of: \JSONMember.value) ?? 0

extension UnsafeBufferPointer where Element == JSONMember {
    /// The value of the member at `position`, in place (the walks borrow values instead of copying them).
    @inline(__always)
    func value(at position: Int, _ valueOffset: Int) -> Instance {
        (UnsafeRawPointer(baseAddress.unsafelyUnwrapped + position) + valueOffset).assumingMemoryBound(to: JSONValue.self)
    }
}

extension UnsafeBufferPointer where Element == JSONValue {
    /// The element at `index`, in place.
    @inline(__always)
    func item(_ index: Int) -> Instance { baseAddress.unsafelyUnwrapped + index }
}
