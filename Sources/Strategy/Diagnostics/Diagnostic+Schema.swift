import JSON
import JSONSchema
import Messages

extension Diagnostic {
    /// Keywords whose findings are about a property's name rather than its value: they point at the
    /// name, where the editor has to make the fix.
    static let propertyNameKeywords: Set<String> = ["additionalProperties", "unevaluatedProperties", "propertyNames"]

    /// A schema violation as a diagnostic located in the instance document, with the hint `hints`
    /// chooses for it (see ``SchemaHints``).
    public init(
        schemaViolation error: SchemaViolation, path: String, document: JSONDocument, severity: Severity = .error,
        hints: SchemaHints = SchemaHints()
    ) {
        var offset =
            error.instanceOffset >= 0
            ? error.instanceOffset : (error.instanceLocation.resolve(in: document.root)?.offset ?? document.root.offset)
        if Self.propertyNameKeywords.contains(error.keyword), let key = error.instanceLocation.tokens.last {
            let parent = JSONPointer(tokens: Array(error.instanceLocation.tokens.dropLast()))
            if let member = parent.resolve(in: document.root)?.objectValue?.member(key), member.keyOffset >= 0 {
                offset = member.keyOffset
            }
        }
        self.init(
            severity: severity, code: error.keyword, message: error.text, path: path,
            pointer: error.instanceLocation, location: document.location(ofOffset: offset),
            hint: hints.hint(for: error, in: document))
    }
}
