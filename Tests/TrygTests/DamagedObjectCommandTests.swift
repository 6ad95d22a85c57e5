import Foundation
import TestSupport
import Testing

/// The built tryg on objects that used to hang it or blow its memory (issue 15, items 14 and 16).
/// Added by the git helper.
@Suite("damaged and oversized objects (end to end)")
struct DamagedObjectCommandTests {
    /// The loose file of an object in a work tree's repository.
    static func objectPath(_ repository: TemporaryRepository, _ hex: String) -> String {
        repository.path + "/.git/objects/" + hex.prefix(2) + "/" + hex.dropFirst(2)
    }

    @Test("a truncated loose object is reported as damaged (exit 2), not a hang")
    func truncatedLooseObject() throws {
        let repository = try RangeFixture.strategyRepository()
        let hex = try repository.git(["rev-parse", "HEAD:strategy/strategy.json"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let path = Self.objectPath(repository, hex)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try FileManager.default.removeItem(atPath: path)
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
        // timeout(1) turns a hang into exit 124, so a regression fails instead of stopping the run.
        let result = try runProcess(
            "/usr/bin/timeout", ["30", Locations.trygBinary, "validate", "HEAD", "--as-of", RangeFixture.asOf],
            in: repository.path)
        #expect(result.status == 2, "\(result)")
        #expect(
            result.stderr.contains("object \(hex) is damaged: its compressed data ends before the object does"),
            "\(result)")
    }

    @Test(
        "a compressed bomb (256 MiB of spaces, 256 KiB on disk) is refused from its header, in little memory",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/time"), "needs /usr/bin/time (scripts/install-deps)"))
    func compressedBomb() throws {
        let repository = try RangeFixture.strategyRepository()
        let made = try runProcess(
            "/bin/sh", ["-c", "head -c 268435456 /dev/zero | tr '\\0' ' ' | git hash-object -w --stdin"],
            in: repository.path)
        let hex = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try repository.git(["update-index", "--add", "--cacheinfo", "100644,\(hex),strategy/initiatives/bomb.json"])
        try repository.git(["commit", "-q", "-m", "a bomb"])
        let result = try runProcess(
            "/usr/bin/time", ["-f", "peak-kib=%M", Locations.trygBinary, "validate", "HEAD", "--as-of", RangeFixture.asOf],
            in: repository.path)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("strategy/initiatives/bomb.json:1:1: error:"), "\(result)")
        let peak =
            result.stderr.split(separator: "\n").last { $0.hasPrefix("peak-kib=") }
            .flatMap { Int($0.dropFirst("peak-kib=".count)) } ?? Int.max
        print("tryg validate HEAD with a 256 MiB blob of spaces: peak RSS \(peak / 1024) MiB")
        #expect(peak < 200 * 1024, "peak RSS \(peak) KiB: the blob was inflated")
    }
}
