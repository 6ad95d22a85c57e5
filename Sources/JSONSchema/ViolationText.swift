import JSON
import Messages

/// The plain-words messages of validation errors, as catalogue messages (`schema.*`, in
/// `Messages/English+Schema.swift` and `Messages/Danish+Schema.swift`).
///
/// Messages name the failing value by its property name (`status must be …`), say what was
/// expected and what was found, and quote values briefly (long ones are cut with `…`). Values are
/// written as JSON in both languages.
enum ViolationText {
    /// How a message names the current value: its property name, `item N`, or `value` at the root.
    static func subject(_ ctx: ValidationContext) -> Message.Argument {
        guard let last = ctx.instanceTokens.last else { return .message(Message("schema.subject.value")) }
        if JSONPointer.arrayIndex(last) != nil { return .message(Message("schema.subject.item", ["index": .text(last)])) }
        return .text(last)
    }

    static func falseSchema(_ ctx: ValidationContext) -> Message {
        Message("schema.false", ["subject": subject(ctx)])
    }

    static var tooDeep: Message { Message("schema.too-deep", ["depth": .count(ValidationContext.maxDepth)]) }

    /// A type name with its article: `a string`, `an object`, `null`.
    static func article(_ type: String) -> String {
        switch type {
        case "null": return "null"
        case "integer", "object", "array": return "an \(type)"
        default: return "a \(type)"
        }
    }

    /// A type name with its article, in the reader's language.
    static func typeArgument(_ type: String) -> Message.Argument {
        switch type {
        case "null", "boolean", "integer", "number", "string", "array", "object": return .message(Message("schema.type." + type))
        default: return .text(type)
        }
    }

    /// The JSON type of a value for messages (whole numbers are "a number" too).
    static func typeName(_ value: JSONValue) -> String { value.typeName }

    static func type(expected: [String], found: JSONValue) -> Message {
        let list: Message.Argument =
            expected.isEmpty ? .message(Message("schema.type.nothing")) : .list(expected.map(typeArgument), .or)
        // A decimal where a whole number belongs is named as such ("found a decimal number").
        var foundArgument = typeArgument(typeName(found))
        if expected.contains("integer"), case .number(let number) = found.kind, !number.isInteger {
            foundArgument = .message(Message("schema.type.decimal"))
        }
        return Message("schema.type", ["expected": list, "found": foundArgument])
    }

    /// A value written briefly as JSON: strings quoted, containers abbreviated, at most `limit` characters.
    static func brief(_ value: JSONValue, limit: Int = 40) -> String {
        let text: String
        switch value.kind {
        case .null: text = "null"
        case .bool(let b): text = b ? "true" : "false"
        case .number(let n): text = n.literal
        case .string(let s): text = quote(s, limit: limit)
        case .array(let a):
            text =
                a.isEmpty
                ? "[]" : "[" + a.prefix(3).map { brief($0, limit: 12) }.joined(separator: ", ") + (a.count > 3 ? ", …]" : "]")
        case .object(let o):
            text =
                o.isEmpty
                ? "{}"
                : "{"
                    + o.members.prefix(2).map { quote($0.key, limit: 12) + ": " + brief($0.value, limit: 12) }.joined(
                        separator: ", ") + (o.count > 2 ? ", …}" : "}")
        }
        return text
    }

