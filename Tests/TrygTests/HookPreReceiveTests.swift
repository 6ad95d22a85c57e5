import Foundation
import TestSupport
import Testing

/// End-to-end tests of `tryg hook pre-receive` in a bare repository, run by real `git push`es.
@Suite("tryg hook pre-receive (end to end)")
struct HookPreReceiveTests {
    /// A bare server with the hook installed and a client holding the strategy (not pushed yet).
    func setUp() throws -> (server: TemporaryRepository, client: TemporaryRepository) {
        let server = try TemporaryRepository(bare: true)
        let install = try RangeFixture.tryg(
            ["hook", "install", "--pre-receive", "-C", server.path, "--", "--as-of", RangeFixture.asOf], in: "/")
        #expect(install.status == 0, "\(install)")
        let client = try RangeFixture.strategyRepository()
        try client.git(["remote", "add", "origin", server.path])
        return (server, client)
    }

    func push(_ client: TemporaryRepository, _ arguments: [String]) throws -> ProcessResult {
        try runProcess("/usr/bin/git", ["push", "origin"] + arguments, in: client.path)
    }

    /// Commits a valid initiative, a broken one, then a fix: a series with a broken commit in the middle.
    func brokenSeries(_ client: TemporaryRepository) throws -> String {
        try client.write(RangeFixture.initiativePath, RangeFixture.initiative())
        try client.commitAll("add test initiative")
        try client.write(RangeFixture.initiativePath, RangeFixture.initiative(status: "bogus"))
        let broken = try client.commitAll("break the status")
        try client.write(RangeFixture.initiativePath, RangeFixture.initiative())
        try client.commitAll("fix the status")
        return broken
    }

    @Test("a valid series is accepted; a series with one broken commit in the middle is rejected, refs unchanged")
    func validAcceptedBrokenRejected() throws {
        let (server, client) = try setUp()
        let first = try push(client, ["main"])
        #expect(first.status == 0, "\(first)")
        #expect(first.stderr.contains("remote: tryg: checked 1 new commit: no new errors"), "\(first)")
        let accepted = try server.head("main")

        let broken = try brokenSeries(client)
        let rejected = try push(client, ["main"])
        #expect(rejected.status != 0, "\(rejected)")
        #expect(rejected.stderr.contains("remote: tryg: push rejected: 1 of 3 new commits brings errors"), "\(rejected)")
        #expect(
            rejected.stderr.contains(
                "remote: commit \(broken.prefix(7)) break the status: 1 new error, 1 new note [refs/heads/main]"), "\(rejected)")
        #expect(rejected.stderr.contains("remote: " + RangeFixture.bogusStatus), "\(rejected)")
        #expect(rejected.stderr.contains("pre-receive hook declined"), "\(rejected)")
        #expect(try server.head("main") == accepted)

