import JSON
import Testing

@testable import JSONSchema

/// Exact messages and locations of validation errors.
@Suite struct SchemaMessageTests {
    static let initiative = """
        {
          "type": "object",
          "required": ["id", "name", "status"],
          "properties": {
            "id": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
            "name": {"type": "string", "minLength": 3},
            "status": {"enum": ["planned", "active", "ended", "merged"]},
            "period": {"$ref": "#/$defs/period"},
            "owners": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/owner"}}
          },
          "additionalProperties": false,
          "$defs": {
            "period": {"type": "object", "properties": {"from": {"type": "string", "format": "date"}}},
            "owner": {"type": "object", "required": ["partner"], "properties": {"partner": {"type": "string"}}}
          }
        }
        """

    @Test func enumRequiredAndNearMiss() throws {
        let schema = try SchemaFixture.compile(Self.initiative)
        let lines = try SchemaFixture.report(
            schema,
            """
            {
              "id": "tryg-1",
              "nmae": "Tryghedsvandring",
              "status": "actve"
            }
            """)
        #expect(
            lines == [
                " 1:1 required: required property \"name\" is missing",
                "/nmae 3:11 additionalProperties: property \"nmae\" is not allowed here (did you mean \"name\"?)",
                "/status 4:13 enum: status must be one of: planned, active, ended, merged; found \"actve\"",
            ])
    }

    @Test func typeLengthPatternAndNestedLocations() throws {
        let schema = try SchemaFixture.compile(Self.initiative)
        let lines = try SchemaFixture.report(
            schema,
            """
            {"id": "Tryg 1", "name": "ab", "status": "active",
             "owners": [{"partner": 7}, {}]}
            """)
        #expect(
            lines == [
                "/id 1:8 pattern: id must match the pattern \"^[a-z0-9]+(-[a-z0-9]+)*$\"; found \"Tryg 1\"",
                "/name 1:26 minLength: name must be at least 3 characters long; found 2",
                "/owners/0/partner 2:25 type: expected a string, found a number",
                "/owners/1 2:29 required: required property \"partner\" is missing",
            ])
    }

    @Test func keywordLocationsGoThroughReferences() throws {
        let schema = try SchemaFixture.compile(Self.initiative)
        let errors = schema.validate(
            try SchemaFixture.parse(#"{"id": "a", "name": "abc", "status": "active", "owners": [{}]}"#).root)
        #expect(errors.count == 1)
        #expect(errors.first?.keywordLocation == "/properties/owners/items/$ref/required")
        #expect(errors.first?.absoluteKeywordLocation == "https://tryg.test/schema.json#/$defs/owner/required")
        #expect(errors.first?.instanceLocation == JSONPointer(tokens: ["owners", "0"]))
    }

    @Test func formatMessageWhenAsserted() throws {
        let schema = try SchemaFixture.compile(Self.initiative, options: SchemaOptions(assertFormats: true))
        let lines = try SchemaFixture.report(
            schema, #"{"id": "a", "name": "abc", "status": "ended", "period": {"from": "2018-13-01"}}"#)
        #expect(lines == ["/period/from 1:66 format: \"2018-13-01\" is not a valid date (format \"date\")"])
        // Without assertion, format is only an annotation.
        let lenient = try SchemaFixture.compile(Self.initiative)
        #expect(
            try SchemaFixture.report(lenient, #"{"id": "a", "name": "abc", "status": "ended", "period": {"from": "2018-13-01"}}"#)
                .isEmpty)
    }

    @Test func numbersAndCounts() throws {
        let schema = try SchemaFixture.compile(
            """
            {"properties": {
              "n": {"minimum": 1, "exclusiveMaximum": 10, "multipleOf": 0.5},
              "tags": {"maxItems": 2, "uniqueItems": true},
              "const": {"const": "x"}
            }, "maxProperties": 2}
            """)
        let lines = try SchemaFixture.report(schema, #"{"n": 10.25, "tags": ["a", "b", "a"], "const": "y"}"#)
        #expect(
            lines == [
                " 1:1 maxProperties: value must have at most 2 properties; found 3",
                "/n 1:7 exclusiveMaximum: n must be less than 10; found 10.25",
                "/n 1:7 multipleOf: n must be a multiple of 0.5; found 10.25",
                "/tags 1:22 maxItems: tags must have at most 2 items; found 3",
                "/tags 1:22 uniqueItems: tags must not contain duplicates; items 0 and 2 are equal",
                "/const 1:48 const: const must be \"x\"; found \"y\"",
            ])
    }

    @Test func unevaluatedPropertiesSuggestsNames() throws {
        let schema = try SchemaFixture.compile(
            """
            {"allOf": [{"properties": {"status": true}}], "properties": {"name": true}, "unevaluatedProperties": false}
            """)
        let lines = try SchemaFixture.report(schema, #"{"name": "a", "stauts": "b"}"#)
        #expect(
            lines == ["/stauts 1:25 unevaluatedProperties: property \"stauts\" is not allowed here (did you mean \"status\"?)"])
    }

    @Test func longValuesAreCut() throws {
        let schema = try SchemaFixture.compile(#"{"const": "short"}"#)
        let long = String(repeating: "x", count: 100)
        let message = schema.validate(JSONValue(.string(long))).first?.message
        #expect(message == "value must be \"short\"; found \"" + String(repeating: "x", count: 40) + "…\"")
    }
}
