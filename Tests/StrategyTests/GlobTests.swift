import Strategy
import Testing

/// The path patterns of tryg.json and of `tryg.protectedRefs`.
@Suite("Glob")
struct GlobTests {
    @Test("matches", arguments: [
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

    @Test("does not match", arguments: [
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
