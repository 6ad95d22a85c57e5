import Foundation
import Git
import Testing

/// Snapshots of a commit, the index and the work tree.
@Suite struct SnapshotTests {
    @Test func readsACommitSnapshot() throws {
        let fixture = try RepositoryTests.history()
        try fixture.write("tool.sh", "#!/bin/sh\n")
        try fixture.git("add", "tool.sh")
        try fixture.git("update-index", "--chmod=+x", "tool.sh")
        try FileManager.default.createSymbolicLink(atPath: fixture.root + "/link.json", withDestinationPath: "README.md")
        let head = try fixture.commitAll("More")
        let repository = try Repository.open(at: fixture.root)
        let snapshot = try repository.snapshot(.revision("HEAD"))
        #expect(snapshot.commitID == head)
        #expect(snapshot.source == .revision("HEAD"))
        #expect(
            try snapshot.files(under: "").map(\.path) == [
                "README.md", "dir/sub/deep.txt", "strategy/goals/g1.json", "strategy/strategy.json", "tool.sh",
            ])
        #expect(try snapshot.files(under: "strategy/").map(\.path) == ["strategy/goals/g1.json", "strategy/strategy.json"])
        #expect(try snapshot.files(under: "./strategy/goals").count == 1)
        #expect(try snapshot.files(under: "strat").isEmpty)
        #expect(try snapshot.files(under: "README.md").map(\.path) == ["README.md"])
        let file = try #require(try snapshot.file(at: "strategy/goals/g1.json"))
        #expect(try file.id == fixture.id(of: "HEAD:strategy/goals/g1.json"))
        #expect(try snapshot.read(file) == Array("{\"id\": \"g1\", \"name\": \"Tryghed\"}\n".utf8))
        #expect(try snapshot.file(at: "link.json") == nil)
        #expect(try snapshot.file(at: "strategy") == nil)

