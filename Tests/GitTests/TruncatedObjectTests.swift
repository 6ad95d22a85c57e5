import Foundation
import Git
import Testing

/// Loose objects whose compressed data is cut short: libgit2 1.5.1 alone loops forever on them
/// (libgit2 issue #7342); tryg reads loose objects itself and says they are damaged. Every read
/// runs under a deadline, so that a regression fails instead of hanging the test run. The reader
/// runs before libgit2's hash check, so these hold in both modes of
/// ``Repository/setObjectHashVerification(_:)``; the tests run in whichever is set.
@Suite struct TruncatedObjectTests {
    /// Runs `body` on its own thread and waits at most `seconds` for it; a body still running
    /// then is recorded as a failure (its thread is left behind, spinning, until the process ends).
    static func withDeadline<T>(
        _ seconds: Double = 20, sourceLocation: SourceLocation = #_sourceLocation, _ body: @escaping @Sendable () -> T
    ) -> T? {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            box.set(body())
            done.signal()
        }
        guard done.wait(timeout: .now() + seconds) == .success else {
            let comment = Comment(rawValue: "still running after \(seconds) s: the read hangs on the damaged object")
            Issue.record(comment, sourceLocation: sourceLocation)
            return nil
        }
        return box.get()
    }

    /// Cuts the loose file of `id` in `objects` to half its length.
    static func truncate(_ id: ObjectID, in objects: String) throws -> String {
        let path = "\(objects)/\(id.hex.prefix(2))/\(id.hex.dropFirst(2))"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try FileManager.default.removeItem(atPath: path)
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A repository whose README.md is 64 KiB of varied text, so that its compressed data is
    /// long enough to cut in the middle.
    static func fixture() throws -> GitFixture {
        let fixture = try RepositoryTests.history()
        try fixture.write("README.md", (0..<4000).map { "line \($0) of the readme\n" }.joined())
        try fixture.commitAll("A longer readme")
        return fixture
    }

    static func message(_ id: ObjectID, _ path: String) -> String {
        "object \(id.hex) is damaged: its compressed data ends before the object does (\(path)); "
            + "'git fsck' lists the damage"
    }

    @Test func aTruncatedLooseBlobIsDamaged() throws {
        let fixture = try Self.fixture()
        let blob = try fixture.id(of: "HEAD:README.md")
        let path = try Self.truncate(blob, in: fixture.root + "/.git/objects")
        let root = fixture.root
        let error = Self.withDeadline { gitError { try Repository.open(at: root).blobBytes(blob) } }
        #expect(error??.message == Self.message(blob, path))
        let short = String(blob.hex.prefix(10))
        let resolved = Self.withDeadline { gitError { try Repository.open(at: root).resolve(short + "^{blob}") } }
        #expect(resolved??.message == Self.message(blob, path))
    }

    @Test func aTruncatedCommitStopsAWalk() throws {
        let fixture = try Self.fixture()
        let commit = try fixture.id(of: "HEAD~1")
        let path = try Self.truncate(commit, in: fixture.root + "/.git/objects")
        let root = fixture.root
        let error = Self.withDeadline { gitError { try Repository.open(at: root).walk("HEAD") } }
        #expect(error??.message.contains(Self.message(commit, path)) == true)
    }

    @Test func aTruncatedObjectInAnAlternateIsDamaged() throws {
        let fixture = try Self.fixture()
        let blob = try fixture.id(of: "HEAD:README.md")
        try fixture.git(["clone", "-q", "--shared", fixture.root, fixture.root + "/borrower"])
        let path = try Self.truncate(blob, in: fixture.root + "/.git/objects")
        let borrower = fixture.root + "/borrower"
        let error = Self.withDeadline { gitError { try Repository.open(at: borrower).blobBytes(blob) } }
        #expect(error??.message == Self.message(blob, path))
    }

    @Test func aTruncatedObjectInAQuarantineIsDamaged() throws {
        let fixture = try Self.fixture()
        let blob = try fixture.id(of: "HEAD:README.md")
        let quarantine = fixture.root + "/.git/objects/incoming-test"
        try FileManager.default.createDirectory(atPath: quarantine + "/" + blob.hex.prefix(2), withIntermediateDirectories: true)
        let name = "/\(blob.hex.prefix(2))/\(blob.hex.dropFirst(2))"
        try FileManager.default.moveItem(atPath: fixture.root + "/.git/objects" + name, toPath: quarantine + name)
        let path = try Self.truncate(blob, in: quarantine)
        let environment = [
            "GIT_DIR": fixture.root + "/.git", "GIT_OBJECT_DIRECTORY": quarantine,
            "GIT_ALTERNATE_OBJECT_DIRECTORIES": fixture.root + "/.git/objects",
        ]
        let error = Self.withDeadline {
            gitError { try Repository.openFromEnvironment(environment, currentDirectory: "/").blobBytes(blob) }
        }
        #expect(error??.message == Self.message(blob, path))
    }

    /// libgit2 issue #7177: a header that says less than the stream holds.
    @Test func anObjectLongerThanItsHeaderIsDamaged() throws {
        let fixture = try Self.fixture()
        let blob = try fixture.id(of: "HEAD:README.md")
        let path = "\(fixture.root)/.git/objects/\(blob.hex.prefix(2))/\(blob.hex.dropFirst(2))"
        try FileManager.default.removeItem(atPath: path)
        try fixture.shell(
            """
            python3 -c 'import sys, zlib; sys.stdout.buffer.write(zlib.compress(b"blob 12\\0this is a blob with a too-small length"))' > '\(path)'
            """)
        let root = fixture.root
        let error = Self.withDeadline { gitError { try Repository.open(at: root).blobBytes(blob) } }
        #expect(
            error??.message == "object \(blob.hex) is damaged: it holds more data than its header says (\(path)); "
                + "'git fsck' lists the damage")
    }

    @Test func anIntactLooseObjectReadsAsGitWroteIt() throws {
        let fixture = try Self.fixture()
        let repository = try Repository.open(at: fixture.root)
        let bytes = try repository.blobBytes(try fixture.id(of: "HEAD:README.md"))
        #expect(bytes == Array(try fixture.git("show", "HEAD:README.md").utf8) + [10])
        #expect(try repository.objectSize(try fixture.id(of: "HEAD:README.md")) == bytes.count)
        #expect(try repository.walk("HEAD").count == 3)
    }
}

/// A value handed from the thread of ``TruncatedObjectTests/withDeadline(_:sourceLocation:_:)``.
private final class ResultBox<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T?

    func set(_ newValue: T) {
        lock.lock()
        value = newValue
        lock.unlock()
    }

    func get() -> T? {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
