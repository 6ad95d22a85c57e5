import Foundation
import Git
import Testing

/// Opening a repository the way git hands it to a hook. Every test passes its environment
/// explicitly, so the process environment is never changed and tests can run in parallel.
@Suite struct EnvironmentTests {
    /// As git: with GIT_DIR and no GIT_WORK_TREE or core.worktree, the current folder is the top of
    /// the work tree (`git rev-parse --show-toplevel` agrees).
    @Test func gitDirAloneMakesTheCurrentFolderTheWorkTree() throws {
        let fixture = try RepositoryTests.history()
        let sub = fixture.root + "/strategy"
        let environment = ["GIT_DIR": fixture.root + "/.git"]
        let repository = try Repository.openFromEnvironment(environment, currentDirectory: sub)
        #expect(repository.workDirectory == sub)
        #expect(try fixture.git(["rev-parse", "--show-toplevel"], in: sub, environment: environment) == sub)
        try fixture.git("config", "core.worktree", fixture.root)
        let configured = try Repository.openFromEnvironment(environment, currentDirectory: sub)
        #expect(configured.workDirectory == fixture.root)
        #expect(try fixture.git(["rev-parse", "--show-toplevel"], in: sub, environment: environment) == fixture.root)
    }

    @Test func opensGitDirAbsoluteAndRelative() throws {
        let fixture = try RepositoryTests.history()
        let absolute = try Repository.openFromEnvironment(["GIT_DIR": fixture.root + "/.git"], currentDirectory: fixture.root)
        #expect(absolute.gitDirectory == fixture.root + "/.git")
        #expect(absolute.workDirectory == fixture.root)
        let relative = try Repository.openFromEnvironment(["GIT_DIR": ".git"], currentDirectory: fixture.root)
        #expect(try relative.resolve("HEAD") == fixture.id(of: "HEAD"))
        let bare = try GitFixture(bare: true)
        let inside = try Repository.openFromEnvironment(["GIT_DIR": "."], currentDirectory: bare.root)
        #expect(inside.isBare)
        #expect(inside.gitDirectory == bare.root)
    }

    @Test func searchesUpwardsWithoutGitDir() throws {
        let fixture = try RepositoryTests.history()
        let repository = try Repository.openFromEnvironment([:], currentDirectory: fixture.root + "/dir/sub")
        #expect(repository.workDirectory == fixture.root)
        let error = gitError {
            try Repository.openFromEnvironment(["GIT_CEILING_DIRECTORIES": fixture.root], currentDirectory: fixture.root + "/dir")
        }
        #expect(error?.message == "no git repository at '\(fixture.root)/dir' or in any folder above it (GIT_DIR is not set)")
        let missing = gitError { try Repository.openFromEnvironment(["GIT_DIR": "nowhere"], currentDirectory: fixture.root) }
        #expect(missing?.message == "no git repository at '\(fixture.root)/nowhere'")
    }

