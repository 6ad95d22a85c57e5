import Git

/// The references a pre-receive hook guards: updates of other references are let through unchecked.
///
/// The patterns come from the server repository's git configuration, `tryg.protectedRefs`, not from
/// `tryg.json`: the content of a push must not be able to switch off the check of that same push, and
/// the server's administrator (who installs the hook) owns the repository's configuration:
///
///     git config tryg.protectedRefs "refs/heads/main refs/heads/release/* refs/tags/*"
///
/// Patterns are separated by spaces or commas. A pattern ending in `/*` matches every reference below
/// that folder, at any depth (`refs/heads/*` is every branch, `feature/x` included); `*` elsewhere
/// matches within one name segment, `?` one character; anything else must match exactly.
/// The default, `refs/heads/* refs/tags/*`, guards every branch and every tag: a tag can bring commits
/// that no branch has, and they are checked like a branch's (a tag of a commit already on a branch
/// brings nothing new and costs nothing).
public struct ProtectedRefs: Sendable, Hashable, CustomStringConvertible {
    /// The git configuration key the patterns are read from.
    public static let configKey = "tryg.protectedRefs"
    /// The patterns used when the key is not set.
    public static let defaultPatterns = ["refs/heads/*", "refs/tags/*"]

    /// The patterns, as written.
    public let patterns: [String]

    /// Creates the set from patterns (an empty list protects nothing).
    public init(_ patterns: [String] = ProtectedRefs.defaultPatterns) {
        self.patterns = patterns
    }

    /// Parses the configuration value: patterns separated by spaces or commas.
    public init(configValue: String) {
        patterns = configValue.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
    }

    /// The protected references of a repository: `tryg.protectedRefs` from its git configuration, or
    /// the default when the key is not set.
    ///
    /// The corresponding libgit2 function is `git_config_get_string_buf`.
    public static func configured(in repository: Repository) -> ProtectedRefs {
        guard let value = repository.configString(configKey) else { return ProtectedRefs() }
        return ProtectedRefs(configValue: value)
    }

    /// Whether a full reference name is protected.
    public func matches(_ reference: String) -> Bool {
        patterns.contains { Self.matches(reference, pattern: $0) }
    }

    public var description: String { patterns.joined(separator: " ") }

    /// The patterns that match none of `references` (full names): a typo such as `refs/heads/Main`
    /// silently protects nothing, so it is reported when the hook is installed and at every push.
    public func patternsMatchingNothing(among references: [String]) -> [String] {
        patterns.filter { pattern in !references.contains { Self.matches($0, pattern: pattern) } }
    }

    static func matches(_ reference: String, pattern: String) -> Bool {
        let names = reference.split(separator: "/", omittingEmptySubsequences: false)
        var parts = pattern.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count > 1, parts.last == "*" {
            parts.removeLast()
            guard names.count > parts.count, names.last?.isEmpty == false else { return false }
            return segmentsMatch(Array(names.prefix(parts.count)), parts)
        }
        return segmentsMatch(names, parts)
    }

    private static func segmentsMatch(_ names: [Substring], _ parts: [Substring]) -> Bool {
        names.count == parts.count && zip(names, parts).allSatisfy { Glob(String($1)).matches(String($0)) }
    }
}
