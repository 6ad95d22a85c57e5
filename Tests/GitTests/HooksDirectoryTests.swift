import Foundation
import Git
import Testing

/// Where git runs hooks from (`core.hooksPath`), checked against git itself: a hook written where
/// ``Repository/hooksDirectory(environment:)`` says must be the one `git commit` runs.
@Suite struct HooksDirectoryTests {
    /// Writes a pre-commit hook into `folder` that records that it ran, commits, and says whether
    /// git ran it.
    static func gitRunsAHook(in folder: String, fixture: GitFixture, directory: String? = nil) throws -> Bool {
        let marker = fixture.root + "/hook-ran-\(UUID().uuidString)"
        try HookTests.installHook("pre-commit", in: folder, script: "touch '\(marker)'\n")
        try fixture.git(["commit", "-q", "--allow-empty", "-m", "hook test"], in: directory)
        return FileManager.default.fileExists(atPath: marker)
    }

    @Test func withoutHooksPathItIsTheHooksFolder() throws {
        let fixture = try GitFixture()
        let folder = try Repository.open(at: fixture.root).hooksDirectory()
        #expect(folder == fixture.root + "/.git/hooks")
        #expect(try Self.gitRunsAHook(in: folder, fixture: fixture))
    }

    @Test(arguments: ["~", "~/", "~/hooks", "~/hooks/"]) func aTildeIsTheHomeFolder(configured: String) throws {
        let fixture = try GitFixture()  // its git runs with HOME set to its root
        try fixture.git("config", "core.hooksPath", configured)
        let folder = try Repository.open(at: fixture.root).hooksDirectory(environment: ["HOME": fixture.root])
        let expected = fixture.root + configured.dropFirst()
        #expect(folder == expected)
        #expect(!folder.contains("~"))
        #expect(try Self.gitRunsAHook(in: folder, fixture: fixture))
    }

    @Test func aTildeUserIsThatUsersHome() throws {
        let fixture = try GitFixture()
        let user = try fixture.shell("id -un")
        let home = try fixture.shell("getent passwd \(user) | cut -d: -f6")
        try fixture.git("config", "core.hooksPath", "~\(user)/tryg-hooks-\(UUID().uuidString)")
        let folder = try Repository.open(at: fixture.root).hooksDirectory(environment: [:])
        #expect(folder.hasPrefix((home == "/" ? "" : home) + "/tryg-hooks-"))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try Self.gitRunsAHook(in: folder, fixture: fixture))
    }

    @Test func anUnknownUserOrNoHomeIsAnError() throws {
        let fixture = try GitFixture()
        try fixture.git("config", "core.hooksPath", "~no-such-user-for-tryg/hooks")
        let repository = try Repository.open(at: fixture.root)
        #expect(
            gitError { try repository.hooksDirectory() }?.message
                == "cannot expand '~no-such-user-for-tryg' in '~no-such-user-for-tryg/hooks': there is no user "
                + "'no-such-user-for-tryg'")
        try fixture.git("config", "core.hooksPath", "~/hooks")
        #expect(
            gitError { try repository.hooksDirectory(environment: [:]) }?.message
                == "cannot expand '~' in '~/hooks': HOME is not set")
    }

    @Test func aRelativePathIsTakenFromTheWorkTreeTop() throws {
        let fixture = try GitFixture()
        try fixture.git("config", "core.hooksPath", "tools/hooks")
        try FileManager.default.createDirectory(atPath: fixture.root + "/sub", withIntermediateDirectories: true)
        let folder = try Repository.discover(from: fixture.root + "/sub").hooksDirectory()
        #expect(folder == fixture.root + "/tools/hooks")
        #expect(try Self.gitRunsAHook(in: folder, fixture: fixture, directory: fixture.root + "/sub"))
    }

    @Test func aRelativePathInABareRepositoryIsTakenFromItsGitFolder() throws {
        let fixture = try GitFixture(repository: false)
        let server = fixture.root + "/server.git"
        try fixture.git(["init", "-q", "--bare", "-b", "main", server])
        try fixture.git(["config", "core.hooksPath", "custom-hooks"], in: server)
        let folder = try Repository.open(at: server).hooksDirectory()
        #expect(folder == server + "/custom-hooks")
        let marker = fixture.root + "/pre-receive-ran"
        try HookTests.installHook("pre-receive", in: folder, script: "touch '\(marker)'\n")
        try fixture.git(["clone", "-q", server, fixture.root + "/client"])
        try fixture.git(["commit", "-q", "--allow-empty", "-m", "one"], in: fixture.root + "/client")
        try fixture.git(["push", "-q", "origin", "main"], in: fixture.root + "/client")
        #expect(FileManager.default.fileExists(atPath: marker))
    }
}
