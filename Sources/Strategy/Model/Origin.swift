import JSON
import Messages

/// Where an entity of the model was written: its file, the parsed document and the JSON Pointer of
/// the entity inside it, so that a rule can point at the exact line of any of its fields.
public struct Origin: Sendable {
    public let path: String
    public let document: JSONDocument
    public let pointer: JSONPointer

    public init(path: String, document: JSONDocument, pointer: JSONPointer = .root) {
        self.path = path
        self.document = document
        self.pointer = pointer
    }

    /// The origin of a value inside this entity (e.g. `["owners", "0"]`).
    public func appending(_ tokens: String...) -> Origin {
        var p = pointer
        for t in tokens { p = p.appending(t) }
        return Origin(path: path, document: document, pointer: p)
    }

    /// Line and column of the value at this origin; if it is absent, of the nearest enclosing value.
    public var location: SourceLocation {
        var tokens = pointer.tokens
        while true {
            if let value = JSONPointer(tokens: tokens).resolve(in: document.root), value.offset >= 0 {
                return document.location(ofOffset: value.offset)
            }
            if tokens.isEmpty { return document.location(ofOffset: 0) }
            tokens.removeLast()
        }
    }

    /// A related location for diagnostics that mention this entity.
    public func related(_ message: Message) -> RelatedLocation {
        RelatedLocation(message: message, path: path, pointer: pointer, location: location)
    }
}

extension Diagnostic {
    /// A diagnostic located at an origin.
    public init(
        _ severity: Severity, _ code: String, _ message: Message, at origin: Origin, hint: Message? = nil,
        related: [RelatedLocation] = []
    ) {
        self.init(
            severity: severity, code: code, message: message, path: origin.path, pointer: origin.pointer,
            location: origin.location, hint: hint, related: related)
    }
}
