import JSON
import Testing

@testable import JSONSchema

/// Exact number semantics and the fast pattern matcher.
@Suite struct NumberAndPatternTests {
    /// The schema keywords use the JSON module's one number model and equality (see JSONTests for
    /// their full tests); here, through schemas, on both paths.
    @Test func integersComparisonAndEquality() throws {
        try check(
            #"{"type": "integer"}"#,
            [
                "1.0": true, "1e2": true, "1.5": false,
                "12345678910111213141516171819202122232425262728293031": true, "1.00000000000000000001": false,
            ])
        try check(#"{"exclusiveMaximum": 18446744073709551617}"#, ["18446744073709551616": true, "18446744073709551617": false])
        try check(#"{"const": 1}"#, ["1.0": true, "true": false])
        try check(#"{"const": {"a": 1, "b": [1.0]}}"#, [#"{"b": [1], "a": 1.00}"#: true, #"{"b": [1], "a": 2}"#: false])
    }

    @Test func exactMultipleOf() throws {
        try check(#"{"multipleOf": 0.0001}"#, ["0.0075": true, "0.00751": false])
        try check(#"{"multipleOf": 0.5}"#, ["1e308": true])
        try check(#"{"multipleOf": 1e-8}"#, ["12391239123": true])
        try check(#"{"multipleOf": 2}"#, ["4.5": false])
    }

    /// Whether each instance is valid against `schema`, on the fast and the detailed path.
    func check(_ schema: String, _ cases: [String: Bool]) throws {
        let compiled = try SchemaFixture.compile(schema)
        for (instance, expected) in cases {
            let value = try SchemaFixture.parse(instance).root
            #expect(compiled.isValid(value) == expected, "isValid of \(instance) against \(schema)")
            #expect(compiled.validate(value).isEmpty == expected, "validate of \(instance) against \(schema)")
        }
    }

    @Test(arguments: [
        "^[a-z0-9]+(-[a-z0-9]+)*$", "^\\d{4}-\\d{2}$", "a+b", "^(ab|cd){2,3}$", "[0-9]", "^$", "x?y*z+",
        "^[A-Z_][-A-Za-z0-9._]*$",
    ])
    func simplePatternAgreesWithECMARegex(pattern: String) throws {
        let simple = try #require(SimplePattern(pattern))
        let regex = try ECMARegex(pattern)
        let samples = [
            "", "a", "ab", "abab", "cdabcd", "tryg-indsats-1", "Tryg", "2024-01", "20240-1", "-a", "a-", "xyz", "z", "æøå", "a-æ",
            "ababababab", "_x.y-1", "b",
        ]
        for sample in samples {
            #expect(simple.matches(sample) == regex.matches(sample), "\(pattern) on \(sample)")
        }
    }

    /// A negated class matches one whole character, however many UTF-8 bytes it takes: the same
    /// answers as ICU on characters of one to four bytes, anchored or not, through both automata.
    @Test(arguments: [
        "^(/([^~/]|~[01])*)+$", "[^a]", "^[^a]$", "^[^ab]{2}$", "x[^0-9]+y", "^[^\\d]*$", "[^-]", "^a[^b]?c$", "^[^a-z]$",
    ])
    func negatedClassesAgreeWithECMARegex(pattern: String) throws {
        let simple = try #require(SimplePattern(pattern))
        let regex = try ECMARegex(pattern)
        let matcher = PatternMatcher(regex: regex, source: pattern)
        let samples = [
            "", "a", "b", "ø", "øø", "/", "/ø~0", "/~2", "/a/b", "/~", "//", "x€y", "x🙂y", "🙂", "🙂🙂", "xø9y", "a\u{301}",
            "ac", "aøc", "a🙂c", "a€€c", "xy", "x€", "€y", "A", "Ω", "-", "--", "a-b", "é", "e\u{301}",
        ]
        for sample in samples {
            let expected = regex.matches(sample)
            #expect(simple.matches(sample) == expected, "\(pattern) on \(sample.debugDescription)")
            #expect(matcher.quickMatch(sample) == expected, "\(pattern) on \(sample.debugDescription) (byte table)")
        }
    }

    /// Found by the regex fuzzer: a range whose end is an escape (`[^\x03-\}]`) was read as three
    /// members (`\x03`, `-`, `}`), so `[^\x03-\}]` matched a carriage return that ECMA-262 excludes.
    @Test(arguments: ["[^\u{03}-\\}]", "[\u{03}-\\}]", "^[^0}\u{03}-\\}t\\^3`]$", "[#-\\-]", "[!-\\/]+"])
    func rangesEndingInAnEscapeAgreeWithECMARegex(pattern: String) throws {
        let regex = try ECMARegex(pattern)
        let matcher = PatternMatcher(regex: regex, source: pattern)
        for sample in ["\r", "\0", "}", "-", "a", "/", "!", "~", "ø", "\0\r"] {
            let expected = regex.matches(sample)
            if let simple = SimplePattern(pattern) {
                #expect(simple.matches(sample) == expected, "\(pattern) on \(sample.debugDescription)")
            }
            #expect(matcher.matches(sample) == expected, "\(pattern) on \(sample.debugDescription) (schema matcher)")
        }
    }

    @Test func patternsOutsideTheSubsetUseTheFullEngine() {
        #expect(SimplePattern("^a|b$") == nil)
        #expect(SimplePattern("a.b") == nil)
        #expect(SimplePattern("[^]") == nil)
        #expect(SimplePattern("[^\\s]") == nil)
        #expect(SimplePattern("\\p{L}") == nil)
        #expect(SimplePattern("a*?") == nil)
    }
}
