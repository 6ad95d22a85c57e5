import JSON
import Messages

/// Choices that change how schemas are compiled and instances validated.
public struct SchemaOptions: Sendable {
    /// Whether `format` is an assertion (a value that does not match its format is an error).
    ///
    /// By default `format` is only an annotation, as draft 2020-12 says; a meta-schema whose
    /// `$vocabulary` requires the format-assertion vocabulary turns assertion on for its schemas.
    public var assertFormats: Bool = false
    /// Whether each schema document is checked against its meta-schema before it is compiled.
    ///
    /// The check runs once per document and registry; a schema that fails it is rejected with a
    /// ``SchemaError`` naming the offending keyword.
    public var validateSchemas: Bool = true

    /// Creates options.
    public init(assertFormats: Bool = false, validateSchemas: Bool = true) {
        self.assertFormats = assertFormats
        self.validateSchemas = validateSchemas
    }
}

/// A schema that cannot be registered or compiled: invalid keywords, unknown references, cycles.
public struct SchemaError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, in plain words: a catalogue message (keys `schema-compile.*`), rendered in the
    /// reader's language at the edge.
    public var text: Message
    /// What is wrong, in English (``text`` rendered).
    public var message: String { text.english }
    /// The URI of the schema document (or resource) where the problem is, when known.
    public var uri: String?
    /// Where in that schema document, when known.
    public var pointer: JSONPointer?
    /// The byte offset of the offending value in the schema document, when known.
    public var offset: Int?

    /// Creates an error.
    public init(_ text: Message, uri: String? = nil, pointer: JSONPointer? = nil, offset: Int? = nil) {
        self.text = text
        self.uri = uri
        self.pointer = pointer
        self.offset = offset
    }

    /// The message in English, followed by the schema URI and pointer when known.
    public var description: String {
        var text = message
        if let uri {
            text += " (in \(uri)"
            if let pointer, !pointer.isRoot { text += " at \(pointer)" }
            text += ")"
        }
        return text
    }
}

/// One way in which an instance fails its schema: a finding about the instance, not an `Error`
/// (validation itself does not fail; ``Schema/validate(_:)`` returns the violations it found).
public struct SchemaViolation: Sendable, Hashable, CustomStringConvertible {
    /// Where the failing value is in the instance.
    public var instanceLocation: JSONPointer
    /// The path of keywords taken to reach the failing keyword, through `$ref`s
    /// (e.g. `/properties/owners/items/$ref/required`).
    public var keywordLocation: String
    /// The failing keyword's absolute location: its schema resource URI and a JSON Pointer fragment.
    public var absoluteKeywordLocation: String
    /// The failing keyword (e.g. `required`), `false` for a `false` schema, or `pattern-limit` when
    /// a regular expression ran out of its limit on the value (it then neither matched nor failed to;
    /// ``keywordLocation`` is the pattern's location within its schema resource).
    public var keyword: String
    /// What is wrong, in plain words, in either language (a `schema.*` message of the catalogue).
    public var text: Message
    /// The byte offset of the failing value in the instance's source (`JSONValue.offset`), -1 if unknown.
    public var instanceOffset: Int

    /// What is wrong, in English.
    public var message: String { text.english }

    /// Creates a violation.
    public init(
        instanceLocation: JSONPointer, keywordLocation: String, absoluteKeywordLocation: String,
        keyword: String, message: Message, instanceOffset: Int
    ) {
        self.instanceLocation = instanceLocation
        self.keywordLocation = keywordLocation
        self.absoluteKeywordLocation = absoluteKeywordLocation
        self.keyword = keyword
        self.text = message
        self.instanceOffset = instanceOffset
    }

    /// The instance location and the message.
    public var description: String {
        let at = instanceLocation.isRoot ? "(root)" : instanceLocation.description
        return "\(at): \(message)"
    }
}
