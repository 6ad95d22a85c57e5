/// Checks string values against the formats of JSON Schema draft 2020-12.
///
/// Each check is a small hand-written parser that follows the RFC the specification names (RFC 3339
/// for dates and times, RFC 5321/5322 and 6531 for e-mail, RFC 1123 and 5890–5893 for host names,
/// RFC 2673 and 4291 for IP addresses, RFC 3986/3987 for URIs and IRIs, RFC 6570 for URI
/// templates, RFC 4122 for UUIDs, RFC 6901 for JSON Pointers, ECMA-262 for regular expressions).
/// The parsers read the UTF-8 bytes of the value in place; no regular expression is involved and
/// nothing is compiled per call (except, for `regex`, the names of `\p{…}` property escapes in
/// the checked pattern). Host names with non-ASCII text cost a few microseconds (Unicode property
/// lookups, Punycode); everything else well under one. Where the official JSON Schema Test Suite
/// settles a question the RFCs leave open, the suite wins.
public enum FormatChecker {
    /// Returns whether `value` is a valid instance of `format`.
    ///
    /// - Returns: `nil` when the format is unknown to tryg (the validator then treats the value
    ///   as valid), otherwise whether the value conforms.
    public static func isValid(_ value: String, format: String) -> Bool? {
        check(for: format)?(value)
    }

    /// A check of one format, found once by ``check(for:)``.
    typealias Check = @Sendable (String) -> Bool

    /// The check of `format`, or nil when the format is unknown to tryg.
    static func check(for format: String) -> Check? {
        switch format {
        case "date": return { withBytes($0, isDate) }
        case "time": return { withBytes($0, isTime) }
        case "date-time": return { withBytes($0, isDateTime) }
        case "duration": return { withBytes($0, isDuration) }
        case "email": return { withBytes($0) { isEmail($0, international: false) } }
        case "idn-email": return { withBytes($0) { isEmail($0, international: true) } }
        case "hostname": return { withBytes($0, isHostname) }
        case "idn-hostname": return { isIDNHostname($0, requireNFC: true) }
        case "ipv4": return { withBytes($0) { isIPv4($0[...]) } }
        case "ipv6": return { withBytes($0) { isIPv6($0[...]) } }
        case "uri": return { withBytes($0) { isURIReference($0, international: false, absolute: true) } }
        case "uri-reference":
            return { withBytes($0) { isURIReference($0, international: false, absolute: false) } }
        case "iri": return { withBytes($0) { isURIReference($0, international: true, absolute: true) } }
        case "iri-reference":
            return { withBytes($0) { isURIReference($0, international: true, absolute: false) } }
        case "uri-template": return { withBytes($0, isURITemplate) }
        case "uuid": return { withBytes($0, isUUID) }
        case "regex": return { ECMARegex.isValidSyntax($0) }
        case "json-pointer": return { withBytes($0) { isJSONPointer($0[...]) } }
        case "relative-json-pointer": return { withBytes($0, isRelativeJSONPointer) }
        default: return nil
        }
    }

    /// The formats that `isValid(_:format:)` checks.
    public static let knownFormats: Set<String> = [
        "date", "date-time", "time", "duration", "email", "idn-email", "hostname", "idn-hostname",
        "ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference", "uri-template", "uuid",
        "regex", "json-pointer", "relative-json-pointer",
    ]
}

/// The UTF-8 bytes of a value, as the parsers read them.
typealias FormatBytes = UnsafeBufferPointer<UInt8>

extension FormatChecker {
    /// Runs `body` on the UTF-8 bytes of `value` without copying a native string.
    static func withBytes<R>(_ value: String, _ body: (FormatBytes) -> R) -> R {
        var value = value
        return value.withUTF8(body)
    }

    /// UUID (RFC 4122 textual form): 8-4-4-4-12 hexadecimal digits, any case, any version.
    static func isUUID(_ b: FormatBytes) -> Bool {
        guard b.count == 36 else { return false }
        for (index, byte) in b.enumerated() {
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard byte == UInt8(ascii: "-") else { return false }
            } else if !byte.isASCIIHexDigit {
                return false
            }
        }
        return true
    }

    /// JSON Pointer (RFC 6901): empty, or `/`-prefixed tokens where `~` is followed by `0` or `1`.
    static func isJSONPointer(_ b: Slice<FormatBytes>) -> Bool {
        guard let first = b.first else { return true }
        guard first == UInt8(ascii: "/") else { return false }
        var index = b.startIndex
        while index < b.endIndex {
            if b[index] == UInt8(ascii: "~") {
                let next = index + 1
                guard next < b.endIndex, b[next] == UInt8(ascii: "0") || b[next] == UInt8(ascii: "1")
                else { return false }
                index = next
            }
            index += 1
        }
        return true
    }

    /// Relative JSON Pointer: a non-negative integer without leading zeros, then `#` or a JSON Pointer.
    static func isRelativeJSONPointer(_ b: FormatBytes) -> Bool {
        var index = 0
        while index < b.count, b[index].isASCIIDigit { index += 1 }
        guard index > 0, !(b[0] == UInt8(ascii: "0") && index > 1) else { return false }
        if index < b.count, b[index] == UInt8(ascii: "#") { return index + 1 == b.count }
        return isJSONPointer(b[index...])
    }
}

extension UInt8 {
    /// Whether the byte is an ASCII digit `0`–`9`.
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    /// Whether the byte is an ASCII letter.
    var isASCIIAlpha: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
    /// Whether the byte is an ASCII hexadecimal digit, either case.
    var isASCIIHexDigit: Bool { isASCIIDigit || ((self | 0x20) >= 0x61 && (self | 0x20) <= 0x66) }
}
