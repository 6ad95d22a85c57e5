/// A strict RFC 8259 parser of UTF-8 bytes into ``JSONValue``s that keep their byte offsets.
///
/// The hot loop works on bytes and offsets only; lines and columns are computed from an offset when
/// an error or a diagnostic needs them (``SourceText/location(ofOffset:)``).
///
/// Limits (each gives a ``JSONSyntaxError``, never a crash): nesting deeper than
/// ``Limits/maxDepth``, input larger than ``Limits/maxBytes``.
public struct JSONParser {
    public struct Limits: Sendable {
        /// Deepest nesting of arrays and objects accepted.
        public var maxDepth: Int = 512
        /// Largest input accepted, in bytes.
        public var maxBytes: Int = 64 << 20

        public init(maxDepth: Int = 512, maxBytes: Int = 64 << 20) {
            self.maxDepth = maxDepth
            self.maxBytes = maxBytes
        }
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Parses a whole document.
    /// - Throws: ``JSONSyntaxError`` for the first problem found.
    public func parse(_ source: SourceText) throws(JSONSyntaxError) -> JSONDocument {
        let bytes = source.bytes
        if bytes.count > limits.maxBytes {
            throw JSONSyntaxError(.tooLarge(limit: limits.maxBytes), offset: 0)
        }
        var duplicates: [DuplicateKey] = []
        let root: JSONValue = try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> JSONValue in
            var reader = Reader(bytes: buffer, maxDepth: limits.maxDepth)
            let value = try reader.parseDocument()
            duplicates = reader.duplicates
            return value
        }
        return JSONDocument(source: source, root: root, duplicateKeys: duplicates)
    }

    /// Parses bytes.
    public func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONDocument {
        try parse(SourceText(bytes: bytes))
    }

    /// Parses a string.
    public func parse(_ string: String) throws(JSONSyntaxError) -> JSONDocument {
        try parse(SourceText(string))
    }
}

/// A parsed document: its source, its root value, and the duplicate keys found.
public struct JSONDocument: Sendable {
    public let source: SourceText
    public let root: JSONValue
    /// Keys written more than once in the same object, in source order (the JSON standard allows
    /// them; strategy content does not).
    public let duplicateKeys: [DuplicateKey]

    public init(source: SourceText, root: JSONValue, duplicateKeys: [DuplicateKey] = []) {
        self.source = source
        self.root = root
        self.duplicateKeys = duplicateKeys
    }

    /// The line and column of a byte offset in this document.
    public func location(ofOffset offset: Int) -> SourceLocation { source.location(ofOffset: offset) }
}

/// A key that occurs more than once in one object.
public struct DuplicateKey: Sendable, Hashable {
    public var key: String
    /// Offset of the repeated key's opening quote.
    public var offset: Int
    /// Offset of the first occurrence's opening quote.
    public var firstOffset: Int
}

/// The first syntax error in a document, with a plain-words message.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case unexpectedEnd(expected: String)
        case unexpected(found: String, expected: String)
        case trailingContent(found: String)
        case invalidLiteral(found: String)
        case invalidNumber(String)
        case invalidEscape(String)
        case loneSurrogate(String)
        case controlCharacterInString(UInt8)
        case unterminatedString
        case invalidUTF8
        case byteOrderMark
        case tooDeep(limit: Int)
        case tooLarge(limit: Int)
    }

    public var kind: Kind
    /// Byte offset of the problem.
    public var offset: Int

    public init(_ kind: Kind, offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    public var message: String {
        switch kind {
        case .unexpectedEnd(let expected): return "unexpected end of file, expected \(expected)"
        case .unexpected(let found, let expected): return "expected \(expected), found \(found)"
        case .trailingContent(let found): return "unexpected \(found) after the end of the JSON value"
        case .invalidLiteral(let found): return "invalid literal '\(found)': expected true, false or null"
        case .invalidNumber(let why): return "invalid number: \(why)"
        case .invalidEscape(let what): return "invalid escape sequence \(what) in string"
        case .loneSurrogate(let what): return "escape \(what) is half of a UTF-16 surrogate pair and cannot stand alone"
        case .controlCharacterInString(let byte):
            let hex = String(byte, radix: 16, uppercase: true)
            return "control character U+\(String(repeating: "0", count: 4 - hex.count))\(hex) must be escaped in a string"
        case .unterminatedString: return "string is not closed: missing '\"'"
        case .invalidUTF8: return "the file is not valid UTF-8"
        case .byteOrderMark: return "the file starts with a byte order mark (BOM); save it as UTF-8 without BOM"
        case .tooDeep(let limit): return "nesting is deeper than \(limit) levels"
        case .tooLarge(let limit): return "the file is larger than \(limit) bytes"
        }
    }

    public var description: String { message }
}

