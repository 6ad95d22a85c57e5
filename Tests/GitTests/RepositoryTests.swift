import Foundation
import Git
import Testing

/// Opening repositories and reading revisions, commits, trees and blobs.
@Suite struct RepositoryTests {
    /// A repository with two commits, an annotated tag `v1` on the first and a
    /// lightweight tag `light` on the second.
    static func history() throws -> GitFixture {
        let fixture = try GitFixture()
        try fixture.write("README.md", "hello\n")
        try fixture.write("strategy/strategy.json", "{\"name\": \"Tryg\"}\n")
        try fixture.write("strategy/goals/g1.json", "{\"id\": \"g1\"}\n")
        try fixture.commitAll("First version\n\nWith a body.")
        try fixture.git("tag", "-a", "v1", "-m", "Version 1")
        try fixture.write("strategy/goals/g1.json", "{\"id\": \"g1\", \"name\": \"Tryghed\"}\n")
        try fixture.write("dir/sub/deep.txt", "deep\n")
        try fixture.commitAll("Second version")
        try fixture.git("tag", "light")
        return fixture
    }

    @Test func opensAWorkTreeAndItsGitFolder() throws {
        let fixture = try Self.history()
        for path in [fixture.root, fixture.root + "/.git"] {
            let repository = try Repository.open(at: path)
            #expect(repository.gitDirectory == fixture.root + "/.git")
            #expect(repository.workDirectory == fixture.root)
            #expect(!repository.isBare)
        }
    }

    @Test func opensABareRepository() throws {
        let fixture = try GitFixture(bare: true)
        let repository = try Repository.open(at: fixture.root)
        #expect(repository.isBare)
        #expect(repository.workDirectory == nil)
        #expect(repository.gitDirectory == fixture.root)
        #expect(repository.isHeadUnborn)
        let discovered = try Repository.discover(from: fixture.root + "/refs/heads")
        #expect(discovered.gitDirectory == fixture.root)
    }

    @Test func discoversTheRepositoryFromASubfolder() throws {
        let fixture = try Self.history()
        let repository = try Repository.discover(from: fixture.root + "/dir/sub")
        #expect(repository.workDirectory == fixture.root)
        let error = gitError { try Repository.open(at: fixture.root + "/dir/sub") }
        #expect(error?.message == "no git repository at '\(fixture.root)/dir/sub'")
        #expect(error?.code == GitError.Code.notFound)
    }

    @Test func reportsAFolderOutsideAnyRepository() throws {
        let fixture = try GitFixture(repository: false)
        let error = gitError { try Repository.discover(from: fixture.root) }
        #expect(error?.message == "no git repository at '\(fixture.root)' or in any folder above it")
        #expect(error?.isNotFound == true)
    }

    @Test func resolvesRevisionsAsGitDoes() throws {
        let fixture = try Self.history()
        let repository = try Repository.open(at: fixture.root)
        for revision in ["HEAD", "main", "main~1", "HEAD^", "v1", "v1^{commit}", "light", "HEAD^{tree}", "HEAD:README.md"] {
            #expect(try repository.resolve(revision) == fixture.id(of: revision), "\(revision)")
        }
        let head = try fixture.id(of: "HEAD")
        #expect(try repository.resolve(head.short) == head)
        #expect(try repository.resolve(head.hex.uppercased()) == head)
        #expect(try repository.commit(revision: "v1").id == fixture.id(of: "main~1"))
        #expect(try repository.resolveCommit("light") == head)
    }

    @Test func resolvesIndexPathsByReadingTheIndex() throws {
        let fixture = try Self.history()
        try fixture.write("README.md", "staged\n")
        try fixture.git("add", "README.md")
        let repository = try Repository.open(at: fixture.root)
        #expect(try repository.resolve(":README.md") == fixture.id(of: ":README.md"))
        #expect(try repository.resolve(":0:README.md") == Repository.hashBlob(Array("staged\n".utf8)))
        let error = gitError { try repository.resolve(":missing.json") }
        #expect(error?.message == "unknown revision ':missing.json': 'missing.json' is not in the index")
    }

    @Test(arguments: [
        ("xyz", "unknown revision 'xyz'"),
        ("main~5", "unknown revision 'main~5'"),
        ("v1^{tree}", "'v1^{tree}' is not a commit"),
        ("HEAD:README.md", "'HEAD:README.md' is not a commit"),
        ("", "an empty revision names nothing"),
        ("v1..main", "'v1..main' is a range of commits; name a single revision"),
    ])
    func rejectsRevisionsThatNameNoCommit(revision: String, message: String) throws {
        let fixture = try Self.history()
        let repository = try Repository.open(at: fixture.root)
        let error = gitError { try repository.commit(revision: revision) }
        #expect(error?.message == message)
    }

    @Test func saysWhenHeadHasNoCommits() throws {
        let fixture = try GitFixture()
        let repository = try Repository.open(at: fixture.root)
        for revision in ["HEAD", "HEAD~1"] {
            let error = gitError { try repository.commit(revision: revision) }
            #expect(error?.message == "'HEAD' has no commits yet")
        }
        #expect(gitError { try repository.resolve("main") }?.message == "unknown revision 'main'")
        #expect(repository.headReferenceName == "refs/heads/main")
    }

