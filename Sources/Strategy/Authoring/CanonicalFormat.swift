import JSON

/// The canonical style of the content files, as `strategy/README.md` describes it and `tryg fmt`
/// writes it: members in the order their schema lists them (members the schema does not list
/// follow, in the order written), two spaces of indentation, one member or element per line, UTF-8
/// without a byte order mark, non-ASCII characters written as they are, one final line break.
///
/// Formatting preserves content: every value stays as it was, numbers exactly as written, and
/// duplicate keys are kept (the check reports them). The schema is followed through `properties`,
/// `items`, `additionalProperties`, `$ref` (within a schema file or to a file beside it) and the
/// branches of `anyOf`/`oneOf`/`allOf`, so nested objects (a period, a source) are ordered too.
public struct CanonicalFormat: Sendable {
    /// The parsed schemas by repository path (`schemas/initiative.schema.json`).
    let schemas: [String: JSONValue]
    /// Which schema a content file has (from `tryg.json`).
    let config: RepositoryConfig?

    public init(schemas: [String: JSONValue], config: RepositoryConfig?) {
        self.schemas = schemas
        self.config = config
    }

    /// A schema node, with the file it is written in (for resolving relative `$ref`s).
    struct Node {
        var file: String
        var value: JSONValue
    }

    /// The canonical text of the document at `path` (its members ordered by its schema, when
    /// `tryg.json` maps it to one).
    public func bytes(_ value: JSONValue, path: String) -> [UInt8] {
        let schema = config?.schemaPath(for: path).flatMap { file in schemas[file].map { Node(file: file, value: $0) } }
        return JSONWriter.pretty.bytes(ordered(value, schema.map { [$0] } ?? []))
    }

    /// `value` with the members of every object ordered as `schemas` (the schema nodes that apply
    /// to it) list them.
    func ordered(_ value: JSONValue, _ schemas: [Node]) -> JSONValue {
        let applying = schemas.flatMap { expand($0, depth: 0) }
        switch value.kind {
        case .object(let object):
            let order = propertyOrder(applying)
            let members = object.members.enumerated().sorted { a, b in
                let ra = order[a.element.key] ?? Int.max, rb = order[b.element.key] ?? Int.max
                return ra != rb ? ra < rb : a.offset < b.offset
            }.map { _, member in
                JSONMember(
                    key: member.key, keyOffset: member.keyOffset,
                    value: ordered(member.value, memberSchemas(member.key, applying)))
            }
            return JSONValue(.object(JSONObject(members)), offset: value.offset)
        case .array(let elements):
            let items = applying.compactMap { node in node.value["items"].map { Node(file: node.file, value: $0) } }
            return JSONValue(.array(elements.map { ordered($0, items) }), offset: value.offset)
        default:
            return value
        }
    }

    /// A node and everything it brings in through `$ref` and the applicators, depth-limited so that
    /// a schema that refers to itself ends.
    func expand(_ node: Node, depth: Int) -> [Node] {
        guard depth < 16, node.value.objectValue != nil else { return [] }
        var out = [node]
        if let ref = node.value["$ref"]?.stringValue, let target = resolve(ref, from: node.file) {
            out += expand(target, depth: depth + 1)
        }
        for keyword in ["allOf", "anyOf", "oneOf"] {
            for branch in node.value[keyword]?.arrayValue ?? [] {
                out += expand(Node(file: node.file, value: branch), depth: depth + 1)
            }
        }
        return out
    }

    /// The position of each listed property, first listing first.
    func propertyOrder(_ nodes: [Node]) -> [String: Int] {
        var order: [String: Int] = [:]
        for node in nodes {
            for key in node.value["properties"]?.objectValue?.keys ?? [] where order[key] == nil {
                order[key] = order.count
            }
        }
        return order
    }

    /// The schema nodes that apply to member `key` of an object the `nodes` apply to.
    func memberSchemas(_ key: String, _ nodes: [Node]) -> [Node] {
        var out: [Node] = []
        for node in nodes {
            if let property = node.value["properties"]?[key] {
                out.append(Node(file: node.file, value: property))
            } else if let additional = node.value["additionalProperties"], additional.objectValue != nil {
                out.append(Node(file: node.file, value: additional))
            }
        }
        return out
    }

    /// The node a `$ref` names: `#/$defs/x` in the same file, or `other.schema.json#/$defs/x` beside it.
    func resolve(_ ref: String, from file: String) -> Node? {
        let parts = ref.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let target = parts[0].isEmpty ? file : RepositoryConfig.resolve(parts[0], from: file)
        guard let document = schemas[target] else { return nil }
        let fragment = parts.count > 1 ? parts[1] : ""
        guard let pointer = try? JSONPointer(uriFragment: "#" + fragment), let value = pointer.resolve(in: document) else {
            return nil
        }
        return Node(file: target, value: value)
    }
}
