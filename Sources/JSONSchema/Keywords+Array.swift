import JSON

/// `prefixItems`.
final class PrefixItemsKeyword: Keyword {
    init(children: [SchemaNode], at location: String) {
        super.init(name: "prefixItems", absoluteLocation: location, subschemas: children)
    }
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        guard case .array(let elements) = instance.pointee.kind else { return true }
        let count = min(subschemas.count, elements.count)
        let valid = elements.withUnsafeBufferPointer { elements -> Bool in
            var valid = true
            for i in 0..<count
            where !walk.apply(subschemas[i], to: elements.item(i), at: String(i), keyword: "prefixItems", token: String(i)) {
                valid = false
                if !walk.collects { return false }
            }
            return valid
        }
        walk.annotate { $0.itemPrefix = max($0.itemPrefix, count) }
        return valid
    }
}

/// `items`: every element after those of `prefixItems`.
final class ItemsKeyword: Keyword {
    let start: Int
    init(child: SchemaNode, start: Int, at location: String) {
        self.start = start
        super.init(name: "items", absoluteLocation: location, subschemas: [child])
    }
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        guard case .array(let elements) = instance.pointee.kind, elements.count > start else { return true }
        let child = subschemas[0], start = start
        let valid = elements.withUnsafeBufferPointer { elements -> Bool in
            var valid = true
            for i in start..<elements.count {
                let ok = applyTrailing(
                    child, to: elements.item(i), at: String(i), keyword: "items", absolute: absoluteLocation, &walk
                ) { _ in
                    ViolationText.tooManyItems(i, allowed: start)
                }
                if !ok {
                    valid = false
                    if !walk.collects { return false }
                }
            }
            return valid
        }
        if valid { walk.annotate { $0.allItems = true } }
        return valid
    }
}

/// `contains` with `minContains` and `maxContains`.
final class ContainsKeyword: Keyword {
    let minimum: Int
    let maximum: Int?
    /// The keyword reported when too few or too many items match (`minContains`/`maxContains` when written).
    var minimumLocation: (String, String)?
    var maximumLocation: (String, String)?
    init(child: SchemaNode, minimum: Int, maximum: Int?, at location: String) {
        self.minimum = minimum
        self.maximum = maximum
        super.init(name: "contains", absoluteLocation: location, subschemas: [child])
    }
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    /// Items are checked quietly; the count stops at `minContains` unless a maximum, annotations or
    /// errors need them all.
    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        guard case .array(let elements) = instance.pointee.kind else { return true }
        let child = subschemas[0], minimum = minimum
        let needAll = maximum != nil || walk.annotates || walk.collects
        var count = 0
        var matched: [Int] = []
        elements.withUnsafeBufferPointer { elements in
            walk.quietly { walk in
                for i in elements.indices where walk.apply(child, to: elements.item(i), at: nil, keyword: "contains", token: nil)
                {
                    count += 1
                    if walk.annotates { matched.append(i) }
                    if !needAll && count >= minimum { break }
                }
            }
        }
        if count < minimum {
            let (keyword, absolute) = minimumLocation ?? (name, absoluteLocation)
            walk.fail(keyword, absolute, instance, at: nil) { ViolationText.containsTooFew($0, minimum: minimum, found: count) }
            return false
        }
        if let maximum, count > maximum {
            let (keyword, absolute) = maximumLocation ?? (name, absoluteLocation)
            walk.fail(keyword, absolute, instance, at: nil) { ViolationText.containsTooMany($0, maximum: maximum, found: count) }
            return false
        }
        if !matched.isEmpty { walk.annotate { for i in matched { $0.items.insert(i) } } }
        return true
    }
}
