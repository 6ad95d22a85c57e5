/// Named bytes of the JSON grammar.
extension UInt8 {
    static let _space = UInt8(ascii: " ")
    static let _tab = UInt8(ascii: "\t")
    static let _newline = UInt8(ascii: "\n")
    static let _return = UInt8(ascii: "\r")
    static let _quote = UInt8(ascii: "\"")
    static let _backslash = UInt8(ascii: "\\")
    static let _slash = UInt8(ascii: "/")
    static let _comma = UInt8(ascii: ",")
    static let _colon = UInt8(ascii: ":")
    static let _openBrace = UInt8(ascii: "{")
    static let _closeBrace = UInt8(ascii: "}")
    static let _openBracket = UInt8(ascii: "[")
    static let _closeBracket = UInt8(ascii: "]")
    static let _minus = UInt8(ascii: "-")
    static let _plus = UInt8(ascii: "+")
    static let _zero = UInt8(ascii: "0")
    static let _nine = UInt8(ascii: "9")
    static let _dot = UInt8(ascii: ".")
    static let _e = UInt8(ascii: "e")
    static let _E = UInt8(ascii: "E")

    @inline(__always) var isDigit: Bool { self &- ._zero < 10 }
    @inline(__always) var isLetter: Bool { (self | 0x20) &- UInt8(ascii: "a") < 26 }
}

// MARK: - Scalars: literals, numbers, and messages

extension JSONReader {
    /// Parses a string, number or literal at `i`, or throws what is wrong there.
    mutating func parseScalar(_ expectation: Expectation) throws(JSONSyntaxError) -> JSONValue {
        let start = i
        let byte = bytes[i]
        if byte == ._quote { return JSONValue(.string(try parseString()), offset: start) }
        if byte == ._minus || byte.isDigit { return JSONValue(.number(try parseNumber()), offset: start) }
        if byte.isLetter { return try parseLiteral() }
        if byte == ._plus { throw JSONSyntaxError(.invalidNumber(.plusSign), offset: i) }
        if byte == ._dot {
            throw JSONSyntaxError(.invalidNumber(.leadingDot), offset: i)
        }
        throw unexpected(expected: expected(expectation))
    }

    /// Parses `true`, `false` or `null` at `i`; any other word is an error.
    mutating func parseLiteral() throws(JSONSyntaxError) -> JSONValue {
        let start = i
        var end = start
        while end < bytes.count, end < start + 40, bytes[end].isLetter || bytes[end].isDigit || bytes[end] == UInt8(ascii: "_") {
            end += 1
        }
        let length = end - start
        let b = bytes[start]
        if length == 4, b == UInt8(ascii: "t"), bytes[start + 1] == UInt8(ascii: "r"),
            bytes[start + 2] == UInt8(ascii: "u"), bytes[start + 3] == UInt8(ascii: "e")
        {
            i = end
            return JSONValue(.bool(true), offset: start)
        }
        if length == 5, b == UInt8(ascii: "f"), bytes[start + 1] == UInt8(ascii: "a"), bytes[start + 2] == UInt8(ascii: "l"),
            bytes[start + 3] == UInt8(ascii: "s"), bytes[start + 4] == UInt8(ascii: "e")
        {
            i = end
            return JSONValue(.bool(false), offset: start)
        }
        if length == 4, b == UInt8(ascii: "n"), bytes[start + 1] == UInt8(ascii: "u"),
            bytes[start + 2] == UInt8(ascii: "l"), bytes[start + 3] == UInt8(ascii: "l")
        {
            i = end
            return JSONValue(.null, offset: start)
        }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        throw JSONSyntaxError(.invalidLiteral(found: word), offset: start)
    }

