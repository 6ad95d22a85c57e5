import Strategy
import Testing

/// The path patterns of tryg.json and of `tryg.protectedRefs`.
@Suite("Glob")
struct GlobTests {
    @Test(
        "matches",
        arguments: [
            ("strategy/initiatives/*.json", "strategy/initiatives/tryg-bydel.json"),
            ("strategy/reports/*/*.json", "strategy/reports/2018/tryg-bydel.json"),
            ("**/*.json", "a.json"),
            ("**/*.json", "a/b/c.json"),
            ("strategy/**", "strategy"),
            ("strategy/**", "strategy/a/b"),
            ("a/**/b", "a/b"),
            ("a/**/b", "a/x/y/b"),
            ("*", "anything"),
            ("?.json", "ø.json"),  // one character of two UTF-8 bytes
            ("*ø*", "brøndby"),
            ("a*b*c", "aXbYbZc"),  // backtracking to the last star
            ("x/*/z", "x//y//z"),  // empty segments do not count
            ("refs/heads/*", "refs/heads/main"),
            ("tryg.json", "tryg.json"),
        ])
    func matches(pattern: String, path: String) {
        #expect(Glob(pattern).matches(path), "\(pattern) should match \(path)")
        #expect(Glob(pattern).matches(Glob.Path(path)))
    }

    @Test(
        "does not match",
        arguments: [
            ("strategy/initiatives/*.json", "strategy/initiatives/sub/x.json"),  // * stays within a segment
            ("strategy/*.json", "strategy/x.txt"),
            ("?.json", "øø.json"),
            ("??.json", "ø.json"),
            ("a*b*c", "aXbYbZ"),
            ("a/**/b", "a/x/c"),
            ("tryg.json", "strategy/tryg.json"),
            ("strategy", "strategy/x"),
            ("", "x"),
            ("*", ""),
        ])
    func doesNotMatch(pattern: String, path: String) {
        #expect(!Glob(pattern).matches(path), "\(pattern) should not match \(path)")
    }
}

/// The glob matcher against a plain recursive one on generated patterns and paths, and on the
/// patterns that made the recursive one exponential.
@Suite("Glob: linear matching")
struct GlobLinearTests {
    /// The obvious recursive matcher, for small inputs: the meaning the fast one must keep.
    static func reference(_ pattern: [String], _ path: [String]) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            return (0...path.count).contains { reference(Array(pattern.dropFirst()), Array(path.dropFirst($0))) }
        }
        guard let segment = path.first, segmentMatches(Array(first.unicodeScalars), Array(segment.unicodeScalars)) else {
            return false
        }
        return reference(Array(pattern.dropFirst()), Array(path.dropFirst()))
    }

    static func segmentMatches(_ p: [Unicode.Scalar], _ s: [Unicode.Scalar]) -> Bool {
        guard let first = p.first else { return s.isEmpty }
        if first == "*" { return (0...s.count).contains { segmentMatches(Array(p.dropFirst()), Array(s.dropFirst($0))) } }
        guard let c = s.first, first == "?" || first == c else { return false }
        return segmentMatches(Array(p.dropFirst()), Array(s.dropFirst()))
    }

    @Test("agrees with the recursive matcher on 4,000 generated cases")
    func agreesWithReference() {
        var generator = SystemRandomNumberGenerator()
        let parts = ["**", "*", "a", "b", "a*", "*b", "?", "a?b", "ø"]
        let names = ["a", "b", "ab", "aab", "ø", "ba", "abb"]
        for _ in 0..<4_000 {
            let pattern = (0..<Int.random(in: 0...5, using: &generator)).map { _ in parts.randomElement(using: &generator) ?? "a"
            }
            let path = (0..<Int.random(in: 0...6, using: &generator)).map { _ in names.randomElement(using: &generator) ?? "a" }
            let expected = Self.reference(pattern, path)
            #expect(Glob(pattern.joined(separator: "/")).matches(path.joined(separator: "/")) == expected, "\(pattern) \(path)")
        }
    }

    @Test("twelve ** segments against a deep path that does not match finish at once")
    func manyDoubleStars() {
        let pattern = Array(repeating: "**", count: 12).joined(separator: "/") + "/x/y"
        let path = Array(repeating: "a", count: 200).joined(separator: "/") + "/x/z"
        #expect(!Glob(pattern).matches(path))
        #expect(Glob(pattern).matches(Array(repeating: "a", count: 200).joined(separator: "/") + "/x/y"))
    }
}
