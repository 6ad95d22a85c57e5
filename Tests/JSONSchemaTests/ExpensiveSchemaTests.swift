import JSON
import Testing

@testable import JSONSchema

/// Schemas and patterns that would take exponential time: evaluation is memoised once its budget
/// runs out, and a regular expression that runs past its limit is an error of its own
/// (`pattern-limit`), never a silent "no match" — not even under `not`.
@Suite struct ExpensiveSchemaTests {
    /// `anyOf` chains whose two alternatives lead to the same next link, `depth` links long: 2^depth
    /// evaluations of the last link without a memo (2^24 took 284 s on the issue's machine).
    static func chain(depth: Int, link: (Int) -> String, last: String) -> String {
        let links = (0..<depth).map { "\"a\($0)\": \(link($0))" }
        return ##"{"$defs": {\##(links.joined(separator: ", ")), "a\##(depth)": \##(last)}, "$ref": "#/$defs/a0"}"##
    }

    static let anyOfChain = chain(
        depth: 24, link: { ##"{"anyOf": [{"$ref": "#/$defs/a\##($0 + 1)"}, {"$ref": "#/$defs/a\##($0 + 1)"}]}"## },
        last: #"{"type": "string"}"#)

    @Test(.timeLimit(.minutes(1))) func anyOfChainOfDepth24() throws {
        let schema = try SchemaFixture.compile(Self.anyOfChain)
        #expect(schema.isValid(try SchemaFixture.parse(#""x""#).root))
        let instance = try SchemaFixture.parse("1").root
        #expect(!schema.isValid(instance))
        let violations = schema.validate(instance)
        // One summary per link (each naming its closest alternative), then the type error at the end of the chain.
        #expect(violations.count == 25)
        #expect(violations.filter { $0.keyword == "anyOf" }.count == 24)
        #expect(violations.last?.message == "expected a string, found a number")
        #expect(violations.last?.keywordLocation == String(repeating: "/$ref/anyOf/0", count: 24) + "/$ref/type")
    }

    @Test(.timeLimit(.minutes(1))) func allOfChainReportsEachFailureOnce() throws {
        // Both alternatives of every link must hold: without the memo 2^24 evaluations, and 2^24 copies of one error.
        let schema = try SchemaFixture.compile(
            Self.chain(
                depth: 24, link: { ##"{"allOf": [{"$ref": "#/$defs/a\##($0 + 1)"}, {"$ref": "#/$defs/a\##($0 + 1)"}]}"## },
                last: #"{"type": "string"}"#))
        let violations = schema.validate(try SchemaFixture.parse("1").root)
        #expect(violations.map(\.message) == ["expected a string, found a number"])
        #expect(violations.first?.absoluteKeywordLocation == "https://tryg.test/schema.json#/$defs/a24/type")
    }

    @Test(.timeLimit(.minutes(1))) func memberChainOfDepth20() throws {
        // The same value reached twice per level through properties and patternProperties, 20 levels deep.
        let schema = try SchemaFixture.compile(
            Self.chain(
                depth: 20,
                link: {
                    ##"{"properties": {"x": {"$ref": "#/$defs/a\##($0 + 1)"}}, "patternProperties": {"^x$": {"$ref": "#/$defs/a\##($0 + 1)"}}}"##
                },
                last: #"{"type": "string"}"#))
        let nested = String(repeating: #"{"x": "#, count: 20) + "1" + String(repeating: "}", count: 20)
        let violations = schema.validate(try SchemaFixture.parse(nested).root)
        #expect(violations.map(\.message) == ["expected a string, found a number"])
        #expect(violations.first?.instanceLocation == JSONPointer(tokens: Array(repeating: "x", count: 20)))
        let good = String(repeating: #"{"x": "#, count: 20) + #""s""# + String(repeating: "}", count: 20)
        #expect(schema.isValid(try SchemaFixture.parse(good).root))
    }

    // Patterns outside tryg's own matcher (a lookahead, \s), so that ICU runs them.
    static let exponential = "^(?=a)([^b]+)+$"
    static let deepBacktracking = #"^(?:[ab]|\s)*$"#
    /// 40 `a`s and a `b`: ICU tries 2^40 ways to split the `a`s before it gives up.
    static let forty = String(repeating: "a", count: 40) + "b"
    /// A million characters that match, but only with more backtracking memory than allowed.
    static let long = String(repeating: "ab", count: 500_000)

    static func stepsMessage(_ pattern: String, length: Int) -> String {
        let steps = ICUPattern.stepLimit(forLength: length)
        return
            "the pattern \(ViolationText.quote(pattern, limit: 60)) is too expensive for this value: matching stopped after \(steps) steps, tryg's limit for a string of this length; simplify the pattern (for example, avoid nested repetition such as (a+)+)"
    }

    static func memoryMessage(_ pattern: String) -> String {
        "the pattern \(ViolationText.quote(pattern, limit: 60)) is too expensive for this value: matching needed more than 8 MiB of memory to backtrack; simplify the pattern (for example, avoid nested repetition such as (a+)+)"
    }

    /// `schema` with `instance`: invalid on both paths, with exactly `expected` as (keyword, pointer, message).
    func check(_ schema: String, _ instance: JSONValue, _ expected: [(String, String, String)]) throws {
        let compiled = try SchemaFixture.compile(schema)
        #expect(!compiled.isValid(instance))
        let found = compiled.validate(instance).map { ($0.keyword, $0.instanceLocation.description, $0.message) }
        #expect(found.count == expected.count)
        for (a, b) in zip(found, expected) { #expect(a == b) }
    }

    @Test(.timeLimit(.minutes(1))) func patternOutOfStepsIsAnError() throws {
        // Before: 2^40 backtracking steps (minutes); now an error after a million.
        let value = JSONValue(.string(Self.forty))
        try check(
            #"{"pattern": "\#(Self.exponential)"}"#, value,
            [("pattern-limit", "", Self.stepsMessage(Self.exponential, length: 41))])
        // Under "not" the value must not be accepted either: it has no answer.
        try check(
            #"{"not": {"pattern": "\#(Self.exponential)"}}"#, value,
            [("pattern-limit", "", Self.stepsMessage(Self.exponential, length: 41))])
    }

    @Test(.timeLimit(.minutes(1))) func nestedRepetitionOnTrygsOwnMatcherIsDecided() throws {
        // Without the lookahead the same pattern is regular and runs on tryg's own matcher: no limit
        // is needed, and a million characters are decided (matched or not) in linear time.
        let schema = try SchemaFixture.compile(#"{"pattern": "^([^b]+)+$"}"#)
        let value = JSONValue(.string(Self.forty))
        #expect(schema.validate(value).map(\.keyword) == ["pattern"])
        #expect(schema.isValid(JSONValue(.string(String(repeating: "aæ", count: 500_000)))))
        #expect(!schema.isValid(JSONValue(.string(String(repeating: "a", count: 1_000_000) + "b"))))
    }

    @Test(.timeLimit(.minutes(1))) func patternOutOfMemoryIsAnError() throws {
        // Before: ICU's backtracking ran out of memory and the match counted as "no match", so this
        // matching value was rejected as not matching, and under "not" accepted.
        let value = try SchemaFixture.parse("{\"id\": \"\(Self.long)\"}").root
        let pattern = #"{"properties": {"id": {"pattern": "^(?:[ab]|\\s)*$"}}}"#
        try check(pattern, value, [("pattern-limit", "/id", Self.memoryMessage(Self.deepBacktracking))])
        let negated = #"{"properties": {"id": {"not": {"pattern": "^(?:[ab]|\\s)*$"}}}}"#
        try check(negated, value, [("pattern-limit", "/id", Self.memoryMessage(Self.deepBacktracking))])
        // A short value of the same kind is decided as usual.
        #expect(try SchemaFixture.compile(pattern).isValid(try SchemaFixture.parse(#"{"id": "abab ba"}"#).root))
        #expect(try !SchemaFixture.compile(negated).isValid(try SchemaFixture.parse(#"{"id": "abab ba"}"#).root))
    }

    @Test(.timeLimit(.minutes(1))) func patternOnKeysOutOfStepsPointsAtTheKey() throws {
        let schema = try SchemaFixture.compile(
            #"{"patternProperties": {"\#(Self.exponential)": true}, "propertyNames": {"pattern": "\#(Self.exponential)"}}"#)
        let text = "{\"aa\": 1, \"\(Self.forty)\": 2}"
        let violations = schema.validate(try SchemaFixture.parse(text).root)
        let keyOffset = 10  // the opening quote of the key
        // The key's pattern ran out twice (patternProperties, propertyNames): two violations at the key.
        #expect(violations.map(\.keyword) == ["pattern-limit", "pattern-limit"])
        #expect(
            violations.allSatisfy { $0.instanceLocation == JSONPointer(tokens: [Self.forty]) && $0.instanceOffset == keyOffset })
        #expect(Set(violations.map(\.keywordLocation)) == ["/patternProperties", "/propertyNames/pattern"])
    }
}
