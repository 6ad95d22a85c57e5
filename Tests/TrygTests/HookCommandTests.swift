import Foundation
import TestSupport
import Testing

/// End-to-end tests of `tryg hook pre-commit` installed with `tryg hook install`, run by real
/// `git commit`s.
@Suite("tryg hook pre-commit (end to end)")
struct HookPreCommitTests {
    /// A clone of the strategy with the pre-commit hook installed (rules pinned to a day).
    func clone() throws -> TemporaryRepository {
        let origin = try RangeFixture.strategyRepository()
        let clone = try TemporaryRepository()
        try clone.git(["pull", "-q", origin.path, "main"])
        let install = try RangeFixture.tryg(["hook", "install", "--", "--as-of", RangeFixture.asOf], in: clone.path)
        #expect(install.status == 0, "\(install)")
        #expect(
            install.stdout == "installed the pre-commit hook at \(clone.path)/.git/hooks/pre-commit\n"
                + "installed the pre-merge-commit hook at \(clone.path)/.git/hooks/pre-merge-commit\n", "\(install)")
        return clone
    }

    /// Runs `git` and returns the whole outcome (failing is an answer here, not an error).
    func git(_ repo: TemporaryRepository, _ arguments: [String]) throws -> ProcessResult {
        try runProcess("/usr/bin/git", arguments, in: repo.path)
    }

    @Test("a commit of invalid content is refused with the findings and --no-verify; valid content is committed")
    func invalidRefusedValidAccepted() throws {
        let repo = try clone()
        let before = try repo.head()
        try repo.write(RangeFixture.initiativePath, RangeFixture.initiative(status: "bogus"))
        try repo.git(["add", "-A"])
        let refused = try git(repo, ["commit", "-q", "-m", "broken"])
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains(RangeFixture.bogusStatus + "\n    5 |   \"status\": \"bogus\",\n"), "\(refused)")
        #expect(refused.stderr.contains("tryg: commit refused: the staged files bring 1 error (listed above).\n"), "\(refused)")
        #expect(!refused.stderr.contains("boerne-og-ungesamraad.json"), "a standing warning is not listed: \(refused)")
        #expect(refused.stderr.contains("tryg: 1 earlier warning unchanged; run `tryg validate` to list them"), "\(refused)")
        #expect(refused.stderr.contains("To commit anyway in an emergency: git commit --no-verify"), "\(refused)")
        #expect(try repo.head() == before)

        try repo.write(RangeFixture.initiativePath, RangeFixture.initiative())
        try repo.git(["add", "-A"])
        let accepted = try git(repo, ["commit", "-q", "-m", "valid"])
        #expect(accepted.status == 0, "\(accepted)")
        #expect(!accepted.stderr.contains("refused"), "\(accepted)")
        #expect(try repo.head() != before)
    }

    @Test("the index decides: staged broken with a fixed work tree is refused; staged valid with a broken work tree passes")
    func stagedVersusWorkTree() throws {
        let repo = try clone()
        try repo.write(RangeFixture.initiativePath, RangeFixture.initiative(status: "bogus"))
        try repo.git(["add", "-A"])
        try repo.write(RangeFixture.initiativePath, RangeFixture.initiative())
        let refused = try git(repo, ["commit", "-q", "-m", "staged broken"])
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains(RangeFixture.bogusStatus), "\(refused)")

        try repo.git(["add", "-A"])
        try repo.write(RangeFixture.initiativePath, RangeFixture.initiative(status: "bogus"))
        let accepted = try git(repo, ["commit", "-q", "-m", "staged valid"])
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try repo.git(["show", "HEAD:" + RangeFixture.initiativePath]) == RangeFixture.initiative())
    }

    @Test("git commit -a is checked through git's temporary index")
    func commitAll() throws {
        let repo = try clone()
        try repo.write(RangeFixture.initiativePath, RangeFixture.initiative())
        try repo.commitAll("add test initiative")
        try repo.write(RangeFixture.initiativePath, RangeFixture.initiative(status: "bogus"))  // tracked, not staged
        let refused = try git(repo, ["commit", "-q", "-a", "-m", "commit -a"])
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains(RangeFixture.bogusStatus), "\(refused)")
    }

    @Test("git commit PATH is checked through git's temporary index: HEAD plus PATH only")
    func commitPath() throws {
        let repo = try clone()
        try repo.write(RangeFixture.initiativePath, RangeFixture.initiative())
        try repo.commitAll("add test initiative")
        let other = "strategy/initiatives/anden-indsats.json"
        try repo.write(other, RangeFixture.initiative(id: "anden-indsats", status: "bogus"))
        try repo.git(["add", other])  // staged and broken, but not part of `git commit PATH`
        try repo.write(
            RangeFixture.initiativePath,
            RangeFixture.initiative().replacingOccurrences(of: "A test initiative.", with: "A test initiative, changed."))
        let accepted = try git(repo, ["commit", "-q", "-m", "rename only", "--", RangeFixture.initiativePath])
        #expect(accepted.status == 0, "\(accepted)")

        try repo.write(RangeFixture.initiativePath, RangeFixture.initiative(status: "bogus"))
        try repo.git(["reset", "-q", "--", other])
        try repo.remove(other)
        let refused = try git(repo, ["commit", "-q", "-m", "broken path", "--", RangeFixture.initiativePath])
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains(RangeFixture.bogusStatus), "\(refused)")
    }
}

