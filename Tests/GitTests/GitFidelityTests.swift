import Foundation
import Git
import Testing

/// Repositories git opens that libgit2 1.5.1 alone opens differently: another user's repository
/// (`safe.directory`), a server path with `:` (quoted alternates in a hook's environment).
@Suite struct GitFidelityTests {
    static var isRoot: Bool { getuid() == 0 }

    @Test(.enabled(if: isRoot, "needs root to give the repository to another user"))
    func anotherUsersRepositoryIsDubiousNotMissing() throws {
        let fixture = try GitFixture()
        try fixture.commitAll("first")
        try fixture.shell("chown -R nobody .")
        for open in [{ try Repository.open(at: fixture.root) }, { try Repository.discover(from: fixture.root + "/.git") }] {
            let error = gitError(open)
            #expect(error?.code == GitError.Code.owner)
            #expect(error?.message.hasPrefix("detected dubious ownership in the repository at '") == true)
            #expect(error?.message.hasSuffix("'git config --global --add safe.directory \(fixture.root)'") == true)
        }
    }

    /// A push into a bare repository whose path contains `:`: git quotes the alternates it hands
    /// the hook, and the repository opened from that environment reaches the server's objects.
    @Test func aServerPathWithAColonWorksInAHook() throws {
        let fixture = try GitFixture(repository: false)
        let push = try HookTests.recordedPush(fixture, serverName: "a:b/server.git")
        let (first, pushed, variables, directory) = (push.first, push.pushed, push.variables, push.directory)
        #expect(variables["GIT_ALTERNATE_OBJECT_DIRECTORIES"]?.hasPrefix("\"") == true)
        let repository = try Repository.openFromEnvironment(variables, currentDirectory: directory)
        #expect(try repository.commit(pushed).parentIDs == [first])
        #expect(try repository.commit(first).summary == "first")
    }

    @Test func aSHA256RepositoryIsNamedAsSuch() throws {
        let fixture = try GitFixture(repository: false)
        try fixture.git(["init", "-q", "--object-format=sha256", fixture.root + "/repo"])
        let error = gitError { try Repository.open(at: fixture.root + "/repo") }
        #expect(
            error?.message == "the repository at '\(fixture.root)/repo' stores SHA-256 object ids "
                + "(extensions.objectFormat = sha256); this build of libgit2 (\(Repository.libgit2Version)) reads SHA-1 "
                + "repositories only")
        #expect(gitError { try Repository.discover(from: fixture.root + "/repo") }?.message.contains("SHA-256") == true)
    }

    /// A shallow clone: walking or reading past its cut-off says why it fails.
    @Test func aShallowCloneNamesItsCutOff() throws {
        let fixture = try RepositoryTests.history()
        let older = try fixture.id(of: "HEAD~1")
        try fixture.git(["clone", "-q", "--depth", "1", "file://" + fixture.root, fixture.root + "/shallow"])
        let repository = try Repository.open(at: fixture.root + "/shallow")
        #expect(repository.isShallow)
        #expect(!(try Repository.open(at: fixture.root).isShallow))
        let walk = gitError { try repository.walk("HEAD") }
        #expect(walk?.message.hasPrefix("the history reaches past its cut-off: the repository is a shallow clone") == true)
        let commit = gitError { try repository.commit(older) }
        #expect(
            commit?.message == "object \(older.hex) does not exist in the repository at '\(fixture.root)/shallow'; "
                + "the repository is a shallow clone, and the object may lie beyond the cut-off of its history; fetch the "
                + "rest with 'git fetch --unshallow'")
    }

    /// A push from a shallow clone (the server allows it with receive.shallowUpdate): git hands the
    /// hook GIT_SHALLOW_FILE, and a walk past the cut-off says that the push is shallow.
    @Test func aShallowPushNamesItsCause() throws {
        let fixture = try RepositoryTests.history()
        let tip = try fixture.id(of: "HEAD")
        let clone = fixture.root + "/clone", server = fixture.root + "/server.git", record = fixture.root + "/record"
        try fixture.git(["clone", "-q", "--depth", "1", "file://" + fixture.root, clone])
        try fixture.git(["init", "-q", "--bare", "-b", "main", server])
        try fixture.git(["config", "receive.shallowUpdate", "true"], in: server)
        try FileManager.default.createDirectory(atPath: record, withIntermediateDirectories: true)
        try HookTests.installHook(
            "pre-receive", in: server + "/hooks",
            script: """
                env > "\(record)/env.txt"
                echo "PWD=$(pwd)" >> "\(record)/env.txt"
                cp -R "$GIT_OBJECT_DIRECTORY" "\(record)/quarantine"
                cp "$GIT_SHALLOW_FILE" "\(record)/shallow"
                exit 1
                """)
        #expect(throws: FixtureError.self) { try fixture.git(["push", "-q", server, "main"], in: clone) }
        var (variables, directory) = try HookTests.recordedEnvironment(record + "/env.txt")
        #expect(variables["GIT_SHALLOW_FILE"] != nil)
        variables["GIT_OBJECT_DIRECTORY"] = record + "/quarantine"
        variables["GIT_QUARANTINE_PATH"] = record + "/quarantine"
        variables["GIT_SHALLOW_FILE"] = record + "/shallow"
        let repository = try Repository.openFromEnvironment(variables, currentDirectory: directory)
        #expect(repository.pushShallowCommits == [tip])
        #expect(repository.isShallow)
        let error = gitError { try repository.walk(including: [tip]) }
        #expect(
            error?.message == "the history reaches past its cut-off: the push comes from a shallow clone, whose "
                + "history is cut off at \(tip.short); push from a complete clone ('git fetch --unshallow' first) "
                + "(libgit2 \(Repository.libgit2Version) cannot walk shallow history)")
    }
}
