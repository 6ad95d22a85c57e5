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
        #expect(error?.message == "the repository at '\(fixture.root)/repo' stores SHA-256 object ids "
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
        #expect(walk?.message.hasPrefix("the history reaches past the cut-off of the shallow clone at '") == true)
        let commit = gitError { try repository.commit(older) }
        #expect(commit?.message == "object \(older.hex) does not exist in the repository at '\(fixture.root)/shallow'; "
            + "the repository is a shallow clone, and the object may lie beyond the cut-off of its history; fetch the "
            + "rest with 'git fetch --unshallow'")
    }
}
