import JSON

/// An exact decimal view of a JSON number literal: `sign × digits × 10^exponent`.
///
/// JSON Schema compares numbers by mathematical value, beyond what a `Double` holds: `1.0` equals
/// `1`, and `12345678910111213141516171819202122232425262728293031` is an integer. The literal kept by
/// ``JSONNumber`` is parsed into significant digits (no leading or trailing zeros) and a decimal
/// exponent, which makes comparison and `multipleOf` exact.
struct ExactDecimal: Sendable {
    var negative: Bool
    /// Significant digits, most significant first, each 0...9; empty for zero.
    var digits: [UInt8]
    /// Power of ten of the last digit.
    var exponent: Int

    /// Parses an RFC 8259 number literal; returns nil for text that is not one.
    init?(literal: String) {
        var bytes = Array(literal.utf8)[...]
        negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }
        var digits: [UInt8] = []
        var exponent = 0
        var seenPoint = false
        while let b = bytes.first, b != UInt8(ascii: "e"), b != UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if b == UInt8(ascii: ".") { seenPoint = true; continue }
            guard b >= 0x30, b <= 0x39 else { return nil }
            if digits.isEmpty && b == 0x30 {
                if seenPoint { exponent -= 1 }
                continue
            }
            digits.append(b - 0x30)
            if seenPoint { exponent -= 1 }
        }
        if !bytes.isEmpty {
            bytes = bytes.dropFirst()
            var expNegative = false
            if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") {
                expNegative = bytes.first == UInt8(ascii: "-")
                bytes = bytes.dropFirst()
            }
            var value = 0
            for b in bytes {
                guard b >= 0x30, b <= 0x39 else { return nil }
                value = min(value * 10 + Int(b - 0x30), 1 << 40)  // beyond any meaningful exponent
            }
            exponent += expNegative ? -value : value
        }
        while digits.last == 0 {
            digits.removeLast()
            exponent += 1
        }
        if digits.isEmpty { negative = false; exponent = 0 }
        self.digits = digits
        self.exponent = exponent
    }

    var isZero: Bool { digits.isEmpty }
    var isInteger: Bool { exponent >= 0 }

    /// Compares by value: negative, zero or positive like `a - b`.
    static func compare(_ a: ExactDecimal, _ b: ExactDecimal) -> Int {
        if a.negative != b.negative { return a.negative ? -1 : 1 }
        let magnitude = compareMagnitude(a, b)
        return a.negative ? -magnitude : magnitude
    }

    private static func compareMagnitude(_ a: ExactDecimal, _ b: ExactDecimal) -> Int {
        if a.isZero || b.isZero { return a.isZero ? (b.isZero ? 0 : -1) : 1 }
        // Position of the most significant digit decides first.
        let aTop = a.exponent + a.digits.count, bTop = b.exponent + b.digits.count
        if aTop != bTop { return aTop < bTop ? -1 : 1 }
        for i in 0..<max(a.digits.count, b.digits.count) {
            let x = i < a.digits.count ? a.digits[i] : 0
            let y = i < b.digits.count ? b.digits[i] : 0
            if x != y { return x < y ? -1 : 1 }
        }
        return 0
    }

    /// Whether `self` is an integer multiple of `divisor` (which must be positive), exactly.
    ///
    /// Returns nil when the divisor has more than 18 significant digits or the quotient's scale is
    /// absurd (over 100,000 digits); the caller then falls back to `Double` arithmetic.
    func isMultiple(of divisor: ExactDecimal) -> Bool? {
        if isZero { return true }
        guard !divisor.isZero, divisor.digits.count <= 18 else { return nil }
        // self / divisor = (A / B) × 10^(ea − eb); A has no trailing zeros.
        let shift = exponent - divisor.exponent
        if shift < 0 { return false }  // A would need trailing zeros
        guard shift <= 100_000 else { return nil }
        var b: UInt64 = 0
        for d in divisor.digits { b = b * 10 + UInt64(d) }
        var remainder: UInt64 = 0
        func push(_ digit: UInt8) {
            let (high, low) = remainder.multipliedFullWidth(by: 10)
            let (sum, carry) = low.addingReportingOverflow(UInt64(digit))
            remainder = b.dividingFullWidth((high + (carry ? 1 : 0), sum)).remainder
        }
        for d in digits { push(d) }
        for _ in 0..<shift {
            push(0)
            if remainder == 0 { return true }
        }
        return remainder == 0
    }
}

/// Number semantics of JSON Schema over ``JSONNumber``.
enum NumberMath {
    /// Whether a number is an integer in JSON Schema's sense (`1.0` is, `1.5` is not).
    static func isInteger(_ number: JSONNumber) -> Bool {
        let d = number.double
        if d.isFinite, abs(d) < 9.0e15, !literalHasLostPrecision(number) { return d == d.rounded(.towardZero) }
        return ExactDecimal(literal: number.literal)?.isInteger ?? (d.isFinite && d == d.rounded(.towardZero))
    }

    /// Whether the `Double` may differ from the literal's value (more than 15 significant digits).
    static func literalHasLostPrecision(_ number: JSONNumber) -> Bool {
        var count = 0
        var leading = true
        for b in number.literal.utf8 {
            if b == UInt8(ascii: "e") || b == UInt8(ascii: "E") { break }
            guard b >= 0x30, b <= 0x39 else { continue }
            if leading && b == 0x30 { continue }
            leading = false
            count += 1
        }
        return count > 15
    }

    /// Compares two numbers by mathematical value: negative, zero or positive like `a - b`.
    static func compare(_ a: JSONNumber, _ b: JSONNumber) -> Int {
        if a.double.isFinite, b.double.isFinite, abs(a.double) < 1e300, abs(b.double) < 1e300,
            abs(a.double) > 1e-300 || a.double == 0, abs(b.double) > 1e-300 || b.double == 0,
            !literalHasLostPrecision(a), !literalHasLostPrecision(b)
        {
            return a.double < b.double ? -1 : (a.double > b.double ? 1 : 0)
        }
        guard let x = ExactDecimal(literal: a.literal), let y = ExactDecimal(literal: b.literal) else {
            return a.double < b.double ? -1 : (a.double > b.double ? 1 : 0)
        }
        return ExactDecimal.compare(x, y)
    }

    /// Whether two numbers have the same mathematical value.
    static func equal(_ a: JSONNumber, _ b: JSONNumber) -> Bool {
        if a.literal == b.literal { return true }
        return compare(a, b) == 0
    }

    /// Whether `value` is an integer multiple of `divisor` (a positive number), exactly where possible.
    static func isMultiple(_ value: JSONNumber, of divisor: JSONNumber) -> Bool {
        if let x = ExactDecimal(literal: value.literal), let y = ExactDecimal(literal: divisor.literal),
            let answer = x.isMultiple(of: y)
        {
            return answer
        }
        let quotient = value.double / divisor.double
        guard quotient.isFinite else { return false }
        return quotient == quotient.rounded(.towardZero)
    }
}
