import JSON
import Messages

/// Compiles the keywords of one object schema into ``Keyword``s, by vocabulary.
///
/// Keywords keep the order they are written in, except that `unevaluatedItems` and
/// `unevaluatedProperties` come last (they read what the others evaluated). Keywords of
/// vocabularies the dialect does not turn on, and unknown keywords, are annotations: ignored.
struct KeywordBuilder {
    let compiler: SchemaCompiler
    let node: SchemaNode
    let object: JSONObject
    let base: String
    let vocabularies: Vocabularies
    var keywords: [Keyword] = []
    var last: [Keyword] = []
    /// Whether the ``MembersKeyword`` of this object is made.
    var membersAdded = false

    init(compiler: SchemaCompiler, node: SchemaNode, object: JSONObject, base: String, vocabularies: Vocabularies) {
        self.compiler = compiler
        self.node = node
        self.object = object
        self.base = base
        self.vocabularies = vocabularies
    }

    mutating func build() throws(SchemaError) {
        for member in object.members {
            try add(member.key, member.value)
        }
        node.keywords = Self.fusingRequired(keywords) + last
        node.needsAnnotations = !last.isEmpty
    }

    /// `keywords` with a `required` written next to `properties` checked by the ``MembersKeyword``
    /// (see ``MembersKeyword/absorb(_:)``). Only neighbours are joined, so errors keep their order.
    static func fusingRequired(_ keywords: [Keyword]) -> [Keyword] {
        guard let m = keywords.firstIndex(where: { $0 is MembersKeyword }), let members = keywords[m] as? MembersKeyword
        else { return keywords }
        for r in [m - 1, m + 1] where keywords.indices.contains(r) {
            if let required = keywords[r] as? RequiredKeyword, members.absorb(required) {
                var result = keywords
                result.remove(at: r)
                return result
            }
        }
        return keywords
    }

    // MARK: - Helpers

    func location(_ tokens: String...) -> SchemaLocation {
        SchemaLocation(document: node.location.document, tokens: node.location.tokens + tokens)
    }

    func at(_ keyword: String) -> String {
        node.absoluteLocation + "/" + JSONPointer(tokens: [keyword]).description.dropFirst()
    }

    /// A compile error for a keyword whose value is not what it must be (see ``Problem``).
    func fail(_ keyword: String, _ problem: Message, _ value: JSONValue) -> SchemaError {
        compiler.error(Problem.keyword(keyword, problem), at: location(keyword), offset: value.offset)
    }

    func subschema(_ tokens: String...) throws(SchemaError) -> SchemaNode {
        try compiler.node(for: SchemaLocation(document: node.location.document, tokens: node.location.tokens + tokens))
    }

    func schemaArray(_ keyword: String, _ value: JSONValue) throws(SchemaError) -> [SchemaNode] {
        guard case .array(let elements) = value.kind, !elements.isEmpty else {
            throw fail(keyword, Problem.schemaArray, value)
        }
        var nodes: [SchemaNode] = []
        for i in elements.indices { nodes.append(try subschema(keyword, String(i))) }
        return nodes
    }

    func schemaMap(_ keyword: String, _ value: JSONValue) throws(SchemaError) -> [(String, SchemaNode)] {
        guard case .object(let map) = value.kind else { throw fail(keyword, Problem.schemaMap, value) }
        var entries: [(String, SchemaNode)] = []
        for member in map.members { entries.append((member.key, try subschema(keyword, member.key))) }
        return entries
    }

    func number(_ keyword: String, _ value: JSONValue) throws(SchemaError) -> JSONNumber {
        guard case .number(let n) = value.kind else { throw fail(keyword, Problem.number(found: value), value) }
        return n
    }

    func count(_ keyword: String, _ value: JSONValue) throws(SchemaError) -> Int {
        guard case .number(let n) = value.kind, n.isInteger, n.double >= 0 else {
            throw fail(keyword, Problem.count(found: value), value)
        }
        return n.double >= Double(Int.max) ? Int.max : Int(n.double)
    }

    func strings(_ keyword: String, _ value: JSONValue) throws(SchemaError) -> [String] {
        guard case .array(let elements) = value.kind else { throw fail(keyword, Problem.strings(found: value), value) }
        var out: [String] = []
        for element in elements {
            guard case .string(let s) = element.kind else { throw fail(keyword, Problem.strings(containing: element), element) }
            out.append(s)
        }
        return out
    }

    // MARK: - Keywords

