import JSON
import Testing

@testable import JSONSchema

/// `const`, `enum` and `uniqueItems` compare objects by their effective members: a repeated key
/// counts once, with its last value (as lookups see it).
@Suite struct InstanceEqualityTests {
    func value(_ text: String) throws -> JSONValue {
        try SchemaFixture.parse(text).root
    }

    /// Both paths agree, and give `expected`.
    func check(_ schema: String, _ instance: String, valid expected: Bool) throws {
        let compiled = try SchemaFixture.compile(schema)
        let document = try value(instance)
        #expect(compiled.isValid(document) == expected, "isValid of \(instance) against \(schema)")
        #expect(compiled.validate(document).isEmpty == expected, "validate of \(instance) against \(schema)")
    }

    @Test func repeatedKeysCountOnceWithTheirLastValue() throws {
        #expect(try value(#"{"a": 2, "a": 1}"#).jsonEquals(value(#"{"a": 1}"#)))
        #expect(try value(#"{"a": 1}"#).jsonEquals(value(#"{"a": 2, "a": 1}"#)))
        #expect(try !value(#"{"a": 1, "a": 2}"#).jsonEquals(value(#"{"a": 1}"#)))
        // Same member count, different effective members.
        #expect(try !value(#"{"a": 1, "a": 1}"#).jsonEquals(value(#"{"a": 1, "b": 1}"#)))
        #expect(try !value(#"{"a": 1, "b": 1}"#).jsonEquals(value(#"{"a": 1, "a": 1}"#)))
        #expect(try value(#"{"b": 0, "a": 1, "b": 2}"#).jsonEquals(value(#"{"a": 1, "b": 2}"#)))
        #expect(try value(#"[{"x": [], "x": {"y": 1, "y": 2}}]"#).jsonEquals(value(#"[{"x": {"y": 2}}]"#)))
    }

    @Test func constEnumAndUniqueItemsUseEffectiveMembers() throws {
        try check(#"{"const": {"a": 1}}"#, #"{"a": 2, "a": 1}"#, valid: true)
        try check(#"{"const": {"a": 1}}"#, #"{"a": 1, "a": 2}"#, valid: false)
        try check(#"{"enum": [{"a": 2}, 3]}"#, #"{"a": 1, "a": 2}"#, valid: true)
        try check(#"{"uniqueItems": true}"#, #"[{"a": 1, "a": 1}, {"a": 1, "b": 1}]"#, valid: true)
        try check(#"{"uniqueItems": true}"#, #"[{"a": 0, "a": 1}, {"a": 1}]"#, valid: false)
    }

    @Test func hashingAgreesWithEquality() throws {
        // More than 16 items: uniqueItems hashes, so equal objects must hash alike.
        let numbers = (0..<20).map(String.init).joined(separator: ", ")
        try check(#"{"uniqueItems": true}"#, "[\(numbers), {\"a\": 0, \"a\": 1}, {\"a\": 1}]", valid: false)
        try check(#"{"uniqueItems": true}"#, "[\(numbers), {\"a\": 1, \"a\": 1}, {\"a\": 1, \"b\": 1}]", valid: true)
    }

    @Test func stringEnumsCompareUnicodeScalars() throws {
        // Precomposed and decomposed "é" are different strings for JSON Schema.
        try check(#"{"enum": ["caf\u00e9", "tea"]}"#, #""caf\u00e9""#, valid: true)
        try check(#"{"enum": ["caf\u00e9", "tea"]}"#, #""cafe\u0301""#, valid: false)
        try check(#"{"enum": ["a", "a", "b"]}"#, #""b""#, valid: true)
        try check(#"{"enum": ["a", "b"]}"#, #"1"#, valid: false)
    }
}