        try client.git(["reset", "-q", "--hard", "HEAD~3"])
        try client.write(RangeFixture.initiativePath, RangeFixture.initiative())
        try client.commitAll("add test initiative")
        try client.write(RangeFixture.initiativePath, RangeFixture.initiative(name: "Omdøbt"))
        try client.commitAll("rename it")
        let valid = try push(client, ["main"])
        #expect(valid.status == 0, "\(valid)")
        #expect(valid.stderr.contains("remote: tryg: checked 2 new commits: no new errors"), "\(valid)")
        #expect(try server.head("main") == client.head())
    }

    @Test("a new branch checks only commits no reference had; a deletion passes")
    func newBranchAndDeletion() throws {
        let (server, client) = try setUp()
        #expect(try push(client, ["main"]).status == 0)
        try client.git(["checkout", "-q", "-b", "feature"])
        try client.write(RangeFixture.initiativePath, RangeFixture.initiative())
        try client.commitAll("add test initiative")
        let branch = try push(client, ["feature"])
        #expect(branch.status == 0, "\(branch)")
        #expect(branch.stderr.contains("remote: tryg: checked 1 new commit: no new errors"), "\(branch)")

        try client.git(["checkout", "-q", "-b", "broken"])
        try client.write(RangeFixture.initiativePath, RangeFixture.initiative(status: "bogus"))
        try client.commitAll("break the status")
        let rejected = try push(client, ["broken"])
        #expect(rejected.status != 0, "\(rejected)")
        #expect(rejected.stderr.contains("remote: tryg: push rejected: 1 of 1 new commit brings errors"), "\(rejected)")
        #expect(rejected.stderr.contains("[refs/heads/broken]"), "\(rejected)")

        let deletion = try push(client, [":feature"])
        #expect(deletion.status == 0, "\(deletion)")
        #expect(throws: GitCommandFailed.self) { try server.head("refs/heads/feature") }
    }

    @Test("two refs in one push: one broken ref rejects the whole push")
    func twoRefs() throws {
        let (server, client) = try setUp()
        #expect(try push(client, ["main"]).status == 0)
        let before = try server.head("main")
        try client.write(RangeFixture.initiativePath, RangeFixture.initiative())
        try client.commitAll("add test initiative")
        try client.git(["checkout", "-q", "-b", "broken"])
        try client.write(RangeFixture.initiativePath, RangeFixture.initiative(status: "bogus"))
        try client.commitAll("break the status")
        let rejected = try push(client, ["main", "broken"])
        #expect(rejected.status != 0, "\(rejected)")
        #expect(rejected.stderr.contains("remote: tryg: push rejected: 1 of 2 new commits brings errors"), "\(rejected)")
        #expect(try server.head("main") == before)

        try client.git(["checkout", "-q", "main"])
        try client.git(["checkout", "-q", "-b", "other"])
        try client.write("strategy/initiatives/anden-indsats.json", RangeFixture.initiative(id: "anden-indsats"))
        try client.commitAll("add another initiative")
        let accepted = try push(client, ["main", "other"])
        #expect(accepted.status == 0, "\(accepted)")
        #expect(accepted.stderr.contains("remote: tryg: checked 2 new commits: no new errors"), "\(accepted)")
    }

    @Test("a force push checks the commits that replace the branch")
    func forcePush() throws {
        let (server, client) = try setUp()
        try client.write(RangeFixture.initiativePath, RangeFixture.initiative())
        try client.commitAll("add test initiative")
        #expect(try push(client, ["main"]).status == 0)
        let before = try server.head("main")
        try client.git(["reset", "-q", "--hard", "HEAD~1"])
        try client.write(RangeFixture.initiativePath, RangeFixture.initiative(status: "bogus"))
        try client.commitAll("rewrite with a broken status")
        let rejected = try push(client, ["--force", "main"])
        #expect(rejected.status != 0, "\(rejected)")
        #expect(rejected.stderr.contains(RangeFixture.bogusStatus), "\(rejected)")
        #expect(try server.head("main") == before)
        try client.write(
            RangeFixture.initiativePath,
            RangeFixture.initiative().replacingOccurrences(of: "A test initiative.", with: "A test initiative, changed."))
        try client.git(["add", "-A"])
        try client.git(["commit", "-q", "--amend", "-m", "rewrite"])
        let accepted = try push(client, ["--force", "main"])
        #expect(accepted.status == 0, "\(accepted)")
        #expect(try server.head("main") == client.head())
    }

    @Test("a tag of new broken commits is rejected; a tag of an accepted commit brings nothing new")
    func tags() throws {
        let (server, client) = try setUp()
        #expect(try push(client, ["main"]).status == 0)
        try client.git(["tag", "-a", "-m", "good", "v-good"])
        let good = try push(client, ["v-good"])
        #expect(good.status == 0, "\(good)")
        #expect(!good.stderr.contains("checked"), "nothing new to check: \(good)")
        try client.git(["checkout", "-q", "--detach"])
        try client.write(RangeFixture.initiativePath, RangeFixture.initiative(status: "bogus"))
        try client.commitAll("break the status")
        try client.git(["tag", "v-broken"])
        let rejected = try push(client, ["v-broken"])
        #expect(rejected.status != 0, "\(rejected)")
        #expect(rejected.stderr.contains("[refs/tags/v-broken]"), "\(rejected)")
        #expect(throws: GitCommandFailed.self) { try server.head("refs/tags/v-broken") }
    }

    @Test("unprotected refs pass unchecked (git config tryg.protectedRefs)")
    func protectedRefs() throws {
        let (server, client) = try setUp()
        try server.git(["config", "tryg.protectedRefs", "refs/heads/main"])
        #expect(try push(client, ["main"]).status == 0)
        try client.git(["checkout", "-q", "-b", "scratch"])
        try client.write(RangeFixture.initiativePath, RangeFixture.initiative(status: "bogus"))
        try client.commitAll("break the status")
        let accepted = try push(client, ["scratch"])
        #expect(accepted.status == 0, "\(accepted)")
        let rejected = try push(client, ["scratch:main"])
        #expect(rejected.status != 0, "a commit only an unprotected branch had is checked on main: \(rejected)")
        #expect(rejected.stderr.contains("[refs/heads/main]"), "\(rejected)")
    }

    @Test("input with SHA-256 ids is reported clearly; malformed input is an error; a deletion needs nothing")
    func input() throws {
        let (server, client) = try setUp()
        #expect(try push(client, ["main"]).status == 0)
        let environment = ["GIT_DIR": server.path]
        func hook(_ input: String) throws -> ProcessResult {
            try runProcess(Locations.trygBinary, ["hook", "pre-receive"], in: "/", environment: environment, input: input)
        }
        let zero64 = String(repeating: "0", count: 64), id64 = String(repeating: "ab", count: 32)
        let sha256 = try hook("\(zero64) \(id64) refs/heads/main\n")
        #expect(sha256.status == 2, "\(sha256)")
        #expect(
            sha256.stderr == "tryg: error: pre-receive: refs/heads/main is pushed as \(id64), a SHA-256 id; tryg reads "
                + "SHA-1 repositories only (libgit2 1.5.1), so this push cannot be checked\n", "\(sha256)")
        let deletion = try hook("\(id64) \(zero64) refs/heads/main\n")
        #expect(deletion.status == 0, "\(deletion)")
        let garbage = try hook("hello\n")
        #expect(garbage.status == 2, "\(garbage)")
        #expect(
            garbage.stderr
                == "tryg: error: pre-receive: line 1 of the hook's input: expected '<old-id> <new-id> <ref-name>', found 'hello'\n",
            "\(garbage)")
        let missing = try hook("\(String(repeating: "0", count: 40)) \(String(repeating: "1", count: 40)) refs/heads/x\n")
        #expect(missing.status == 2, "\(missing)")
        #expect(missing.stderr.contains("has no such object"), "\(missing)")
    }
}
