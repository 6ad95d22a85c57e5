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

    /// Matches the pattern's segments against the path's as a set of positions in the pattern,
    /// advanced segment by segment (a `**` both stays and moves on), so the work is at most
    /// (pattern segments × path segments) segment matches — never the exponential backtracking of
    /// trying every way the `**`s could split the path.
    private static func match(
        _ pattern: ArraySlice<[UInt8]>, _ path: ArraySlice<Range<Int>>, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let count = pattern.count, base = pattern.startIndex
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: 2 * (count + 1)) { buffer -> Bool in
            buffer.initialize(repeating: false)
            var current = 0, next = count + 1  // two rows of positions 0...count in one buffer
            func close(_ row: Int) {  // a position before a `**` reaches the position after it
                for i in 0..<count where buffer[row + i] && pattern[base + i] == doubleStar { buffer[row + i + 1] = true }
            }
            buffer[current] = true
            close(current)
            for segment in path {
                for i in 0...count { buffer[next + i] = false }
                var any = false
                for i in 0..<count where buffer[current + i] {
                    let part = pattern[base + i]
                    if part == doubleStar {
                        buffer[next + i] = true
                        any = true
                    } else if matchSegment(part, bytes[segment]) {
                        buffer[next + i + 1] = true
                        any = true
                    }
                }
                guard any else { return false }
                close(next)
                swap(&current, &next)
            }
            return buffer[current + count]
        }
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
            // `*` and `?` in the pattern are wildcards even where the path has the same byte.
            if pi < p.count, p[pi] == asterisk {
                star = pi
                mark = si
                pi += 1
            } else if pi < p.count, p[pi] == question {
                pi += 1
                si = scalarEnd(si)
            } else if pi < p.count, p[pi] == s[si] {
                pi += 1
                si += 1
            } else if let star {
                pi = star + 1
                mark = scalarEnd(mark)
                si = mark
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
