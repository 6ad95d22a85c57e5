import Foundation
import Git
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Objects over a reader's limit are refused from their header, before they are inflated
/// (issue 15, item 14: a 1 GiB blob of spaces is 1 MiB on disk).
@Suite struct ObjectSizeTests {
    /// 128 MiB of spaces: about 128 KiB once git has compressed it.
    static let bombSize = 128 << 20

    /// A repository whose HEAD holds `big.txt`, a blob of ``bombSize`` spaces, still loose.
    static func bomb() throws -> (GitFixture, ObjectID) {
        let fixture = try GitFixture()
        let hex = try fixture.shell("head -c \(bombSize) /dev/zero | tr '\\\\0' ' ' | git hash-object -w --stdin")
        let blob = try #require(ObjectID(hex: hex))
        try fixture.git("update-index", "--add", "--cacheinfo", "100644,\(hex),big.txt")
        try fixture.git("commit", "-q", "-m", "a bomb")
        return (fixture, blob)
    }

    /// The process's peak resident memory so far, in MiB (Linux reports KiB).
    static func peakMiB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }

    /// Reads the bomb with the default 64 MiB limit and checks the refusal.
    static func expectRefused(_ repository: Repository, _ blob: ObjectID, storage: String) throws {
        let before = peakMiB()
        #expect(try repository.objectSize(blob) == bombSize)
        let error = gitError { try repository.blobBytes(blob) }
        #expect(error?.isTooLarge == true)
        #expect(
            error?.message == "object \(blob.hex) is 134217728 bytes (128 MiB), more than the limit of "
                + "67108864 bytes (64 MiB); it was not read")
        let snapshot = try repository.snapshot(.revision("HEAD"))
        let file = try #require(try snapshot.file(at: "big.txt"))
        #expect(gitError { try snapshot.read(file) }?.isTooLarge == true)
        let after = peakMiB()
        #expect(try snapshot.read(file, limit: 1 << 30).count == bombSize)
        print(
            "ObjectSizeTests (\(storage)): peak RSS \(before) MiB before the refusals, \(after) MiB after them, "
                + "\(peakMiB()) MiB after reading the whole 128 MiB blob on purpose")
    }

    @Test func aLooseBombIsRefusedFromItsHeader() throws {
        let (fixture, blob) = try Self.bomb()
        #expect(FileManager.default.fileExists(atPath: CorruptionTests.objectPath(fixture, blob)))
        try Self.expectRefused(try Repository.open(at: fixture.root), blob, storage: "loose")
    }

    @Test func aPackedBombIsRefusedFromItsHeader() throws {
        let (fixture, blob) = try Self.bomb()
        try fixture.git("repack", "-adq")
        try fixture.git("prune-packed")
        #expect(!FileManager.default.fileExists(atPath: CorruptionTests.objectPath(fixture, blob)))
        try Self.expectRefused(try Repository.open(at: fixture.root), blob, storage: "packed")
    }

    /// A loose object whose header claims 256 MiB but whose compressed data stops after a few
    /// bytes: reading more than the header would fail, so a refusal proves nothing was inflated.
    @Test func onlyTheHeaderIsRead() throws {
        let fixture = try GitFixture()
        let fake = try #require(ObjectID(hex: "00000000000000000000000000000000000000b1"))
        let path = CorruptionTests.objectPath(fixture, fake)
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try fixture.shell(
            """
            python3 -c 'import sys, zlib; c = zlib.compressobj(); \
            sys.stdout.buffer.write(c.compress(b"blob \(Self.bombSize)\\0   ") + c.flush(zlib.Z_SYNC_FLUSH))' > '\(path)'
            """)
        let repository = try Repository.open(at: fixture.root)
        #expect(try repository.objectSize(fake) == Self.bombSize)
        #expect(gitError { try repository.blobBytes(fake) }?.isTooLarge == true)
    }

    @Test func aWorkTreeFileOverTheLimitIsNotRead() throws {
        let fixture = try GitFixture()
        try fixture.write("strategy/big.json", String(repeating: " ", count: 4096))
        let repository = try Repository.open(at: fixture.root)
        let snapshot = try repository.snapshot(.workTree)
        let file = try #require(try snapshot.file(at: "strategy/big.json"))
        let error = gitError { try snapshot.read(file, limit: 1000) }
        #expect(error?.isTooLarge == true)
        #expect(
            error?.message == "'\(fixture.root)/strategy/big.json' is 4096 bytes, more than the limit of "
                + "1000 bytes; it was not read")
        #expect(try snapshot.read(file, limit: 4096).count == 4096)
    }

    @Test func theEmptyBlobHasSizeZero() throws {
        let fixture = try GitFixture()
        #expect(try Repository.open(at: fixture.root).objectSize(Repository.emptyBlobID) == 0)
    }
}
