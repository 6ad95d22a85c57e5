import JSON

/// The plain-words messages of validation errors.
///
/// Messages name the failing value by its property name (`status must be …`), say what was
/// expected and what was found, and quote values briefly (long ones are cut with `…`).
enum ViolationText {
    /// How a message names the current value: its property name, `item N`, or `value` at the root.
    static func subject(_ ctx: ValidationContext) -> String {
        guard let last = ctx.instanceTokens.last else { return "value" }
        if JSONPointer.arrayIndex(last) != nil { return "item \(last)" }
        return last
    }

    static func falseSchema(_ ctx: ValidationContext) -> String {
        "\(subject(ctx)) is not allowed here"
    }

    static func divisorTooLong(digits: Int, limit: Int) -> String {
        "has \(digits) significant digits; tryg decides multipleOf exactly for divisors of at most \(limit)"
    }

    static let tooDeep = "validation stopped: the schema and instance nest deeper than \(ValidationContext.maxDepth) levels"

    /// A type name with its article: `a string`, `an object`, `null`.
    static func article(_ type: String) -> String {
        switch type {
        case "null": return "null"
        case "integer", "object", "array": return "an \(type)"
        default: return "a \(type)"
        }
    }

    /// The JSON type of a value for messages (whole numbers are "a number" too).
    static func typeName(_ value: JSONValue) -> String { value.typeName }

    static func type(expected: [String], found: JSONValue) -> String {
        let list = expected.map(article)
        let joined = list.count <= 1 ? (list.first ?? "nothing") : list.dropLast().joined(separator: ", ") + " or " + (list.last ?? "")
        return "expected \(joined), found \(article(typeName(found)))"
    }

