/// A JSON number, kept exactly as written.
///
/// The literal text is kept so that the canonical writer round-trips every number and so that
/// comparisons that need more than a `Double` (huge integers, long decimals) work on the exact
/// value. ``double`` is only the nearest `Double`.
///
/// Equality (`==`), hashing and ordering are by mathematical value, computed exactly from the
/// literals: `1 == 1.0 == 1e0 == 10e-1`, `-0 == 0`, and `1e400 < 1e401` although both are
/// infinite as doubles. Use ``literal`` to tell `1` and `1.0` apart.
///
/// Limits: none. Numbers have any number of digits and any exponent the grammar allows
/// (`1.5e-999999999`, `1e99999999999999999999`), and every comparison, integer test and
/// ``isMultiple(of:)`` is exact for them; no number is ever expanded into its digits, so huge
/// exponents cost what their digits cost.
public struct JSONNumber: Sendable, CustomStringConvertible {
    /// The number as written in the source (RFC 8259 grammar), e.g. `-12.50e+3`.
    public let literal: String
    /// The nearest `Double`: ±infinity for magnitudes beyond its range, ±0 for those below it.
    public let double: Double

    /// Makes a number from a literal and its value; the caller vouches that they agree.
    ///
    /// A literal outside the JSON grammar (e.g. `inf`) is kept, but the writer writes such a number as `null`.
    public init(literal: String, double: Double) {
        self.literal = literal
        self.double = double
    }

    /// Makes a number from a literal in the RFC 8259 grammar, or nil if it is not one.
    public init?(literal: String) {
        var text = literal
        let valid = text.withUTF8 { DecimalView($0) != nil }
        guard valid, let double = Double(literal) else { return nil }
        self.literal = literal
        self.double = double
    }

    /// Makes a number from a `Double`, written the shortest way that reads back exactly.
    ///
    /// Non-finite doubles have no JSON form: their literal is `inf`, `-inf` or `nan` and the writer
    /// writes them as `null`.
    public init(_ double: Double) {
        self.double = double
        if double.isFinite, double == double.rounded(), abs(double) < 1e15 {
            self.literal = String(Int64(double))
        } else {
            self.literal = "\(double)"
        }
    }

    /// Makes a number from an `Int`, written in decimal.
    public init(_ int: Int) {
        self.literal = String(int)
        self.double = Double(int)
    }

    /// The literal.
    public var description: String { literal }

    /// Whether ``literal`` follows the RFC 8259 number grammar.
    public var isValidLiteral: Bool {
        var text = literal
        return text.withUTF8 { DecimalView($0) != nil }
    }

    /// Whether the value is a whole number (JSON Schema's "integer"): true for `1`, `1.0`, `1e2`,
    /// `10.0e-1` and `1e400`, false for `1.5` and `1e-400`. Decided exactly from the literal.
    public var isInteger: Bool {
        if let double = exactDouble { return double == double.rounded() }
        return withDecimal { view in
            guard let view else { return double.isFinite && double == double.rounded() }
            return view.isInteger
        }
    }

    /// The value as an `Int`, if it is a whole number that fits exactly (`1.0` and `1e2` do).
    public var intValue: Int? {
        if let i = Int(literal) { return i }
        return withDecimal { view in
            guard let view else {
                guard double.isFinite, double == double.rounded(), abs(double) < 9.0e15 else { return nil }
                return Int(double)
            }
            return view.exactInt()
        }
    }

    /// How many significant digits the literal has, from the first to the last non-zero digit
    /// (`0.00120e5` has 2); 0 for zero and for a literal outside the JSON grammar.
    public var significantDigitCount: Int {
        withDecimal { $0?.significantCount ?? 0 }
    }

    /// Whether `self / divisor` is a whole number (JSON Schema's `multipleOf`), decided exactly from
    /// the literals: `0.3` is a multiple of `0.1`, `1e400` of `7`, `2e-400` of `1e-400`... only when it
    /// truly is.
    ///
    /// Returns nil when there is no answer: a divisor that is zero, or a literal outside the JSON
    /// grammar (such as that of `JSONNumber(.infinity)`). The sign of either is ignored.
    /// - Complexity: O(digits of self) without allocation for divisors of up to 19 significant
    ///   digits; O(digits of self × digits of divisor / 81) for longer ones. Exponents cost nothing.
    public func isMultiple(of divisor: JSONNumber) -> Bool? {
        withDecimal { x in
            divisor.withDecimal { y in
                guard let x, let y else { return nil }
                return x.isMultiple(of: y)
            }
        }
    }

    /// ``double`` when comparing doubles gives the exact answer, else nil: for literals of at most 15
    /// characters (so at most 15 significant digits) whose double is normal (neither zero, subnormal
    /// nor infinite), and for the literal `0`.
    ///
    /// Two different decimals of at most 15 significant digits in the normal range round to different
    /// doubles, in the same order, and such a decimal is whole exactly when its double is (below
    /// 2^53): so order, equality and ``isInteger`` read from these doubles are exact. Most numbers in
    /// documents and schemas (`0.5`, `42`, `-3.25e2`) take this path without reading their digits.
    @inline(__always)
    var exactDouble: Double? {
        let count = literal.utf8.count
        return count <= 15 && (double.isNormal || (double == 0 && count == 1)) ? double : nil
    }

    /// Calls `body` with the decimal view of the literal (nil if the literal is not JSON grammar).
    func withDecimal<R>(_ body: (DecimalView?) -> R) -> R {
        var text = literal
        return text.withUTF8 { body(DecimalView($0)) }
    }
}

extension JSONNumber: Hashable, Comparable {
    /// Compares the mathematical values of two numbers exactly: negative if `a < b`, zero if equal,
    /// positive if `a > b`.
    ///
    /// Works on the literals (digits and exponent), so 400-digit integers and `1e400` compare
    /// correctly. A literal outside the JSON grammar is compared by its `double` (NaN equals NaN
    /// and sorts first).
    /// - Complexity: O(number of digits), without allocation.
    public static func compare(_ a: JSONNumber, _ b: JSONNumber) -> Int {
        if let x = a.exactDouble, let y = b.exactDouble { return x < y ? -1 : (x > y ? 1 : 0) }
        if a.literal.utf8.elementsEqual(b.literal.utf8) { return 0 }
        return a.withDecimal { x in
            b.withDecimal { y in
                if let x, let y { return DecimalView.compare(x, y) }
                return compareDoubles(a.double, b.double)
            }
        }
    }

    private static func compareDoubles(_ a: Double, _ b: Double) -> Int {
        if a.isNaN || b.isNaN { return (a.isNaN ? 0 : 1) - (b.isNaN ? 0 : 1) }
        return a < b ? -1 : (a > b ? 1 : 0)
    }

    /// Equal mathematical values (`1.0 == 1`).
    public static func == (a: JSONNumber, b: JSONNumber) -> Bool { compare(a, b) == 0 }

    /// Smaller mathematical value (`1 < 1.5`, `1e400 < 1e401`).
    public static func < (a: JSONNumber, b: JSONNumber) -> Bool { compare(a, b) < 0 }

    /// Hashes the mathematical value, so that `1` and `1.0` hash alike.
    ///
    /// The hash is that of ``double``: equal values have the same correctly rounded double (and
    /// `-0.0` hashes as `0.0`), so this agrees with `==` without reading the digits; numbers that
    /// differ only beyond a double's precision merely share a hash.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(double.isNaN ? Double.nan.bitPattern : (double == 0 ? 0 : double.bitPattern))
    }
}
