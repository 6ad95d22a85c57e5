import JSON
import Testing

@testable import JSONSchema

/// Schemas that must be rejected when compiled, with where and why.
@Suite struct SchemaCompileErrorTests {
    @Test func wrongKeywordTypeIsLocated() throws {
        let text = """
            {
              "properties": {
                "name": {"minLength": "3"}
              }
            }
            """
        let error = try #require(try SchemaFixture.compileError(text))
        #expect(error.message == "invalid schema at /properties/name/minLength: expected an integer, found a string")
        #expect(error.pointer == JSONPointer(tokens: ["properties", "name", "minLength"]))
        let document = try SchemaFixture.parse(text)
        #expect(document.location(ofOffset: try #require(error.offset)).description == "3:27")
    }

    @Test func wrongKeywordTypeWithoutMetaSchemaCheck() throws {
        let error = try #require(
            try SchemaFixture.compileError(#"{"required": 5}"#, options: SchemaOptions(validateSchemas: false)))
        #expect(error.message == "\"required\" must be an array of strings, found a number")
        #expect(error.pointer == JSONPointer(tokens: ["required"]))
        #expect(error.offset == 13)
        #expect(error.uri == "https://tryg.test/schema.json")
    }

    @Test func unknownReference() throws {
        let error = try #require(try SchemaFixture.compileError(##"{"properties": {"a": {"$ref": "#/$defs/missing"}}}"##))
        #expect(
            error.message == "unknown reference \"#/$defs/missing\": https://tryg.test/schema.json has nothing at /$defs/missing")
        #expect(error.pointer == JSONPointer(tokens: ["properties", "a", "$ref"]))
        let remote = try #require(try SchemaFixture.compileError(#"{"$ref": "https://example.com/other.json"}"#))
        #expect(
            remote.message
                == "unknown reference \"https://example.com/other.json\": no schema is registered at https://example.com/other.json"
        )
    }

    @Test func unknownDialect() throws {
        let error = try #require(try SchemaFixture.compileError(#"{"$schema": "http://json-schema.org/draft-07/schema#"}"#))
        #expect(
            error.message
                == "unknown $schema \"http://json-schema.org/draft-07/schema\": only draft 2020-12 and registered meta-schemas are supported"
        )
        #expect(error.pointer == JSONPointer(tokens: ["$schema"]))
    }

    @Test func referenceCycle() throws {
        let error = try #require(
            try SchemaFixture.compileError(
                ##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"allOf": [{"$ref": "#/$defs/a"}]}}, "$ref": "#/$defs/a"}"##))
        #expect(error.message.hasPrefix("reference cycle: "))
        #expect(error.message.hasSuffix("refers back to itself without consuming any part of the instance"))
        #expect(error.message.contains("https://tryg.test/schema.json#/$defs/a"))
        // Recursion that consumes the instance is fine.
        let tree = try SchemaFixture.compile(##"{"properties": {"children": {"items": {"$ref": "#"}}}}"##)
        #expect(tree.isValid(try SchemaFixture.parse(#"{"children": [{"children": []}]}"#).root))
    }

    @Test func invalidRegex() throws {
        let error = try #require(
            try SchemaFixture.compileError(#"{"pattern": "a("}"#, options: SchemaOptions(validateSchemas: false)))
        #expect(error.message.hasPrefix("invalid regular expression \"a(\": "))
        #expect(error.pointer == JSONPointer(tokens: ["pattern"]))
    }

    @Test func unknownRequiredVocabulary() throws {
        let registry = SchemaRegistry()
        try registry.add(
            try SchemaFixture.parse(
                """
                {"$id": "https://tryg.test/meta", "$vocabulary": {"https://json-schema.org/draft/2020-12/vocab/core": true, "https://tryg.test/vocab/x": true}}
                """), uri: "https://tryg.test/meta")
        try registry.add(try SchemaFixture.parse(#"{"$schema": "https://tryg.test/meta"}"#), uri: "https://tryg.test/s")
        #expect(throws: SchemaError.self) { try registry.compile(uri: "https://tryg.test/s") }
        do { _ = try registry.compile(uri: "https://tryg.test/s") } catch {
            #expect(
                error.message
                    == "meta-schema https://tryg.test/meta requires the vocabulary https://tryg.test/vocab/x, which tryg does not support"
            )
        }
    }

    @Test(
        "compile errors are said in Danish too",
        arguments: [
            (#"{"required": 5}"#, #"nøgleordet "required" skal være en liste af tekster, men er et tal"#),
            (#"{"minLength": -1}"#, #"nøgleordet "minLength" skal være et helt tal, 0 eller større, men er -1"#),
            (
                #"{"type": "text"}"#,
                #"nøgleordet "type" nævner den ukendte type "text": brug null, boolean, integer, number, string, array eller object"#
            ),
            (#"{"properties": {"a": 3}}"#, "et skema skal være et objekt eller true/false, men er et tal"),
            (#"{"pattern": "a**"}"#, #"ugyldigt regulært udtryk "a**": der er intet at gentage ved tegn nr. 3"#),
            (
                ##"{"$ref": "#/$defs/missing"}"##,
                ##"ukendt reference "#/$defs/missing": der står intet i https://tryg.test/schema.json ved /$defs/missing"##
            ),
            (
                ##"{"$ref": "#nowhere"}"##,
                ##"ukendt reference "#nowhere": https://tryg.test/schema.json har intet anker ved navn "nowhere""##
            ),
            (
                #"{"$schema": "http://json-schema.org/draft-07/schema#"}"#,
                #"ukendt $schema "http://json-schema.org/draft-07/schema": kun draft 2020-12 og registrerede meta-skemaer understøttes"#
            ),
        ])
    func danish(_ schema: String, _ danish: String) throws {
        let error = try #require(try SchemaFixture.compileError(schema, options: SchemaOptions(validateSchemas: false)))
        #expect(error.text.danish == danish)
    }

    @Test func danishMetaSchemaFailureNamesWhere() throws {
        let error = try #require(try SchemaFixture.compileError(#"{"properties": {"name": {"minLength": "3"}}}"#))
        #expect(error.text.danish == "ugyldigt skema ved /properties/name/minLength: forventede et heltal, men fandt en tekst")
        let cycle = try #require(
            try SchemaFixture.compileError(
                ##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"allOf": [{"$ref": "#/$defs/a"}]}}, "$ref": "#/$defs/a"}"##))
        #expect(cycle.text.danish.hasPrefix("referencerne går i ring: https://tryg.test/schema.json#/$defs/"))
        #expect(cycle.text.danish.hasSuffix(" peger tilbage på sig selv uden at komme videre i den værdi, der kontrolleres"))
    }

    @Test func deepInstanceStopsWithAnError() throws {
        let schema = try SchemaFixture.compile(
            ##"{"$defs": {"n": {"allOf": [{"allOf": [{"items": {"$ref": "#/$defs/n"}}]}]}}, "$ref": "#/$defs/n"}"##)
        let depth = 400
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let value = try SchemaFixture.parse(text).root
        #expect(!schema.isValid(value))
        #expect(
            schema.validate(value).last?.message == "validation stopped: the schema and instance nest deeper than 1000 levels")
    }
}
