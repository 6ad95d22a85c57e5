import JSON
import Testing

@testable import JSONSchema

/// Summaries of `oneOf`/`anyOf` failures and the order of errors.
@Suite struct SchemaBranchTests {
    static let shapes = """
        {"oneOf": [
          {"type": "object", "properties": {"kind": {"const": "circle"}, "radius": {"type": "number"}}, "required": ["kind", "radius"]},
          {"type": "object", "properties": {"kind": {"const": "square"}, "side": {"type": "number"}}, "required": ["kind", "side"]},
          {"type": "string"}
        ]}
        """

    @Test func closestBranchIsTheOneWhoseDiscriminatorMatched() throws {
        let schema = try SchemaFixture.compile(Self.shapes)
        let lines = try SchemaFixture.report(schema, #"{"kind": "square", "side": "4"}"#)
        #expect(
            lines == [
                " 1:1 oneOf: value does not match any of the 3 alternatives of oneOf; the closest, alternative 2, fails: expected a number, found a string",
                "/side 1:28 type: expected a number, found a string",
            ])
    }

    @Test func anyOfPrefersFewestErrors() throws {
        let schema = try SchemaFixture.compile(#"{"anyOf": [{"required": ["a", "b", "d"]}, {"required": ["c"]}]}"#)
        let errors = schema.validate(try SchemaFixture.parse(#"{"a": 1}"#).root)
        #expect(errors.map(\.keywordLocation) == ["/anyOf", "/anyOf/1/required"])
        #expect(
            errors.first?.message
                == "value does not match any of the 2 alternatives of anyOf; the closest, alternative 2, fails: required property \"c\" is missing"
        )
    }

    @Test func oneOfMatchingTwice() throws {
        let schema = try SchemaFixture.compile(#"{"oneOf": [{"type": "integer"}, {"minimum": 2}]}"#)
        #expect(
            schema.validate(3).map(\.message) == [
                "value must match exactly one alternative of oneOf, but matches 2: alternatives 1 and 2"
            ])
        #expect(schema.isValid(1))
        #expect(!schema.isValid(3))
    }

    @Test func errorsAreInDocumentOrderAndDeterministic() throws {
        let schema = try SchemaFixture.compile(
            """
            {"properties": {"b": {"type": "string"}, "a": {"type": "string"}}, "required": ["z"]}
            """)
        let instance = try SchemaFixture.parse(#"{"a": 1, "b": 2}"#).root
        let first = schema.validate(instance)
        #expect(first.map(\.instanceLocation.description) == ["", "/a", "/b"])
        for _ in 0..<5 { #expect(schema.validate(instance) == first) }
    }

    @Test func fastAndDetailedPathsAgree() throws {
        let schema = try SchemaFixture.compile(SchemaMessageTests.initiative)
        for text in [
            #"{"id": "a", "name": "abc", "status": "active"}"#, #"{"id": "a"}"#, "[]",
            #"{"id": "a", "name": "abc", "status": "x", "extra": 1}"#,
        ] {
            let value = try SchemaFixture.parse(text).root
            #expect(schema.isValid(value) == schema.validate(value).isEmpty, "\(text)")
        }
    }

    @Test func schemaIsUsableFromManyThreads() async throws {
        let schema = try SchemaFixture.compile(SchemaMessageTests.initiative)
        let valid = try SchemaFixture.parse(#"{"id": "a-b", "name": "abc", "status": "active"}"#).root
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 { group.addTask { (0..<200).allSatisfy { _ in schema.isValid(valid) } } }
            var all: [Bool] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results == Array(repeating: true, count: 8))
    }
}
