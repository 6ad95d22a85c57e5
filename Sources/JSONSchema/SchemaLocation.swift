import JSON

/// A place in a registered schema document: which document, and a path of tokens inside it.
struct SchemaLocation: Hashable {
    var document: Int
    var tokens: [String]

    func appending(_ token: String) -> SchemaLocation {
        SchemaLocation(document: document, tokens: tokens + [token])
    }
}

/// One schema resource: a subschema with its own base URI (a document root or an embedded `$id`).
final class ResourceEntry {
    let uri: String
    let location: SchemaLocation
    /// `$anchor` and `$dynamicAnchor` names → their subschemas.
    var anchors: [String: SchemaLocation] = [:]
    /// `$dynamicAnchor` names → their subschemas.
    var dynamicAnchors: [String: SchemaLocation] = [:]

    init(uri: String, location: SchemaLocation) {
        self.uri = uri
        self.location = location
    }
}

/// What the registry knows about a subschema position: its resource and the dialect in effect.
struct LocationInfo {
    /// The URI of the enclosing resource (the base URI for references inside it).
    var resource: String
    /// Tokens from the resource's root to this subschema (for absolute keyword locations).
    var pointerInResource: [String]
    /// The `$schema` URI in effect, if any was written.
    var dialect: String?
}

/// The vocabularies of draft 2020-12 a dialect turns on.
struct Vocabularies: OptionSet, Hashable {
    let rawValue: Int
    static let core = Vocabularies(rawValue: 1)
    static let applicator = Vocabularies(rawValue: 2)
    static let unevaluated = Vocabularies(rawValue: 4)
    static let validation = Vocabularies(rawValue: 8)
    static let metaData = Vocabularies(rawValue: 16)
    static let formatAnnotation = Vocabularies(rawValue: 32)
    static let formatAssertion = Vocabularies(rawValue: 64)
    static let content = Vocabularies(rawValue: 128)

    /// The default dialect of draft 2020-12 (format as annotation).
    static let standard: Vocabularies = [.core, .applicator, .unevaluated, .validation, .metaData, .formatAnnotation, .content]

    /// Vocabulary URIs of draft 2020-12 and their flags.
    static let byURI: [String: Vocabularies] = [
        "https://json-schema.org/draft/2020-12/vocab/core": .core,
        "https://json-schema.org/draft/2020-12/vocab/applicator": .applicator,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": .unevaluated,
        "https://json-schema.org/draft/2020-12/vocab/validation": .validation,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": .metaData,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": .formatAnnotation,
        "https://json-schema.org/draft/2020-12/vocab/format-assertion": .formatAssertion,
        "https://json-schema.org/draft/2020-12/vocab/content": .content,
    ]
}

/// Keywords whose values are subschemas, by shape; used to find embedded resources and anchors.
enum SubschemaKeywords {
    static let single: Set<String> = [
        "additionalProperties", "propertyNames", "items", "contains", "not", "if", "then", "else",
        "unevaluatedItems", "unevaluatedProperties", "contentSchema",
    ]
    static let map: Set<String> = ["properties", "patternProperties", "dependentSchemas", "$defs"]
    static let array: Set<String> = ["allOf", "anyOf", "oneOf", "prefixItems"]

    /// Calls `body` with each subschema of `object` and its token path.
    static func forEach(in object: JSONObject, _ body: ([String], JSONValue) throws(SchemaError) -> Void) throws(SchemaError) {
        for member in object.members {
            let key = member.key
            if single.contains(key) {
                try body([key], member.value)
            } else if map.contains(key), case .object(let children) = member.value.kind {
                for child in children.members { try body([key, child.key], child.value) }
            } else if array.contains(key), case .array(let children) = member.value.kind {
                for (i, child) in children.enumerated() { try body([key, String(i)], child) }
            }
        }
    }
}
