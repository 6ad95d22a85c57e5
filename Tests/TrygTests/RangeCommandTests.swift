import Foundation
import TestSupport
import Testing

/// End-to-end tests of `tryg validate --range`: every commit of a series, reported per commit.
@Suite("tryg validate --range (end to end)")
struct RangeCommandTests {
    /// content, add a valid initiative, break it, rename it (still broken), fix it.
    func series() throws -> (repo: TemporaryRepository, broken: String, renamed: String) {
        let repo = try RangeFixture.strategyRepository()
        try repo.write(RangeFixture.initiativePath, RangeFixture.initiative())
        try repo.commitAll("add test initiative")
        try repo.write(RangeFixture.initiativePath, RangeFixture.initiative(status: "bogus"))
        let broken = try repo.commitAll("break the status")
        try repo.write(RangeFixture.initiativePath, RangeFixture.initiative(name: "Ny testindsats", status: "bogus"))
        let renamed = try repo.commitAll("rename it")
        try repo.write(RangeFixture.initiativePath, RangeFixture.initiative(name: "Ny testindsats"))
        try repo.commitAll("fix the status")
        return (repo, broken, renamed)
    }

    @Test("each commit is held to what it introduced: the break fails, the rename inherits, the fix is listed as fixed")
    func failingCommitsNamed() throws {
        let (repo, broken, renamed) = try series()
        let result = try RangeFixture.tryg(["validate", "--range", "HEAD~4..HEAD", "--as-of", RangeFixture.asOf], in: repo.path)
        #expect(result.status == 1, "\(result)")
        let b = String(broken.prefix(7)), r = String(renamed.prefix(7))
        #expect(
            result.stdout.contains("commit \(b) break the status: 1 new error, 1 new note\n\(RangeFixture.bogusStatus)\n"),
            "\(result)")
        #expect(!result.stdout.contains("commit \(r)"), "the rename brings nothing new: \(result)")
        #expect(
            result.stdout.contains(
                " fix the status: 1 fixed\nfixed: strategy/initiatives/test-indsats.json:5:13: status must be"), "\(result)")
        #expect(result.stdout.contains("checked 4 commits in HEAD~4..HEAD: 1 commit fails (\(b))\n"), "\(result)")
        #expect(result.stdout.hasSuffix("unchanged; run `tryg validate` to list them\n"), "\(result)")
        #expect(result.stderr.isEmpty, "no progress when standard error is not a terminal: \(result)")
    }

    @Test("--all: every finding of every commit; a fix after a break is never 'the same findings'")
    func allFindings() throws {
        let (repo, broken, renamed) = try series()
        let result = try RangeFixture.tryg(
            ["validate", "--range", "HEAD~4..HEAD", "--all", "--as-of", RangeFixture.asOf], in: repo.path)
        #expect(result.status == 1, "\(result)")
        let b = String(broken.prefix(7)), r = String(renamed.prefix(7))
        #expect(result.stdout.contains("commit \(b) break the status: 1 error, "), "\(result)")
        #expect(
            result.stdout.contains("commit \(r) rename it: 1 error, 1 warning, 1 note\n    the same findings as commit \(b)\n"),
            "\(result)")
        let fix = result.stdout.components(separatedBy: " fix the status: ").last ?? ""
        #expect(!fix.contains("the same findings"), "\(result)")
        #expect(fix.contains("finding of commit \(r) fixed") || fix.contains("findings of commit \(r) fixed"), "\(result)")
        #expect(result.stdout.contains("checked 4 commits in HEAD~4..HEAD: 2 commits fail (\(b), \(r))\n"), "\(result)")
    }

    @Test("a commit shows only findings the commit before it did not have, and counts the others")
    func onlyNewFindings() throws {
        let repo = try RangeFixture.strategyRepository()
        try repo.write(RangeFixture.initiativePath, RangeFixture.initiative(status: "bogus"))
        let first = try repo.commitAll("break one")
        try repo.write("strategy/initiatives/anden-indsats.json", RangeFixture.initiative(id: "anden-indsats", status: "bogus"))
        let second = try repo.commitAll("break another")
        let result = try RangeFixture.tryg(["validate", "--range", "HEAD~2..HEAD", "--as-of", RangeFixture.asOf], in: repo.path)
        #expect(result.status == 1, "\(result)")
        let part =
            result.stdout.components(separatedBy: "commit \(second.prefix(7)) break another: 1 new error, 1 new note\n").last
            ?? ""
        #expect(part.hasPrefix("strategy/initiatives/anden-indsats.json:5:13: error: status must be one of"), "\(result)")
        #expect(!part.contains("test-indsats.json:5:13"), "\(result)")
        #expect(
            part.contains(
                "because strategy/initiatives/anden-indsats.json and strategy/initiatives/test-indsats.json have errors [rules-withheld]"
            ), "\(result)")
        #expect(result.stdout.contains("commit \(first.prefix(7)) break one: 1 new error"), "\(result)")
    }

    @Test("--tips-only checks only the end of the range")
    func tipsOnly() throws {
        let (repo, _, _) = try series()
        let result = try RangeFixture.tryg(
            ["validate", "--range", "HEAD~4..HEAD", "--tips-only", "--as-of", RangeFixture.asOf], in: repo.path)
        #expect(result.status == 0, "\(result)")
        #expect(RangeFixture.passes(result.stdout, "checked 1 commit in HEAD~4..HEAD: "), "\(result)")
    }

    @Test("a valid range and an empty range pass")
    func validAndEmptyRanges() throws {
        let (repo, _, _) = try series()
        let valid = try RangeFixture.tryg(["validate", "--range", "HEAD~4..HEAD~3", "--as-of", RangeFixture.asOf], in: repo.path)
        #expect(valid.status == 0, "\(valid)")
        #expect(RangeFixture.passes(valid.stdout, "checked 1 commit in HEAD~4..HEAD~3: "), "\(valid)")
        let empty = try RangeFixture.tryg(["validate", "--range", "HEAD..HEAD~2"], in: repo.path)
        #expect(empty.status == 0, "\(empty)")
        #expect(empty.stdout == "checked 0 commits in HEAD..HEAD~2: nothing to check (the range is empty)\n", "\(empty)")
    }

    @Test("--format json gives one entry per commit, oldest first")
    func json() throws {
        let (repo, broken, _) = try series()
        let result = try RangeFixture.tryg(
            ["validate", "--range", "HEAD~4..HEAD", "--format", "json", "--as-of", RangeFixture.asOf], in: repo.path)
        #expect(result.status == 1, "\(result)")
        let root = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let commits = root?["commits"] as? [[String: Any]] ?? []
        #expect(root?["commitsChecked"] as? Int == 4)
        #expect((root?["summary"] as? [String: Any])?["failingCommits"] as? Int == 1)
        #expect(root?["newOnly"] as? Bool == true)
        #expect(
            commits.map { $0["summary"] as? String ?? "" } == [
                "add test initiative", "break the status", "rename it", "fix the status",
            ])
        #expect(commits.map { $0["fails"] as? Bool ?? false } == [false, true, false, false])
        #expect((commits[1]["new"] as? [[String: Any]])?.first?["code"] as? String == "enum")
        #expect((commits[3]["fixed"] as? [[String: Any]])?.first?["code"] as? String == "enum")
        #expect(commits[1]["base"] as? String == commits[0]["id"] as? String)
        #expect(commits[1]["id"] as? String == broken)
        let first = (commits[1]["diagnostics"] as? [[String: Any]])?.first { $0["code"] as? String == "enum" }
        #expect(first?["line"] as? Int == 5 && first?["column"] as? Int == 13 && first?["code"] as? String == "enum")
    }

    @Test("--format github annotates each distinct finding once, naming the first commit")
    func github() throws {
        let (repo, broken, _) = try series()
        let result = try RangeFixture.tryg(
            ["validate", "--range", "HEAD~4..HEAD", "--format", "github", "--as-of", RangeFixture.asOf], in: repo.path)
        #expect(result.status == 1, "\(result)")
        let errors = result.stdout.split(separator: "\n").filter { $0.hasPrefix("::error") }
        #expect(
            errors == [
                "::error file=strategy/initiatives/test-indsats.json,line=5,col=13,title=tryg [enum]::status must be one of: "
                    + "planned, active, ended, merged; found \"bogus\" (commit \(broken.prefix(7)) \"break the status\")"
                    + "%0Ahint: use one of the allowed values, spelled exactly"
            ], "\(result)")
    }

    @Test("--range with a revision, or --tips-only alone, is a usage error (exit 2)")
    func usageErrors() throws {
        let (repo, _, _) = try series()
        let both = try RangeFixture.tryg(["validate", "--range", "HEAD~1..HEAD", "HEAD"], in: repo.path)
        #expect(both.status == 2, "\(both)")
        #expect(both.stderr.contains("give a revision, --staged or --range, not more than one"), "\(both)")
        let alone = try RangeFixture.tryg(["validate", "--tips-only"], in: repo.path)
        #expect(alone.status == 2, "\(alone)")
        #expect(alone.stderr.contains("--tips-only goes with --range"), "\(alone)")
        let unknown = try RangeFixture.tryg(["validate", "--range", "nope..HEAD"], in: repo.path)
        #expect(unknown.status == 2, "\(unknown)")
        #expect(unknown.stderr.hasPrefix("tryg: error: "), "\(unknown)")
    }
}