    /// A string in double quotes, cut to `limit` characters.
    static func quote(_ s: String, limit: Int = 40) -> String {
        // Most strings are short and need no escapes: no scalar-by-scalar copy then.
        if s.utf8.count <= limit,
            !s.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") })
        {
            return "\"" + s + "\""
        }
        var body = s
        if s.unicodeScalars.count > limit {
            body = String(String.UnicodeScalarView(s.unicodeScalars.prefix(limit))) + "…"
        }
        var out = "\""
        for scalar in body.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// An enum member for lists: strings without quotes when plain, other values as JSON.
    static func listItem(_ value: JSONValue) -> String {
        if case .string(let s) = value.kind, !s.isEmpty,
            !s.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") }),
            s.utf8.count <= 40 || s.unicodeScalars.count <= 40
        {
            return s
        }
        return brief(value, limit: 20)
    }

    static func enumeration(_ ctx: ValidationContext, allowed: [JSONValue], found: JSONValue) -> Message {
        let items = allowed.prefix(12).map(listItem).joined(separator: ", ")
        var arguments: [String: Message.Argument] = [
            "subject": subject(ctx), "items": .text(items), "found": .text(brief(found)),
        ]
        guard allowed.count > 12 else { return Message("schema.enum", arguments) }
        arguments["count"] = .count(allowed.count)
        return Message("schema.enum.many", arguments)
    }

    static func constant(_ ctx: ValidationContext, _ value: JSONValue, found: JSONValue) -> Message {
        Message("schema.const", ["subject": subject(ctx), "value": .text(brief(value)), "found": .text(brief(found))])
    }

    static func bound(_ ctx: ValidationContext, _ kind: BoundKeyword.Kind, _ limit: JSONNumber, found: JSONNumber) -> Message {
        let key: String
        switch kind {
        case .minimum: key = "schema.minimum"
        case .maximum: key = "schema.maximum"
        case .exclusiveMinimum: key = "schema.exclusive-minimum"
        case .exclusiveMaximum: key = "schema.exclusive-maximum"
        }
        return Message(key, ["subject": subject(ctx), "limit": .text(limit.literal), "found": .text(found.literal)])
    }

    static func multipleOf(_ ctx: ValidationContext, _ divisor: JSONNumber, found: JSONNumber) -> Message {
        Message(
            "schema.multiple-of", ["subject": subject(ctx), "divisor": .text(divisor.literal), "found": .text(found.literal)])
    }

    static func length(_ ctx: ValidationContext, minimum: Bool, _ limit: Int, found: Int) -> Message {
        Message(
            minimum ? "schema.min-length" : "schema.max-length",
            ["subject": subject(ctx), "limit": .count(limit), "found": .count(found)])
    }

    static func pattern(_ ctx: ValidationContext, _ source: String, found: JSONValue) -> Message {
        Message(
            "schema.pattern", ["subject": subject(ctx), "pattern": .text(quote(source, limit: 60)), "found": .text(brief(found))])
    }

    static func format(_ format: String, found: JSONValue) -> Message {
        Message("schema.format", ["value": .text(brief(found)), "format": .text(format), "quoted": .text(quote(format))])
    }

    static func count(_ ctx: ValidationContext, minimum: Bool, _ limit: Int, ofProperties: Bool, found: Int) -> Message {
        let key = "schema." + (minimum ? "min-" : "max-") + (ofProperties ? "properties" : "items")
        return Message(key, ["subject": subject(ctx), "limit": .count(limit), "found": .count(found)])
    }

    static func duplicateItems(_ ctx: ValidationContext, _ i: Int, _ j: Int) -> Message {
        Message("schema.unique-items", ["subject": subject(ctx), "first": .count(i), "second": .count(j)])
    }

    static func requiredMissing(_ name: String) -> Message {
        Message("schema.required", ["name": .text(quote(name))])
    }

    static func dependentRequired(_ name: String, trigger: String) -> Message {
        Message("schema.dependent-required", ["name": .text(quote(name)), "trigger": .text(quote(trigger))])
    }

    /// `oneOf` matched by several alternatives (0-based indices, shown 1-based).
    static func tooManyAlternatives(_ ctx: ValidationContext, _ matched: [Int]) -> Message {
        Message(
            "schema.one-of.many",
            [
                "subject": subject(ctx), "count": .count(matched.count),
                "alternatives": .list(matched.map { .count($0 + 1) }, .and),
            ])
    }

    /// No alternative of `anyOf`/`oneOf` matched; `closest` is 0-based, `fails` its first error.
    static func noAlternative(_ ctx: ValidationContext, count: Int, of keyword: String, closest: Int, fails: Message?) -> Message
    {
        Message(
            "schema.no-alternative",
            [
                "subject": subject(ctx), "count": .count(count), "keyword": .text(keyword), "closest": .count(closest + 1),
                "fails": .message(fails ?? Message("schema.no-alternative.unknown")),
            ])
    }

    static func matchesNot(_ ctx: ValidationContext) -> Message {
        Message("schema.not", ["subject": subject(ctx)])
    }

    static func invalidPropertyName(_ name: String, reason: Message?) -> Message {
        Message(
            "schema.property-names",
            ["name": .text(quote(name)), "reason": .message(reason ?? Message("schema.property-names.unknown"))])
    }

    static func tooManyItems(_ index: Int, allowed: Int) -> Message {
        Message("schema.items.too-many", ["index": .count(index), "allowed": .count(allowed)])
    }

    static func unevaluatedItem(_ index: Int) -> Message {
        Message("schema.unevaluated-item", ["index": .count(index)])
    }

    static func containsTooFew(_ ctx: ValidationContext, minimum: Int, found: Int) -> Message {
        Message(
            minimum == 1 ? "schema.contains.none" : "schema.contains.too-few",
            [
                "subject": subject(ctx), "minimum": .count(minimum), "found": .count(found),
            ])
    }

    static func containsTooMany(_ ctx: ValidationContext, maximum: Int, found: Int) -> Message {
        Message("schema.contains.too-many", ["subject": subject(ctx), "maximum": .count(maximum), "found": .count(found)])
    }

    /// A pattern that ran out of its limit on a value (see ``ICUPattern``).
    static func patternTooExpensive(_ source: String, _ limit: PatternLimit) -> Message {
        let pattern = Message.Argument.text(quote(source, limit: 60))
        switch limit {
        case .steps(let steps): return Message("schema.pattern-limit.steps", ["pattern": pattern, "steps": .count(steps)])
        case .memory:
            return Message(
                "schema.pattern-limit.memory", ["pattern": pattern, "mebibytes": .count(Int(ICUPattern.stackLimit >> 20))])
        }
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }

    /// The closest candidate to `name` among `candidates` (edit distance at most 2 and less than the name's length).
    static func suggestion(for name: String, among candidates: [String]) -> String? {
        let target = Array(name.unicodeScalars)
        var best: (String, Int)?
        target.withUnsafeBufferPointer { target in
            for candidate in candidates where candidate != name {
                // The distance is at least the difference in length: skip candidates that cannot be near.
                let length = candidate.utf8.reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }  // scalars
                if length > target.count + 2 || length + 2 < target.count { continue }
                let distance = withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: length) { scalars in
                    _ = scalars.initialize(from: candidate.unicodeScalars)
                    return editDistance(target, UnsafeBufferPointer(scalars), limit: 2)
                }
                if distance <= 2, distance < max(2, target.count), distance < (best?.1 ?? Int.max) {
                    best = (candidate, distance)
                }
            }
        }
        return best?.0
    }

    /// Levenshtein distance, counting a swap of two neighbours as one edit.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in editDistance(a, b) } }
    }

    /// Levenshtein distance with the transposition of neighbours, over buffers (rows on the stack).
    ///
    /// Any distance above `limit` may be answered as `limit + 1`: once two consecutive rows exceed
    /// the limit (the last by more than it), no later row can come back under it.
    static func editDistance(
        _ a: UnsafeBufferPointer<Unicode.Scalar>, _ b: UnsafeBufferPointer<Unicode.Scalar>, limit: Int = Int.max - 1
    ) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows -> Int in
            // Three rows in one buffer: two rows back, the previous row and the current one.
            rows.initialize(repeating: 0)
            var previous2 = 0, previous = width, current = 2 * width
            for j in 0...b.count { rows[previous + j] = j }
            var previousMinimum = 0
            for i in 1...a.count {
                rows[current] = i
                var minimum = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, rows[previous2 + j - 2] + 1)
                    }
                    rows[current + j] = value
                    minimum = min(minimum, value)
                }
                // Later rows are at least min(this row's minimum, the previous row's minimum + 1).
                if minimum > limit && previousMinimum >= limit { return limit + 1 }
                previousMinimum = minimum
                (previous2, previous, current) = (previous, current, previous2)
            }
            return rows[previous + b.count]
        }
    }

    static func notAllowedProperty(_ name: String, known: [String]) -> Message {
        let near = suggestion(for: name, among: known)
        return Message(
            "schema.additional-property",
            [
                "name": .text(quote(name)),
                "suggestion": near.map { .message(Message("common.did-you-mean", ["candidate": .text($0)])) } ?? .text(""),
            ])
    }
}
