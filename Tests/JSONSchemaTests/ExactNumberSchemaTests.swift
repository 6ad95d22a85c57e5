import JSON
import Testing

@testable import JSONSchema

/// Numbers below and above a `Double`'s range in schemas and instances: every keyword decides
/// exactly, on the fast and the detailed path. (Issue 17 found 9 of 11 such underflow cases wrong:
/// the doubles of `1e-400` and `0` are equal, those of `1e400` and `2e400` both infinite.)
@Suite struct ExactNumberSchemaTests {
    /// The eleven underflow cases: numbers whose double is 0.
    static let underflow: [(String, String, Bool)] = [
        (#"{"type": "integer"}"#, "1.5e-999999999", false),
        (#"{"type": "integer"}"#, "1e-400", false),
        (#"{"const": 0}"#, "1e-400", false),
        (#"{"enum": [0]}"#, "1e-400", false),
        (#"{"minimum": 1e-400}"#, "0", false),
        (#"{"maximum": 0}"#, "1e-400", false),
        (#"{"exclusiveMinimum": 0}"#, "1e-400", true),
        (#"{"exclusiveMaximum": 0}"#, "-1e-400", true),
        (#"{"multipleOf": 1e-400}"#, "3e-400", true),
        (#"{"multipleOf": 1e-400}"#, "1.5e-400", false),
        (#"{"uniqueItems": true}"#, "[0, 1e-400]", true),
    ]

    /// Their mirror images above the range: numbers whose double is infinite.
    static let overflow: [(String, String, Bool)] = [
        (#"{"type": "integer"}"#, "1.5e999999999", true),
        (#"{"type": "integer"}"#, "1e400", true),
        (#"{"const": 1e400}"#, "1e401", false),
        (#"{"enum": [1e400]}"#, "2e400", false),
        (#"{"minimum": 1e401}"#, "1e400", false),
        (#"{"maximum": 1e400}"#, "1e401", false),
        (#"{"exclusiveMinimum": 1e400}"#, "1.0000000000000000001e400", true),
        (#"{"exclusiveMaximum": -1e400}"#, "-1.0000000000000000001e400", true),
        (#"{"multipleOf": 1e400}"#, "3e400", true),
        (#"{"multipleOf": 1e400}"#, "1.5e400", false),
        (#"{"uniqueItems": true}"#, "[1e400, 2e400]", true),
    ]

    /// The other side of each boundary, so that no case passes by accepting or rejecting everything.
    static let counterparts: [(String, String, Bool)] = [
        (#"{"type": "integer"}"#, "15e-1", false), (#"{"type": "integer"}"#, "0e-400", true),
        (#"{"const": 0}"#, "0e-400", true), (#"{"const": 1e400}"#, "10e399", true),
        (#"{"enum": [1e400]}"#, "0.1e401", true), (#"{"minimum": 1e-400}"#, "1e-400", true),
        (#"{"maximum": 1e400}"#, "1e400", true), (#"{"exclusiveMinimum": 0}"#, "-1e-400", false),
        (#"{"exclusiveMaximum": -1e400}"#, "-1e400", false), (#"{"uniqueItems": true}"#, "[1e400, 10e399]", false),
        (#"{"uniqueItems": true}"#, "[1e-400, 0.1e-399]", false),
        (#"{"maximum": 1e-99999999999999999999}"#, "1e-99999999999999999998", false),
        (#"{"multipleOf": 1e-99999999999999999999}"#, "7", true),
    ]

    @Test(arguments: underflow + overflow + counterparts)
    func exactOnBothPaths(_ schema: String, _ instance: String, _ valid: Bool) throws {
        let compiled = try SchemaFixture.compile(schema)
        let value = try SchemaFixture.parse(instance).root
        #expect(compiled.isValid(value) == valid, "isValid of \(instance) against \(schema)")
        #expect(compiled.validate(value).isEmpty == valid, "validate of \(instance) against \(schema)")
    }

    @Test func overlongDivisorIsRefusedWithItsReason() throws {
        let digits = "1" + String(repeating: "3", count: 1000)
        let error = try #require(try SchemaFixture.compileError(#"{"multipleOf": \#(digits)}"#))
        #expect(
            error.message
                == "\"multipleOf\" has 1001 significant digits; tryg decides multipleOf exactly for divisors of at most 1000")
        #expect(try SchemaFixture.compileError(#"{"multipleOf": \#(digits.dropLast())}"#) == nil)
        // The meta-schema's exclusiveMinimum 0 refuses a negative divisor however small.
        let negative = try SchemaFixture.compileError(#"{"multipleOf": -1e-400}"#)
        #expect(negative?.message == "invalid schema at /multipleOf: multipleOf must be greater than 0; found -1e-400")
        let unchecked = SchemaOptions(validateSchemas: false)
        #expect(
            try SchemaFixture.compileError(#"{"multipleOf": -1e-400}"#, options: unchecked)?.message
                == "\"multipleOf\" must be greater than 0, found -1e-400")
    }
}
