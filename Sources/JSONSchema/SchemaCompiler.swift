import JSON
import Messages

/// Turns registered schema documents into a graph of ``SchemaNode``s, once.
///
/// Nodes are made on demand for every subschema reached from the root (through applicators and
/// references) and built from a work list, so reference cycles cost nothing special: a `$ref` to a
/// node being built just points at it. After building, dynamic-anchor candidates are filled in and
/// the in-place graph (subschemas applied to the same instance) is checked for cycles, which would
/// never terminate.
final class SchemaCompiler {
    let registry: SchemaRegistry
    let options: SchemaOptions
    var nodes: [SchemaLocation: SchemaNode] = [:]
    var allNodes: [SchemaNode] = []
    var pending: [SchemaNode] = []
    var scopes: [String: ResourceScope] = [:]
    var dynamicRefs: [DynamicRefKeyword] = []
    var unevaluatedProperties: [(UnevaluatedPropertiesKeyword, SchemaNode)] = []
    var regexes: [String: PatternMatcher] = [:]
    var touchedDocuments: Set<Int> = []

    init(registry: SchemaRegistry, options: SchemaOptions) {
        self.registry = registry
        self.options = options
    }

    /// Compiles the schema at `root` and everything it reaches.
    func compile(root: SchemaLocation) throws(SchemaError) -> Schema {
        try checkDocument(root.document)
        let rootNode = try node(for: root)
        while let next = pending.popLast() {
            try build(next)
        }
        for document in touchedDocuments.sorted() { try checkDocument(document) }
        for keyword in dynamicRefs {
            guard let anchor = keyword.anchor else { continue }
            keyword.candidates = scopes.keys.sorted().compactMap { scopes[$0]?.dynamicAnchors[anchor] }
        }
        for (keyword, node) in unevaluatedProperties { keyword.known = Self.declaredProperties(from: node) }
        for node in allNodes where node.keywords.count == 1 && !node.needsAnnotations {
            node.forward = (node.keywords[0] as? RefKeyword)?.target
        }
        try CycleCheck.run(allNodes, registry: registry)
        for (keyword, node) in unevaluatedProperties { Self.resolveStatically(keyword, of: node) }
        Self.markShared(allNodes)
        for node in allNodes {
            Self.foldType(of: node)
            node.prepareFastPath()
        }
        return Schema(root: rootNode, nodes: allNodes, tracksScope: !dynamicRefs.isEmpty)
    }

    /// Lets the fast path skip annotations for `unevaluatedProperties` when they are known before
    /// validating: when no subschema applied in place (through `allOf`, `anyOf`, `oneOf`, `not`,
    /// `if`/`then`/`else`, `dependentSchemas`, `$ref`) can evaluate a property that the node's own
    /// `properties` does not name, the properties evaluated in a valid instance are exactly those
    /// the node's `properties` names or its `patternProperties` match, and `unevaluatedProperties`
    /// then means what `additionalProperties` would: the fast path gets a ``MembersKeyword`` with it
    /// as `additionalProperties`. The detailed path keeps the keyword as written.
    static func resolveStatically(_ keyword: UnevaluatedPropertiesKeyword, of node: SchemaNode) {
        var members: MembersKeyword?
        for other in node.keywords where other !== keyword {
            switch other {
            case let found as MembersKeyword:
                if found.hasAdditional { return }
                members = found
            case is UnevaluatedPropertiesKeyword, is UnevaluatedItemsKeyword, is DynamicRefKeyword:
                return
            default: break
            }
        }
        let known = members?.table ?? KeyTable([])
        var seen: Set<ObjectIdentifier> = [ObjectIdentifier(node)]
        var stack = node.keywords.flatMap(\.inPlaceChildren)
        while let next = stack.popLast() {
            guard seen.insert(ObjectIdentifier(next)).inserted else { continue }
            for inner in next.keywords {
                switch inner {
                case let innerMembers as MembersKeyword:
                    guard innerMembers.patterns.isEmpty, !innerMembers.hasAdditional,
                        innerMembers.names.allSatisfy({ known.index(of: $0) != nil })
                    else { return }
                case is UnevaluatedPropertiesKeyword, is DynamicRefKeyword:
                    return
                default: break
                }
                stack += inner.inPlaceChildren
            }
        }
        let replacement = MembersKeyword(resolving: keyword, with: members)
        var list = node.keywords.filter { $0 !== keyword && $0 !== members }
        list.insert(replacement, at: members.flatMap { m in node.keywords.firstIndex { $0 === m } } ?? list.count)
        node.fastKeywordList = list
        node.annotationsResolved = true
    }

