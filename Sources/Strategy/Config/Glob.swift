/// A path pattern of the repository configuration: `*` matches within one path segment,
/// `**` matches any number of segments (including none), `?` one character; everything else is literal.
///
/// Patterns are matched against '/'-separated paths relative to the repository root.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    public let pattern: String
    /// The pattern's segments, as Unicode scalars, made once: every file of every snapshot is
    /// matched against them.
    private let segments: [[Unicode.Scalar]]

    public init(_ pattern: String) {
        self.pattern = pattern
        self.segments = Self.segments(of: pattern).map { Array($0) }
    }

    public var description: String { pattern }

    /// Whether `path` matches the whole pattern.
    public func matches(_ path: String) -> Bool {
        Self.match(segments[...], Self.segments(of: path)[...])
    }

    /// The non-empty '/'-separated segments of a text, as slices of its Unicode scalars.
    private static func segments(of text: String) -> [ArraySlice<Unicode.Scalar>] {
        let scalars = Array(text.unicodeScalars)
        return scalars.split(separator: "/", omittingEmptySubsequences: true)
    }

    private static func match(_ pattern: ArraySlice<[Unicode.Scalar]>, _ path: ArraySlice<ArraySlice<Unicode.Scalar>>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == ["*", "*"] {
            let rest = pattern.dropFirst()
            var p = path
            while true {
                if match(rest, p) { return true }
                guard !p.isEmpty else { return false }
                p = p.dropFirst()
            }
        }
        guard let segment = path.first, matchSegment(first[...], segment) else {
            return false
        }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// Matches one segment with `*` and `?` (iterative, linear with backtracking to the last `*`).
    private static func matchSegment(_ p: ArraySlice<Unicode.Scalar>, _ s: ArraySlice<Unicode.Scalar>) -> Bool {
        // Indices of the slices themselves: no copies.
        var pi = p.startIndex, si = s.startIndex
        var star: Int?, mark = s.startIndex
        while si < s.endIndex {
            if pi < p.endIndex, p[pi] == "?" || p[pi] == s[si] {
                pi += 1; si += 1
            } else if pi < p.endIndex, p[pi] == "*" {
                star = pi; mark = si; pi += 1
            } else if let star {
                pi = star + 1; mark += 1; si = mark
            } else {
                return false
            }
        }
        while pi < p.endIndex, p[pi] == "*" { pi += 1 }
        return pi == p.endIndex
    }
}
