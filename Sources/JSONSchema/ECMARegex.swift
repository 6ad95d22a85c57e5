import Foundation

/// An error for a pattern that is not a valid ECMA-262 regular expression.
public struct ECMARegexError: Error, Sendable, CustomStringConvertible {
    /// The pattern as written in the schema.
    public var pattern: String
    /// What is wrong, in plain words.
    public var message: String
    /// The message with the pattern.
    public var description: String { "invalid regular expression \"\(pattern)\": \(message)" }

    /// Creates an error for `pattern`.
    public init(pattern: String, message: String) {
        self.pattern = pattern
        self.message = message
    }
}

/// An ECMA-262 regular expression, as used by JSON Schema `pattern`.
public struct ECMARegex: Sendable {
    private let box: Box

    /// Compiles `pattern`.
    public init(_ pattern: String) throws(ECMARegexError) {
        do {
            box = Box(try NSRegularExpression(pattern: pattern, options: []))
        } catch {
            throw ECMARegexError(pattern: pattern, message: "\(error)")
        }
    }

    /// Returns true if the regex matches anywhere in `string`.
    public func matches(_ string: String) -> Bool {
        let range = NSRange(location: 0, length: (string as NSString).length)
        return box.regex.firstMatch(in: string, options: [], range: range) != nil
    }

    /// Holds the compiled expression; NSRegularExpression is immutable and thread-safe for matching.
    private final class Box: @unchecked Sendable {
        let regex: NSRegularExpression
        init(_ regex: NSRegularExpression) { self.regex = regex }
    }
}
