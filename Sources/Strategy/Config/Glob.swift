/// A path pattern of the repository configuration: `*` matches within one path segment,
/// `**` matches any number of segments (including none), `?` one character; everything else is literal.
///
/// Patterns are matched against '/'-separated paths relative to the repository root.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
    public let pattern: String
    /// The pattern's non-empty segments as UTF-8 bytes, made once: every file of every snapshot is
    /// matched against them. `**` is kept as the two bytes `**`.
    private let segments: [[UInt8]]

    public init(_ pattern: String) {
        self.pattern = pattern
        self.segments = pattern.utf8.split(separator: slash, omittingEmptySubsequences: true).map { Array($0) }
    }

    public var description: String { pattern }

    /// A path split into its non-empty segments once, to be matched against several patterns.
    public struct Path {
        fileprivate let bytes: [UInt8]
        fileprivate let segments: [Range<Int>]

        public init(_ path: String) {
            bytes = Array(path.utf8)
            var segments: [Range<Int>] = []
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == slash {
                if i > start { segments.append(start..<i) }
                start = i + 1
            }
            self.segments = segments
        }
    }

    /// Whether `path` matches the whole pattern.
    public func matches(_ path: String) -> Bool {
        matches(Path(path))
    }

    /// Whether a prepared path matches the whole pattern.
    public func matches(_ path: Path) -> Bool {
        path.bytes.withUnsafeBufferPointer { bytes in
            Self.match(segments[...], path.segments[...], bytes)
        }
    }

    private static func match(
        _ pattern: ArraySlice<[UInt8]>, _ path: ArraySlice<Range<Int>>, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == doubleStar {
            let rest = pattern.dropFirst()
            var p = path
            while true {
                if match(rest, p, bytes) { return true }
                guard !p.isEmpty else { return false }
                p = p.dropFirst()
            }
        }
        guard let segment = path.first, matchSegment(first, bytes[segment]) else { return false }
        return match(pattern.dropFirst(), path.dropFirst(), bytes)
    }

    /// Matches one segment with `*` and `?` (iterative, linear with backtracking to the last `*`).
    /// `?` matches one Unicode scalar: a UTF-8 lead byte and its continuation bytes.
    private static func matchSegment(_ p: [UInt8], _ s: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var pi = 0, si = s.startIndex
        var star: Int?, mark = s.startIndex
        func scalarEnd(_ i: Int) -> Int {
            var j = i + 1
            while j < s.endIndex, s[j] & 0xC0 == 0x80 { j += 1 }
            return j
        }
        while si < s.endIndex {
            if pi < p.count, p[pi] == question {
                pi += 1; si = scalarEnd(si)
            } else if pi < p.count, p[pi] == s[si] {
                pi += 1; si += 1
            } else if pi < p.count, p[pi] == asterisk {
                star = pi; mark = si; pi += 1
            } else if let star {
                pi = star + 1; mark = scalarEnd(mark); si = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == asterisk { pi += 1 }
        return pi == p.count
    }
}

private let slash = UInt8(ascii: "/")
private let asterisk = UInt8(ascii: "*")
private let question = UInt8(ascii: "?")
private let doubleStar: [UInt8] = [asterisk, asterisk]
