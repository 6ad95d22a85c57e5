import Foundation
import TestSupport
import Testing

/// The built tryg on repositories that libgit2 1.5.1 alone opens differently from git (issue 15,
/// item 18). Added by the git helper.
@Suite("git fidelity (end to end)")
struct GitFidelityCommandTests {
    static var isRoot: Bool { getuid() == 0 }

    @Test(
        "another user's repository is dubious, and safe.directory='*' lets tryg in as it lets git in",
        .enabled(if: isRoot, "needs root to give the repository to another user"))
    func safeDirectoryStar() throws {
        let repository = try RangeFixture.strategyRepository()
        let home = try TemporaryRepository()  // a folder for HOME (its own .git is harmless)
        _ = try runProcess("/bin/chown", ["-R", "nobody", repository.path])
        let environment = ProcessInfo.processInfo.environment.merging(["HOME": home.path]) { $1 }
        let refused = try runProcess(
            Locations.trygBinary, ["validate", "HEAD", "-C", repository.path, "--as-of", RangeFixture.asOf],
            in: "/", environment: environment)
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.stderr.contains("detected dubious ownership in the repository at"), "\(refused)")
        #expect(!refused.stderr.contains("not a git repository"), "\(refused)")
        _ = try runProcess("/usr/bin/git", ["config", "--file", home.path + "/.gitconfig", "safe.directory", "*"])
        let allowed = try runProcess(
            Locations.trygBinary, ["validate", "HEAD", "-C", repository.path, "--as-of", RangeFixture.asOf],
            in: "/", environment: environment)
        #expect(allowed.status == 0, "\(allowed)")
    }

    @Test("a push into a bare repository at a path with ':' is checked by the pre-receive hook")
    func serverPathWithColon() throws {
        let parent = try TemporaryRepository()
        let server = parent.path + "/with:colon/server.git"
        _ = try runProcess("/usr/bin/git", ["init", "-q", "--bare", "-b", "main", server])
        let install = try RangeFixture.tryg(
            ["hook", "install", "--pre-receive", "-C", server, "--", "--as-of", RangeFixture.asOf], in: "/")
        #expect(install.status == 0, "\(install)")
        let client = try RangeFixture.strategyRepository()
        try client.git(["remote", "add", "origin", server])
        let first = try runProcess("/usr/bin/git", ["push", "origin", "main"], in: client.path)
        #expect(first.status == 0, "\(first)")
        try client.write(RangeFixture.initiativePath, RangeFixture.initiative())
        try client.commitAll("add test initiative")
        let second = try runProcess("/usr/bin/git", ["push", "origin", "main"], in: client.path)
        #expect(second.status == 0, "\(second)")
        #expect(second.stderr.contains("remote: tryg: checked 1 new commit: no"), "\(second)")
    }

    @Test("GIT_DIR and GIT_WORK_TREE are honoured as git honours them")
    func gitDirAndWorkTree() throws {
        let repository = try RangeFixture.strategyRepository()
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_DIR"] = repository.path + "/.git"
        environment["GIT_WORK_TREE"] = repository.path
        let result = try runProcess(
            Locations.trygBinary, ["validate", "--as-of", RangeFixture.asOf], in: "/", environment: environment)
        #expect(result.status == 0, "\(result)")
    }
}
