/// The first syntax error in a document, with a message in plain words.
///
/// The error knows only its byte offset; ask ``location(in:)`` (or
/// ``SourceText/location(ofOffset:)``) for the 1-based line and column. Messages say what was
/// expected, what was found and, where it helps, how to fix it.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong. Payloads are data; ``message`` words them in English, and the layers above
    /// word them through their message catalogue.
    public enum Kind: Sendable, Hashable {
        /// The input has no value at all: it is empty or only whitespace.
        case empty
        /// The input ends where `expected` should follow.
        case unexpectedEnd(expected: Expected)
        /// `found` stands where `expected` should.
        case unexpected(found: Found, expected: Expected)
        /// Something other than whitespace follows the document's value.
        case trailingContent(found: Found)
        /// A bare word that is not `true`, `false` or `null`.
        case invalidLiteral(found: String)
        /// A number that breaks the RFC 8259 grammar.
        case invalidNumber(NumberProblem)
        /// A backslash followed by a character that has no meaning after it, e.g. `\x`.
        case invalidEscape(String)
        /// `\u` not followed by four hex digits: what was written, and what was found instead.
        case invalidUnicodeEscape(String, found: Found)
        /// A high surrogate escape (`\uD800`–`\uDBFF`) not followed by a low one; `found` is what follows.
        case unpairedHighSurrogate(String, found: Found)
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
            return "invalid number: \(why.description)"
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

    /// What a position in the document expects, for messages.
    public enum Expected: Sendable, Hashable, CustomStringConvertible {
        case document, firstElement, nextElement
        case memberValue(String)
        case continueObject, continueArray, afterMember,
            afterElement, valueNotTrailingComma, memberNameNotTrailingComma, memberName, memberNameOrClose
        case
            colonAfter(String)
        case nothing

        public var description: String {
            switch self {
            case .document: return "a JSON value"
            case .firstElement: return "a value or ']'"
            case .nextElement: return "a value after ','"
            case .memberValue(let key): return "a value for member \"\(key)\""
            case .continueObject: return "',' or '}' to continue or close the object"
            case .continueArray: return "',' or ']' to continue or close the array"
            case .afterMember: return "',' or '}' after an object member"
            case .afterElement: return "',' or ']' after an array element"
            case .valueNotTrailingComma: return "a value after ',' (trailing commas are not allowed)"
            case .memberNameNotTrailingComma: return "a member name after ',' (trailing commas are not allowed)"
            case .memberName: return "a member name in double quotes"
            case .memberNameOrClose: return "a member name in double quotes or '}'"
            case .colonAfter(let key): return "':' after member name \"\(key)\""
            case .nothing: return ""
            }
        }
    }

    /// What stands where something else was expected.
    public enum Found: Sendable, Hashable, CustomStringConvertible {
        case endOfFile, singleQuote, lineBreak
        /// A printable character (or well-formed multi-byte sequence), as written.
        case character(String)
        case controlCharacter(UInt8)
        case invalidByte(UInt8)
        /// An escape sequence, as written (`\uD800`).
        case escape(String)

        public var description: String {
            switch self {
            case .endOfFile: return "end of file"
            case .singleQuote: return "a single quote (strings need double quotes)"
            case .lineBreak: return "a line break"
            case .character(let text): return "'\(text)'"
            case .controlCharacter(let byte): return "control character U+\(JSONSyntaxError.hex(byte, width: 4))"
            case .invalidByte(let byte): return "byte 0x\(JSONSyntaxError.hex(byte, width: 2)) (not valid UTF-8)"
            case .escape(let text): return text
            }
        }
    }

    /// How a number breaks the grammar.
    public enum NumberProblem: Sendable, Hashable, CustomStringConvertible {
        case plusSign, leadingDot, leadingZeros
        case minusWithoutDigit(found: Found)
        case fractionWithoutDigit(found: Found)
        case exponentWithoutDigit(found: Found)
        case unexpected(found: Found)

        public var description: String {
            switch self {
            case .plusSign: return "a number cannot start with '+'"
            case .leadingDot: return "a digit must come before the decimal point (write 0.5, not .5)"
            case .leadingZeros: return "leading zeros are not allowed"
            case .minusWithoutDigit(let found): return "'-' must be followed by a digit, found \(found)"
            case .fractionWithoutDigit(let found): return "expected a digit after the decimal point, found \(found)"
            case .exponentWithoutDigit(let found): return "expected a digit in the exponent, found \(found)"
            case .unexpected(let found): return "unexpected \(found) in a number"
            }
        }
    }

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