    @Test func readsTheFieldsOfACommit() throws {
        let fixture = try Self.history()
        let repository = try Repository.open(at: fixture.root)
        let first = try repository.commit(revision: "v1")
        let second = try repository.commit(revision: "HEAD")
        #expect(first.parentIDs.isEmpty)
        #expect(second.parentIDs == [first.id])
        #expect(first.message == "First version\n\nWith a body.\n")
        #expect(first.summary == "First version")
        #expect(first.author == Signature(name: "Ada Lovelace", email: "ada@example.org", time: 1_700_000_000, offsetMinutes: 60))
        #expect(first.committer.name == "Tryg Bot")
        #expect(first.committer.email == "bot@example.org")
        #expect(try first.treeID == fixture.id(of: "v1^{tree}"))
        #expect(try first.tree().id == first.treeID)
        #expect(try repository.commit(fixture.id(of: "v1")).id == first.id)
    }

    @Test func looksUpAndListsTrees() throws {
        let fixture = try Self.history()
        let repository = try Repository.open(at: fixture.root)
        let tree = try repository.commit(revision: "HEAD").tree()
        let entry = try tree.entry(atPath: "strategy/goals/g1.json")
        #expect(try entry?.id == fixture.id(of: "HEAD:strategy/goals/g1.json"))
        #expect(entry?.kind == .blob)
        #expect(entry?.mode == 0o100644)
        #expect(entry?.path == "strategy/goals/g1.json")
        #expect(try tree.entry(atPath: "strategy/goals")?.kind == .tree)
        #expect(try tree.entry(atPath: "strategy/nothing.json") == nil)
        #expect(try tree.entry(atPath: "README.md/inside") == nil)

        let listed = try fixture.git("ls-tree", "-r", "-t", "--format=%(objectname) %(path)", "HEAD")
        let expected = listed.split(separator: "\n").map(String.init)
        let recursive = tree.entries(recursive: true)
        #expect(recursive.map { "\($0.id.hex) \($0.path)" } == expected)
        #expect(tree.entries(recursive: false).map(\.path) == ["README.md", "dir", "strategy"])
        #expect(try tree.listEntries(recursive: true) == recursive)
    }

    @Test func readsBlobBytes() throws {
        let fixture = try Self.history()
        let binary: [UInt8] = [0, 1, 2, 255, 10, 13, 0]
        try fixture.write("binary.bin", bytes: binary)
        try fixture.commitAll("Binary")
        let repository = try Repository.open(at: fixture.root)
        #expect(try repository.blobBytes(repository.resolve("HEAD:binary.bin")) == binary)
        #expect(try repository.blobBytes(repository.resolve("v1:README.md")) == Array("hello\n".utf8))
        let tree = try fixture.id(of: "HEAD^{tree}")
        #expect(gitError { try repository.blobBytes(tree) }?.message == "object \(tree.hex) is a tree, not a blob")
        let missing = try #require(ObjectID(hex: String(repeating: "ab", count: 20)))
        let error = gitError { try repository.blobBytes(missing) }
        #expect(error?.message == "object \(missing.hex) does not exist in the repository at '\(fixture.root)'")
        #expect(error?.isNotFound == true)
    }

    @Test func hashesBlobsAsGitHashObjectDoes() throws {
        let fixture = try GitFixture(repository: false)
        let samples: [[UInt8]] = [[], Array("hello\n".utf8), [0, 0, 255, 13, 10], Array(repeating: 7, count: 100_000)]
        for bytes in samples {
            let expected = try fixture.git(["hash-object", "--stdin"], input: bytes)
            #expect(Repository.hashBlob(bytes).hex == expected)
        }
        #expect(Repository.emptyBlobID.hex == "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391")
    }

    @Test func listsReferencesPeeledToCommits() throws {
        let fixture = try Self.history()
        try fixture.git("tag", "-a", "tree-tag", "-m", "A tree", "HEAD^{tree}")
        let repository = try Repository.open(at: fixture.root)
        let references = try repository.references()
        #expect(references.map(\.name) == ["refs/heads/main", "refs/tags/light", "refs/tags/tree-tag", "refs/tags/v1"])
        #expect(
            try references.map(\.target) == [
                fixture.id(of: "HEAD"), fixture.id(of: "HEAD"), fixture.id(of: "HEAD^{tree}"), fixture.id(of: "HEAD~1"),
            ])
        #expect(repository.referenceExists("refs/tags/v1"))
        #expect(!repository.referenceExists("refs/tags/v2"))
        #expect(!repository.referenceExists("not a ref name"))
    }

    @Test func readsConfiguration() throws {
        let fixture = try Self.history()
        try fixture.git("config", "core.hooksPath", "scripts/hooks")
        let repository = try Repository.open(at: fixture.root)
        #expect(repository.configString("core.hooksPath") == "scripts/hooks")
        #expect(repository.configString("tryg.nothing") == nil)
    }

    @Test func parsesAndPrintsObjectIDs() throws {
        let hex = "0123456789abcdef0123456789abcdef01234567"
        let id = try #require(ObjectID(hex: hex))
        #expect(id.hex == hex)
        #expect(id.description == hex)
        #expect(id.short == "0123456")
        #expect(id.bytes.count == 20)
        #expect(ObjectID(bytes: id.bytes) == id)
        #expect(ObjectID(hex: "0123") == nil)
        #expect(ObjectID(hex: String(repeating: "g", count: 40)) == nil)
        let long = try #require(ObjectID(hex: String(repeating: "ab", count: 32)))
        #expect(long.hex == String(repeating: "ab", count: 32))
        #expect(long.byteCount == 32)
        let ids = ["ff", "00", "0a", "a0"].compactMap { ObjectID(hex: $0 + String(repeating: "0", count: 38)) }
        #expect(ids.sorted().map(\.hex) == ids.map(\.hex).sorted())
    }
}
