import Messages

/// An error for a pattern that is not a valid ECMA-262 regular expression.
public struct ECMARegexError: Error, Sendable, CustomStringConvertible {
    /// The pattern as written in the schema.
    public var pattern: String
    /// What is wrong and where, as a catalogue message (for example "nothing to repeat at character 1").
    public var text: Message
    /// What is wrong and where, in English (``text`` rendered).
    public var message: String { text.english }
    /// The message together with the pattern, in English.
    public var description: String { Self.invalid(quoted: "\"" + pattern + "\"", text).english }

    /// Creates an error for `pattern`.
    public init(pattern: String, text: Message) {
        self.pattern = pattern
        self.text = text
    }

    /// "invalid regular expression "…": why", with the pattern already quoted as it should be shown.
    static func invalid(quoted pattern: String, _ reason: Message) -> Message {
        Message("schema-compile.regex.invalid", ["pattern": .text(pattern), "reason": .message(reason)])
    }
}

/// An ECMA-262 regular expression, as JSON Schema's `pattern` and `patternProperties` use it.
///
/// The pattern is parsed with the syntax of ECMA-262 with the `u` flag (the 2020-12 specification
/// recommends Unicode semantics), so everything ECMA-262 rejects is rejected here with a message,
/// and is translated into an ICU pattern compiled once (see ``ICUPattern``).
/// Matching is a search: `matches` is true if the expression matches anywhere in the string.
///
/// What follows ECMA-262 exactly: `\d`, `\w` and `\b` are ASCII-only; `\s` is ECMA white space
/// and line terminators; `.` excludes `\n`, `\r`, U+2028 and U+2029; `$` matches only at the very
/// end and `^` only at the start; `[^]` matches anything and `[]` nothing; `\cX`, `\0`, `\xHH`,
/// `\uHHHH` (escaped surrogate pairs joined), `\u{H…}`; `\p{…}`/`\P{…}`; named groups and
/// `\k<name>`; lookahead and lookbehind; pattern modifiers `(?ims-ims:…)`. Syntax errors of the
/// `u` flag: unknown identity escapes (`\a`, `\-` outside a class, `\Z`, `\A`, `\z`), octal
/// escapes, lone `{`, `}` or `]`, quantified assertions, backreferences to missing groups,
/// class escapes as range bounds, ranges out of order, duplicate group names.
///
/// Differences from ECMA-262, all from the ICU engine underneath:
/// - Inside a lookbehind, unbounded repetition (`*`, `+`, `{n,}`) is capped at 1000 iterations,
///   because ICU needs lookbehind of bounded length.
/// - Repetition bounds above 16,777,215 (ICU's maximum) are lowered to it.
/// - Groups may nest at most 64 deep (ICU refuses about 100).
/// - A backreference to a group that has not participated in the match fails instead of
///   matching the empty string (`(a)?\1b` does not match `b`), and captures inside a repeated
///   group are not reset on each iteration.
/// - Property escapes accept ICU's names (`\p{digit}` works, as the test suite expects);
///   some ECMA-only names may be missing.
/// - Case-insensitive matching (`(?i:…)`) uses ICU's case folding, which can differ for a few
///   characters such as `ß`.
/// - Duplicate group names in different alternatives (ECMAScript 2025) are rejected.
///
/// Each match has a limit (see ``ICUPattern``): about a million steps of the engine plus 64 per
/// character of the string, and 8 MiB of backtracking memory. A match that runs past it has no
/// answer — ``match(_:)`` says ``MatchOutcome/tooExpensive(_:)`` — instead of taking
/// seconds or minutes (a pattern like `^(a+)+$` on a long run of `a`s) or being taken for "no match".
public struct ECMARegex: Sendable {
    private let pattern: ICUPattern

    /// Compiles `pattern`, throwing if it is not a valid ECMA-262 pattern.
    public init(_ pattern: String) throws(ECMARegexError) {
        let translated = try ECMARegexTranslator.translate(pattern)
        guard let compiled = ICUPattern(translated) else {
            throw ECMARegexError(pattern: pattern, text: Message("schema-compile.regex.engine"))
        }
        self.pattern = compiled
    }

    /// Searches `string` for a match (anywhere in it), within the limit of one match.
    public func match(_ string: String) -> MatchOutcome {
        pattern.firstMatch(in: string)
    }

    /// Whether the expression matches anywhere in `string`; nil when matching ran past its limit.
    public func matches(_ string: String) -> Bool? {
        switch match(string) {
        case .match: return true
        case .noMatch: return false
        case .tooExpensive: return nil
        }
    }

    /// Whether `pattern` is a valid ECMA-262 pattern (the `regex` format); nothing is compiled
    /// except the names of property escapes.
    static func isValidSyntax(_ pattern: String) -> Bool {
        (try? ECMARegexTranslator.translate(pattern)) != nil
    }
}

/// What matching a regular expression against one string found.
public enum MatchOutcome: Equatable, Sendable {
    case match, noMatch
    /// Matching stopped at a limit before it had an answer.
    case tooExpensive(PatternLimit)
}
