import JSON

/// The plain-words messages of validation errors.
///
/// Messages name the failing value by its property name (`status must be …`), say what was
/// expected and what was found, and quote values briefly (long ones are cut with `…`).
enum Messages {
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