    mutating func add(_ keyword: String, _ value: JSONValue) throws(SchemaError) {
        if vocabularies.contains(.core), try addCore(keyword, value) { return }
        if vocabularies.contains(.applicator), try addApplicator(keyword, value) { return }
        if vocabularies.contains(.unevaluated), try addUnevaluated(keyword, value) { return }
        if vocabularies.contains(.validation), try addValidation(keyword, value) { return }
        if keyword == "format", vocabularies.contains(.formatAssertion) || options.assertFormats {
            guard case .string(let format) = value.kind else { throw fail(keyword, Problem.string, value) }
            if FormatChecker.knownFormats.contains(format) { keywords.append(FormatKeyword(format: format, at: at(keyword))) }
        }
    }

    var options: SchemaOptions { compiler.options }

    mutating func addCore(_ keyword: String, _ value: JSONValue) throws(SchemaError) -> Bool {
        switch keyword {
        case "$ref":
            guard case .string(let reference) = value.kind else { throw fail(keyword, Problem.uriReference, value) }
            let target = try resolve(reference, keyword: keyword, value: value)
            keywords.append(RefKeyword(target: try compiler.node(for: target), at: at(keyword)))
        case "$dynamicRef":
            guard case .string(let reference) = value.kind else { throw fail(keyword, Problem.uriReference, value) }
            let target = try resolve(reference, keyword: keyword, value: value)
            let fragment =
                URIResolver.percentDecode(URIResolver.split(URIResolver.resolve(reference, against: base)).fragment) ?? ""
            var anchor: String?
            if !fragment.isEmpty, !fragment.hasPrefix("/"),
                case .string(let declared)? = compiler.registry.value(at: target)?["$dynamicAnchor"]?.kind, declared == fragment
            {
                anchor = fragment
            }
            let ref = DynamicRefKeyword(target: try compiler.node(for: target), anchor: anchor, at: at(keyword))
            compiler.dynamicRefs.append(ref)
            keywords.append(ref)
        case "$id", "$anchor", "$dynamicAnchor", "$schema":
            guard case .string = value.kind else { throw fail(keyword, Problem.string, value) }
        case "$defs":
            guard case .object = value.kind else { throw fail(keyword, Problem.schemaMap, value) }
        case "$vocabulary", "$comment":
            break
        default:
            return false
        }
        return true
    }

    func resolve(_ reference: String, keyword: String, value: JSONValue) throws(SchemaError) -> SchemaLocation {
        do {
            return try compiler.registry.resolve(reference, from: base)
        } catch {
            throw compiler.error(error.text, at: location(keyword), offset: value.offset)
        }
    }
}

// MARK: - Messages

extension KeywordBuilder {
    /// What a keyword's value must be: the sentences of ``fail(_:_:_:)``, completed by `"keyword"`.
    enum Problem {
        /// `"keyword" must be …`.
        static func keyword(_ keyword: String, _ problem: Message) -> Message {
            Message("schema-compile.keyword", ["keyword": .text(keyword), "problem": .message(problem)])
        }

        static let schemaArray = Message("schema-compile.keyword.schema-array")
        static let schemaMap = Message("schema-compile.keyword.schema-map")
        static let string = Message("schema-compile.keyword.string")
        static let uriReference = Message("schema-compile.keyword.uri-reference")
        static let regex = Message("schema-compile.keyword.regex")
        static let boolean = Message("schema-compile.keyword.boolean")
        static let object = Message("schema-compile.keyword.object")
        static let allowedValues = Message("schema-compile.keyword.enum")
        static let dependentRequired = Message("schema-compile.keyword.dependent-required")
        static let typeNames = Message("schema-compile.keyword.type")

        static func number(found value: JSONValue) -> Message {
            Message("schema-compile.keyword.number", ["found": ViolationText.typeArgument(value.typeName)])
        }

        static func count(found value: JSONValue) -> Message {
            Message("schema-compile.keyword.count", ["value": .text(ViolationText.brief(value))])
        }

        static func strings(found value: JSONValue) -> Message {
            Message("schema-compile.keyword.strings", ["found": ViolationText.typeArgument(value.typeName)])
        }

        static func strings(containing element: JSONValue) -> Message {
            Message("schema-compile.keyword.strings.element", ["value": .text(ViolationText.brief(element))])
        }

        static func positive(found divisor: JSONNumber) -> Message {
            Message("schema-compile.keyword.positive", ["value": .text(divisor.literal)])
        }

        static func divisorTooLong(digits: Int, limit: Int) -> Message {
            Message("schema-compile.keyword.divisor-too-long", ["digits": .count(digits), "limit": .count(limit)])
        }

        static func unknownType(_ name: String) -> Message {
            Message("schema-compile.keyword.unknown-type", ["name": .text(ViolationText.quote(name))])
        }
    }
}
