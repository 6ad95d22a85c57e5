import JSON
import Messages

/// The schema documents known to a validator, by URI, and the compiled meta-schemas.
///
/// A registry holds every resource a `$ref` may reach: the draft 2020-12 meta-schemas are
/// pre-registered, other documents are added with ``add(_:uri:)-(JSONDocument,_)``. References resolve
/// only within registered resources; nothing is ever fetched from a network.
///
/// Adding a document indexes it once: its `$id` (resolved against the URI it was added under), the
/// embedded resources and anchors in its subschemas. Adding a document under a URI already known
/// replaces the earlier one.
public final class SchemaRegistry {
    /// The options for schemas compiled from this registry.
    public let options: SchemaOptions
    var documents: [JSONValue] = []
    var documentURIs: [String] = []
    var resources: [String: ResourceEntry] = [:]
    var locations: [SchemaLocation: LocationInfo] = [:]
    /// Documents that must not be checked against a meta-schema (the meta-schemas themselves).
    var trustedDocuments: Set<Int> = []
    /// Documents already checked against their meta-schema.
    var checkedDocuments: Set<Int> = []
    /// Compiled meta-schemas, by dialect URI, for checking schemas.
    var metaSchemaValidators: [String: Schema] = [:]
    /// Vocabularies of each dialect URI seen.
    var dialectCache: [String: Vocabularies] = [:]

    /// Creates a registry with the draft 2020-12 meta-schemas registered.
    public init(options: SchemaOptions = SchemaOptions()) {
        self.options = options
        for (uri, value) in MetaSchemas.parsed {
            try? addDocument(value, uri: uri, trusted: true)
        }
    }

    /// Registers a parsed schema document under `uri`.
    ///
    /// - Throws: ``SchemaError`` when an `$id` or anchor is malformed.
    public func add(_ document: JSONDocument, uri: String) throws(SchemaError) {
        try addDocument(document.root, uri: uri, trusted: false)
    }

    /// Registers a schema value under `uri`.
    public func add(_ value: JSONValue, uri: String) throws(SchemaError) {
        try addDocument(value, uri: uri, trusted: false)
    }

    /// Compiles the schema at `uri` (which may carry a fragment) and everything it references.
    ///
    /// - Throws: ``SchemaError`` for unknown references, invalid keywords, reference cycles, or a
    ///   schema that fails its meta-schema (when ``SchemaOptions/validateSchemas`` is on).
    public func compile(uri: String) throws(SchemaError) -> Schema {
        let location = try resolve(uri, from: nil)
        return try SchemaCompiler(registry: self, options: options).compile(root: location)
    }

    /// Registers `value` and compiles it in one step.
    public func compile(_ value: JSONValue, uri: String) throws(SchemaError) -> Schema {
        try add(value, uri: uri)
        return try compile(uri: uri)
    }

    func addDocument(_ value: JSONValue, uri: String, trusted: Bool) throws(SchemaError) {
        let id = documents.count
        documents.append(value)
        documentURIs.append(uri)
        if trusted { trustedDocuments.insert(id) }
        let root = SchemaLocation(document: id, tokens: [])
        let base = URIReference(uri).withoutFragment
        var rootID: String?
        if case .string(let id)? = value["$id"]?.kind, !id.hasPrefix("#") {
            rootID = URIReference(URIResolver.resolve(id, against: base)).withoutFragment
        } else {
            register(ResourceEntry(uri: base, location: root))
        }
        try index(value, at: root, base: base, resource: base, inResource: [], dialect: nil)
        if let rootID, rootID != base { resources[base] = resources[rootID] }  // the retrieval URI is an alias
    }

    private func register(_ entry: ResourceEntry) {
        resources[entry.uri] = entry
    }

    /// Walks the subschemas of a document, recording resources, anchors and dialects.
    private func index(
        _ value: JSONValue, at location: SchemaLocation, base: String, resource: String, inResource: [String],
        dialect: String?
    ) throws(SchemaError) {
        guard case .object(let object) = value.kind else {
            locations[location] = LocationInfo(resource: resource, pointerInResource: inResource, dialect: dialect)
            return
        }
        var resource = resource, inResource = inResource, dialect = dialect
        if case .string(let id)? = object["$id"]?.kind, !id.hasPrefix("#") {
            let uri = URIReference(URIResolver.resolve(id, against: resource)).withoutFragment
            if resources[uri]?.location != location { register(ResourceEntry(uri: uri, location: location)) }
            resource = uri
            inResource = []
        }
        if case .string(let schema)? = object["$schema"]?.kind {
            dialect = URIReference(URIResolver.resolve(schema, against: resource)).withoutFragment
        }
        locations[location] = LocationInfo(resource: resource, pointerInResource: inResource, dialect: dialect)
        if let entry = resources[resource] {
            if case .string(let anchor)? = object["$anchor"]?.kind { entry.anchors[anchor] = location }
            if case .string(let anchor)? = object["$dynamicAnchor"]?.kind {
                entry.anchors[anchor] = location
                entry.dynamicAnchors[anchor] = location
            }
        }
        try SubschemaKeywords.forEach(in: object) { (tokens, child) throws(SchemaError) in
            var childLocation = location
            childLocation.tokens += tokens
            try index(child, at: childLocation, base: base, resource: resource, inResource: inResource + tokens, dialect: dialect)
        }
    }

