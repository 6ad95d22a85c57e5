import JSON
import Messages
import Strategy
import Testing

/// Syntax errors through the catalogue: the English rendering says exactly what the JSON module's
/// own wording says, and the Danish one is Danish through and through (no English phrase left over
/// from the parser's payloads).
@Suite("Syntax errors in both languages")
struct SyntaxMessageTests {
    static let inputs = [
        "", "{", "[1,", "{\"a\" 1}", "{\"a\": 1,}", "[1 2]", "{} x", "tru", "+1", ".5", "-x", "01", "1.x", "1ex", "1_0",
        "\"\\x\"", "\"\\u12\"", "\"\\uD800x\"", "\"\\uD800\\u0041\"", "\"\\uDC00\"", "\"a\nb\"", "\"a\u{1}b\"", "\"abc",
        "'a'", "[1,]", "{,}", "{\"a\"", "[\u{1}]",
    ]

    @Test("English renders as the parser words it; Danish is Danish", arguments: inputs)
    func bothLanguages(_ input: String) throws {
        do {
            _ = try JSONParser().parse(input)
            Issue.record("\(input.debugDescription) parsed")
        } catch {
            #expect(error.text.english == error.message, "\(input.debugDescription)")
            let danish = error.text.danish
            #expect(danish != error.message, "\(input.debugDescription): \(danish)")
            for phrase in ["expected", "found", "member", "after", "must", "allowed", "end of file"] {
                #expect(!danish.contains(phrase), "\(input.debugDescription): \(danish)")
            }
        }
    }
}
