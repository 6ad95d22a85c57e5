/// A read-only view of a JSON number literal as sign, digits and exponent, for exact arithmetic.
///
/// The digits of the integer part and of the fraction are read as one sequence `d[0..<count]`;
/// `first` and `last` are the positions of its first and last non-zero digit. The value is then
/// `0.d[first]…d[last] × 10^scale`, a form in which two numbers compare digit by digit.
struct DecimalView {
    /// Exponents are clamped to this magnitude so that arithmetic on them cannot overflow.
    static let exponentLimit = 1_000_000_000_000_000

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var negative = false
    private var intStart = 0, intCount = 0
    private var fracStart = 0, fracCount = 0
    private(set) var exponent = 0
    /// Position of the first non-zero digit, or -1 for zero.
    private(set) var first = -1
    /// Position of the last non-zero digit, or -1 for zero.
    private(set) var last = -1

    /// Reads a literal in the RFC 8259 number grammar; nil for anything else.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var k = 0
        let n = bytes.count
        if k < n, bytes[k] == ._minus { negative = true; k += 1 }
        intStart = k
        while k < n, bytes[k].isDigit { k += 1 }
        intCount = k - intStart
        guard intCount > 0, intCount == 1 || bytes[intStart] != ._zero else { return nil }
        if k < n, bytes[k] == ._dot {
            k += 1
            fracStart = k
            while k < n, bytes[k].isDigit { k += 1 }
            fracCount = k - fracStart
            guard fracCount > 0 else { return nil }
        }
        if k < n, bytes[k] == ._e || bytes[k] == ._E {
            k += 1
            var negativeExponent = false
            if k < n, bytes[k] == ._plus || bytes[k] == ._minus { negativeExponent = bytes[k] == ._minus; k += 1 }
            let start = k
            while k < n, bytes[k].isDigit {
                exponent = min(Self.exponentLimit, exponent * 10 + Int(bytes[k] &- ._zero))
                k += 1
            }
            guard k > start else { return nil }
            if negativeExponent { exponent = -exponent }
        }
        guard k == n else { return nil }
        let count = intCount + fracCount
        var p = 0
        while p < count, digit(p) == 0 { p += 1 }
        guard p < count else { return }  // zero
        first = p
        p = count - 1
        while digit(p) == 0 { p -= 1 }
        last = p
    }

    /// The digit at position `p` of the integer-then-fraction sequence.
    @inline(__always) func digit(_ p: Int) -> UInt8 {
        p < intCount ? bytes[intStart + p] &- ._zero : bytes[fracStart + p - intCount] &- ._zero
    }

    var isZero: Bool { first < 0 }

    /// The exponent of the value written as `0.d[first]…d[last] × 10^scale`.
    var scale: Int { exponent + intCount - first }

    /// Number of significant digits.
    var significantCount: Int { isZero ? 0 : last - first + 1 }

    /// Whether the value is a whole number: its last non-zero digit is at or left of the units place.
    var isInteger: Bool { isZero || exponent + intCount - 1 - last >= 0 }

    /// The power of ten of the last significant digit (`1.25` → -2, `1200` → 2).
    var lastPlace: Int { exponent + intCount - 1 - last }

    /// The significant digits as an integer, if there are at most 19 of them.
    var significand: UInt64? {
        guard !isZero, significantCount <= 19 else { return nil }
        var value: UInt64 = 0
        for p in first...last { value = value * 10 + UInt64(digit(p)) }
        return value
    }

    /// Whether `self / divisor` is an integer, decided exactly; nil when the divisor has more than
    /// 19 significant digits (or is zero).
    ///
    /// With `self = A × 10^p` and `divisor = B × 10^q` (A and B without trailing zeros): if `p < q`
    /// the quotient needs A divisible by 10, which it is not; otherwise B must divide `A × 10^(p−q)`,
    /// checked with remainders modulo B.
    func isMultiple(of divisor: DecimalView) -> Bool? {
        guard let b = divisor.significand else { return nil }
        if isZero { return true }
        let p = lastPlace, q = divisor.lastPlace
        if p < q { return false }
        if b == 1 { return true }
        var remainder: UInt64 = 0
        for k in first...last { remainder = Self.mulmod(remainder, 10, b) &+ UInt64(digit(k)) % b; remainder %= b }
        guard remainder != 0 else { return true }
        // remainder × 10^(p−q) mod b, by repeated squaring.
        var power = Self.mulmod(1, 1, b), base: UInt64 = 10 % b, n = p - q
        while n > 0 {
            if n & 1 == 1 { power = Self.mulmod(power, base, b) }
            base = Self.mulmod(base, base, b)
            n >>= 1
        }
        return Self.mulmod(remainder, power, b) == 0
    }

    /// `(x × y) mod m` without overflow (x, y < m, or small).
    private static func mulmod(_ x: UInt64, _ y: UInt64, _ m: UInt64) -> UInt64 {
        let product = x.multipliedFullWidth(by: y)
        return m.dividingFullWidth((product.high % m, product.low)).remainder
    }

    /// The value as an `Int`, if it is whole and fits.
    func exactInt() -> Int? {
        guard isInteger else { return nil }
        if isZero { return 0 }
        guard scale <= 19 else { return nil }
        // Accumulate negatively so that Int.min fits.
        var value = 0
        for position in 0..<scale {
            let d = first + position <= last ? Int(digit(first + position)) : 0
            let (shifted, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = shifted.subtractingReportingOverflow(d)
            guard !o1, !o2 else { return nil }
            value = next
        }
        if negative { return value }
        return value == Int.min ? nil : -value
    }

    /// Compares two values exactly: negative, zero or positive as `a` is less, equal or greater.
    static func compare(_ a: DecimalView, _ b: DecimalView) -> Int {
        let signA = a.isZero ? 0 : (a.negative ? -1 : 1)
        let signB = b.isZero ? 0 : (b.negative ? -1 : 1)
        if signA != signB { return signA < signB ? -1 : 1 }
        if signA == 0 { return 0 }
        let magnitude = compareMagnitudes(a, b)
        return signA > 0 ? magnitude : -magnitude
    }

    /// Compares absolute values of two non-zero numbers.
    private static func compareMagnitudes(_ a: DecimalView, _ b: DecimalView) -> Int {
        if a.scale != b.scale { return a.scale < b.scale ? -1 : 1 }
        let countA = a.significantCount, countB = b.significantCount
        for k in 0..<min(countA, countB) {
            let x = a.digit(a.first + k), y = b.digit(b.first + k)
            if x != y { return x < y ? -1 : 1 }
        }
        // Neither has trailing zeros, so the one with more digits is larger.
        return countA == countB ? 0 : (countA < countB ? -1 : 1)
    }
}
