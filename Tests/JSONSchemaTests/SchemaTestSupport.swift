import JSON

@testable import JSONSchema

/// Helpers for the schema unit tests: parse, compile, validate.
enum SchemaFixture {
    static func parse(_ text: String) throws -> JSONDocument {
        try JSONParser().parse(text)
    }

    /// Compiles `schema` (JSON text) in a fresh registry under a test URI.
    static func compile(_ schema: String, options: SchemaOptions = SchemaOptions()) throws -> Schema {
        let registry = SchemaRegistry(options: options)
        return try registry.compile(try parse(schema).root, uri: "https://tryg.test/schema.json")
    }

    /// The compile error for `schema`, or nil when it compiles.
    static func compileError(_ schema: String, options: SchemaOptions = SchemaOptions()) throws -> SchemaError? {
        let value = try parse(schema).root
        do {
            _ = try SchemaRegistry(options: options).compile(value, uri: "https://tryg.test/schema.json")
            return nil
        } catch {
            return error
        }
    }

    /// The errors of `instance` (JSON text) as "pointer line:column keyword: message" lines.
    static func report(_ schema: Schema, _ instance: String) throws -> [String] {
        let document = try parse(instance)
        return schema.validate(document.root).map { error in
            let place = document.location(ofOffset: error.instanceOffset)
            return "\(error.instanceLocation) \(place) \(error.keyword): \(error.message)"
        }
    }
}