    /// Marks the nodes that more than one keyword applies, and those `$dynamicRef` may reach (see
    /// ``SchemaNode/isShared``). A node applied by a single keyword is evaluated at most once per
    /// value for each evaluation of its parent, so evaluations of the others bound all the work.
    static func markShared(_ nodes: [SchemaNode]) {
        var incoming: [ObjectIdentifier: Int] = [:]
        for node in nodes {
            for keyword in node.keywords {
                for child in keyword.subschemas.buffer { incoming[ObjectIdentifier(child.object), default: 0] += 1 }
            }
        }
        for node in nodes {
            node.isShared = incoming[ObjectIdentifier(node), default: 0] > 1
            for anchor in node.resource.dynamicAnchors.values { anchor.object.isShared = true }
        }
    }

    /// Lets the fast path check a node's `type` itself, before calling any keyword.
    static func foldType(of node: SchemaNode) {
        guard !node.needsAnnotations || node.annotationsResolved else { return }
        let list = node.fastKeywordList ?? node.keywords
        guard let type = list.lazy.compactMap({ $0 as? TypeKeyword }).first else { return }
        node.fastTypes = type.types
        node.fastKeywordList = list.filter { $0 !== type }
    }

    /// The node for a location, made (and queued for building) on first request.
    func node(for location: SchemaLocation) throws(SchemaError) -> SchemaNode {
        if let existing = nodes[location] { return existing }
        let info = registry.info(for: location)
        let scope = try self.scope(for: info.resource)
        let absolute = info.resource + "#" + JSONPointer(tokens: info.pointerInResource).description
        let node = SchemaNode(resource: scope, absoluteLocation: absolute, location: location)
        nodes[location] = node
        allNodes.append(node)
        pending.append(node)
        touchedDocuments.insert(location.document)
        return node
    }

    /// The runtime scope of a resource; its dynamic anchors are compiled with it.
    private func scope(for uri: String) throws(SchemaError) -> ResourceScope {
        if let existing = scopes[uri] { return existing }
        let scope = ResourceScope(uri: uri)
        scopes[uri] = scope
        if let entry = registry.resources[uri] {
            for (name, location) in entry.dynamicAnchors.sorted(by: { $0.key < $1.key }) {
                scope.dynamicAnchors[name] = Unretained(try node(for: location))
            }
        }
        return scope
    }

    /// Builds a node's keywords from its JSON.
    private func build(_ node: SchemaNode) throws(SchemaError) {
        guard let value = registry.value(at: node.location) else {
            throw error(Message("schema-compile.nothing-here"), at: node.location)
        }
        switch value.kind {
        case .bool(let b):
            node.constant = b
        case .object(let object):
            let info = registry.info(for: node.location)
            let vocabularies: Vocabularies
            do { vocabularies = try registry.vocabularies(forDialect: info.dialect) } catch {
                var e = error
                if e.uri == nil {
                    e.uri = registry.documentURIs[node.location.document]
                    e.pointer = JSONPointer(tokens: node.location.tokens + ["$schema"])
                }
                throw e
            }
            var builder = KeywordBuilder(
                compiler: self, node: node, object: object, base: info.resource, vocabularies: vocabularies)
            try builder.build()
        default:
            throw error(Self.notASchema(value), at: node.location, offset: value.offset)
        }
    }

    /// A compile error at a location.
    func error(_ text: Message, at location: SchemaLocation, offset: Int? = nil) -> SchemaError {
        SchemaError(
            text, uri: registry.documentURIs[location.document], pointer: JSONPointer(tokens: location.tokens),
            offset: offset ?? registry.value(at: location)?.offset)
    }

    /// A regex compiled once per pattern text.
    func regex(_ pattern: String, at location: SchemaLocation) throws(SchemaError) -> PatternMatcher {
        if let cached = regexes[pattern] { return cached }
        do {
            let regex = PatternMatcher(regex: try ECMARegex(pattern), source: pattern)
            regexes[pattern] = regex
            return regex
        } catch {
            throw self.error(ECMARegexError.invalid(quoted: ViolationText.quote(pattern, limit: 60), error.text), at: location)
        }
    }

