import JSON
import Testing

/// Parses `text` and returns "line:column: message" for its syntax error, or "ok".
func syntaxError(_ text: String) -> String {
    syntaxError(bytes: Array(text.utf8))
}

/// Parses `bytes` and returns "line:column: message" for its syntax error, or "ok".
func syntaxError(bytes: [UInt8], limits: JSONParser.Limits = .init()) -> String {
    let source = SourceText(bytes: bytes)
    do {
        _ = try JSONParser(limits: limits).parse(source)
        return "ok"
    } catch {
        return "\(error.location(in: source)): \(error.message)"
    }
}

/// Parses text that must be valid JSON; records an issue and returns null otherwise.
func parse(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> JSONDocument {
    do {
        return try JSONParser().parse(text)
    } catch {
        Issue.record("unexpected syntax error: \(error.message)", sourceLocation: sourceLocation)
        return JSONDocument(source: SourceText(text), root: .null)
    }
}
