import JSON
import Testing

@testable import JSONSchema

/// Registration, identifiers, references between documents and the built-in meta-schemas.
@Suite struct SchemaRegistryTests {
    @Test func metaSchemaIsBuiltIn() throws {
        let registry = SchemaRegistry()
        let meta = try registry.compile(uri: "https://json-schema.org/draft/2020-12/schema")
        #expect(meta.isValid(try SchemaFixture.parse(#"{"type": "string", "minLength": 1}"#).root))
        let errors = meta.validate(try SchemaFixture.parse(#"{"type": "strin"}"#).root)
        #expect(!errors.isEmpty)
        #expect(errors.allSatisfy { $0.instanceLocation == JSONPointer(tokens: ["type"]) })
    }

    @Test func documentsReferToEachOtherByRelativeIds() throws {
        let registry = SchemaRegistry()
        try registry.add(
            try SchemaFixture.parse(#"{"$id": "defs/common.json", "$defs": {"id": {"type": "string", "pattern": "^[a-z]+$"}}}"#),
            uri: "https://tryg.test/schemas/x.json")
        try registry.add(
            try SchemaFixture.parse(
                #"{"$schema": "https://json-schema.org/draft/2020-12/schema", "items": {"$ref": "defs/common.json#/$defs/id"}}"#),
            uri: "https://tryg.test/schemas/list.json")
        let schema = try registry.compile(uri: "https://tryg.test/schemas/list.json")
        #expect(schema.isValid(["abc", "de"]))
        let errors = schema.validate(["abc", "D"])
        #expect(errors.map(\.absoluteKeywordLocation) == ["https://tryg.test/schemas/defs/common.json#/$defs/id/pattern"])
        #expect(errors.map(\.keywordLocation) == ["/items/$ref/pattern"])
    }

    @Test func relativeRegistrationURIs() throws {
        let registry = SchemaRegistry()
        try registry.add(try SchemaFixture.parse(#"{"$defs": {"id": {"type": "string"}}}"#), uri: "schemas/common.schema.json")
        try registry.add(
            try SchemaFixture.parse(#"{"properties": {"id": {"$ref": "common.schema.json#/$defs/id"}}}"#),
            uri: "schemas/goal.schema.json")
        let schema = try registry.compile(uri: "schemas/goal.schema.json")
        let errors = schema.validate(try SchemaFixture.parse(#"{"id": 5}"#).root)
        #expect(errors.map(\.absoluteKeywordLocation) == ["schemas/common.schema.json#/$defs/id/type"])
    }

    @Test func urnIdsAndAnchors() throws {
        let registry = SchemaRegistry()
        try registry.add(
            try SchemaFixture.parse(
                """
                {"$id": "urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed", "$defs": {"n": {"$anchor": "name", "type": "string"}}, "$ref": "#name"}
                """), uri: "https://tryg.test/urn.json")
        let schema = try registry.compile(uri: "urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed")
        #expect(schema.isValid("x"))
        #expect(!schema.isValid(1))
        let byFragment = try registry.compile(uri: "https://tryg.test/urn.json#/$defs/n")
        #expect(!byFragment.isValid(1))
    }

    @Test func requiredWithRepeatedNames() throws {
        let schema = try SchemaFixture.compile(#"{"required": ["a", "a", "b"]}"#, options: SchemaOptions(validateSchemas: false))
        #expect(schema.isValid(try SchemaFixture.parse(#"{"a": 1, "b": 2}"#).root))
        #expect(
            schema.validate(try SchemaFixture.parse(#"{"a": 1}"#).root).map(\.message) == ["required property \"b\" is missing"])
    }

    @Test func percentEncodedAndEscapedPointers() throws {
        let schema = try SchemaFixture.compile(
            ##"{"$defs": {"a b": {"type": "integer"}, "c/d": {"minimum": 3}}, "allOf": [{"$ref": "#/$defs/a%20b"}, {"$ref": "#/$defs/c~1d"}]}"##
        )
        #expect(schema.isValid(4))
        #expect(!schema.isValid(2))
        #expect(!schema.isValid(4.5))
    }

    @Test func URIResolution() {
        #expect(URIResolver.resolve("../b/c.json#x", against: "http://h/a/d/e.json") == "http://h/a/b/c.json#x")
        #expect(URIResolver.resolve("#/a", against: "urn:example:x") == "urn:example:x#/a")
        #expect(URIResolver.resolve("//other/p", against: "https://h/q") == "https://other/p")
        #expect(URIResolver.resolve("", against: "https://h/q#frag") == "https://h/q")
        #expect(URIResolver.percentDecode("%7Ea%25") == "~a%")
        #expect(URIResolver.percentDecode("%zz") == nil)
    }
}
