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
    func matches(_ value: Instance) -> Bool {
        switch value.pointee.kind {
        case .null: return contains(.null)
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
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        if types.matches(instance) { return true }
        walk.fail(self, instance) { _ in ViolationText.type(expected: names, found: instance.pointee) }
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
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        if let strings {
            if case .string(let s) = instance.pointee.kind, strings.index(of: s) != nil { return true }
        } else if values.contains(where: { $0.jsonEquals(instance.pointee) }) {
            return true
        }
        walk.fail(self, instance) { ViolationText.enumeration($0, allowed: values, found: instance.pointee) }
        return false
    }
}

/// `const`.
final class ConstKeyword: Keyword {
    let value: JSONValue
    /// The value when it is a string (the usual discriminator): compared by its bytes in place.
    let string: String?
    init(value: JSONValue, at location: String) {
        self.value = value
        self.string = value.stringValue
        super.init(name: "const", absoluteLocation: location)
    }
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        if let string {
            if case .string(let s) = instance.pointee.kind, JSONObject.keysEqual(s, string) { return true }
        } else if value.jsonEquals(instance.pointee) {
            return true
        }
        walk.fail(self, instance) { ViolationText.constant($0, value, found: instance.pointee) }
        return false
    }
}

/// `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`.
final class BoundKeyword: Keyword {
    enum Kind { case minimum, maximum, exclusiveMinimum, exclusiveMaximum }
    let limit: JSONNumber
    let kind: Kind
    init(name: String, limit: JSONNumber, at location: String) {
        self.limit = limit
        switch name {
        case "minimum": kind = .minimum
        case "maximum": kind = .maximum
        case "exclusiveMinimum": kind = .exclusiveMinimum
        default: kind = .exclusiveMaximum
        }
        super.init(name: name, absoluteLocation: location)
    }
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        guard case .number(let n) = instance.pointee.kind else { return true }
        let order = JSONNumber.compare(n, limit)
        switch kind {
        case .minimum: if order >= 0 { return true }
        case .maximum: if order <= 0 { return true }
        case .exclusiveMinimum: if order > 0 { return true }
        case .exclusiveMaximum: if order < 0 { return true }
        }
        walk.fail(self, instance) { ViolationText.bound($0, kind, limit, found: n) }
        return false
    }
}

/// `multipleOf`, exact for any number (see ``JSONNumber/isMultiple(of:)``).
final class MultipleOfKeyword: Keyword {
    /// The most significant digits a divisor may have: enough for any real schema, and a bound on the
    /// cost of deciding `multipleOf` exactly for a long number (which grows with both lengths).
    static let maxDivisorDigits = 1000
    let divisor: JSONNumber
    init(divisor: JSONNumber, at location: String) {
        self.divisor = divisor
        super.init(name: "multipleOf", absoluteLocation: location)
    }
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    /// A number outside the JSON grammar (made in code, such as infinity) is no multiple.
    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        guard case .number(let n) = instance.pointee.kind else { return true }
        if n.isMultiple(of: divisor) == true { return true }
        walk.fail(self, instance) { ViolationText.multipleOf($0, divisor, found: n) }
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
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        guard case .string(let s) = instance.pointee.kind else { return true }
        let bytes = s.utf8.count  // at least the scalar count, at most four times it
        if isMinimum {
            if bytes >= limit, bytes >= limit * 4 || s.unicodeScalars.count >= limit { return true }
        } else if bytes <= limit || s.unicodeScalars.count <= limit {
            return true
        }
        walk.fail(self, instance) { ViolationText.length($0, minimum: isMinimum, limit, found: s.unicodeScalars.count) }
        return false
    }
}

/// `pattern`, an ECMA-262 regular expression compiled once.
final class PatternKeyword: Keyword {
    let regex: PatternMatcher
    init(regex: PatternMatcher, at location: String) {
        self.regex = regex
        super.init(name: "pattern", absoluteLocation: location)
    }
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        guard case .string(let s) = instance.pointee.kind else { return true }
        switch walk.matches(regex, s, keyword: name, absolute: absoluteLocation, at: instance, offset: instance.pointee.offset) {
        case true?: return true
        case false?: walk.fail(self, instance) { ViolationText.pattern($0, regex.source, found: instance.pointee) }
        case nil: break  // no answer: the run reports the limit
        }
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
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        guard case .string(let s) = instance.pointee.kind, let check else { return true }
        if check(s) { return true }
        walk.fail(self, instance) { _ in ViolationText.format(format, found: instance.pointee) }
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
    override func isValidFast(_ instance: Instance, _ walk: FastWalk) -> Bool {
        var walk = walk
        return evaluate(instance, &walk)
    }
    override func validate(_ instance: Instance, _ walk: inout DetailedWalk) -> Bool { evaluate(instance, &walk) }

    @inline(__always)
    private func evaluate<W: Walk>(_ instance: Instance, _ walk: inout W) -> Bool {
        let count: Int
        switch instance.pointee.kind {
        case .array(let a) where !forObjects: count = a.count
        case .object(let o) where forObjects: count = o.members.count
        default: return true
        }
        if isMinimum ? count >= limit : count <= limit { return true }
        walk.fail(self, instance) { ViolationText.count($0, minimum: isMinimum, limit, ofProperties: forObjects, found: count) }
        return false
    }
}
