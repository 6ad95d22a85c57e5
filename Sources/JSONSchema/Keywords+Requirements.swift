import JSON

/// `uniqueItems: true`.
final class UniqueItemsKeyword: Keyword {
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        guard case .array(let elements) = instance.pointee.kind, elements.count > 1,
            let (i, j) = Self.firstDuplicate(in: elements)
        else { return true }
        walk.fail(self, instance) { ViolationText.duplicateItems($0, i, j) }
        return false
    }

    /// The indices of the first two equal elements (``JSONValue/jsonEquals(_:)``), or nil when all
    /// are distinct: pairwise for up to 16 elements, through hashes beyond.
    static func firstDuplicate(in elements: [JSONValue]) -> (Int, Int)? {
        if elements.count <= 16 {
            return elements.withUnsafeBufferPointer { elements -> (Int, Int)? in
                for j in elements.indices {
                    for i in 0..<j where equal(elements, i, j) { return (i, j) }
                }
                return nil
            }
        }
        var buckets: [Int: [Int]] = [:]
        for (j, element) in elements.enumerated() {
            var hasher = Hasher()
            element.jsonHash(into: &hasher)
            let key = hasher.finalize()
            if let candidates = buckets[key] {
                for i in candidates where elements[i].jsonEquals(element) { return (i, j) }
            }
            buckets[key, default: []].append(j)
        }
        return nil
    }

    /// Whether two elements are equal; strings (the usual unique items) compared in place.
    @inline(__always)
    private static func equal(_ elements: UnsafeBufferPointer<JSONValue>, _ i: Int, _ j: Int) -> Bool {
        if case .string(let x) = elements[i].kind, case .string(let y) = elements[j].kind { return JSONObject.keysEqual(x, y) }
        return elements[i].jsonEquals(elements[j])
    }
}

/// `required`.
final class RequiredKeyword: Keyword {
    let names: [String]
    let table: KeyTable
    /// How many different names `names` holds.
    let distinct: Int
    /// With at most 64 names: the bits of the first occurrence of each name.
    let allBits: UInt64?
    init(names: [String], at location: String) {
        self.names = names
        let table = KeyTable(names)
        self.table = table
        let firsts = names.indices.filter { table.index(of: names[$0]) == $0 }
        self.distinct = firsts.count
        self.allBits = names.count <= 64 ? firsts.reduce(0) { $0 | 1 << UInt64($1) } : nil
        super.init(name: "required", absoluteLocation: location)
    }
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    /// With at most 64 names, one pass with a bit mask that stops when every name was seen; else
    /// (or to name the missing ones) a set of the names found. (A ``MembersKeyword`` that absorbed
    /// this keyword calls it when its own pass found a name missing.)
    @inline(__always)
    func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        guard case .object(let object) = instance.pointee.kind else { return true }
        let members = object.members  // only the array is kept while the members are read
        if let allBits {
            if members.count >= distinct, hasAll(members, allBits) { return true }
            if !walk.collects { return false }
        }
        var found = PositionSet()
        var count = 0
        members.withUnsafeBufferPointer { members in
            for m in members.indices {
                if let i = table.index(of: members[m].key), !found.contains(i) {
                    found.insert(i)
                    count += 1
                }
            }
        }
        if count == distinct { return true }
        for (i, name) in names.enumerated() where table.index(of: name) == i && !found.contains(i) {
            walk.fail(self, instance) { _ in ViolationText.requiredMissing(name) }
        }
        return false
    }

    /// Whether `members` has every name (for at most 64 names, whose first occurrences are `allBits`).
    @inline(__always)
    private func hasAll(_ members: [JSONMember], _ allBits: UInt64) -> Bool {
        var found: UInt64 = 0
        return members.withUnsafeBufferPointer { members in
            for m in members.indices {
                if let i = table.index(of: members[m].key) {
                    found |= 1 << UInt64(i)
                    if found == allBits { return true }
                }
            }
            return found == allBits
        }
    }
}

/// `dependentRequired` (and the array form of the older `dependencies`).
final class DependentRequiredKeyword: Keyword {
    let dependencies: [(String, [String])]
    init(name: String = "dependentRequired", dependencies: [(String, [String])], at location: String) {
        self.dependencies = dependencies
        super.init(name: name, absoluteLocation: location)
    }
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        guard case .object(let object) = instance.pointee.kind else { return true }
        var valid = true
        for (trigger, names) in dependencies where object.memberIndex(forKey: trigger) != nil {
            for name in names where object.memberIndex(forKey: name) == nil {
                valid = false
                guard walk.collects else { return false }
                walk.fail(self, instance) { _ in ViolationText.dependentRequired(name, trigger: trigger) }
            }
        }
        return valid
    }
}
