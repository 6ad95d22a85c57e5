/// A JSON Pointer (RFC 6901): a path of reference tokens into a JSON value, such as `/owners/0`.
public struct JSONPointer: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The unescaped reference tokens, in order.
    public private(set) var tokens: [String]

    /// The pointer to the whole document (`""`).
    public static let root = JSONPointer(tokens: [])

    public init(tokens: [String]) {
        self.tokens = tokens
    }

    /// Parses the string form (`/a/b~1c`); throws for text that does not start with `/` or has a bad `~` escape.
    public init(parsing text: String) throws(JSONPointerError) {
        if text.isEmpty {
            self.tokens = []
            return
        }
        guard text.hasPrefix("/") else { throw JSONPointerError.missingLeadingSlash(text) }
        var tokens: [String] = []
        for raw in text.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            tokens.append(try Self.unescape(raw, in: text))
        }
        self.tokens = tokens
    }

    private static func unescape(_ raw: Substring, in text: String) throws(JSONPointerError) -> String {
        guard raw.contains("~") else { return String(raw) }
        var out = ""
        var iterator = raw.makeIterator()
        while let c = iterator.next() {
            guard c == "~" else { out.append(c); continue }
            switch iterator.next() {
            case "0": out.append("~")
            case "1": out.append("/")
            default: throw JSONPointerError.invalidEscape(text)
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

    public var isRoot: Bool { tokens.isEmpty }

    /// The string form, with `~` and `/` escaped.
    public var description: String {
        var out = ""
        for token in tokens {
            out.append("/")
            for c in token {
                switch c {
                case "~": out.append("~0")
                case "/": out.append("~1")
                default: out.append(c)
                }
            }
        }
        return out
    }

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
    case missingLeadingSlash(String)
    case invalidEscape(String)

    public var description: String {
        switch self {
        case .missingLeadingSlash(let text): return "JSON Pointer \"\(text)\" must be empty or start with '/'"
        case .invalidEscape(let text): return "JSON Pointer \"\(text)\" has '~' not followed by 0 or 1"
        }
    }
}