    /// A value written briefly as JSON: strings quoted, containers abbreviated, at most `limit` characters.
    static func brief(_ value: JSONValue, limit: Int = 40) -> String {
        let text: String
        switch value.kind {
        case .null: text = "null"
        case .bool(let b): text = b ? "true" : "false"
        case .number(let n): text = n.literal
        case .string(let s): text = quote(s, limit: limit)
        case .array(let a): text = a.isEmpty ? "[]" : "[" + a.prefix(3).map { brief($0, limit: 12) }.joined(separator: ", ") + (a.count > 3 ? ", …]" : "]")
        case .object(let o): text = o.isEmpty ? "{}" : "{" + o.members.prefix(2).map { quote($0.key, limit: 12) + ": " + brief($0.value, limit: 12) }.joined(separator: ", ") + (o.count > 2 ? ", …}" : "}")
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

    static func enumeration(_ ctx: ValidationContext, allowed: [JSONValue], found: JSONValue) -> String {
        var items = allowed.prefix(12).map(listItem).joined(separator: ", ")
        if allowed.count > 12 { items += ", … (\(allowed.count) values)" }
        return "\(subject(ctx)) must be one of: \(items); found \(brief(found))"
    }

    static func constant(_ ctx: ValidationContext, _ value: JSONValue, found: JSONValue) -> String {
        "\(subject(ctx)) must be \(brief(value)); found \(brief(found))"
    }

    static func bound(_ ctx: ValidationContext, _ kind: BoundKeyword.Kind, _ limit: JSONNumber, found: JSONNumber) -> String {
        let phrase: String
        switch kind {
        case .minimum: phrase = "at least"
        case .maximum: phrase = "at most"
        case .exclusiveMinimum: phrase = "greater than"
        case .exclusiveMaximum: phrase = "less than"
        }
        return "\(subject(ctx)) must be \(phrase) \(limit.literal); found \(found.literal)"
    }

    static func multipleOf(_ ctx: ValidationContext, _ divisor: JSONNumber, found: JSONNumber) -> String {
        "\(subject(ctx)) must be a multiple of \(divisor.literal); found \(found.literal)"
    }

    static func length(_ ctx: ValidationContext, minimum: Bool, _ limit: Int, found: Int) -> String {
        "\(subject(ctx)) must be at \(minimum ? "least" : "most") \(plural(limit, "character")) long; found \(found)"
    }

    static func pattern(_ ctx: ValidationContext, _ source: String, found: JSONValue) -> String {
        "\(subject(ctx)) must match the pattern \(quote(source, limit: 60)); found \(brief(found))"
    }

    static func format(_ format: String, found: JSONValue) -> String {
        "\(brief(found)) is not a valid \(format) (format \(quote(format)))"
    }

    static func count(_ ctx: ValidationContext, minimum: Bool, _ limit: Int, ofProperties: Bool, found: Int) -> String {
        let noun = ofProperties ? (limit == 1 ? "property" : "properties") : (limit == 1 ? "item" : "items")
        return "\(subject(ctx)) must have at \(minimum ? "least" : "most") \(limit) \(noun); found \(found)"
    }

    static func duplicateItems(_ ctx: ValidationContext, _ i: Int, _ j: Int) -> String {
        "\(subject(ctx)) must not contain duplicates; items \(i) and \(j) are equal"
    }

    static func requiredMissing(_ name: String) -> String {
        "required property \(quote(name)) is missing"
    }

    static func dependentRequired(_ name: String, trigger: String) -> String {
        "property \(quote(name)) is required when \(quote(trigger)) is present"
    }

    /// `oneOf` matched by several alternatives (0-based indices, shown 1-based).
    static func tooManyAlternatives(_ ctx: ValidationContext, _ matched: [Int]) -> String {
        let list = matched.map { String($0 + 1) }
        return "\(subject(ctx)) must match exactly one alternative of oneOf, but matches \(list.count): alternatives \(list.dropLast().joined(separator: ", ")) and \(list.last ?? "")"
    }

    /// No alternative of `anyOf`/`oneOf` matched; `closest` is 0-based, `fails` its first error.
    static func noAlternative(_ ctx: ValidationContext, count: Int, of keyword: String, closest: Int, fails: String?) -> String {
        "\(subject(ctx)) does not match any of the \(count) alternatives of \(keyword); the closest, alternative \(closest + 1), fails: \(fails ?? "it does not match")"
    }

    static func matchesNot(_ ctx: ValidationContext) -> String {
        "\(subject(ctx)) must not match the schema in \"not\""
    }

    static func invalidPropertyName(_ name: String, reason: String?) -> String {
        "property name \(quote(name)) is not valid: \(reason ?? "it is not allowed")"
    }

    static func tooManyItems(_ index: Int, allowed: Int) -> String {
        "item \(index) is not allowed here: at most \(plural(allowed, "item")) allowed"
    }

    static func unevaluatedItem(_ index: Int) -> String {
        "item \(index) is not allowed here: no schema describes it"
    }

    static func containsTooFew(_ ctx: ValidationContext, minimum: Int, found: Int) -> String {
        let what = minimum == 1 ? "an item" : "at least \(minimum) items"
        return "\(subject(ctx)) must contain \(what) matching the \"contains\" schema; found \(found)"
    }

    static func containsTooMany(_ ctx: ValidationContext, maximum: Int, found: Int) -> String {
        "\(subject(ctx)) must contain at most \(plural(maximum, "item")) matching the \"contains\" schema; found \(found)"
    }

    /// A pattern that ran out of its limit on a value (see ``ICUPattern``).
    static func patternTooExpensive(_ source: String, _ limit: PatternLimit) -> String {
        let reason: String
        switch limit {
        case .steps(let steps): reason = "matching stopped after \(steps) steps, tryg's limit for a string of this length"
        case .memory: reason = "matching needed more than \(ICUPattern.stackLimit >> 20) MiB of memory to backtrack"
        }
        return "the pattern \(quote(source, limit: 60)) is too expensive for this value: \(reason); simplify the pattern (for example, avoid nested repetition such as (a+)+)"
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
                if distance <= 2, distance < max(2, target.count), distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
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

    static func notAllowedProperty(_ name: String, known: [String]) -> String {
        var text = "property \(quote(name)) is not allowed here"
        if let near = suggestion(for: name, among: known) { text += " (did you mean \(quote(near))?)" }
        return text
    }
}

