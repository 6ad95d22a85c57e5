import Foundation
import Git
import Testing

/// `Repository.rangeEnds`: the one place that splits a range, with names resolved per side.
@Suite struct RangeEndsTests {
    @Test func splitsARangeAndNamesEachSide() throws {
        let fixture = try RepositoryTests.history()
        let repository = try Repository.open(at: fixture.root)
        let first = try fixture.id(of: "HEAD~1")
        let second = try fixture.id(of: "HEAD")
        var asked: [String] = []
        let ends = try repository.rangeEnds("one..two") { (side: String) -> String in
            asked.append(side)
            return side == "one" ? "HEAD~1" : "HEAD"
        }
        #expect(asked == ["one", "two"])
        #expect(ends.including == [second] && ends.excluding == [first])
        let symmetric = try repository.rangeEnds(
            "one...", naming: { (side: String) -> String in side == "one" ? "HEAD~1" : side })
        #expect(Set(symmetric.including) == [first, second] && symmetric.excluding == [first])
        let single = try repository.rangeEnds("latest", naming: { (_: String) -> String in "HEAD" })
        #expect(single.including == [second] && single.excluding.isEmpty)
    }

    @Test func theNamingsErrorsArePassedOn() throws {
        struct Unknown: Error {}
        let fixture = try RepositoryTests.history()
        let repository = try Repository.open(at: fixture.root)
        #expect(throws: Unknown.self) {
            try repository.rangeEnds(
                "v9..HEAD",
                naming: { (side: String) throws(Unknown) -> String in
                    if side == "v9" { throw Unknown() }
                    return side
                })
        }
        #expect(
            gitError { try repository.rangeEnds("nope..HEAD") }?.message == "unknown revision 'nope' (in the range 'nope..HEAD')")
    }

    @Test func sidesAreSplitOnce() {
        #expect(Repository.rangeSides("a...b")! == ("a", "...", "b"))
        #expect(Repository.rangeSides("a..b")! == ("a", "..", "b"))
        #expect(Repository.rangeSides("..b")! == ("", "..", "b"))
        #expect(Repository.rangeSides("main") == nil)
    }

    @Test func sha256MessagesNameTheLibgit2Version() throws {
        let fixture = try RepositoryTests.history()
        let repository = try Repository.open(at: fixture.root)
        let hex = String(repeating: "ab", count: 32)
        let message = gitError { try repository.resolve(hex) }?.message
        #expect(
            message == "'\(hex)' is a SHA-256 id; this build of libgit2 (\(Repository.libgit2Version)) reads SHA-1 "
                + "repositories only")
        #expect(!Repository.libgit2Version.isEmpty && Repository.libgit2Version != "0.0.0")
    }
}
