import JSON

/// The JSON types `type` can name, as bits.
struct TypeSet: OptionSet {
    let rawValue: UInt8
    static let null = TypeSet(rawValue: 1), boolean = TypeSet(rawValue: 2), integer = TypeSet(rawValue: 4)
    static let number = TypeSet(rawValue: 8), string = TypeSet(rawValue: 16), array = TypeSet(rawValue: 32)
    static let object = TypeSet(rawValue: 64)
    static let names: [(String, TypeSet)] = [
        ("null", .null), ("boolean", .boolean), ("integer", .integer), ("number", .number),
        ("string", .string), ("array", .array), ("object", .object),
    ]

    /// Whether the value matches, read in place (only a number's payload is read).
    @inline(__always)
    func matches(_ value: UnsafePointer<JSONValue>) -> Bool {
        switch value.pointee.kind {
        case .null: return contains(.null)
        case .bool: return contains(.boolean)
        case .number(let n): return contains(.number) || (contains(.integer) && n.isInteger)
        case .string: return contains(.string)
        case .array: return contains(.array)
        case .object: return contains(.object)
        }
    }

    func matches(_ value: JSONValue) -> Bool {
        switch value.kind {
        case .null: return contains(TypeSet.null)
        case .bool: return contains(.boolean)
        case .number(let n): return contains(.number) || (contains(.integer) && n.isInteger)
        case .string: return contains(.string)
        case .array: return contains(.array)
        case .object: return contains(.object)
        }
    }
}

/// `type`.
final class TypeKeyword: Keyword {
    let types: TypeSet
    let names: [String]
    init(types: TypeSet, names: [String], at location: String) {
        self.types = types
        self.names = names
        super.init(name: "type", absoluteLocation: location)
    }
    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        types.matches(instance)
    }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        if types.matches(instance) { return true }
        fail(ctx, instance, Messages.type(expected: names, found: instance))
        return false
    }
}

/// `enum`; string-only enums are checked through a key table (by Unicode scalars).
final class EnumKeyword: Keyword {
    let values: [JSONValue]
    /// For enums of strings only: the strings.
    let strings: KeyTable?
    init(values: [JSONValue], at location: String) {
        self.values = values
        let strings = values.compactMap(\.stringValue)
        self.strings = strings.count == values.count ? KeyTable(strings) : nil
        super.init(name: "enum", absoluteLocation: location)
    }
    /// Whether `instance` is one of the values.
    private func accepts(_ instance: JSONValue) -> Bool {
        if let strings {
            guard case .string(let s) = instance.kind else { return false }
            return strings.index(of: s) != nil
        }
        return values.contains(where: { $0.jsonEquals(instance) })
    }
    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        if let strings {
            guard case .string(let s) = instance.pointee.kind else { return false }
            return strings.index(of: s) != nil
        }
        return accepts(instance.pointee)
    }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        if accepts(instance) { return true }
        fail(ctx, instance, Messages.enumeration(ctx, allowed: values, found: instance))
        return false
    }
}

/// `const`.
final class ConstKeyword: Keyword {
    let value: JSONValue
    init(value: JSONValue, at location: String) {
        self.value = value
        super.init(name: "const", absoluteLocation: location)
    }
    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        value.jsonEquals(instance.pointee)
    }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        if value.jsonEquals(instance) { return true }
        fail(ctx, instance, "\(Messages.subject(ctx)) must be \(Messages.brief(value)); found \(Messages.brief(instance))")
        return false
    }
}

/// `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`.
final class BoundKeyword: Keyword {
    let limit: JSONNumber
    /// Allowed signs of `compare(instance, limit)`.
    let accepts: (Int) -> Bool
    let phrase: String
    init(name: String, limit: JSONNumber, at location: String) {
        self.limit = limit
        switch name {
        case "minimum": accepts = { $0 >= 0 }; phrase = "at least"
        case "maximum": accepts = { $0 <= 0 }; phrase = "at most"
        case "exclusiveMinimum": accepts = { $0 > 0 }; phrase = "greater than"
        default: accepts = { $0 < 0 }; phrase = "less than"
        }
        super.init(name: name, absoluteLocation: location)
    }
    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        guard case .number(let n) = instance.pointee.kind else { return true }
        return accepts(JSONNumber.compare(n, limit))
    }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard case .number(let n) = instance.kind else { return true }
        if accepts(JSONNumber.compare(n, limit)) { return true }
        fail(ctx, instance, "\(Messages.subject(ctx)) must be \(phrase) \(limit.literal); found \(n.literal)")
        return false
    }
}

