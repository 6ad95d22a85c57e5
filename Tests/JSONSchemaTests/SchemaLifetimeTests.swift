import JSON
import Testing

@testable import JSONSchema

/// A compiled schema's node graph — nodes, keywords, resource scopes, reference cycles and all —
/// goes away with its last strong reference, and so does the graph of a compile that failed.
@Suite struct SchemaLifetimeTests {
    /// A recursive schema: `$ref` cycles through `items`, and `$dynamicRef` through a dynamic anchor.
    static let recursive = #"""
        {"$id": "https://tryg.test/tree.json", "$dynamicAnchor": "node",
         "type": "object", "required": ["name"],
         "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$dynamicRef": "#node"}},
                        "next": {"$ref": "#"}},
         "$defs": {"loop": {"anyOf": [{"$ref": "#/$defs/loop2"}, {"type": "null"}]},
                   "loop2": {"properties": {"x": {"$ref": "#/$defs/loop"}}}},
         "unevaluatedProperties": false}
        """#

    /// Weak references to a schema and to parts of its graph.
    struct Watched {
        weak var schema: Schema?
        weak var root: SchemaNode?
        weak var last: SchemaNode?
        weak var keyword: Keyword?
        weak var scope: ResourceScope?
        var allGone: Bool { schema == nil && root == nil && last == nil && keyword == nil && scope == nil }
    }

    func compileAndUse() throws -> Watched {
        let schema = try SchemaFixture.compile(Self.recursive)
        let instance = try SchemaFixture.parse(#"{"name": "a", "children": [{"name": "b", "next": {"name": "c"}}]}"#).root
        #expect(schema.isValid(instance))
        #expect(schema.validate(try SchemaFixture.parse(#"{"name": 1, "children": [{}]}"#).root).count == 2)
        return Watched(
            schema: schema, root: schema.root, last: schema.nodes.last, keyword: schema.root.keywords.first,
            scope: schema.root.resource)
    }

    @Test func graphGoesWithItsSchema() throws {
        let watched = try compileAndUse()
        #expect(watched.allGone, "the schema or part of its node graph outlived the last reference")
    }

    @Test func failedCompileLeavesNothingBehind() throws {
        weak var node: SchemaNode?
        weak var scope: ResourceScope?
        try {
            let registry = SchemaRegistry()
            try registry.add(
                try SchemaFixture.parse(
                    ##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"allOf": [{"$ref": "#/$defs/a"}]}}, "$ref": "#/$defs/a"}"##
                ).root, uri: "https://tryg.test/cycle.json")
            let compiler = SchemaCompiler(registry: registry, options: registry.options)
            #expect(throws: SchemaError.self) {
                _ = try compiler.compile(root: try registry.resolve("https://tryg.test/cycle.json", from: nil))
            }
            #expect(compiler.allNodes.count >= 3)
            node = compiler.allNodes.last
            scope = compiler.allNodes.first?.resource
        }()
        #expect(node == nil && scope == nil)
    }

    @Test func metaSchemaValidatorsGoWithTheirRegistry() throws {
        weak var meta: Schema?
        try {
            let registry = SchemaRegistry()
            _ = try registry.compile(try SchemaFixture.parse(#"{"type": "string"}"#).root, uri: "https://tryg.test/s.json")
            meta = registry.metaSchemaValidators.values.first
            #expect(meta != nil)
        }()
        #expect(meta == nil)
    }
}
