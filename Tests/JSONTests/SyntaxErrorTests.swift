import JSON
import Testing

/// Every kind of syntax error, with its exact message and line:column.
@Suite("Syntax errors")
struct SyntaxErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let input: String
        let expected: String
        var testDescription: String { input.debugDescription }
    }

    static let cases: [Case] = [
        // Empty input and end of file in every context.
        Case(input: "", expected: "1:1: the file has no JSON value: it is empty or contains only whitespace"),
        Case(input: " \n\t\r\n ", expected: "3:2: the file has no JSON value: it is empty or contains only whitespace"),
        Case(input: "[", expected: "1:2: unexpected end of file: expected a value or ']'"),
        Case(input: "[1,", expected: "1:4: unexpected end of file: expected a value after ','"),
        Case(input: "[1", expected: "1:3: unexpected end of file: expected ',' or ']' to continue or close the array"),
        Case(input: "{", expected: "1:2: unexpected end of file: expected a member name in double quotes or '}'"),
        Case(input: "{\"a\"", expected: "1:5: unexpected end of file: expected ':' after member name \"a\""),
        Case(input: "{\"a\":", expected: "1:6: unexpected end of file: expected a value for member \"a\""),
        Case(input: "{\"a\":1", expected: "1:7: unexpected end of file: expected ',' or '}' to continue or close the object"),
        Case(input: "{\"a\":1,", expected: "1:8: unexpected end of file: expected a member name in double quotes"),
        Case(input: "-", expected: "1:2: invalid number: '-' must be followed by a digit, found end of file"),
        // Structure.
        Case(input: "[1 2]", expected: "1:4: expected ',' or ']' after an array element, found '2'"),
        Case(input: "{\"a\":1 \"b\":2}", expected: "1:8: expected ',' or '}' after an object member, found '\"'"),
        Case(input: "{\"a\" 1}", expected: "1:6: expected ':' after member name \"a\", found '1'"),
        Case(input: "[1,]", expected: "1:4: expected a value after ',' (trailing commas are not allowed), found ']'"),
        Case(input: "{\"a\":1,}", expected: "1:8: expected a member name after ',' (trailing commas are not allowed), found '}'"),
        Case(input: "{a:1}", expected: "1:2: expected a member name in double quotes or '}', found 'a'"),
        Case(
            input: "{'a':1}",
            expected: "1:2: expected a member name in double quotes or '}', found a single quote (strings need double quotes)"),
        Case(input: "[1}", expected: "1:3: expected ',' or ']' after an array element, found '}'"),
        Case(input: "{\"a\":]", expected: "1:6: expected a value for member \"a\", found ']'"),
        Case(input: "]", expected: "1:1: expected a JSON value, found ']'"),
        Case(input: "[,1]", expected: "1:2: expected a value or ']', found ','"),
        Case(input: "{} x", expected: "1:4: unexpected 'x' after the end of the JSON value; a file holds exactly one value"),
        Case(input: "1 2", expected: "1:3: unexpected '2' after the end of the JSON value; a file holds exactly one value"),
        Case(input: "[]]", expected: "1:3: unexpected ']' after the end of the JSON value; a file holds exactly one value"),
        // Literals.
        Case(
            input: "tru",
            expected: "1:1: invalid literal 'tru': expected true, false, null, a number or a string in double quotes"),
        Case(
            input: "[truex]",
            expected: "1:2: invalid literal 'truex': expected true, false, null, a number or a string in double quotes"),
        Case(
            input: "[NaN]",
            expected: "1:2: invalid literal 'NaN': expected true, false, null, a number or a string in double quotes"),
        Case(
            input: "{\"a\": None}",
            expected: "1:7: invalid literal 'None': expected true, false, null, a number or a string in double quotes"),
        // Numbers.
        Case(input: "01", expected: "1:1: invalid number: leading zeros are not allowed"),
        Case(input: "[-012]", expected: "1:2: invalid number: leading zeros are not allowed"),
        Case(input: "1.", expected: "1:3: invalid number: expected a digit after the decimal point, found end of file"),
        Case(input: "[1.e5]", expected: "1:4: invalid number: expected a digit after the decimal point, found 'e'"),
        Case(input: "1e", expected: "1:3: invalid number: expected a digit in the exponent, found end of file"),
        Case(input: "[1E+]", expected: "1:5: invalid number: expected a digit in the exponent, found ']'"),
        Case(input: "-x", expected: "1:2: invalid number: '-' must be followed by a digit, found 'x'"),
        Case(input: "+1", expected: "1:1: invalid number: a number cannot start with '+'"),
        Case(input: ".5", expected: "1:1: invalid number: a digit must come before the decimal point (write 0.5, not .5)"),
        Case(input: "1.5.3", expected: "1:4: invalid number: unexpected '.' in a number"),
        Case(input: "12abc", expected: "1:3: invalid number: unexpected 'a' in a number"),
        // Strings.
        Case(input: "\"abc", expected: "1:1: string is not closed: missing '\"' before the end of file"),
        Case(input: "[\"a\\", expected: "1:2: string is not closed: missing '\"' before the end of file"),
        Case(
            input: "\"ab\ncd\"",
            expected:
                "1:4: line break inside a string: close the string with '\"' before the line ends, or write the line break as \\n"
        ),
        Case(input: "\"a\tb\"", expected: "1:3: control character U+0009 inside a string must be escaped as \\t"),
        Case(input: "\"a\u{01}\"", expected: "1:3: control character U+0001 inside a string must be escaped as \\u0001"),
        Case(input: "\"a\\nb\u{1F}\"", expected: "1:6: control character U+001F inside a string must be escaped as \\u001F"),
        Case(
            input: "\"a\\xb\"",
            expected: "1:3: invalid escape sequence '\\x' in a string: use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX"),
        Case(
            input: "\"\\é\"",
            expected: "1:2: invalid escape sequence '\\é' in a string: use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX"),
        Case(
            input: "\"\\u12G4\"",
            expected: "1:2: invalid escape sequence '\\u12' in a string: \\u must be followed by four hex digits, found 'G'"),
        Case(
            input: "\"\\u12\"",
            expected: "1:2: invalid escape sequence '\\u12' in a string: \\u must be followed by four hex digits, found '\"'"),
        Case(input: "\"\\u12", expected: "1:1: string is not closed: missing '\"' before the end of file"),
        Case(
            input: "\"x\\uD83D\"",
            expected:
                "1:3: escape \\uD83D is the first half of a UTF-16 surrogate pair and must be followed by a second half (\\uDC00 to \\uDFFF), found '\"'"
        ),
        Case(
            input: "\"\\ud83dx\"",
            expected:
                "1:2: escape \\ud83d is the first half of a UTF-16 surrogate pair and must be followed by a second half (\\uDC00 to \\uDFFF), found 'x'"
        ),
        Case(
            input: "\"\\uD83D\\u0041\"",
            expected:
                "1:2: escape \\uD83D is the first half of a UTF-16 surrogate pair and must be followed by a second half (\\uDC00 to \\uDFFF), found \\u0041"
        ),
        Case(
            input: "\"\\uD83D\\uD83D\"",
            expected:
                "1:2: escape \\uD83D is the first half of a UTF-16 surrogate pair and must be followed by a second half (\\uDC00 to \\uDFFF), found \\uD83D"
        ),
        Case(
            input: "\"ab\\uDE00\"",
            expected: "1:4: escape \\uDE00 is the second half of a UTF-16 surrogate pair without a first half before it"),
        // Positions count Unicode scalars, and lines end at LF (CRLF included).
        Case(
            input: "{\"æø\": \"å\",\r\n \"b\": tru}",
            expected: "2:7: invalid literal 'tru': expected true, false, null, a number or a string in double quotes"),
        Case(input: "[\"æøå\" \"x\"]", expected: "1:8: expected ',' or ']' after an array element, found '\"'"),
        Case(input: "[\"æøå\", ü]", expected: "1:9: expected a value after ',', found 'ü'"),
    ]

    @Test(arguments: cases)
    func reportsMessageAndPosition(_ example: Case) {
        #expect(syntaxError(example.input) == example.expected)
    }

    @Test func byteOrderMarkIsRejected() {
        #expect(
            syntaxError(bytes: [0xEF, 0xBB, 0xBF] + Array("{}".utf8))
                == "1:1: the file starts with a byte order mark (BOM); save it as UTF-8 without BOM")
    }

    @Test func invalidUTF8InsideStrings() {
        // A lone continuation byte, an overlong encoding, an encoded surrogate, a truncated sequence.
        #expect(
            syntaxError(bytes: Array("[\"ab".utf8) + [0x80] + Array("\"]".utf8))
                == "1:5: invalid UTF-8 byte 0x80: the file must be encoded as UTF-8")
        #expect(
            syntaxError(bytes: Array("\"æ".utf8) + [0xC0, 0xAF] + Array("\"".utf8))
                == "1:3: invalid UTF-8 byte 0xC0: the file must be encoded as UTF-8")
        #expect(
            syntaxError(bytes: Array("\"\\n".utf8) + [0xED, 0xA0, 0x80] + Array("\"".utf8))
                == "1:4: invalid UTF-8 byte 0xED: the file must be encoded as UTF-8")
        #expect(
            syntaxError(bytes: Array("\"a".utf8) + [0xE2, 0x82] + Array("\"".utf8))
                == "1:3: invalid UTF-8 byte 0xE2: the file must be encoded as UTF-8")
        // A truncated four-byte sequence decodes to one U+FFFD of the same length: still caught.
        #expect(
            syntaxError(bytes: Array("[\"ø".utf8) + [0xF0, 0x9F, 0x98] + Array("\"]".utf8))
                == "1:4: invalid UTF-8 byte 0xF0: the file must be encoded as UTF-8")
        // An invalid byte before a later error in the same string is reported first.
        #expect(
            syntaxError(bytes: Array("\"a".utf8) + [0xFF] + Array("\\x\"".utf8))
                == "1:3: invalid UTF-8 byte 0xFF: the file must be encoded as UTF-8")
        #expect(
            syntaxError(bytes: Array("\"a".utf8) + [0xFF] + Array("\n\"".utf8))
                == "1:3: invalid UTF-8 byte 0xFF: the file must be encoded as UTF-8")
    }

    @Test func invalidUTF8OutsideStrings() {
        #expect(syntaxError(bytes: [0xFF]) == "1:1: invalid UTF-8 byte 0xFF: the file must be encoded as UTF-8")
        #expect(
            syntaxError(bytes: Array("[1,\n ".utf8) + [0xC3, 0x28] + Array("]".utf8))
                == "2:2: invalid UTF-8 byte 0xC3: the file must be encoded as UTF-8")
        #expect(
            syntaxError(bytes: Array("{}".utf8) + [0xF5])
                == "1:3: invalid UTF-8 byte 0xF5: the file must be encoded as UTF-8")
    }

    @Test func tooLargeInputIsRejectedBeforeParsing() {
        #expect(
            syntaxError(bytes: Array("[1, 2, 3]".utf8), limits: .init(maxBytes: 4))
                == "1:1: the file is larger than the limit of 4 bytes")
    }

    @Test func errorCarriesKindAndOffset() throws {
        let error = #expect(throws: JSONSyntaxError.self) { try JSONParser().parse("[1,]") }
        #expect(error?.kind == .unexpected(found: .character("]"), expected: .valueNotTrailingComma))
        #expect(error?.offset == 3)
        #expect(error?.description == error?.message)
    }
}
