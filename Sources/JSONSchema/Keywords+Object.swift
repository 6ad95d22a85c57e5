import JSON

/// `properties`: each member's key looked up in a ``KeyTable`` of the declared names.
final class PropertiesKeyword: Keyword {
    var children: [SchemaNode]
    let table: KeyTable
    /// The children again, unretained, for the fast path.
    let fastChildren: UnretainedList<SchemaNode>
    init(entries: [(String, SchemaNode)], at location: String) {
        self.children = entries.map(\.1)
        self.table = KeyTable(entries.map(\.0))
        self.fastChildren = UnretainedList(entries.map(\.1))
        super.init(name: "properties", absoluteLocation: location)
    }
    deinit { fastChildren.deallocate() }
    override func release() { children = [] }

    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        guard case .object(let object) = instance.pointee.kind else { return true }
        return object.members.withUnsafeBufferPointer { members in
            for position in members.indices {
                guard let i = table.index(of: members[position].key) else { continue }
                let ok = fastChildren[i]._withUnsafeGuaranteedRef { $0.isValidFast(members.value(at: position, valueOffset), ctx, depth) }
                if !ok { return false }
            }
            return true
        }
    }
    var names: [String] { table.keys }

    /// The subschema for `key`, comparing Unicode scalars.
    @inline(__always)
    func schema(for key: String) -> SchemaNode? {
        guard let i = table.index(of: key), i < children.count else { return nil }
        return children[i]
    }

    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard case .object(let object) = instance.kind else { return true }
        if ctx.collect { return validateCollecting(object, ctx, &evaluated) }
        if ctx.tracksScope {
            return object.members.withUnsafeBufferPointer { members in
                for position in members.indices {
                    guard let child = schema(for: members[position].key) else { continue }
                    evaluated?.properties.insert(position)
                    if !child.validate(members[position].value, ctx) { return false }
                }
                return true
            }
        }
        // Not collecting and no dynamic scope: the children take the fast path; the positions
        // evaluated are gathered in a word and recorded once.
        let depth = ctx.depth
        var low: UInt64 = 0
        let valid = object.members.withUnsafeBufferPointer { members in
            for position in members.indices {
                guard let i = table.index(of: members[position].key) else { continue }
                if position < 64 { low |= 1 << UInt64(position) } else { evaluated?.properties.insert(position) }
                let ok = fastChildren[i]._withUnsafeGuaranteedRef { $0.isValidFast(members.value(at: position, valueOffset), ctx, depth) }
                if !ok { return false }
            }
            return true
        }
        if valid, low != 0 { evaluated?.properties.insert(low: low) }
        return valid
    }

    private func validateCollecting(_ object: JSONObject, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        var valid = true
        for (position, member) in object.members.enumerated() {
            guard let child = schema(for: member.key) else { continue }
            evaluated?.properties.insert(position)
            ctx.pushKeyword("properties", member.key)
            ctx.pushInstance(member.key)
            if !child.validate(member.value, ctx) { valid = false }
            ctx.popInstance()
            ctx.popKeyword(2)
        }
        return valid
    }
}

/// `patternProperties`, with regexes compiled once.
final class PatternPropertiesKeyword: Keyword {
    var entries: [(String, PatternMatcher, SchemaNode)]
    init(entries: [(String, PatternMatcher, SchemaNode)], at location: String) {
        self.entries = entries
        super.init(name: "patternProperties", absoluteLocation: location)
    }
    override func release() { entries = [] }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard case .object(let object) = instance.kind else { return true }
        var valid = true
        for (position, member) in object.members.enumerated() {
            for (source, regex, child) in entries where regex.matches(member.key) {
                evaluated?.properties.insert(position)
                ctx.pushKeyword("patternProperties", source)
                ctx.pushInstance(member.key)
                let ok = child.validate(member.value, ctx)
                ctx.popInstance()
                ctx.popKeyword(2)
                if !ok {
                    valid = false
                    if !ctx.collect { return false }
                }
            }
        }
        return valid
    }
}

