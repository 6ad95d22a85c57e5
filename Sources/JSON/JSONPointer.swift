/// A JSON Pointer (RFC 6901): a path of reference tokens into a JSON value, such as `/owners/0`.
public struct JSONPointer: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The unescaped reference tokens, in order.
    public private(set) var tokens: [String]

    /// The pointer to the whole document (`""`).
    public static let root = JSONPointer(tokens: [])

    /// A pointer made of unescaped tokens.
    public init(tokens: [String]) {
        self.tokens = tokens
    }

    /// Parses the string form (`/a/b~1c`); throws for text that does not start with `/` or has a bad `~` escape.
    ///
    /// Works on Unicode scalars, so a `/` or `~` followed by a combining mark is still a separator
    /// or an escape, as RFC 6901 reads it.
    public init(parsing text: String) throws(JSONPointerError) {
        if text.isEmpty {
            self.tokens = []
            return
        }
        guard text.unicodeScalars.first == "/" else { throw JSONPointerError.missingLeadingSlash(text) }
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.dropFirst().makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "/":
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            case "~":
                switch scalars.next() {
                case "0": current.append("~")
                case "1": current.append("/")
                default: throw JSONPointerError.invalidEscape(text)
                }
            default:
                current.append(scalar)
            }
        }
        tokens.append(String(current))
        self.tokens = tokens
    }

    /// Parses the URI fragment form of RFC 6901 section 6 (`#/a%20b/c`), as used by `$ref` in JSON Schema.
    ///
    /// The leading `#` is required; percent escapes are decoded as UTF-8 before the pointer is parsed.
    public init(uriFragment: String) throws(JSONPointerError) {
        guard uriFragment.hasPrefix("#") else { throw JSONPointerError.missingLeadingHash(uriFragment) }
        var bytes: [UInt8] = []
        var utf8 = uriFragment.utf8.dropFirst()[...]
        while let byte = utf8.popFirst() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = utf8.popFirst().flatMap(Self.hexValue), let low = utf8.popFirst().flatMap(Self.hexValue) else {
                throw JSONPointerError.invalidPercentEncoding(uriFragment)
            }
            bytes.append(high << 4 | low)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw JSONPointerError.invalidPercentEncoding(uriFragment)
        }
        try self.init(parsing: text)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// The URI fragment form (`#/a%20b`): the string form with every byte outside RFC 3986's
    /// unreserved characters and sub-delimiters percent-encoded.
    public var uriFragment: String {
        var out = "#"
        for byte in description.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"), UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"),
                UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"),
                UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "@"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(hex[Int(byte >> 4)])
                out.unicodeScalars.append(hex[Int(byte & 0xF)])
            }
        }
        return out
    }

    /// The pointer with one more token.
    public func appending(_ token: String) -> JSONPointer {
        var copy = self
        copy.tokens.append(token)
        return copy
    }

    /// The pointer with an array index appended.
    public func appending(_ index: Int) -> JSONPointer { appending(String(index)) }

    /// Whether this points at the whole document.
    public var isRoot: Bool { tokens.isEmpty }

    /// The string form, with `~` and `/` escaped (per Unicode scalar).
    public var description: String {
        var out = String.UnicodeScalarView()
        for token in tokens {
            out.append("/")
            for scalar in token.unicodeScalars {
                switch scalar {
                case "~": out.append(contentsOf: "~0".unicodeScalars)
                case "/": out.append(contentsOf: "~1".unicodeScalars)
                default: out.append(scalar)
                }
            }
        }
        return String(out)
    }

    /// Token by token, so that `/a` sorts before `/a/0` and `/b`.
    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool {
        lhs.tokens.lexicographicallyPrecedes(rhs.tokens)
    }

    /// The value this pointer refers to inside `value`, or nil if a token does not resolve.
    public func resolve(in value: JSONValue) -> JSONValue? {
        var current = value
        for token in tokens {
            switch current.kind {
            case .object(let object):
                guard let next = object[token] else { return nil }
                current = next
            case .array(let array):
                guard let index = Self.arrayIndex(token), index < array.count else { return nil }
                current = array[index]
            default:
                return nil
            }
        }
        return current
    }

    /// An RFC 6901 array index: `0` or digits without a leading zero.
    public static func arrayIndex(_ token: String) -> Int? {
        guard !token.isEmpty, token.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if token.count > 1, token.hasPrefix("0") { return nil }
        return Int(token)
    }
}

/// Why a string is not a JSON Pointer.
public enum JSONPointerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Non-empty text that does not start with `/`.
    case missingLeadingSlash(String)
    /// A `~` not followed by `0` or `1`.
    case invalidEscape(String)
    /// A URI fragment that does not start with `#`.
    case missingLeadingHash(String)
    /// A URI fragment with a bad `%` escape, or whose bytes are not UTF-8.
    case invalidPercentEncoding(String)

    /// The message for people.

    public var description: String {
        switch self {
        case .missingLeadingSlash(let text): return "JSON Pointer \"\(text)\" must be empty or start with '/'"
        case .invalidEscape(let text): return "JSON Pointer \"\(text)\" has '~' not followed by 0 or 1"
        case .missingLeadingHash(let text): return "JSON Pointer fragment \"\(text)\" must start with '#'"
        case .invalidPercentEncoding(let text):
            return "JSON Pointer fragment \"\(text)\" has a '%' not followed by two hex digits, or does not decode to UTF-8"
        }
    }
}