/// `multipleOf`, exact for decimals.
final class MultipleOfKeyword: Keyword {
    /// The most significant digits a divisor may have: enough for any real schema, and a bound on the
    /// cost of deciding `multipleOf` exactly for a long number (which grows with both lengths).
    static let maxDivisorDigits = 1000
    let divisor: JSONNumber
    init(divisor: JSONNumber, at location: String) {
        self.divisor = divisor
        super.init(name: "multipleOf", absoluteLocation: location)
    }
    /// Whether `n` is a multiple of the divisor, exactly (a number outside the JSON grammar, made in
    /// code, is not).
    private func isMultiple(_ n: JSONNumber) -> Bool {
        n.isMultiple(of: divisor) ?? false
    }
    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        guard case .number(let n) = instance.pointee.kind else { return true }
        return isMultiple(n)
    }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard case .number(let n) = instance.kind else { return true }
        if isMultiple(n) { return true }
        fail(ctx, instance, "\(Messages.subject(ctx)) must be a multiple of \(divisor.literal); found \(n.literal)")
        return false
    }
}

/// `minLength` and `maxLength`, counting Unicode scalars.
final class LengthKeyword: Keyword {
    let limit: Int
    let isMinimum: Bool
    init(name: String, limit: Int, at location: String) {
        self.limit = limit
        self.isMinimum = name == "minLength"
        super.init(name: name, absoluteLocation: location)
    }
    /// Whether the length of `s` is within the limit.
    @inline(__always)
    private func accepts(_ s: String) -> Bool {
        let bytes = s.utf8.count  // at least the scalar count, at most four times it
        if isMinimum {
            if bytes < limit { return false }
            return bytes >= limit * 4 || s.unicodeScalars.count >= limit
        }
        return bytes <= limit || s.unicodeScalars.count <= limit
    }
    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        guard case .string(let s) = instance.pointee.kind else { return true }
        return accepts(s)
    }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard case .string(let s) = instance.kind else { return true }
        if accepts(s) { return true }
        return failLength(ctx, instance, s)
    }
    private func failLength(_ ctx: ValidationContext, _ instance: JSONValue, _ s: String) -> Bool {
        let count = s.unicodeScalars.count
        fail(ctx, instance, "\(Messages.subject(ctx)) must be at \(isMinimum ? "least" : "most") \(Messages.plural(limit, "character")) long; found \(count)")
        return false
    }
}

/// `pattern`, an ECMA-262 regular expression compiled once.
final class PatternKeyword: Keyword {
    let regex: PatternMatcher
    let source: String
    init(regex: PatternMatcher, source: String, at location: String) {
        self.regex = regex
        self.source = source
        super.init(name: "pattern", absoluteLocation: location)
    }
    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        guard case .string(let s) = instance.pointee.kind else { return true }
        return regex.matches(s)
    }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard case .string(let s) = instance.kind else { return true }
        if regex.matches(s) { return true }
        fail(ctx, instance, "\(Messages.subject(ctx)) must match the pattern \(Messages.quote(source, limit: 60)); found \(Messages.brief(instance))")
        return false
    }
}

/// `format` as an assertion.
final class FormatKeyword: Keyword {
    let format: String
    /// The format's check, looked up once.
    let check: FormatChecker.Check?
    init(format: String, at location: String) {
        self.format = format
        self.check = FormatChecker.check(for: format)
        super.init(name: "format", absoluteLocation: location)
    }
    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        guard case .string(let s) = instance.pointee.kind, let check else { return true }
        return check(s)
    }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard case .string(let s) = instance.kind, let check else { return true }
        if check(s) { return true }
        fail(ctx, instance, "\(Messages.brief(instance)) is not a valid \(format) (format \(Messages.quote(format)))")
        return false
    }
}

