import Foundation
import Git
import Testing

/// A damaged repository gives a GitError, never a crash — with libgit2's re-hashing of every
/// object read on (`verify: true`, tryg's `--verify-objects`) and off (`verify: false`, the default
/// of read-only commands, as git reads). Every test names the modes it covers through its
/// arguments; damage of the compressed data, of headers, of references, the index and the config
/// fails in both, and only an intact object under the wrong id reads differently. The suite runs
/// its tests one at a time because the mode is process-wide.
@Suite(.serialized) struct CorruptionTests {
    /// Sets the mode for one test; ``restore()`` puts libgit2's default back.
    static func mode(verify: Bool) throws {
        try Repository.setObjectHashVerification(verify)
    }

    static func restore() {
        try? Repository.setObjectHashVerification(true)
    }

    /// The path of the loose object file of an id.
    static func objectPath(_ fixture: GitFixture, _ id: ObjectID) -> String {
        "\(fixture.root)/.git/objects/\(id.hex.prefix(2))/\(id.hex.dropFirst(2))"
    }

    @Test(arguments: [true, false]) func garbageInHeadIsAnError(verify: Bool) throws {
        try Self.mode(verify: verify)
        defer { Self.restore() }
        let fixture = try RepositoryTests.history()
        try fixture.write(".git/HEAD", "this is not a reference\n")
        let error = gitError { () throws -> Commit in
            let repository = try Repository.open(at: fixture.root)
            return try repository.commit(revision: "HEAD")
        }
        #expect(error?.message == "corrupted loose reference file: HEAD")
    }

    /// Replaces the loose object of README.md at HEAD with other bytes.
    static func damageReadme(_ fixture: GitFixture, with damage: (Data) -> Data) throws -> ObjectID {
        let blob = try fixture.id(of: "HEAD:README.md")
        let path = objectPath(fixture, blob)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try FileManager.default.removeItem(atPath: path)
        try damage(bytes).write(to: URL(fileURLWithPath: path))
        return blob
    }

    @Test(arguments: [true, false]) func aLooseObjectThatIsNotCompressedIsAnError(verify: Bool) throws {
        try Self.mode(verify: verify)
        defer { Self.restore() }
        let fixture = try RepositoryTests.history()
        let blob = try Self.damageReadme(fixture) { _ in Data("not zlib at all".utf8) }
        let repository = try Repository.open(at: fixture.root)
        #expect(gitError { try repository.blobBytes(blob) }?.message == "failed to read loose object header")
        let snapshot = try repository.snapshot(.revision("HEAD"))
        let file = try #require(try snapshot.file(at: "README.md"))
        #expect(gitError { try snapshot.read(file) }?.message == "failed to read loose object header")
    }

    @Test(arguments: [true, false]) func aLooseObjectWithAFlippedByteIsAnError(verify: Bool) throws {
        try Self.mode(verify: verify)
        defer { Self.restore() }
        let fixture = try RepositoryTests.history()
        let blob = try Self.damageReadme(fixture) { bytes in
            var damaged = bytes
            damaged[damaged.count - 3] ^= 0xff
            return damaged
        }
        let repository = try Repository.open(at: fixture.root)
        #expect(
            gitError { try repository.blobBytes(blob) }?.message == "object \(blob.hex) is damaged: its compressed "
                + "data is corrupt (incorrect data check) (\(Self.objectPath(fixture, blob))); 'git fsck' lists the damage")
    }

    @Test(arguments: [true, false]) func aMissingTreeIsAnError(verify: Bool) throws {
        try Self.mode(verify: verify)
        defer { Self.restore() }
        let fixture = try RepositoryTests.history()
        let tree = try fixture.id(of: "HEAD:strategy/goals")
        try FileManager.default.removeItem(atPath: Self.objectPath(fixture, tree))
        let repository = try Repository.open(at: fixture.root)
        let error = gitError { try repository.snapshot(.revision("HEAD")) }
        #expect(error?.message == "object \(tree.hex) does not exist in the repository at '\(fixture.root)'")
        let listed = try repository.commit(revision: "HEAD").tree().entries(recursive: true)
        #expect(!listed.contains { $0.path.hasPrefix("strategy/goals/") })
    }

    /// An object file replaced by another object's intact file: refused when verifying, read as
    /// what it holds otherwise (as `git cat-file` reads it; `git fsck` reports it).
    @Test(arguments: [true, false]) func aGarbledObjectWithTheWrongContent(verify: Bool) throws {
        try Self.mode(verify: verify)
        defer { Self.restore() }
        let fixture = try RepositoryTests.history()
        let commit = try fixture.id(of: "HEAD")
        let other = try fixture.id(of: "HEAD~1")
        let path = Self.objectPath(fixture, commit)
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: Self.objectPath(fixture, other), toPath: path)
        let repository = try Repository.open(at: fixture.root)
        if verify {
            let error = gitError { try repository.commit(commit) }
            #expect(error?.message == "object hash mismatch - expected \(commit.hex) but got \(other.hex)")
        } else {
            #expect(try repository.commit(commit).summary == "First version")
        }
    }

    @Test(arguments: [true, false]) func aDamagedIndexIsAnError(verify: Bool) throws {
        try Self.mode(verify: verify)
        defer { Self.restore() }
        let fixture = try RepositoryTests.history()
        try fixture.write(".git/index", "DIRC but not really an index")
        let repository = try Repository.open(at: fixture.root)
        let error = gitError { try repository.snapshot(.index) }
        #expect(error?.message == "invalid data in index - insufficient buffer space")
        #expect(gitError { try repository.snapshot(.workTree) } != nil)
    }

    @Test(arguments: [true, false]) func aDamagedConfigIsAnError(verify: Bool) throws {
        try Self.mode(verify: verify)
        defer { Self.restore() }
        let fixture = try RepositoryTests.history()
        try fixture.write(".git/config", "[core\nbroken = = =\n")
        let error = gitError { try Repository.open(at: fixture.root) }
        #expect(error?.message == "failed to parse config file: missing ']' in section header (in \(fixture.root)/.git/config:1)")
    }
}
