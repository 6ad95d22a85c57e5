import Foundation
import Testing

/// Golden files: an output compared byte for byte with a file checked in beside the tests.
///
/// `TRYG_RECORD=1 swift test` writes the outputs instead and fails the run on purpose, so a
/// recording run can never pass (in CI or anywhere else).
public enum GoldenFile {
    public static var recording: Bool { ProcessInfo.processInfo.environment["TRYG_RECORD"] == "1" }

    /// Compares `output` with the file at `path` (or records it, failing the test).
    public static func check(_ output: String, against path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if recording {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(output.utf8).write(to: URL(fileURLWithPath: path))
            Issue.record("recorded \(path); run the tests again without TRYG_RECORD", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("no golden file \(path); record it with TRYG_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        #expect(
            output == expected, "re-record with TRYG_RECORD=1 if the change is intended; got:\n\(output)",
            sourceLocation: sourceLocation)
    }

    /// `output` with each commit id (full, then its 7-digit abbreviation) replaced by a stable name.
    public static func naming(_ output: String, _ commits: [(id: String, name: String)]) -> String {
        var out = output
        for (id, name) in commits {
            out = out.replacingOccurrences(of: id, with: name + "-full").replacingOccurrences(
                of: String(id.prefix(7)), with: name)
        }
        return out
    }
}
