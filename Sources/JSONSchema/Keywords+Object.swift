import JSON
import Messages

/// `properties`, `patternProperties` and `additionalProperties` of one subschema, as one keyword:
/// one pass over the members, each decided once — declared (looked up in a ``KeyTable``), matched
/// by patterns, or else additional.
///
/// The three are one keyword because `additionalProperties` is defined by the other two; errors
/// still name the keyword that failed, at its own location.
final class MembersKeyword: Keyword {
    /// The declared property names; their subschemas come first in ``Keyword/subschemas``.
    let table: KeyTable
    /// The `patternProperties`, whose subschemas follow the declared ones.
    let patterns: [PatternMatcher]
    private let hasPatterns: Bool
    /// Whether there is an `additionalProperties` (the last subschema).
    let hasAdditional: Bool
    /// The absolute locations of `properties`, `patternProperties` and `additionalProperties`.
    let locations: (properties: String, patternProperties: String, additionalProperties: String)
    /// A `required` checked in the same pass (see ``absorb(_:)``): per declared property, the bits of
    /// the required names it is; nil when there is none.
    private(set) var required: RequiredKeyword?
    private var requiredBits = UnsafeMutableBufferPointer<UInt64>(start: nil, count: 0)
    /// The bits of every required name (0 without `required`), and how many different names there are.
    private var requiredAll: UInt64 = 0
    private var requiredCount = 0

    init(
        properties: [(String, SchemaNode)], patterns: [(PatternMatcher, SchemaNode)], additional: SchemaNode?,
        locations: (properties: String, patternProperties: String, additionalProperties: String)
    ) {
        table = KeyTable(properties.map(\.0))
        self.patterns = patterns.map(\.0)
        hasPatterns = !patterns.isEmpty
        hasAdditional = additional != nil
        self.locations = locations
        let name = !properties.isEmpty ? "properties" : (!patterns.isEmpty ? "patternProperties" : "additionalProperties")
        let absolute =
            !properties.isEmpty
            ? locations.properties : (!patterns.isEmpty ? locations.patternProperties : locations.additionalProperties)
        super.init(
            name: name, absoluteLocation: absolute,
            subschemas: properties.map(\.1) + patterns.map(\.1) + [additional].compactMap { $0 })
    }

    /// The fast path's stand-in for a node's `properties`/`patternProperties` (if any) together with
    /// an `unevaluatedProperties` that the compiler resolved statically: it then acts as
    /// `additionalProperties` (see ``SchemaCompiler/resolveStatically(_:of:)``).
    convenience init(resolving unevaluated: UnevaluatedPropertiesKeyword, with members: MembersKeyword?) {
        let nodes = members?.subschemas.objects ?? []
        let names = members?.names ?? []
        self.init(
            properties: Array(zip(names, nodes.prefix(names.count))),
            patterns: Array(zip(members?.patterns ?? [], nodes.dropFirst(names.count))),
            additional: unevaluated.subschemas[0].object,
            locations: (
                members?.locations.properties ?? "", members?.locations.patternProperties ?? "", unevaluated.absoluteLocation
            ))
        if let required = members?.required { _ = absorb(required) }
    }

    deinit { requiredBits.deallocate() }

    /// Takes over `required` when it names at most 64 names, all declared here, so that the pass over
    /// the members finds them by the lookups it makes anyway; the required keyword still decides and
    /// reports when one is missing. Returns whether it did.
    func absorb(_ required: RequiredKeyword) -> Bool {
        guard self.required == nil, let allBits = required.allBits,
            required.names.allSatisfy({ table.index(of: $0) != nil })
        else { return false }
        requiredBits = .allocate(capacity: max(table.count, 1))
        requiredBits.initialize(repeating: 0)
        for (j, name) in required.names.enumerated() where allBits >> UInt64(j) & 1 == 1 {
            if let i = table.index(of: name) { requiredBits[i] |= 1 << UInt64(j) }
        }
        requiredAll = allBits
        requiredCount = required.distinct
        self.required = required
        return true
    }

    /// The declared property names.
    var names: [String] { table.keys }

