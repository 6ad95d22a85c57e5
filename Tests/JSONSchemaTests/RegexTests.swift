import Foundation
import Testing

@testable import JSONSchema

@Suite("ECMA-262 regular expressions")
struct RegexTests {
    /// (pattern, input, whether the pattern matches somewhere in the input)
    static let matchCases: [(String, String, Bool)] = [
        ("^abc$", "abc", true), ("^abc$", "abc\n", false), ("abc$", "abc\r", false),
        ("^\\t$", "\t", true), ("^\\t$", "\\t", false),
        ("^\\cC$", "\u{3}", true), ("^\\cc$", "\u{3}", true), ("^\\cC$", "\\cC", false),
        ("^\\d$", "0", true), ("^\\d$", "\u{07C0}", false), ("^\\D$", "\u{09EA}", true),
        ("^\\w$", "a", true), ("^\\w$", "é", false), ("^\\W$", "é", true),
        ("^\\s$", " ", true), ("^\\s$", "\u{B}", true), ("^\\s$", "\u{C}", true), ("^\\s$", "\u{A0}", true),
        ("^\\s$", "\u{FEFF}", true), ("^\\s$", "\n", true), ("^\\s$", "\u{2029}", true),
        ("^\\s$", "\u{2003}", true), ("^\\s$", "\u{1}", false), ("^\\s$", "\u{2013}", false),
        ("^\\s$", "\u{85}", false), ("^\\S$", "\u{85}", true), ("^\\S$", "\u{A0}", false),
        ("^.$", "\n", false), ("^.$", "\r", false), ("^.$", "\u{2028}", false), ("^.$", "\u{2029}", false),
        ("^.$", "😀", true), ("^[^]$", "\n", true), ("a[]", "a", false), ("^[^a]$", "😀", true),
        ("\\bfoo", "éfoo", true), ("\\Bfoo", "éfoo", false), ("\\bfoo\\b", "a foo b", true),
        ("\\bfoo\\b", "afoo", false), ("o\\b", "foo_", false),
        ("^\\p{L}+$", "école", true), ("\\P{L}", "abc", false), ("^\\p{Letter}cole", "école", true),
        ("^\\p{digit}+$", "\u{09EA}\u{09E8}", true), ("^\\p{Script=Greek}$", "α", true),
        ("(?<=a+)b", "aaab", true), ("(?<=a+)b", "b", false), ("(?<!a)b", "ab", false), ("(?<!a)b", "cb", true),
        ("a(?=b)", "ab", true), ("a(?!b)", "ab", false),
        ("^(?<year>\\d{4})-\\k<year>$", "2020-2020", true), ("^(?<year>\\d{4})-\\k<year>$", "2020-2021", false),
        ("^(a)\\1$", "aa", true), ("^(a)\\1$", "ab", false),
        ("^(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10$", "abcdefghijj", true),
        ("(?i:abc)", "xABCx", true), ("abc", "ABC", false), ("^(?i:a)b$", "AB", false),
        ("(?m:^b$)", "a\nb\nc", true), ("^b$", "a\nb\nc", false), ("(?s:a.b)", "a\nb", true),
        ("(?m-s:a.b)", "a\nb", false),
        ("^\\u{1F600}$", "😀", true), ("^\\uD83D\\uDE00$", "😀", true), ("^[\\u{1F600}-\\u{1F64F}]$", "🙂", true),
        ("^\\x41$", "A", true), ("^\\0$", "\u{0}", true), ("^\\/$", "/", true), ("^[\\-a]+$", "-a-", true),
        ("^a{2,3}$", "aa", true), ("^a{2}$", "aaa", false), ("^a{2,}$", "aaaa", true), ("^a+?$", "aaa", true),
        ("^🐲*$", "🐲🐲", true), ("^🐲*$", "🐉", false), ("^[🐲]$", "🐲", true),
        ("^[a-z]+$", "école", false), ("x|^$", "", true), ("", "anything", true),
        ("\\$\\^\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\\\", "$^.*+?()[]{}|\\", true),
        ("^a[]*$", "a", true), ("^a{0,99999999999}$", "aaa", true), ("^a{1,3}$", "aaaa", false),
        ("[.]", "a", false), ("[$]", "$", true), ("[&&a]", "&", true), ("[{}]", "}", true),
    ]

    @Test("matching follows ECMA-262", arguments: matchCases)
    func matching(_ pattern: String, _ input: String, _ expected: Bool) throws {
        let regex = try ECMARegex(pattern)
        #expect(regex.matches(input) == expected, "\(pattern.debugDescription) on \(input.debugDescription)")
    }

    /// (pattern, exact error message)
    static let errorCases: [(String, String)] = [
        ("(", "unterminated group at character 2"),
        ("(a|b", "unterminated group at character 5"),
        ("a)", "unmatched ')' at character 2"),
        ("*", "nothing to repeat at character 1"),
        ("a**", "nothing to repeat at character 3"),
        ("^*", "nothing to repeat at character 2"),
        ("\\b+", "nothing to repeat at character 3"),
        ("(?=a)*", "nothing to repeat at character 6"),
        ("a{2}{3}", "nothing to repeat at character 5"),
        ("{1}", "nothing to repeat at character 1"),
        ("{", "lone '{' (write \\{ for a literal brace) at character 1"),
        ("a{", "incomplete quantifier (write \\{ for a literal brace) at character 2"),
        ("a{1,x}", "incomplete quantifier (write \\{ for a literal brace) at character 2"),
        ("}", "lone '}' (write \\} for a literal brace) at character 1"),
        ("]", "lone ']' (write \\] for a literal bracket) at character 1"),
        ("a{2,1}", "numbers out of order in {} quantifier at character 7"),
        ("\\a", "invalid escape '\\a' at character 2"),
        ("\\Z", "invalid escape '\\Z' at character 2"),
        ("\\A", "invalid escape '\\A' at character 2"),
        ("\\z", "invalid escape '\\z' at character 2"),
        ("\\-", "invalid escape '\\-' at character 2"),
        ("\\", "'\\' at end of pattern at character 2"),
        ("\\c1", "invalid escape '\\c' (expected a letter A-Z or a-z) at character 2"),
        ("\\01", "octal escapes are not allowed at character 2"),
        ("\\x4", "invalid escape '\\x' (expected two hex digits) at character 3"),
        ("\\u12", "invalid escape '\\u' (expected four hex digits) at character 3"),
        ("\\u{110000}", "invalid escape '\\u{…}' (expected hex digits up to 10FFFF) at character 11"),
        ("\\1", "backreference \\1 to a group that does not exist at character 3"),
        ("(a)\\2", "backreference \\2 to a group that does not exist at character 6"),
        ("(a)\\10", "backreference \\10 to a group that does not exist at character 7"),
        ("\\k<x>", "backreference to undefined group 'x' at character 6"),
        ("\\k", "invalid escape '\\k' (expected \\k<name>) at character 3"),
        ("(?<n>a)(?<n>b)", "duplicate group name 'n' at character 13"),
        ("(?<1a>x)", "invalid character '1' in group name at character 4"),
        ("(?i)abc", "invalid group: '(?' must be followed by ':', '=', '!', '<=', '<!', '<name>' or modifiers at character 4"),
        (
            "(?P<name>x)",
            "invalid group: '(?' must be followed by ':', '=', '!', '<=', '<!', '<name>' or modifiers at character 3"
        ),
        ("(?#c)", "invalid group: '(?' must be followed by ':', '=', '!', '<=', '<!', '<name>' or modifiers at character 3"),
        ("[", "unterminated character class at character 2"),
        ("[a", "unterminated character class at character 3"),
        ("[b-a]", "range out of order in character class at character 5"),
        ("[\\d-z]", "a class escape such as \\d cannot be a bound of a range at character 6"),
        ("[\\B]", "invalid escape '\\B' in character class at character 3"),
        ("[\\1]", "invalid escape '\\1' in character class at character 3"),
        ("\\p{Foo}", "unknown Unicode property 'Foo' at character 8"),
        ("\\p{L", "invalid property escape (expected \\p{Name}) at character 5"),
        ("\\pL", "invalid property escape (expected \\p{Name}) at character 3"),
    ]

    @Test("syntax errors have exact messages", arguments: errorCases)
    func syntaxError(_ pattern: String, _ message: String) {
        let error = Self.error(pattern)
        #expect(error?.pattern == pattern)
        #expect(error?.message == message)
        #expect(FormatChecker.isValid(pattern, format: "regex") == false)
    }

    /// Documented differences from ECMA-262 (see `ECMARegex`): these pin down today's behaviour.
    @Test func knownDifferencesFromECMA262() throws {
        // ECMA-262: a backreference to a group that has not participated matches the empty string.
        #expect(try ECMARegex("^\\1(a)$").matches("a") == false)
        #expect(try ECMARegex("^(a)?\\1b$").matches("b") == false)
        // Unbounded repetition inside a lookbehind is capped at 1000 iterations.
        let capped = try ECMARegex("(?<=^a+)b")
        #expect(capped.matches(String(repeating: "a", count: 1000) + "b") == true)
        #expect(capped.matches(String(repeating: "a", count: 1001) + "b") == false)
    }

    @Test func nestingIsLimited() throws {
        let deep = String(repeating: "(", count: 63) + "\\ba(?=\\b)" + String(repeating: ")", count: 63)
        #expect(try ECMARegex(deep).matches("a") == true)
        let tooDeep = String(repeating: "(?:", count: 65) + "a" + String(repeating: ")", count: 65)
        #expect(Self.error(tooDeep)?.message == "groups nested more than 64 deep at character 196")
    }

    @Test func errorDescriptionNamesThePattern() {
        #expect(Self.error("a**")?.description == "invalid regular expression \"a**\": nothing to repeat at character 3")
    }

    @Test(
        "syntax errors are said in Danish too",
        arguments: [
            ("a**", "der er intet at gentage ved tegn nr. 3"),
            ("(?<n>a)(?<n>b)", "gruppenavnet 'n' bruges to gange ved tegn nr. 13"),
            ("[b-a]", "intervallet i tegnklassen står i forkert rækkefølge ved tegn nr. 5"),
            ("\\p{Foo}", "ukendt Unicode-egenskab 'Foo' ved tegn nr. 8"),
            ("\\pL", "ugyldig egenskabs-escape (skriv \\p{Navn}) ved tegn nr. 3"),
            ("\\u{110000}", "ugyldig escape-sekvens '\\u{…}' (der skal stå hexcifre op til 10FFFF) ved tegn nr. 11"),
        ])
    func danishSyntaxError(_ pattern: String, _ danish: String) {
        #expect(Self.error(pattern)?.text.danish == danish)
    }

    /// The error `ECMARegex(pattern)` throws, or nil when the pattern compiles.
    static func error(_ pattern: String) -> ECMARegexError? {
        do {
            _ = try ECMARegex(pattern)
            return nil
        } catch {
            return error
        }
    }

    @Test(
        "valid patterns pass the regex format",
        arguments: [
            "([abc])+\\s+$", "(?<name>x)", "(?<n>a)\\k<n>", "(?<=a+)b", "[]", "[^]", "\\cA", "\\1(a)", "(?i-m:a)",
            "[\\b]", "a{1,}?", "[-]", "[a-]", "\\u{0}",
        ])
    func validRegexFormat(_ pattern: String) {
        #expect(FormatChecker.isValid(pattern, format: "regex") == true)
    }

    @Test func sharedAcrossTasks() async throws {
        let regex = try ECMARegex("^[a-z]+-\\d+$")
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<64 { group.addTask { regex.matches("item-\(index)") == true } }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 64 && results.allSatisfy { $0 })
    }
}