    /// Checks a schema document against its meta-schema, once per registry (when the options ask for it).
    private func checkDocument(_ document: Int) throws(SchemaError) {
        guard options.validateSchemas, !registry.trustedDocuments.contains(document),
            !registry.checkedDocuments.contains(document)
        else { return }
        registry.checkedDocuments.insert(document)
        let root = SchemaLocation(document: document, tokens: [])
        let dialect = registry.info(for: root).dialect ?? MetaSchemas.dialectURI
        let uri = registry.documentURIs[document]
        do { _ = try registry.vocabularies(forDialect: dialect) } catch {
            throw SchemaError(
                error.text, uri: uri, pointer: JSONPointer(tokens: ["$schema"]),
                offset: registry.documents[document]["$schema"]?.offset)
        }
        let meta: Schema
        if let cached = registry.metaSchemaValidators[dialect] {
            meta = cached
        } else {
            let metaOptions = SchemaOptions(assertFormats: false, validateSchemas: false)
            meta = try SchemaCompiler(registry: registry, options: metaOptions).compile(
                root: try registry.resolve(dialect, from: nil))
            registry.metaSchemaValidators[dialect] = meta
        }
        guard let first = meta.validate(registry.documents[document]).first else { return }
        throw SchemaError(Self.invalidSchema(first), uri: uri, pointer: first.instanceLocation, offset: first.instanceOffset)
    }

    /// A value in place of a subschema that is neither an object nor a boolean.
    private static func notASchema(_ value: JSONValue) -> Message {
        Message("schema-compile.not-a-schema", ["found": ViolationText.typeArgument(value.typeName)])
    }

    /// A document that fails its meta-schema: the first violation, and where it is when not at the root.
    private static func invalidSchema(_ violation: SchemaViolation) -> Message {
        let reason = Message.Argument.message(violation.text)
        if violation.instanceLocation.isRoot { return Message("schema-compile.invalid", ["reason": reason]) }
        return Message("schema-compile.invalid-at", ["pointer": .text(violation.instanceLocation.description), "reason": reason])
    }

    /// Property names declared by `properties` in a node and the subschemas it applies in place.
    static func declaredProperties(from node: SchemaNode) -> [String] {
        var names: [String] = []
        var seen: Set<ObjectIdentifier> = []
        var stack = [node]
        while let next = stack.popLast() {
            guard seen.insert(ObjectIdentifier(next)).inserted else { continue }
            for keyword in next.keywords {
                if let members = keyword as? MembersKeyword { names += members.names }
                stack += keyword.inPlaceChildren
            }
        }
        return names
    }
}

/// Finds cycles of subschemas applied to the same instance, which would never terminate.
enum CycleCheck {
    static func run(_ nodes: [SchemaNode], registry: SchemaRegistry) throws(SchemaError) {
        var state: [ObjectIdentifier: Int] = [:]  // 1 = on the path, 2 = done
        for start in nodes where state[ObjectIdentifier(start)] == nil {
            var path: [(SchemaNode, [SchemaNode], Int)] = [(start, children(start), 0)]
            state[ObjectIdentifier(start)] = 1
            while let (node, next, index) = path.last {
                if index == next.count {
                    state[ObjectIdentifier(node)] = 2
                    path.removeLast()
                    continue
                }
                path[path.count - 1].2 += 1
                let child = next[index]
                switch state[ObjectIdentifier(child)] {
                case 1:
                    let cycle = path.map(\.0).drop { $0 !== child }.map(\.absoluteLocation) + [child.absoluteLocation]
                    throw SchemaError(
                        Message("schema-compile.cycle", ["cycle": .text(cycle.joined(separator: " → "))]),
                        uri: registry.documentURIs[child.location.document], pointer: JSONPointer(tokens: child.location.tokens),
                        offset: registry.value(at: child.location)?.offset)
                case nil:
                    state[ObjectIdentifier(child)] = 1
                    path.append((child, children(child), 0))
                default:
                    continue
                }
            }
        }
    }

    private static func children(_ node: SchemaNode) -> [SchemaNode] {
        node.keywords.flatMap { $0 is DynamicRefKeyword ? [] : $0.inPlaceChildren }
    }
}
