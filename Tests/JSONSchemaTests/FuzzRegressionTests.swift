import JSON
import JSONSchema
import Testing

/// Inputs the fuzz harnesses (Fuzz/Harnesses) found to crash, kept as tests.
@Suite("Fuzzing regressions")
struct FuzzRegressionTests {
    /// Found by Fuzz/Harnesses/SchemaFuzz.swift: schema `{"format": "hostname"}` (formats asserted),
    /// instance "xn-mll-0ea". Any label of four or more characters with `-` third ("ab-cd.example",
    /// "ns-1.example") made FormatChecker.isHostname call isIDNHostname, which handed the plain ASCII
    /// name straight back to isHostname: unbounded recursion, a stack overflow (exit 139).
    @Test(
        "a hostname label with '-' as its third character is an ordinary LDH label, checked without recursion",
        arguments: ["xn-mll-0ea", "ab-cd.example", "ns-1.example.org", "a-b-c-d"])
    func hostnameThirdCharacterHyphen(name: String) throws {
        let registry = SchemaRegistry(options: SchemaOptions(assertFormats: true))
        for format in ["hostname", "idn-hostname"] {
            let schema = try registry.compile(
                ["format": JSONValue(stringLiteral: format)], uri: "https://fuzz.tryg.invalid/\(format).json")
            #expect(schema.isValid(JSONValue(stringLiteral: name)), "\(format): \(name)")
        }
    }

    /// Found by Fuzz/Harnesses/RegexFuzz.swift (a leak, under LeakSanitizer): a pattern that the
    /// ECMA-262 translator accepts but ICU refuses (a lazy `??` beside a repetition in a lookbehind) left the
    /// two bytes ICUPattern had allocated before asking ICU behind, because a failing initialiser
    /// runs no deinit. scripts/test-asan runs this test under LeakSanitizer.
    @Test(
        "a pattern ICU refuses is a compile error and leaves nothing behind",
        arguments: [
            #"^bbbbbt(?<=ivlva+)b(?<=ive._\)\rula+)'(?<=a+)b(?<=ive._\)\ru\#u{03}+^^$e??<=a+)(?<=a+)bbt(?<=iv<=a+)(?<=a+)b"#,
            "(?<=e??a+)c",
        ])
    func patternICURefuses(pattern: String) throws {
        let registry = SchemaRegistry(options: SchemaOptions())
        #expect(throws: (any Error).self) {
            try registry.compile(["pattern": JSONValue(stringLiteral: pattern)], uri: "https://fuzz.tryg.invalid/p.json")
        }
    }

    /// Found by Fuzz/Harnesses/SchemaFuzz.swift (its check that every error points into the
    /// instance): an instance with a duplicated key. Every member is validated as written, both
    /// copies included, and each error carries the offset of its own copy; a JSON Pointer cannot
    /// tell the copies apart (read the usual way it names the last one), so the harness now follows
    /// any copy. The duplicate itself is a warning of tryg's (duplicate-key).
    @Test func errorsInTheFirstCopyOfADuplicatedKeyPointAtThatCopy() throws {
        let schema = try SchemaFixture.compile(#"{"additionalProperties": {"additionalProperties": false}}"#)
        let text = #"{"a": {"t": 1}, "a": {}}"#
        let violations = schema.validate(try SchemaFixture.parse(text).root)
        #expect(violations.map(\.instanceLocation) == [JSONPointer(tokens: ["a", "t"])])
        // The first copy spans offsets 6 to 13.
        #expect(violations.allSatisfy { (6...13).contains($0.instanceOffset) })
    }
}
