import Strategy
import Testing

/// Glob inputs found while fuzzing it (Fuzz/Harnesses/GlobFuzz.swift): paths with a literal `*` or
/// `?` in a file name, which `*` did not match (such a file escaped its schema), and how `**`
/// stands among fixed segments.
@Suite("Glob: fuzzing regressions")
struct GlobRegressionTests {
    @Test(
        "a * or ? written in the path is an ordinary character for the pattern's wildcards",
        arguments: [
            ("*", "*x"), ("a*", "a*b"), ("strategy/initiatives/*.json", "strategy/initiatives/a*b.json"),
            ("**/*.json", "x/*y.json"), ("*?", "?*"), ("a*b*c", "a*b*bc"), ("**/**/*", "\u{0}*\u{0}/?/**x"),
        ])
    func literalWildcards(pattern: String, path: String) {
        #expect(Glob(pattern).matches(path), "\(pattern) should match \(path)")
    }

    @Test(
        "** between fixed segments still backtracks to the right place",
        arguments: [
            ("a/**/b/**/c", "a/b/x/b/c", true),
            ("a/**/b/c", "a/b/c/b/c", true),
            ("a/**/b/c", "a/b/c/b/d", false),
            ("**/b/**", "b", true),
            ("**/b/**/b", "b", false),
            ("**/**", "", true),
            ("a/**/**/b", "a/b", true),
            ("*/**/?", "x/y", true),
        ])
    func backtracking(pattern: String, path: String, expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected, "\(pattern) against \(path)")
    }
}
