/// A read-only view of a JSON number literal as sign, digits and exponent, for exact arithmetic.
///
/// The digits of the integer part and of the fraction are read as one sequence `d[0..<count]`;
/// `first` and `last` are the positions of its first and last non-zero digit. The value is then
/// `0.d[first]…d[last] × 10^scale`, a form in which two numbers compare digit by digit.
///
/// Exponents are exact whatever their size: the parser accepts `1e999999999999999999999`, and
/// such a number is neither expanded nor rounded. An exponent of up to 17 digits is held as an
/// `Int`; a longer one is kept as its digits in the literal, and the only arithmetic it needs — the
/// difference of two exponents, to compare scales or shift a divisor — is done digit by digit,
/// saturating once the answer is far beyond any count of digits a literal can have.
struct DecimalView {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var negative = false
    private var intStart = 0, intCount = 0
    private var fracStart = 0, fracCount = 0
    /// The exponent as written (`e…`), 0 when there is none.
    private(set) var exponent = Exponent()
    /// Position of the first non-zero digit, or -1 for zero.
    private(set) var first = -1
    /// Position of the last non-zero digit, or -1 for zero.
    private(set) var last = -1

    /// Reads a literal in the RFC 8259 number grammar; nil for anything else.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var k = 0
        let n = bytes.count
        if k < n, bytes[k] == ._minus {
            negative = true
            k += 1
        }
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
            guard let exponent = Exponent(bytes, at: &k) else { return nil }
            self.exponent = exponent
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

    /// Number of significant digits.
    var significantCount: Int { isZero ? 0 : last - first + 1 }

    /// `scale − exponent`: the value is `0.d[first]…d[last] × 10^(exponent + scaleOffset)`.
    private var scaleOffset: Int { intCount - first }

    /// `lastPlace − exponent`: the last significant digit stands for `10^(exponent + lastPlaceOffset)`.
    private var lastPlaceOffset: Int { intCount - 1 - last }

    /// Whether the value is a whole number: its last non-zero digit is at or left of the units place.
    var isInteger: Bool { isZero || exponent.saturated + lastPlaceOffset >= 0 }

    /// The power of ten of the last significant digit (`1.25` → -2, `1200` → 2), saturated beyond
    /// ±``Exponent/saturation``.
    var lastPlace: Int { Exponent.saturatingAdd(exponent.saturated, lastPlaceOffset) }

    /// The exponent of the value written as `0.d[first]…d[last] × 10^scale`, saturated like ``lastPlace``.
    var scale: Int { Exponent.saturatingAdd(exponent.saturated, scaleOffset) }

    /// `a.lastPlace − b.lastPlace`, exactly when it is smaller than ±``Exponent/saturation`` in
    /// magnitude, else that bound with the right sign.
    static func lastPlaceDifference(_ a: DecimalView, _ b: DecimalView) -> Int {
        Exponent.difference(a.exponent, in: a.bytes, b.exponent, in: b.bytes, plus: a.lastPlaceOffset - b.lastPlaceOffset)
    }

    /// The significant digits as an integer, if there are at most 19 of them.
    var significand: UInt64? {
        guard !isZero, significantCount <= 19 else { return nil }
        var value: UInt64 = 0
        for p in first...last { value = value * 10 + UInt64(digit(p)) }
        return value
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

    /// Compares absolute values of two non-zero numbers: by scale first, then digit by digit.
    private static func compareMagnitudes(_ a: DecimalView, _ b: DecimalView) -> Int {
        let scales = Exponent.difference(a.exponent, in: a.bytes, b.exponent, in: b.bytes, plus: a.scaleOffset - b.scaleOffset)
        if scales != 0 { return scales < 0 ? -1 : 1 }
        let countA = a.significantCount, countB = b.significantCount
        for k in 0..<min(countA, countB) {
            let x = a.digit(a.first + k), y = b.digit(b.first + k)
            if x != y { return x < y ? -1 : 1 }
        }
        // Neither has trailing zeros, so the one with more digits is larger.
        return countA == countB ? 0 : (countA < countB ? -1 : 1)
    }
}

/// The exponent of a number literal, of any length.
struct Exponent {
    /// Results of exponent arithmetic are exact below this magnitude and clamped to it above: far
    /// beyond the digit count of any literal, so adding such a count never changes a sign.
    static let saturation = 1 << 62
    /// Exponents of at most this many significant digits are held exactly in ``saturated``.
    static let exactDigits = 17

    private(set) var negative = false
    /// Where the exponent's significant digits start in the literal, and how many there are (0 for 0).
    private var start = 0, count = 0
    /// The value when it has at most ``exactDigits`` digits; otherwise ±``saturation``.
    private(set) var saturated = 0

    init() {}

    /// Reads a sign and digits at `k` (after the `e`); nil if there are no digits.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, at k: inout Int) {
        let n = bytes.count
        if k < n, bytes[k] == ._plus || bytes[k] == ._minus {
            negative = bytes[k] == ._minus
            k += 1
        }
        let digits = k
        while k < n, bytes[k] == ._zero { k += 1 }
        start = k
        var value = 0
        while k < n, bytes[k].isDigit {
            if k - start < Self.exactDigits { value = value * 10 + Int(bytes[k] &- ._zero) }
            k += 1
        }
        guard k > digits else { return nil }
        count = k - start
        if count > Self.exactDigits { value = Self.saturation }
        saturated = negative ? -value : value
    }

    private var isExact: Bool { count <= Self.exactDigits }

    /// `a + b`, clamped to ±``saturation``.
    static func saturatingAdd(_ a: Int, _ b: Int) -> Int {
        max(-saturation, min(saturation, a + b))  // both operands are far below Int's limits
    }

    /// `a − b + extra`, exactly below ±``saturation`` and clamped to it above; `extra` is a small
    /// difference of digit counts.
    /// - Complexity: O(1) for exponents of up to 17 digits, else O(digits) at most.
    static func difference(
        _ a: Exponent, in aBytes: UnsafeBufferPointer<UInt8>, _ b: Exponent, in bBytes: UnsafeBufferPointer<UInt8>,
        plus extra: Int
    ) -> Int {
        if a.isExact && b.isExact { return saturatingAdd(a.saturated - b.saturated, extra) }
        if a.negative != b.negative {
            // One of them is huge, and they lie on either side of zero.
            return a.negative ? -saturation : saturation
        }
        let magnitude = magnitudeDifference(a, aBytes, b, bBytes)
        return saturatingAdd(a.negative ? -magnitude : magnitude, extra)
    }

    /// `|a| − |b|`, clamped to ±``saturation``, read digit by digit from the most significant.
    ///
    /// Once the running difference is non-zero its magnitude can only grow (`10·d ± 9` with
    /// `|d| ≥ 1`), so the walk stops as soon as it passes the bound.
    private static func magnitudeDifference(
        _ a: Exponent, _ aBytes: UnsafeBufferPointer<UInt8>, _ b: Exponent, _ bBytes: UnsafeBufferPointer<UInt8>
    ) -> Int {
        var difference = 0
        var place = max(a.count, b.count) - 1
        while place >= 0 {
            let x = place < a.count ? Int(aBytes[a.start + a.count - 1 - place] &- ._zero) : 0
            let y = place < b.count ? Int(bBytes[b.start + b.count - 1 - place] &- ._zero) : 0
            difference = difference * 10 + x - y
            if abs(difference) >= saturation / 16 { return difference < 0 ? -saturation : saturation }
            place -= 1
        }
        return difference
    }
}
