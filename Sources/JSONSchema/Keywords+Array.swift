import JSON

/// `prefixItems`.
final class PrefixItemsKeyword: Keyword {
    var children: [SchemaNode]
    private let fastChildren: UnretainedList<SchemaNode>
    init(children: [SchemaNode], at location: String) {
        self.children = children
        self.fastChildren = UnretainedList(children)
        super.init(name: "prefixItems", absoluteLocation: location)
    }
    deinit { fastChildren.deallocate() }
    override func release() { children = [] }
    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        guard case .array(let elements) = instance.pointee.kind else { return true }
        return elements.withUnsafeBufferPointer { elements in
            for i in 0..<min(fastChildren.count, elements.count) {
                if !fastChildren[i]._withUnsafeGuaranteedRef({ $0.isValidFast(elements.baseAddress! + i, ctx, depth) }) { return false }
            }
            return true
        }
    }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard case .array(let elements) = instance.kind else { return true }
        var valid = true
        let count = min(children.count, elements.count)
        for i in 0..<count {
            ctx.pushKeyword("prefixItems", String(i))
            ctx.pushInstance(i)
            let ok = children[i].validate(elements[i], ctx)
            ctx.popInstance()
            ctx.popKeyword(2)
            if !ok {
                valid = false
                if !ctx.collect { return false }
            }
        }
        if let prefix = evaluated?.itemPrefix { evaluated?.itemPrefix = max(prefix, count) }
        return valid
    }
}

/// `items`: every element after those of `prefixItems`.
final class ItemsKeyword: Keyword {
    var child: SchemaNode?
    let start: Int
    private let fastChild: Unmanaged<SchemaNode>
    init(child: SchemaNode, start: Int, at location: String) {
        self.child = child
        self.start = start
        self.fastChild = Unmanaged.passUnretained(child)
        super.init(name: "items", absoluteLocation: location)
    }
    override func release() { child = nil }
    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        guard case .array(let elements) = instance.pointee.kind, elements.count > start else { return true }
        return elements.withUnsafeBufferPointer { elements in
            for i in start..<elements.count {
                if !fastChild._withUnsafeGuaranteedRef({ $0.isValidFast(elements.baseAddress! + i, ctx, depth) }) { return false }
            }
            return true
        }
    }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard case .array(let elements) = instance.kind, let child, elements.count > start else { return true }
        let start = start
        let valid = checkEach(
            start..<elements.count, child, keyword: "items", ctx, enter: { ctx.pushInstance($0) }, value: { elements[$0] },
            notAllowed: { "item \($0) is not allowed here: at most \(Messages.plural(start, "item")) allowed" })
        if valid { evaluated?.allItems = true }
        return valid
    }
}

/// `contains` with `minContains` and `maxContains`.
final class ContainsKeyword: Keyword {
    var child: SchemaNode?
    let minimum: Int
    let maximum: Int?
    /// The keyword reported when too few or too many items match (`minContains`/`maxContains` when written).
    var minimumLocation: (String, String)?
    var maximumLocation: (String, String)?
    init(child: SchemaNode, minimum: Int, maximum: Int?, at location: String) {
        self.child = child
        self.minimum = minimum
        self.maximum = maximum
        super.init(name: "contains", absoluteLocation: location)
    }
    override func release() { child = nil }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard case .array(let elements) = instance.kind, let child else { return true }
        var count = 0
        var matched: [Int] = []
        let needAll = maximum != nil || evaluated != nil || ctx.collect
        ctx.quietly {
            for (i, element) in elements.enumerated() where child.validate(element, ctx) {
                count += 1
                if evaluated != nil { matched.append(i) }
                if !needAll && count >= minimum { break }
            }
        }
        if count < minimum {
            let what = minimum == 1 ? "an item" : "at least \(minimum) items"
            report(minimumLocation, ctx, instance, "\(Messages.subject(ctx)) must contain \(what) matching the \"contains\" schema; found \(count)")
            return false
        }
        if let maximum, count > maximum {
            report(maximumLocation, ctx, instance, "\(Messages.subject(ctx)) must contain at most \(Messages.plural(maximum, "item")) matching the \"contains\" schema; found \(count)")
            return false
        }
        if evaluated != nil { for i in matched { evaluated?.items.insert(i) } }
        return true
    }

    private func report(_ keyword: (String, String)?, _ ctx: ValidationContext, _ instance: JSONValue, _ message: @autoclosure () -> String) {
        guard ctx.collect else { return }
        ctx.record(keyword: keyword?.0 ?? name, absolute: keyword?.1 ?? absoluteLocation, instance: instance, message: message())
    }
}