/// `additionalProperties`, knowing the sibling `properties` names and `patternProperties` regexes.
final class AdditionalPropertiesKeyword: Keyword {
    var child: SchemaNode?
    let known: [String]
    let knownTable: KeyTable
    let patterns: [PatternMatcher]
    let fastChild: Unmanaged<SchemaNode>
    init(child: SchemaNode, known: [String], patterns: [PatternMatcher], at location: String) {
        self.child = child
        self.known = known
        self.knownTable = KeyTable(known)
        self.patterns = patterns
        self.fastChild = Unmanaged.passUnretained(child)
        super.init(name: "additionalProperties", absoluteLocation: location)
    }
    override func release() { child = nil }

    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        guard case .object(let object) = instance.pointee.kind else { return true }
        return object.members.withUnsafeBufferPointer { members in
            for position in members.indices where isAdditional(members[position].key) {
                let ok = fastChild._withUnsafeGuaranteedRef { $0.isValidFast(members.value(at: position, valueOffset), ctx, depth) }
                if !ok { return false }
            }
            return true
        }
    }

    @inline(__always)
    private func isAdditional(_ key: String) -> Bool {
        if knownTable.index(of: key) != nil { return false }
        for regex in patterns where regex.matches(key) { return false }
        return true
    }

    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard case .object(let object) = instance.kind, let child else { return true }
        let known = known
        let valid = checkEach(
            object.members.lazy.filter { self.isAdditional($0.key) }, child, keyword: "additionalProperties", ctx,
            enter: { ctx.pushInstance($0.key) }, value: \.value,
            notAllowed: { Messages.notAllowedProperty($0.key, known: known) })
        if valid { evaluated?.allProperties = true }
        return valid
    }
}

/// `propertyNames`: each key, as a string, must match the subschema.
final class PropertyNamesKeyword: Keyword {
    var child: SchemaNode?
    init(child: SchemaNode, at location: String) {
        self.child = child
        super.init(name: "propertyNames", absoluteLocation: location)
    }
    override func release() { child = nil }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard case .object(let object) = instance.kind, let child else { return true }
        var valid = true
        for member in object.members {
            let name = JSONValue(.string(member.key), offset: member.keyOffset)
            if ctx.collect {
                let mark = ctx.errors.count
                ctx.pushKeyword("propertyNames")
                let ok = child.validate(name, ctx)
                ctx.popKeyword()
                guard !ok else { continue }
                let reason = ctx.errors.count > mark ? ctx.errors[mark].message : "it is not allowed"
                ctx.errors.removeSubrange(mark...)
                ctx.pushInstance(member.key)
                fail(ctx, name, "property name \(Messages.quote(member.key)) is not valid: \(reason)")
                ctx.popInstance()
                valid = false
            } else if !child.validate(name, ctx) {
                return false
            }
        }
        return valid
    }
}

/// The fast path's single pass over an object's members for `properties` together with
/// `additionalProperties` (when it knows no other names and no patterns) and `required` (when it
/// names only declared properties): one key lookup per member. Made by
/// ``SchemaCompiler/fuseObjectKeywords(of:)``; the detailed path keeps the keywords as written.
final class FusedObjectKeyword: Keyword {
    private let table: KeyTable
    private let children: UnretainedList<SchemaNode>
    /// The `additionalProperties` subschema, if any.
    private let additional: Unmanaged<SchemaNode>?
    /// Per declared property: the bits of the `required` names it satisfies.
    private let requiredBits: UnsafeMutableBufferPointer<UInt64>
    /// The bits of every required name (0 without `required`).
    private let requiredAll: UInt64
    private let requiredCount: Int
    /// The fused keywords, kept alive with their tables and children until ``release()``.
    private var parts: [Keyword]

    init(properties: PropertiesKeyword, additional: AdditionalPropertiesKeyword?, required: RequiredKeyword?) {
        table = properties.table
        children = properties.fastChildren
        self.additional = additional?.fastChild
        requiredBits = .allocate(capacity: max(properties.table.count, 1))
        requiredBits.initialize(repeating: 0)
        var all: UInt64 = 0
        if let required, let bits = required.allBits {
            for (j, name) in required.names.enumerated() where bits >> UInt64(j) & 1 == 1 {
                guard let i = properties.table.index(of: name) else { continue }
                requiredBits[i] |= 1 << UInt64(j)
                all |= 1 << UInt64(j)
            }
        }
        requiredAll = all
        requiredCount = required?.distinct ?? 0
        parts = [properties] + [additional, required].compactMap { $0 }
        super.init(name: "properties", absoluteLocation: properties.absoluteLocation)
    }
    deinit { requiredBits.deallocate() }
    override func release() { parts = [] }

    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        guard case .object(let object) = instance.pointee.kind else { return true }
        if object.count < requiredCount { return false }
        var found: UInt64 = 0
        let valid = object.members.withUnsafeBufferPointer { members in
            for position in members.indices {
                let value = members.value(at: position, valueOffset)
                if let i = table.index(of: members[position].key) {
                    found |= requiredBits[i]
                    if !children[i]._withUnsafeGuaranteedRef({ $0.isValidFast(value, ctx, depth) }) { return false }
                } else if let additional {
                    if !additional._withUnsafeGuaranteedRef({ $0.isValidFast(value, ctx, depth) }) { return false }
                }
            }
            return true
        }
        return valid && found == requiredAll
    }

    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        withUnsafePointer(to: instance) { isValidFast($0, ctx, ctx.depth) }  // only on the fast path
    }
}