    // MARK: - Lookups used by the compiler

    /// The value at a location, or nil when the pointer does not resolve.
    func value(at location: SchemaLocation) -> JSONValue? {
        guard documents.indices.contains(location.document) else { return nil }
        return JSONPointer(tokens: location.tokens).resolve(in: documents[location.document])
    }

    /// What is known about a location: exact when it was indexed, else inherited from the nearest indexed ancestor.
    func info(for location: SchemaLocation) -> LocationInfo {
        var probe = location
        var extra: [String] = []
        while true {
            if var found = locations[probe] {
                found.pointerInResource += extra.reversed()
                return found
            }
            guard let last = probe.tokens.popLast() else { break }
            extra.append(last)
        }
        return LocationInfo(resource: documentURIs[location.document], pointerInResource: location.tokens, dialect: nil)
    }

    /// Resolves a reference (absolute, or relative to `base`) to a location.
    ///
    /// - Throws: ``SchemaError`` when the resource, pointer or anchor is unknown.
    func resolve(_ reference: String, from base: String?) throws(SchemaError) -> SchemaLocation {
        let absolute = base.map { URIResolver.resolve(reference, against: $0) } ?? reference
        let (resourceURI, rawFragment) = URIResolver.split(absolute)
        let resourceKey = URIReference(resourceURI).withoutFragment
        guard let entry = resources[resourceKey] else {
            throw SchemaError(
                Message("schema-compile.reference.no-resource", ["reference": .text(reference), "resource": .text(resourceKey)]))
        }
        guard let fragment = URIResolver.percentDecode(rawFragment) else {
            throw SchemaError(Message("schema-compile.reference.bad-percent", ["reference": .text(reference)]))
        }
        if fragment.isEmpty { return entry.location }
        if fragment.hasPrefix("/") {
            let pointer: JSONPointer
            do { pointer = try JSONPointer(parsing: fragment) } catch {
                throw SchemaError(Self.badPointer(reference, error))
            }
            let target = SchemaLocation(document: entry.location.document, tokens: entry.location.tokens + pointer.tokens)
            guard value(at: target) != nil else {
                throw SchemaError(
                    Message(
                        "schema-compile.reference.no-value",
                        ["reference": .text(reference), "resource": .text(resourceKey), "fragment": .text(fragment)]))
            }
            return target
        }
        guard let anchor = entry.anchors[fragment] else {
            throw SchemaError(
                Message(
                    "schema-compile.reference.no-anchor",
                    ["reference": .text(reference), "resource": .text(resourceKey), "anchor": .text(fragment)]))
        }
        return anchor
    }

    /// The vocabularies turned on by a dialect (`$schema` URI).
    ///
    /// - Throws: ``SchemaError`` for an unknown meta-schema or a required vocabulary tryg does not know.
    func vocabularies(forDialect dialect: String?) throws(SchemaError) -> Vocabularies {
        guard let dialect, dialect != MetaSchemas.dialectURI else { return .standard }
        if let cached = dialectCache[dialect] { return cached }
        guard let entry = resources[dialect], let meta = value(at: entry.location) else {
            throw SchemaError(Message("schema-compile.unknown-dialect", ["dialect": .text(dialect)]))
        }
        var result: Vocabularies = .standard
        if case .object(let declared)? = meta["$vocabulary"]?.kind {
            result = []
            for member in declared.members {
                if let known = Vocabularies.byURI[member.key] {
                    result.insert(known)
                } else if member.value.boolValue == true {
                    throw SchemaError(
                        Message(
                            "schema-compile.unsupported-vocabulary", ["dialect": .text(dialect), "vocabulary": .text(member.key)]),
                        uri: dialect, pointer: JSONPointer(tokens: ["$vocabulary", member.key]), offset: member.value.offset)
                }
            }
        }
        dialectCache[dialect] = result
        return result
    }
}

// MARK: - Messages

extension SchemaRegistry {
    /// A reference whose fragment is no valid JSON Pointer.
    fileprivate static func badPointer(_ reference: String, _ error: JSONPointerError) -> Message {
        let reason: Message
        switch error {
        case .missingLeadingSlash(let text): reason = Message("schema-compile.pointer.no-slash", ["pointer": .text(text)])
        case .invalidEscape(let text): reason = Message("schema-compile.pointer.bad-tilde", ["pointer": .text(text)])
        case .missingLeadingHash(let text): reason = Message("schema-compile.pointer.no-hash", ["pointer": .text(text)])
        case .invalidPercentEncoding(let text): reason = Message("schema-compile.pointer.bad-percent", ["pointer": .text(text)])
        }
        return Message("schema-compile.reference.bad-pointer", ["reference": .text(reference), "reason": .message(reason)])
    }
}
