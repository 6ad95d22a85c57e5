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
}