    override var inPlaceChildren: [SchemaNode] { [] }

    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        guard case .object(let object) = instance.pointee.kind else { return true }
        let members = object.members  // only the array is kept (and retained) while the members are walked
        if members.count < requiredCount, !walk.collects { return false }
        let pass = members.withUnsafeBufferPointer { visit($0, &walk) }
        if pass.stopped { return false }
        if hasAdditional, pass.additionalValid { walk.annotate { $0.allProperties = true } }
        if pass.found != requiredAll, let required, !required.evaluate(instance, &walk) { return false }
        return pass.valid
    }

    /// What one pass over the members found.
    private struct Pass {
        var valid = true
        /// Whether every additional member passed `additionalProperties`.
        var additionalValid = true
        /// The bits of the required names seen (with an absorbed `required`).
        var found: UInt64 = 0
        /// Whether the pass stopped at a failure (on a walk that does not collect).
        var stopped = false
    }

    /// Decides each member once: declared (its subschema), matched by patterns (theirs), else additional.
    @inline(__always)
    private func visit<W: Walk>(_ members: UnsafeBufferPointer<JSONMember>, _ walk: inout W) -> Pass {
        var pass = Pass()
        let bits = requiredBits
        for position in members.indices {
            let value = members.value(at: position, valueOffset)
            var declared = false
            if let i = table.index(of: members[position].key) {
                declared = true
                if !bits.isEmpty { pass.found |= bits[i] }
                walk.annotate { $0.properties.insert(position) }
                if !walk.apply(
                    subschemas[i], to: value, at: members[position].key, keyword: "properties", token: members[position].key)
                {
                    pass.valid = false
                    if !walk.collects {
                        pass.stopped = true
                        return pass
                    }
                }
            }
            if hasPatterns, !matchPatterns(members, position, &declared, &pass.valid, &walk) {
                pass.stopped = true
                return pass
            }
            if declared || !hasAdditional { continue }
            let ok = applyTrailing(
                subschemas[subschemas.count - 1], to: value, at: members[position].key, keyword: "additionalProperties",
                absolute: locations.additionalProperties, &walk
            ) { _ in ViolationText.notAllowedProperty(members[position].key, known: self.names) }
            if !ok {
                pass.valid = false
                pass.additionalValid = false
                if !walk.collects {
                    pass.stopped = true
                    return pass
                }
            }
        }
        return pass
    }

    /// Applies the subschema of every pattern that matches the member's key; false to stop (a failure
    /// on a walk that does not collect).
    private func matchPatterns<W: Walk>(
        _ members: UnsafeBufferPointer<JSONMember>, _ position: Int, _ matched: inout Bool, _ valid: inout Bool, _ walk: inout W
    ) -> Bool {
        let key = members[position].key, value = members.value(at: position, valueOffset)
        let keyOffset = members[position].keyOffset, absolute = locations.patternProperties
        for (k, pattern) in patterns.enumerated() {
            // A key the pattern could not decide on (the run reports the limit) is neither matched
            // nor additional: nothing else is said about it.
            guard
                let matches = walk.matches(
                    pattern, key, keyword: "patternProperties", absolute: absolute, at: value, offset: keyOffset)
            else {
                matched = true
                continue
            }
            guard matches else { continue }
            matched = true
            walk.annotate { $0.properties.insert(position) }
            if !walk.apply(subschemas[table.count + k], to: value, at: key, keyword: "patternProperties", token: pattern.source) {
                valid = false
                if !walk.collects { return false }
            }
        }
        return true
    }
}

/// `propertyNames`: each key, as a string, must match the subschema.
final class PropertyNamesKeyword: Keyword {
    init(child: SchemaNode, at location: String) {
        super.init(name: "propertyNames", absoluteLocation: location, subschemas: [child])
    }
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    /// Each key is checked as a string value of its own; when collecting, a failing key gets one
    /// error at the key, quoting the first reason the subschema gave.
    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        guard case .object(let object) = instance.pointee.kind else { return true }
        let child = subschemas[0]
        var valid = true
        for member in object.members {
            var name = JSONValue(.string(member.key), offset: member.keyOffset)
            let mark = walk.violationCount, limitHits = walk.run.pointee.limitHitCount
            let ok = walk.temporary { walk in
                withUnsafePointer(to: &name) { walk.apply(child, to: $0, at: nil, keyword: "propertyNames", token: nil) }
            }
            if ok { continue }
            valid = false
            guard walk.collects else { return false }
            let reasons = walk.takeViolations(from: mark)
            // A name failing only because a pattern had no answer: the run reports the limit.
            if reasons.isEmpty, walk.run.pointee.limitHitCount > limitHits { continue }
            let reason = reasons.first?.text
            withUnsafePointer(to: &name) { name in
                walk.fail(self.name, absoluteLocation, name, at: member.key) { _ in
                    ViolationText.invalidPropertyName(member.key, reason: reason)
                }
            }
        }
        return valid
    }
}

extension Keyword {
    /// Applies `node` to one of the values a keyword hands to a subschema as a group — additional or
    /// unevaluated members, trailing or unevaluated items. With a `false` subschema, when collecting,
    /// the value fails with `notAllowed` (one clear error instead of the `false` schema's); otherwise
    /// with the subschema's own errors, under `keyword`.
    @inline(__always)
    final func applyTrailing<W: Walk>(
        _ node: Unretained<SchemaNode>, to value: Instance, at location: @autoclosure () -> String, keyword: String,
        absolute: String, _ walk: inout W, notAllowed: (ValidationContext) -> Message
    ) -> Bool {
        if walk.collects, node.with({ $0.constant == false }) {
            walk.fail(keyword, absolute, value, at: location(), notAllowed)
            return false
        }
        return walk.apply(node, to: value, at: location(), keyword: keyword, token: nil)
    }
}
