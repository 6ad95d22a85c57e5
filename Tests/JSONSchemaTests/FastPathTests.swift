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
        try check(
            schema,
            [
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
        try check(
            schema,
            [
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
        try check(
            #"{"required": ["a", "b", "a"]}"#, options: SchemaOptions(validateSchemas: false),
            [(#"{"a": 1, "b": 2}"#, true), (#"{"a": 1, "a": 2}"#, false)])
        try check(#"{"required": ["a", "b"]}"#, [(#"{"a": 1, "a": 2, "c": 3}"#, false)])
        // Keys longer than eight bytes, sharing their first eight bytes.
        try check(
            #"{"properties": {"participants": {"type": "array"}, "participantz": {"type": "string"}}, "additionalProperties": false}"#,
            [
                (#"{"participants": [], "participantz": "x"}"#, true), (#"{"participantz": []}"#, false),
                (#"{"participant": 1}"#, false),
            ])
    }

    @Test func keyTableFindsEveryLengthAndNoNearMiss() {
        // Keys of every length up to 20, and for each a copy with one byte changed at every position.
        var keys: [String] = []
        for length in 0...20 {
            var bytes: [UInt8] = []
            for i in 0..<length { bytes.append(UInt8(97 + (i * 7 + length) % 26)) }
            keys.append(String(decoding: bytes, as: UTF8.self))
        }
        let table = KeyTable(keys + ["é", "e\u{301}"])
        for (i, key) in keys.enumerated() {
            #expect(table.index(of: key) == i, "\(key)")
            var bytes = Array(key.utf8)
            for position in bytes.indices {
                let original = bytes[position]
                bytes[position] = original == 0x5A ? 0x59 : 0x5A  // "Z" or "Y": no key has capitals
                #expect(table.index(of: String(decoding: bytes, as: UTF8.self)) == nil)
                bytes[position] = original
            }
        }
        #expect(table.index(of: "é") == keys.count)
        #expect(table.index(of: "e\u{301}") == keys.count + 1)
        #expect(table.index(of: "ab") == nil)
    }

    @Test func limitedEditDistanceAgreesWithTheExactOneUpToTheLimit() {
        let words = [
            "", "a", "ab", "ba", "name", "nmae", "naem", "status", "stauts", "period", "participants", "partners", "owners",
            "émile", "emile",
        ]
        for x in words {
            for y in words {
                let a = Array(x.unicodeScalars), b = Array(y.unicodeScalars)
                let exact = ViolationText.editDistance(a, b)
                let limited = a.withUnsafeBufferPointer { a in
                    b.withUnsafeBufferPointer { b in ViolationText.editDistance(a, b, limit: 2) }
                }
                if exact <= 2 { #expect(limited == exact, "\(x) \(y)") } else { #expect(limited > 2, "\(x) \(y)") }
            }
        }
    }
}