        let tagged = try repository.snapshot(.commit(fixture.id(of: "v1")))
        #expect(try tagged.commitID == fixture.id(of: "v1^{commit}"))
        #expect(try tagged.file(at: "strategy/goals/g1.json").map(tagged.read) == Array("{\"id\": \"g1\"}\n".utf8))
        #expect(gitError { try repository.snapshot(.revision("nope")) }?.message == "unknown revision 'nope'")
    }

    @Test func readsTheStagedBytesNotTheWorkTree() throws {
        let fixture = try RepositoryTests.history()
        try fixture.write("strategy/strategy.json", "{\"name\": \"staged\"}\n")
        try fixture.git("add", "strategy/strategy.json")
        try fixture.write("strategy/strategy.json", "{\"name\": \"on disk\"}\n")
        try fixture.write("strategy/new.json", "{}\n")
        try fixture.git("add", "--intent-to-add", "strategy/new.json")
        let repository = try Repository.open(at: fixture.root)

        let index = try repository.snapshot(.index)
        #expect(index.commitID == nil)
        let staged = try #require(try index.file(at: "strategy/strategy.json"))
        #expect(try index.read(staged) == Array("{\"name\": \"staged\"}\n".utf8))
        #expect(try staged.id == fixture.id(of: ":strategy/strategy.json"))
        #expect(try index.file(at: "strategy/new.json") == nil)

        let workTree = try repository.snapshot(.workTree)
        let onDisk = try #require(try workTree.file(at: "strategy/strategy.json"))
        #expect(try workTree.read(onDisk) == Array("{\"name\": \"on disk\"}\n".utf8))
        #expect(onDisk.id == Repository.hashBlob(Array("{\"name\": \"on disk\"}\n".utf8)))
        #expect(try workTree.file(at: "strategy/new.json")?.id == Repository.hashBlob(Array("{}\n".utf8)))
    }

    @Test func listsTheWorkTreeAsGitAddAllWould() throws {
        let fixture = try RepositoryTests.history()
        try fixture.write(".gitignore", "*.log\nbuild/\n")
        try fixture.write("forced.log", "tracked although ignored\n")
        try fixture.git("add", "-f", "forced.log")
        try fixture.commitAll("Ignore rules")
        try fixture.write("debug.log", "ignored\n")
        try fixture.write("build/out.json", "{}\n")
        try fixture.write("strategy/partners/p1.json", "{\"id\": \"p1\"}\n")
        try fixture.write("README.md", "changed\n")
        try FileManager.default.removeItem(atPath: fixture.root + "/dir/sub/deep.txt")
        try FileManager.default.createSymbolicLink(atPath: fixture.root + "/link", withDestinationPath: "README.md")
        let repository = try Repository.open(at: fixture.root)
        let snapshot = try repository.snapshot(.workTree)

        try fixture.git("add", "-A")
        let staged = try fixture.git("ls-files", "-s").split(separator: "\n").compactMap { line -> String? in
            // "<mode> <id> <stage>\t<path>"
            let fields = line.split(separator: " ", maxSplits: 2)
            guard fields.count == 3, fields[0] != "120000" else { return nil }
            return "\(fields[1]) \(fields[2].split(separator: "\t").last ?? "")"
        }
        #expect(try snapshot.files(under: "").map { "\($0.id.hex) \($0.path)" } == staged)
        #expect(
            try snapshot.files(under: "").map(\.path) == [
                ".gitignore", "README.md", "forced.log", "strategy/goals/g1.json", "strategy/partners/p1.json",
                "strategy/strategy.json",
            ])
        let readme = try #require(try snapshot.file(at: "README.md"))
        #expect(try snapshot.read(readme) == Array("changed\n".utf8))
        let outside = SnapshotFile(path: "../escape", id: readme.id)
        #expect(gitError { try snapshot.read(outside) }?.message == "'../escape' is not a file of the work tree")
    }

    @Test func hashesWorkTreeFilesThroughGitsFilters() throws {
        let fixture = try RepositoryTests.history()
        try fixture.git("config", "core.autocrlf", "true")
        try fixture.write("strategy/crlf.json", "{\r\n  \"a\": 1\r\n}\r\n")
        let repository = try Repository.open(at: fixture.root)
        let snapshot = try repository.snapshot(.workTree)
        let file = try #require(try snapshot.file(at: "strategy/crlf.json"))
        #expect(file.id == Repository.hashBlob(Array("{\n  \"a\": 1\n}\n".utf8)))
        try fixture.git("add", "strategy/crlf.json")
        #expect(try file.id == fixture.id(of: ":strategy/crlf.json"))
        // read gives what the id names: the content as git stores it (issue 15, item 19)
        #expect(try snapshot.read(file) == Array("{\n  \"a\": 1\n}\n".utf8))
    }

    @Test func snapshotsANewRepositoryWithoutCommits() throws {
        let fixture = try GitFixture()
        try fixture.write("strategy/strategy.json", "{}\n")
        let repository = try Repository.open(at: fixture.root)
        #expect(try repository.snapshot(.workTree).files(under: "").map(\.path) == ["strategy/strategy.json"])
        #expect(try repository.snapshot(.index).allFiles.isEmpty)
        #expect(gitError { try repository.snapshot(.revision("HEAD")) }?.message == "'HEAD' has no commits yet")
    }

    @Test func refusesTheWorkTreeAndIndexOfABareRepository() throws {
        let source = try RepositoryTests.history()
        let fixture = try GitFixture(repository: false)
        try fixture.git("clone", "-q", "--bare", source.root, fixture.root + "/bare.git")
        let repository = try Repository.open(at: fixture.root + "/bare.git")
        let workTree = gitError { try repository.snapshot(.workTree) }
        #expect(
            workTree?.message
                == "the repository at '\(fixture.root)/bare.git' is bare: it has no work tree; name a revision instead")
        #expect(workTree?.code == GitError.Code.bareRepository)
        let index = gitError { try repository.snapshot(.index) }
        #expect(
            index?.message == "the repository at '\(fixture.root)/bare.git' is bare: it has no index; name a revision instead")
        #expect(try repository.snapshot(.revision("main")).files(under: "strategy").count == 2)
    }

    /// A repository whose `main` has 10,000 files in 100 folders, made by one
    /// fast-import stream (no files on disk, no index yet).
    static func tenThousandFiles() throws -> GitFixture {
        let fixture = try GitFixture()
        var stream = "commit refs/heads/main\ncommitter Tryg <t@example.org> 1700000000 +0000\ndata 4\nbig\n"
        for folder in 0..<100 {
            for file in 0..<100 {
                let content = "{\"folder\": \(folder), \"file\": \(file)}\n"
                stream += "M 100644 inline strategy/f\(folder)/x\(file).json\ndata \(content.utf8.count)\n\(content)\n"
            }
        }
        try fixture.git(["fast-import", "--quiet"], input: Array(stream.utf8))
        return fixture
    }

    @Test(.timeLimit(.minutes(1)))
    func listsTenThousandCommittedAndStagedFilesQuickly() throws {
        let fixture = try Self.tenThousandFiles()
        try fixture.git("read-tree", "main")
        let repository = try Repository.open(at: fixture.root)
        let clock = ContinuousClock()
        var commitFiles: [SnapshotFile] = []
        let commitTime = try clock.measure { commitFiles = try repository.snapshot(.revision("HEAD")).allFiles }
        var indexFiles: [SnapshotFile] = []
        let indexTime = try clock.measure { indexFiles = try repository.snapshot(.index).allFiles }
        print("10,000 files: commit snapshot \(commitTime), index snapshot \(indexTime)")
        #expect(commitFiles.count == 10_000)
        #expect(indexFiles == commitFiles)
        #expect(commitTime < .seconds(5))
    }

    /// Writing 10,000 files is slow on some machines' /tmp (seconds of system time), so
    /// this one runs only when asked for.
    @Test(
        .enabled(
            if: ProcessInfo.processInfo.environment["TRYG_SLOW_TESTS"] == "1", "set TRYG_SLOW_TESTS=1 to write 10,000 files"),
        .timeLimit(.minutes(2))
    )
    func listsAWorkTreeOfTenThousandFilesQuickly() throws {
        let fixture = try Self.tenThousandFiles()
        try fixture.git("reset", "-q", "--hard", "main")
        try fixture.write("strategy/f3/x7.json", "{\"changed\": true}\n")
        let repository = try Repository.open(at: fixture.root)
        var files: [SnapshotFile] = []
        let time = try ContinuousClock().measure { files = try repository.snapshot(.workTree).allFiles }
        print("10,000 files: work-tree snapshot \(time)")
        #expect(files.count == 10_000)
        #expect(files.first { $0.path == "strategy/f3/x7.json" }?.id == Repository.hashBlob(Array("{\"changed\": true}\n".utf8)))
        #expect(time < .seconds(10))
    }
}
