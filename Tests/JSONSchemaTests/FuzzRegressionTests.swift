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
}