/// `tryg hook install`: where the hook goes, what it contains, and which hooks it leaves alone.
@Suite("tryg hook install (end to end)")
struct HookInstallTests {
    @Test("the hook is executable, marked, calls tryg by absolute path, and installing twice is harmless")
    func installIdempotent() throws {
        let repo = try TemporaryRepository()
        let first = try RangeFixture.tryg(["hook", "install"], in: repo.path)
        #expect(first.status == 0, "\(first)")
        let path = repo.path + "/.git/hooks/pre-commit"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let binary = URL(fileURLWithPath: Locations.trygBinary).resolvingSymlinksInPath().path
        #expect(text.hasPrefix("#!/bin/sh\n# tryg-hook: installed by 'tryg hook install'"), "\(text)")
        #expect(text.hasSuffix(" hook pre-commit \"$@\"\n"), "\(text)")
        #expect(text.contains("\nexec \(binary) hook pre-commit"), "\(text)")
        #expect(FileManager.default.isExecutableFile(atPath: path))
        let second = try RangeFixture.tryg(["hook", "install"], in: repo.path)
        #expect(second.status == 0, "\(second)")
        #expect(
            second.stdout == "the pre-commit hook at \(path) is already installed\n"
                + "the pre-merge-commit hook at \(repo.path)/.git/hooks/pre-merge-commit is already installed\n", "\(second)")
        let onPath = try RangeFixture.tryg(["hook", "install", "--use-path"], in: repo.path)
        #expect(onPath.status == 0, "\(onPath)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasSuffix("\nexec tryg hook pre-commit \"$@\"\n"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: repo.path + "/.git/hooks").filter {
            $0.contains("tryg-")
        }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test("a hook tryg did not write is kept unless --force")
    func foreignHook() throws {
        let repo = try TemporaryRepository()
        let path = repo.path + "/.git/hooks/pre-commit"
        try FileManager.default.createDirectory(atPath: repo.path + "/.git/hooks", withIntermediateDirectories: true)
        try Data("#!/bin/sh\necho mine\n".utf8).write(to: URL(fileURLWithPath: path))
        let refused = try RangeFixture.tryg(["hook", "install"], in: repo.path)
        #expect(refused.status == 2, "\(refused)")
        #expect(
            refused.stderr == "tryg: error: \(path) already exists and was not installed by tryg; use --force to replace it, "
                + "or add 'tryg hook pre-commit' to it yourself\n", "\(refused)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "#!/bin/sh\necho mine\n")
        let forced = try RangeFixture.tryg(["hook", "install", "--force"], in: repo.path)
        #expect(forced.status == 0, "\(forced)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("tryg-hook"))
    }

    @Test("installed from a linked work tree, the hook goes where git runs it: the shared git folder")
    func linkedWorkTree() throws {
        let repo = try HookPreCommitTests().clone()
        try FileManager.default.removeItem(atPath: repo.path + "/.git/hooks/pre-commit")
        try FileManager.default.removeItem(atPath: repo.path + "/.git/hooks/pre-merge-commit")
        let tree = FileManager.default.temporaryDirectory.path + "/tryg-worktree-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: tree) }
        try repo.git(["worktree", "add", "-q", "-b", "other", tree])
        let install = try RangeFixture.tryg(["hook", "install", "--", "--as-of", RangeFixture.asOf], in: tree)
        #expect(install.status == 0, "\(install)")
        #expect(install.stdout.hasPrefix("installed the pre-commit hook at \(repo.path)/.git/hooks/pre-commit\n"), "\(install)")
        // git runs it for commits in the linked work tree.
        let file = tree + "/" + RangeFixture.initiativePath
        try RangeFixture.initiative(status: "bogus").write(toFile: file, atomically: true, encoding: .utf8)
        _ = try runProcess("/usr/bin/git", ["add", "-A"], in: tree)
        let refused = try runProcess("/usr/bin/git", ["commit", "-q", "-m", "broken"], in: tree)
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("tryg: commit refused: the staged files bring 1 error"), "\(refused)")
    }

    @Test("core.hooksPath of ~ and ~/x is the home folder, as git reads it")
    func hooksPathWithTilde() throws {
        let home = try TemporaryRepository()  // a fresh folder to stand for the home folder
        let repo = try TemporaryRepository()
        try repo.git(["config", "core.hooksPath", "~/my-hooks"])
        let result = try runProcess(Locations.trygBinary, ["hook", "install"], in: repo.path, environment: ["HOME": home.path])
        #expect(result.status == 0, "\(result)")
        #expect(FileManager.default.isExecutableFile(atPath: home.path + "/my-hooks/pre-commit"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: repo.path + "/~"), "no folder literally named ~: \(result)")
    }

    @Test("core.hooksPath is respected; a bare repository needs --pre-receive")
    func hooksPathAndBare() throws {
        let repo = try TemporaryRepository()
        try repo.git(["config", "core.hooksPath", "githooks"])
        let result = try RangeFixture.tryg(["hook", "install"], in: repo.path)
        #expect(result.status == 0, "\(result)")
        #expect(FileManager.default.isExecutableFile(atPath: repo.path + "/githooks/pre-commit"), "\(result)")
        #expect(FileManager.default.isExecutableFile(atPath: repo.path + "/githooks/pre-merge-commit"), "\(result)")

        let bare = try TemporaryRepository(bare: true)
        let refused = try RangeFixture.tryg(["hook", "install", "-C", bare.path], in: "/")
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.stderr.contains("is a bare repository, where nobody commits; use --pre-receive"), "\(refused)")
        let installed = try RangeFixture.tryg(["hook", "install", "--pre-receive", "-C", bare.path], in: "/")
        #expect(installed.status == 0, "\(installed)")
        #expect(FileManager.default.isExecutableFile(atPath: bare.path + "/hooks/pre-receive"), "\(installed)")
    }
}
