import JSON
import Testing
@testable import JSONSchema

/// The fast path (`isValid`) and the detailed path (`validate`) agree, including where the fast path
/// takes shortcuts: `unevaluatedProperties` resolved at compile time, key tables, bit masks.
@Suite struct FastPathTests {
    func check(_ schema: String, options: SchemaOptions = SchemaOptions(), _ cases: [(String, Bool)]) throws {
        let compiled = try SchemaFixture.compile(schema, options: options)
        for (instance, expected) in cases {
            let value = try SchemaFixture.parse(instance).root
            #expect(compiled.isValid(value) == expected, "isValid of \(instance) against \(schema)")
            #expect(compiled.validate(value).isEmpty == expected, "validate of \(instance) against \(schema)")
        }
    }

    /// Whether the root's `unevaluatedProperties` was resolved at compile time (the schema is kept
    /// alive while asking: it clears its nodes when it goes away).
    func isResolvedStatically(_ schema: String) throws -> Bool {
        let compiled = try SchemaFixture.compile(schema)
        return withExtendedLifetime(compiled) { compiled.root.annotationsResolved }
    }

    @Test func unevaluatedPropertiesResolvedAtCompileTime() throws {
        // In-place subschemas name only properties the node names itself: resolved statically.
        let schema = #"""
            {"properties": {"a": true, "b": true}, "patternProperties": {"^x-": true},
             "allOf": [{"if": {"properties": {"a": {"const": 1}}}, "then": {"properties": {"b": {"const": 2}}}}],
             "unevaluatedProperties": false}
            """#
        #expect(try isResolvedStatically(schema))
        try check(schema, [
            (#"{"a": 1, "b": 2}"#, true), (#"{"a": 1, "b": 3}"#, false), (#"{"a": 0, "b": 3}"#, true),
            (#"{"a": 1, "c": 2}"#, false), (#"{"x-c": 2}"#, true), (#"{}"#, true), (#"[1]"#, true),
        ])
    }

    @Test func unevaluatedPropertiesLeftDynamic() throws {
        // Here an in-place subschema evaluates "c", which the node does not name: annotations needed.
        let schema = #"""
            {"properties": {"a": true},
             "anyOf": [{"properties": {"c": {"type": "string"}}, "required": ["c"]}, {"required": ["a"]}],
             "unevaluatedProperties": {"type": "integer"}}
            """#
        #expect(try !isResolvedStatically(schema))
        try check(schema, [
            (#"{"a": 1, "c": "x"}"#, true), (#"{"a": 1, "c": 1}"#, true), (#"{"c": 1}"#, false),
            (#"{"a": 1, "d": "x"}"#, false), (#"{"a": 1, "d": 2}"#, true),
        ])
        let viaRef = #"""
            {"$defs": {"more": {"properties": {"z": true}}}, "properties": {"a": true},
             "$ref": "#/$defs/more", "unevaluatedProperties": false}
            """#
        #expect(try !isResolvedStatically(viaRef))
        try check(viaRef, [(#"{"a": 1, "z": 2}"#, true), (#"{"a": 1, "y": 2}"#, false)])
    }

    @Test func requiredAndPropertiesWithManyAndRepeatedNames() throws {
        let names = (0..<70).map { "\"k\($0)\"" }
        let all = "{" + (0..<70).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + "}"
        let allButOne = "{" + (1..<70).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + "}"
        try check("{\"required\": [\(names.joined(separator: ", "))]}", [(all, true), (allButOne, false)])
        // Repeated names are refused by the meta-schema; compiled without it, they count once.
        try check(#"{"required": ["a", "b", "a"]}"#, options: SchemaOptions(validateSchemas: false), [(#"{"a": 1, "b": 2}"#, true), (#"{"a": 1, "a": 2}"#, false)])
        try check(#"{"required": ["a", "b"]}"#, [(#"{"a": 1, "a": 2, "c": 3}"#, false)])
        // Keys longer than eight bytes, sharing their first eight bytes.
        try check(
            #"{"properties": {"participants": {"type": "array"}, "participantz": {"type": "string"}}, "additionalProperties": false}"#,
            [(#"{"participants": [], "participantz": "x"}"#, true), (#"{"participantz": []}"#, false), (#"{"participant": 1}"#, false)])
    }
}