// MARK: - The reader

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
}

private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var i = 0
    var depth = 0
    var duplicates: [DuplicateKey] = []

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            throw JSONSyntaxError(.byteOrderMark, offset: 0)
        }
        skipWhitespace()
        let value = try parseValue(expected: "a JSON value")
        skipWhitespace()
        if i < bytes.count {
            throw JSONSyntaxError(.trailingContent(found: describe(at: i)), offset: i)
        }
        return value
    }

    @inline(__always) mutating func skipWhitespace() {
        while i < bytes.count {
            let b = bytes[i]
            if b == ._space || b == ._newline || b == ._tab || b == ._return { i += 1 } else { return }
        }
    }

    /// A short description of what stands at `offset`, for messages.
    func describe(at offset: Int) -> String {
        guard offset < bytes.count else { return "end of file" }
        let b = bytes[offset]
        if b >= 0x20 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        if b == ._newline { return "a line break" }
        if b < 0x20 || b == 0x7F { return "control character 0x\(String(b, radix: 16, uppercase: true))" }
        // A multi-byte UTF-8 character: show it if it decodes.
        var end = offset + 1
        while end < bytes.count, end < offset + 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
        if let s = String(validating: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self) {
            return "'\(s)'"
        }
        return "a byte that is not valid UTF-8"
    }

    mutating func parseValue(expected: String) throws(JSONSyntaxError) -> JSONValue {
        guard i < bytes.count else { throw JSONSyntaxError(.unexpectedEnd(expected: expected), offset: i) }
        let start = i
        switch bytes[i] {
        case ._quote:
            return JSONValue(.string(try parseString()), offset: start)
        case ._openBrace:
            return try parseObject()
        case ._openBracket:
            return try parseArray()
        case ._minus, UInt8._zero...UInt8._nine:
            return JSONValue(.number(try parseNumber()), offset: start)
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            return try parseLiteral()
        default:
            throw JSONSyntaxError(.unexpected(found: describe(at: i), expected: expected), offset: i)
        }
    }

    mutating func parseLiteral() throws(JSONSyntaxError) -> JSONValue {
        let start = i
        func matches(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard start + n <= bytes.count else { return false }
            let w = word.utf8Start
            for k in 0..<n where bytes[start + k] != w[k] { return false }
            // The word must end there: "nullx" is not null.
            if start + n < bytes.count, Self.isWordByte(bytes[start + n]) { return false }
            return true
        }
        if matches("true") { i += 4; return JSONValue(.bool(true), offset: start) }
        if matches("false") { i += 5; return JSONValue(.bool(false), offset: start) }
        if matches("null") { i += 4; return JSONValue(.null, offset: start) }
        var end = start
        while end < bytes.count, end < start + 32, Self.isWordByte(bytes[end]) { end += 1 }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        throw JSONSyntaxError(.invalidLiteral(found: word), offset: start)
    }

    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || (b >= ._zero && b <= ._nine) || b == UInt8(ascii: "_")
    }

    mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > maxDepth { throw JSONSyntaxError(.tooDeep(limit: maxDepth), offset: i) }
    }

    mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        let start = i
        try enter()
        i += 1  // [
        var elements: [JSONValue] = []
        skipWhitespace()
        if i < bytes.count, bytes[i] == ._closeBracket {
            i += 1
            depth -= 1
            return JSONValue(.array(elements), offset: start)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue(expected: "a value in the array"))
            skipWhitespace()
            guard i < bytes.count else {
                throw JSONSyntaxError(.unexpectedEnd(expected: "',' or ']' to continue or close the array"), offset: i)
            }
            if bytes[i] == ._comma {
                i += 1
                skipWhitespace()
                if i < bytes.count, bytes[i] == ._closeBracket {
                    throw JSONSyntaxError(
                        .unexpected(found: "']'", expected: "a value after ',' (trailing commas are not allowed)"),
                        offset: i)
                }
                continue
            }
            if bytes[i] == ._closeBracket { i += 1; break }
            throw JSONSyntaxError(
                .unexpected(found: describe(at: i), expected: "',' or ']' after an array element"), offset: i)
        }
        depth -= 1
        return JSONValue(.array(elements), offset: start)
    }

    mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        let start = i
        try enter()
        i += 1  // {
        var object = JSONObject()
        skipWhitespace()
        if i < bytes.count, bytes[i] == ._closeBrace {
            i += 1
            depth -= 1
            return JSONValue(.object(object), offset: start)
        }
        while true {
            skipWhitespace()
            guard i < bytes.count else {
                throw JSONSyntaxError(.unexpectedEnd(expected: "a member name in quotes"), offset: i)
            }
            guard bytes[i] == ._quote else {
                let expected = bytes[i] == ._closeBrace
                    ? "a member name after ',' (trailing commas are not allowed)"
                    : "a member name in double quotes"
                throw JSONSyntaxError(.unexpected(found: describe(at: i), expected: expected), offset: i)
            }
            let keyOffset = i
            let key = try parseString()
            skipWhitespace()
            guard i < bytes.count else {
                throw JSONSyntaxError(.unexpectedEnd(expected: "':' after the member name"), offset: i)
            }
            guard bytes[i] == ._colon else {
                throw JSONSyntaxError(
                    .unexpected(found: describe(at: i), expected: "':' after member name \"\(key)\""), offset: i)
            }
            i += 1
            skipWhitespace()
            let value = try parseValue(expected: "a value for member \"\(key)\"")
            if let previous = object.member(key) {
                duplicates.append(DuplicateKey(key: key, offset: keyOffset, firstOffset: previous.keyOffset))
            }
            object.append(JSONMember(key: key, keyOffset: keyOffset, value: value))
            skipWhitespace()
            guard i < bytes.count else {
                throw JSONSyntaxError(.unexpectedEnd(expected: "',' or '}' to continue or close the object"), offset: i)
            }
            if bytes[i] == ._comma { i += 1; continue }
            if bytes[i] == ._closeBrace { i += 1; break }
            throw JSONSyntaxError(
                .unexpected(found: describe(at: i), expected: "',' or '}' after object member"), offset: i)
        }
        depth -= 1
        return JSONValue(.object(object), offset: start)
    }

    mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = i
        if bytes[i] == ._minus { i += 1 }
        guard i < bytes.count, bytes[i] >= ._zero, bytes[i] <= ._nine else {
            throw JSONSyntaxError(.invalidNumber("expected a digit after '-'"), offset: i)
        }
        if bytes[i] == ._zero {
            i += 1
            if i < bytes.count, bytes[i] >= ._zero, bytes[i] <= ._nine {
                throw JSONSyntaxError(.invalidNumber("leading zeros are not allowed"), offset: start)
            }
        } else {
            while i < bytes.count, bytes[i] >= ._zero, bytes[i] <= ._nine { i += 1 }
        }
        if i < bytes.count, bytes[i] == ._dot {
            i += 1
            let digits = i
            while i < bytes.count, bytes[i] >= ._zero, bytes[i] <= ._nine { i += 1 }
            if i == digits {
                throw JSONSyntaxError(.invalidNumber("expected a digit after the decimal point"), offset: i)
            }
        }
        if i < bytes.count, bytes[i] == ._e || bytes[i] == ._E {
            i += 1
            if i < bytes.count, bytes[i] == ._plus || bytes[i] == ._minus { i += 1 }
            let digits = i
            while i < bytes.count, bytes[i] >= ._zero, bytes[i] <= ._nine { i += 1 }
            if i == digits {
                throw JSONSyntaxError(.invalidNumber("expected a digit in the exponent"), offset: i)
            }
        }
        if i < bytes.count, Self.isWordByte(bytes[i]) || bytes[i] == ._dot {
            throw JSONSyntaxError(.invalidNumber("unexpected \(describe(at: i)) in a number"), offset: i)
        }
        let literal = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        return JSONNumber(literal: literal, double: Double(literal) ?? .nan)
    }

    /// Parses a string starting at the opening quote; validates UTF-8 and escapes.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        let open = i
        i += 1
        let contentStart = i
        // Fast path: no escapes.
        while i < bytes.count {
            let b = bytes[i]
            if b == ._quote {
                let slice = UnsafeBufferPointer(rebasing: bytes[contentStart..<i])
                i += 1
                if let s = String(validating: slice, as: UTF8.self) { return s }
                throw JSONSyntaxError(.invalidUTF8, offset: contentStart + firstInvalidUTF8(slice))
            }
            if b == ._backslash { break }
            if b < 0x20 { throw JSONSyntaxError(.controlCharacterInString(b), offset: i) }
            i += 1
        }
        guard i < bytes.count else { throw JSONSyntaxError(.unterminatedString, offset: open) }
        // Slow path: decode escapes into a byte buffer.
        var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[contentStart..<i]))
        while i < bytes.count {
            let b = bytes[i]
            if b == ._quote {
                i += 1
                if let s = String(validating: out, as: UTF8.self) { return s }
                throw JSONSyntaxError(.invalidUTF8, offset: open)
            }
            if b < 0x20 { throw JSONSyntaxError(.controlCharacterInString(b), offset: i) }
            if b != ._backslash { out.append(b); i += 1; continue }
            let escapeStart = i
            i += 1
            guard i < bytes.count else { throw JSONSyntaxError(.unterminatedString, offset: open) }
            switch bytes[i] {
            case ._quote: out.append(._quote)
            case ._backslash: out.append(._backslash)
            case ._slash: out.append(._slash)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                let scalar = try parseUnicodeEscape(escapeStart: escapeStart)
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                continue
            default:
                throw JSONSyntaxError(.invalidEscape("'\\\(describe(at: i).dropFirst().dropLast())'"), offset: escapeStart)
            }
            i += 1
        }
        throw JSONSyntaxError(.unterminatedString, offset: open)
    }

    /// Reads `XXXX` after `\u` (and a following `\uXXXX` low surrogate); leaves `i` after it.
    mutating func parseUnicodeEscape(escapeStart: Int) throws(JSONSyntaxError) -> Unicode.Scalar {
        i += 1  // past 'u'
        let high = try readHex4(escapeStart: escapeStart)
        if (0xDC00...0xDFFF).contains(high) {
            throw JSONSyntaxError(.loneSurrogate(hexEscape(high)), offset: escapeStart)
        }
        if (0xD800...0xDBFF).contains(high) {
            guard i + 1 < bytes.count, bytes[i] == ._backslash, bytes[i + 1] == UInt8(ascii: "u") else {
                throw JSONSyntaxError(.loneSurrogate(hexEscape(high)), offset: escapeStart)
            }
            let lowStart = i
            i += 2
            let low = try readHex4(escapeStart: lowStart)
            guard (0xDC00...0xDFFF).contains(low) else {
                throw JSONSyntaxError(.loneSurrogate(hexEscape(high)), offset: escapeStart)
            }
            let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            return Unicode.Scalar(value) ?? "\u{FFFD}"
        }
        return Unicode.Scalar(high) ?? "\u{FFFD}"
    }

    func hexEscape(_ v: UInt32) -> String {
        let hex = String(v, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    mutating func readHex4(escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard i < bytes.count else { throw JSONSyntaxError(.unterminatedString, offset: escapeStart) }
            let b = bytes[i]
            let digit: UInt8
            switch b {
            case UInt8._zero...UInt8._nine: digit = b - ._zero
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default:
                let end = min(bytes.count, escapeStart + 6)
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[escapeStart..<end]), as: UTF8.self)
                throw JSONSyntaxError(.invalidEscape("'\(text)' (\\u needs four hex digits)"), offset: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            i += 1
        }
        return value
    }

    /// The offset within `slice` of the first byte that breaks UTF-8.
    func firstInvalidUTF8(_ slice: UnsafeBufferPointer<UInt8>) -> Int {
        var k = 0
        while k < slice.count {
            let b = slice[k]
            let n: Int
            if b < 0x80 { n = 1 } else if b & 0xE0 == 0xC0 { n = 2 } else if b & 0xF0 == 0xE0 { n = 3 } else if b & 0xF8 == 0xF0 { n = 4 } else { return k }
            if k + n > slice.count { return k }
            let end = k + n
            if String(validating: UnsafeBufferPointer(rebasing: slice[k..<end]), as: UTF8.self) == nil { return k }
            k = end
        }
        return 0
    }
}
