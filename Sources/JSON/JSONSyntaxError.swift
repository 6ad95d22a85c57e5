/// The first syntax error in a document, with a message in plain words.
///
/// The error knows only its byte offset; ask ``location(in:)`` (or
/// ``SourceText/location(ofOffset:)``) for the 1-based line and column. Messages say what was
/// expected, what was found and, where it helps, how to fix it.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong. Payloads are the texts used in ``message``.
    public enum Kind: Sendable, Hashable {
        /// The input has no value at all: it is empty or only whitespace.
        case empty
        /// The input ends where `expected` should follow.
        case unexpectedEnd(expected: String)
        /// `found` stands where `expected` should.
        case unexpected(found: String, expected: String)
        /// Something other than whitespace follows the document's value.
        case trailingContent(found: String)
        /// A bare word that is not `true`, `false` or `null`.
        case invalidLiteral(found: String)
        /// A number that breaks the RFC 8259 grammar; the payload says how.
        case invalidNumber(String)
        /// A backslash followed by a character that has no meaning after it, e.g. `\x`.
        case invalidEscape(String)
        /// `\u` not followed by four hex digits: what was written, and what was found instead.
        case invalidUnicodeEscape(String, found: String)
        /// A high surrogate escape (`\uD800`–`\uDBFF`) not followed by a low one; `found` is what follows.
        case unpairedHighSurrogate(String, found: String)
        /// A low surrogate escape (`\uDC00`–`\uDFFF`) without a high one before it.
        case unpairedLowSurrogate(String)
        /// A raw control character (U+0000–U+001F) inside a string.
        case controlCharacterInString(UInt8)
        /// A string whose closing quote is missing before the end of the input.
        case unterminatedString
        /// A byte that does not belong to well-formed UTF-8 (the first byte of the bad sequence).
        case invalidUTF8(UInt8)
        /// The input starts with the UTF-8 byte order mark, which RFC 8259 forbids.
        case byteOrderMark
        /// Arrays and objects nested deeper than the parser's limit.
        case tooDeep(limit: Int)
        /// The input is larger than the parser's limit.
        case tooLarge(limit: Int)
    }

    /// What went wrong.
    public var kind: Kind
    /// Byte offset of the problem in the source.
    public var offset: Int

    /// An error of `kind` at byte `offset`.
    public init(_ kind: Kind, offset: Int) {
        self.kind = kind
        self.offset = offset
    }

    /// The line and column of the problem in `source`.
    public func location(in source: SourceText) -> SourceLocation {
        source.location(ofOffset: offset)
    }

    /// The message for people, without position.
    public var message: String {
        switch kind {
        case .empty:
            return "the file has no JSON value: it is empty or contains only whitespace"
        case .unexpectedEnd(let expected):
            return "unexpected end of file: expected \(expected)"
        case .unexpected(let found, let expected):
            return "expected \(expected), found \(found)"
        case .trailingContent(let found):
            return "unexpected \(found) after the end of the JSON value; a file holds exactly one value"
        case .invalidLiteral(let found):
            return "invalid literal '\(found)': expected true, false, null, a number or a string in double quotes"
        case .invalidNumber(let why):
            return "invalid number: \(why)"
        case .invalidEscape(let escape):
            return "invalid escape sequence '\(escape)' in a string: use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX"
        case .invalidUnicodeEscape(let written, let found):
            return "invalid escape sequence '\(written)' in a string: \\u must be followed by four hex digits, found \(found)"
        case .unpairedHighSurrogate(let escape, let found):
            return "escape \(escape) is the first half of a UTF-16 surrogate pair and must be followed by"
                + " a second half (\\uDC00 to \\uDFFF), found \(found)"
        case .unpairedLowSurrogate(let escape):
            return "escape \(escape) is the second half of a UTF-16 surrogate pair without a first half before it"
        case .controlCharacterInString(let byte):
            return Self.controlCharacterMessage(byte)
        case .unterminatedString:
            return "string is not closed: missing '\"' before the end of file"
        case .invalidUTF8(let byte):
            return "invalid UTF-8 byte 0x\(Self.hex(byte, width: 2)): the file must be encoded as UTF-8"
        case .byteOrderMark:
            return "the file starts with a byte order mark (BOM); save it as UTF-8 without BOM"
        case .tooDeep(let limit):
            return "arrays and objects are nested deeper than \(limit) levels"
        case .tooLarge(let limit):
            return "the file is larger than the limit of \(limit) bytes"
        }
    }

    /// The same as ``message``.
    public var description: String { message }

    private static func controlCharacterMessage(_ byte: UInt8) -> String {
        let escape: String
        switch byte {
        case 0x0A:
            return "line break inside a string: close the string with '\"' before the line ends, or write the line break as \\n"
        case 0x09: escape = "\\t"
        case 0x0D: escape = "\\r"
        case 0x08: escape = "\\b"
        case 0x0C: escape = "\\f"
        default: escape = "\\u" + hex(byte, width: 4)
        }
        return "control character U+\(hex(byte, width: 4)) inside a string must be escaped as \(escape)"
    }

    static func hex(_ value: some BinaryInteger, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