    /// Parses a number at `i` (a `-` or a digit), keeping its literal and computing its `Double`.
    ///
    /// Literals of at most 19 significant digits with a small decimal exponent get their `Double`
    /// exactly by one multiplication or division (both operands exact); others go to the standard
    /// library's correctly rounded conversion.
    mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = i
        if bytes[i] == ._minus { i += 1 }
        guard i < bytes.count, bytes[i].isDigit else {
            throw JSONSyntaxError(.invalidNumber(.minusWithoutDigit(found: describe(at: i))), offset: i)
        }
        var mantissa: UInt64 = 0
        var digitCount = scanDigits(into: &mantissa)
        if digitCount > 1, bytes[i - digitCount] == ._zero {
            throw JSONSyntaxError(.invalidNumber(.leadingZeros), offset: start)
        }
        var scale = 0
        if i < bytes.count, bytes[i] == ._dot {
            i += 1
            scale = -scanDigits(into: &mantissa)
            guard scale < 0 else {
                throw JSONSyntaxError(.invalidNumber(.fractionWithoutDigit(found: describe(at: i))), offset: i)
            }
            digitCount -= scale
        }
        let exponent = try parseExponent()
        if i < bytes.count, bytes[i].isLetter || bytes[i] == ._dot || bytes[i] == UInt8(ascii: "_") {
            throw JSONSyntaxError(.invalidNumber(.unexpected(found: describe(at: i))), offset: i)
        }
        let literal = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        let double: Double
        if digitCount <= 19, let fast = Self.fastDouble(mantissa, exponent: scale + exponent) {
            double = bytes[start] == ._minus ? -fast : fast
        } else {
            double = Double(literal) ?? .nan
        }
        return JSONNumber(literal: literal, double: double)
    }

    /// Reads digits at `i` into `mantissa` (exact for up to 19 digits in all) and returns how many.
    @inline(__always)
    private mutating func scanDigits(into mantissa: inout UInt64) -> Int {
        let first = i
        while i < bytes.count, bytes[i].isDigit {
            mantissa = mantissa &* 10 &+ UInt64(bytes[i] &- ._zero)
            i += 1
        }
        return i - first
    }

    /// Reads an optional exponent (`e`, sign, digits) at `i`; its value saturates at ±1,000,000,
    /// far beyond `Double`'s range.
    @inline(__always)
    private mutating func parseExponent() throws(JSONSyntaxError) -> Int {
        guard i < bytes.count, bytes[i] == ._e || bytes[i] == ._E else { return 0 }
        i += 1
        var negative = false
        if i < bytes.count, bytes[i] == ._plus || bytes[i] == ._minus {
            negative = bytes[i] == ._minus
            i += 1
        }
        let digits = i
        var exponent = 0
        while i < bytes.count, bytes[i].isDigit {
            if exponent < 1_000_000 { exponent = exponent * 10 + Int(bytes[i] &- ._zero) }
            i += 1
        }
        if i == digits {
            throw JSONSyntaxError(.invalidNumber(.exponentWithoutDigit(found: describe(at: i))), offset: i)
        }
        return negative ? -exponent : exponent
    }

    /// `mantissa × 10^exponent` when both factors are exact doubles, so one operation rounds correctly.
    @inline(__always)
    static func fastDouble(_ mantissa: UInt64, exponent: Int) -> Double? {
        guard mantissa <= 1 << 53, exponent >= -22, exponent <= 22 else { return nil }
        let m = Double(mantissa)
        if exponent == 0 { return m }
        let power = powersOfTen[exponent < 0 ? -exponent : exponent]
        return exponent < 0 ? m / power : m * power
    }

    static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The error for an unexpected byte at `i`: invalid UTF-8, trailing content, or `expected`.
    func unexpected(trailing: Bool = false, expected: JSONSyntaxError.Expected) -> JSONSyntaxError {
        if i < bytes.count, bytes[i] >= 0x80, utf8SequenceLength(at: i) == nil {
            return JSONSyntaxError(.invalidUTF8(bytes[i]), offset: i)
        }
        let found = describe(at: i)
        return JSONSyntaxError(
            trailing ? .trailingContent(found: found) : .unexpected(found: found, expected: expected), offset: i)
    }

    /// What stands at `offset`, for messages.
    func describe(at offset: Int) -> JSONSyntaxError.Found {
        guard offset < bytes.count else { return .endOfFile }
        let b = bytes[offset]
        switch b {
        case UInt8(ascii: "'"): return .singleQuote
        case ._newline: return .lineBreak
        case 0x20..<0x7F: return .character(String(Character(Unicode.Scalar(b))))
        case 0..<0x20, 0x7F: return .controlCharacter(b)
        default:
            guard let length = utf8SequenceLength(at: offset) else { return .invalidByte(b) }
            return .character(String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self))
        }
    }

    /// The length of the well-formed UTF-8 sequence starting at `k`, or nil if it is not well-formed.
    ///
    /// Follows the table of well-formed byte sequences in the Unicode standard (no overlong forms,
    /// no encoded surrogates, nothing above U+10FFFF).
    func utf8SequenceLength(at k: Int) -> Int? {
        let b0 = bytes[k]
        if b0 < 0x80 { return 1 }
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: return nil
        }
        guard k + length <= bytes.count else { return nil }
        guard bytes[k + 1] >= low, bytes[k + 1] <= high else { return nil }
        for n in 2..<length where bytes[k + n] & 0xC0 != 0x80 { return nil }
        return length
    }

    /// Throws ``JSONSyntaxError/Kind/invalidUTF8(_:)`` for the first ill-formed sequence in `range`.
    func checkUTF8(_ range: Range<Int>) throws(JSONSyntaxError) {
        var k = range.lowerBound
        while k < range.upperBound {
            if bytes[k] < 0x80 {
                k += 1
                // Skip ASCII eight bytes at a time.
                if let base = bytes.baseAddress {
                    while k + 8 <= range.upperBound,
                        UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                    {
                        k += 8
                    }
                }
                continue
            }
            guard let length = utf8SequenceLength(at: k), k + length <= range.upperBound else {
                throw JSONSyntaxError(.invalidUTF8(bytes[k]), offset: k)
            }
            k += length
        }
    }
}