/// `minItems`, `maxItems`, `minProperties`, `maxProperties`.
final class CountKeyword: Keyword {
    let limit: Int
    let isMinimum: Bool
    let forObjects: Bool
    init(name: String, limit: Int, at location: String) {
        self.limit = limit
        self.isMinimum = name.hasPrefix("min")
        self.forObjects = name.hasSuffix("Properties")
        super.init(name: name, absoluteLocation: location)
    }
    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        let count: Int
        switch instance.pointee.kind {
        case .array(let a) where !forObjects: count = a.count
        case .object(let o) where forObjects: count = o.count
        default: return true
        }
        return isMinimum ? count >= limit : count <= limit
    }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        let count: Int
        switch instance.kind {
        case .array(let a) where !forObjects: count = a.count
        case .object(let o) where forObjects: count = o.count
        default: return true
        }
        if isMinimum ? count >= limit : count <= limit { return true }
        let noun = forObjects ? (limit == 1 ? "property" : "properties") : (limit == 1 ? "item" : "items")
        fail(ctx, instance, "\(Messages.subject(ctx)) must have at \(isMinimum ? "least" : "most") \(limit) \(noun); found \(count)")
        return false
    }
}

/// `uniqueItems: true`.
final class UniqueItemsKeyword: Keyword {
    /// The indices of the first two equal elements (``JSONValue/jsonEquals(_:)``), or nil when all
    /// are distinct: pairwise for up to 16 elements, through hashes beyond.
    /// Whether two elements are equal; strings (the usual unique items) compared in place.
    @inline(__always)
    private static func equal(_ elements: UnsafeBufferPointer<JSONValue>, _ i: Int, _ j: Int) -> Bool {
        if case .string(let x) = elements[i].kind, case .string(let y) = elements[j].kind { return JSONObject.keysEqual(x, y) }
        return elements[i].jsonEquals(elements[j])
    }

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
    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        guard case .array(let elements) = instance.pointee.kind, elements.count > 1 else { return true }
        return Self.firstDuplicate(in: elements) == nil
    }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard case .array(let elements) = instance.kind, elements.count > 1,
            let (i, j) = Self.firstDuplicate(in: elements)
        else { return true }
        fail(ctx, instance, "\(Messages.subject(ctx)) must not contain duplicates; items \(i) and \(j) are equal")
        return false
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
    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        guard case .object(let object) = instance.pointee.kind else { return true }
        guard allBits != nil else {
            return ValidationContext.general(ctx, depth: depth) { ctx in
                var none: Evaluated? = nil
                return validate(instance.pointee, ctx, &none)
            }
        }
        return hasAll(object)
    }

    /// Whether `object` has every name (for at most 64 names).
    private func hasAll(_ object: JSONObject) -> Bool {
        guard let allBits else { return false }
        if object.count < distinct { return false }
        var found: UInt64 = 0
        return object.members.withUnsafeBufferPointer { members in
            for m in members.indices {
                if let i = table.index(of: members[m].key) {
                    found |= 1 << UInt64(i)
                    if found == allBits { return true }
                }
            }
            return found == allBits
        }
    }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard case .object(let object) = instance.kind else { return true }
        if allBits != nil, hasAll(object) { return true }
        var found = PositionSet()
        var count = 0
        object.members.withUnsafeBufferPointer { members in
            for m in members.indices {
                if let i = table.index(of: members[m].key), !found.contains(i) {
                    found.insert(i)
                    count += 1
                }
            }
        }
        if count == distinct { return true }
        for (i, name) in names.enumerated() where table.index(of: name) == i && !found.contains(i) {
            fail(ctx, instance, "required property \(Messages.quote(name)) is missing")
        }
        return false
    }
}

/// `dependentRequired`.
final class DependentRequiredKeyword: Keyword {
    let dependencies: [(String, [String])]
    init(name: String = "dependentRequired", dependencies: [(String, [String])], at location: String) {
        self.dependencies = dependencies
        super.init(name: name, absoluteLocation: location)
    }
    override func isValidFast(_ instance: UnsafePointer<JSONValue>, _ ctx: ValidationContext?, _ depth: Int) -> Bool {
        guard case .object(let object) = instance.pointee.kind else { return true }
        for (trigger, names) in dependencies where object.memberIndex(forKey: trigger) != nil {
            for name in names where object.memberIndex(forKey: name) == nil { return false }
        }
        return true
    }
    override func validate(_ instance: JSONValue, _ ctx: ValidationContext, _ evaluated: inout Evaluated?) -> Bool {
        guard case .object(let object) = instance.kind else { return true }
        var valid = true
        for (trigger, names) in dependencies where object.memberIndex(forKey: trigger) != nil {
            for name in names where object.memberIndex(forKey: name) == nil {
                valid = false
                guard ctx.collect else { return false }
                fail(ctx, instance, "property \(Messages.quote(name)) is required when \(Messages.quote(trigger)) is present")
            }
        }
        return valid
    }
}