    @Test func honoursGitWorkTree() throws {
        let fixture = try GitFixture(repository: false)
        let store = fixture.root + "/store.git"
        let tree = fixture.root + "/tree"
        try FileManager.default.createDirectory(atPath: tree, withIntermediateDirectories: true)
        try fixture.git(["init", "-q", "--bare", "-b", "main", store])
        try fixture.write("tree/strategy/strategy.json", "{}\n")
        let separate = ["--git-dir=\(store)", "--work-tree=\(tree)"]
        try fixture.git(separate + ["add", "-A"])
        try fixture.git(separate + ["commit", "-q", "-m", "separate"])
        try fixture.write("tree/strategy/new.json", "[]\n")

        let repository = try Repository.openFromEnvironment(["GIT_DIR": store, "GIT_WORK_TREE": tree], currentDirectory: "/")
        #expect(repository.workDirectory == tree)
        #expect(!repository.isBare)
        #expect(
            try repository.snapshot(.workTree).files(under: "").map(\.path) == ["strategy/new.json", "strategy/strategy.json"])
        #expect(try repository.snapshot(.index).files(under: "").map(\.path) == ["strategy/strategy.json"])
        #expect(try repository.snapshot(.revision("HEAD")).files(under: "strategy").count == 1)
    }

    @Test func readsTheIndexNamedByGitIndexFile() throws {
        let fixture = try RepositoryTests.history()
        try fixture.write("strategy/strategy.json", "{\"name\": \"temporary index\"}\n")
        let temporary = fixture.root + "/.git/next-index"
        let environment = ["GIT_INDEX_FILE": temporary]
        try fixture.git(["read-tree", "HEAD"], environment: environment)
        try fixture.git(["add", "strategy/strategy.json"], environment: environment)

        let repository = try Repository.openFromEnvironment(
            ["GIT_DIR": ".git", "GIT_INDEX_FILE": ".git/next-index"], currentDirectory: fixture.root
        )
        let snapshot = try repository.snapshot(.index)
        let file = try #require(try snapshot.file(at: "strategy/strategy.json"))
        #expect(try snapshot.read(file) == Array("{\"name\": \"temporary index\"}\n".utf8))
        #expect(try repository.resolve(":strategy/strategy.json") == file.id)
        let normal = try Repository.open(at: fixture.root).snapshot(.index)
        #expect(try normal.file(at: "strategy/strategy.json")?.id == fixture.id(of: "HEAD:strategy/strategy.json"))
    }

    @Test func aBareRepositoryHasAnIndexWhenOneIsNamed() throws {
        let source = try RepositoryTests.history()
        let fixture = try GitFixture(repository: false)
        let bare = fixture.root + "/bare.git"
        try fixture.git(["clone", "-q", "--bare", source.root, bare])
        try fixture.git(["read-tree", "main"], in: bare, environment: ["GIT_INDEX_FILE": fixture.root + "/index"])
        let repository = try Repository.openFromEnvironment(
            ["GIT_DIR": bare, "GIT_INDEX_FILE": fixture.root + "/index"], currentDirectory: "/"
        )
        #expect(try repository.snapshot(.index).files(under: "").count == 4)
    }

    /// Objects written as a push writes them: into a quarantine folder that only
    /// GIT_OBJECT_DIRECTORY names, with the repository's own objects as an alternate.
    @Test func seesQuarantinedObjectsThroughTheObjectVariables() throws {
        let fixture = try RepositoryTests.history()
        let objects = fixture.root + "/.git/objects"
        let quarantine = fixture.root + "/.git/objects/incoming-quarantine"
        try FileManager.default.createDirectory(atPath: quarantine, withIntermediateDirectories: true)
        let pushEnvironment = ["GIT_OBJECT_DIRECTORY": quarantine, "GIT_ALTERNATE_OBJECT_DIRECTORIES": objects]
        let content = Array("{\"pushed\": true}\n".utf8)
        let blob = try fixture.git(["hash-object", "-w", "--stdin"], environment: pushEnvironment, input: content)
        let tree = try fixture.git(
            ["mktree"], environment: pushEnvironment, input: Array("100644 blob \(blob)\tpushed.json\n".utf8))
        let commitHex = try fixture.git(["commit-tree", tree, "-p", "HEAD", "-m", "pushed"], environment: pushEnvironment)
        let commit = try #require(ObjectID(hex: commitHex))

        let plain = try Repository.open(at: fixture.root)
        #expect(!plain.contains(commit))
        #expect(gitError { try plain.commit(commit) }?.isNotFound == true)

        let hook = try Repository.openFromEnvironment(
            ["GIT_DIR": ".", "GIT_OBJECT_DIRECTORY": quarantine, "GIT_ALTERNATE_OBJECT_DIRECTORIES": objects],
            currentDirectory: fixture.root + "/.git"
        )
        #expect(hook.contains(commit))
        #expect(try hook.commit(commit).parentIDs == [fixture.id(of: "HEAD")])
        let snapshot = try hook.snapshot(.commit(commit))
        #expect(try snapshot.files(under: "").map(\.path) == ["pushed.json"])
        #expect(try snapshot.file(at: "pushed.json").map(snapshot.read) == content)
        #expect(try hook.walk("HEAD..\(commitHex)") == [commit])
        #expect(
            try hook.changes(from: fixture.id(of: "HEAD"), to: commit, detectRenames: true, paths: ["pushed.json"]).map(\.kind)
                == [.added])

        let withoutAlternates = try Repository.openFromEnvironment(
            ["GIT_DIR": fixture.root + "/.git", "GIT_OBJECT_DIRECTORY": quarantine], currentDirectory: "/"
        )
        #expect(withoutAlternates.contains(commit))
        #expect(try !withoutAlternates.contains(fixture.id(of: "HEAD")))
    }

    @Test func acceptsOnlyTheCommonDirLibgit2Finds() throws {
        let fixture = try RepositoryTests.history()
        let same = try Repository.openFromEnvironment(
            ["GIT_DIR": ".git", "GIT_COMMON_DIR": ".git"], currentDirectory: fixture.root
        )
        #expect(try same.resolve("HEAD") == fixture.id(of: "HEAD"))
        let other = try GitFixture(bare: true)
        let error = gitError {
            try Repository.openFromEnvironment(["GIT_DIR": ".git", "GIT_COMMON_DIR": other.root], currentDirectory: fixture.root)
        }
        #expect(
            error?.message
                == "GIT_COMMON_DIR names '\(other.root)', but the repository's common folder is '\(fixture.root)/.git'; libgit2 1.5.1 cannot combine them"
        )
    }

    @Test func opensALinkedWorkTree() throws {
        let fixture = try RepositoryTests.history()
        let linked = fixture.root + "/../" + URL(fileURLWithPath: fixture.root).lastPathComponent + "-linked"
        try fixture.git("worktree", "add", "-q", "-b", "side", linked)
        defer { try? FileManager.default.removeItem(atPath: linked) }
        let standardized = URL(fileURLWithPath: linked).standardized.path
        let repository = try Repository.openFromEnvironment([:], currentDirectory: standardized)
        #expect(repository.workDirectory == standardized)
        #expect(repository.headReferenceName == "refs/heads/side")
        #expect(try repository.snapshot(.workTree).files(under: "").count == 4)
    }
}
