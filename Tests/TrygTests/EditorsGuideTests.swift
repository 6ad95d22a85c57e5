import Foundation
import TestSupport
import Testing

/// Every example of the editors' guide (strategy/README.md, in Danish, and README.en.md) is run,
/// in order, on a copy of the real content, and must succeed; both guides hold the same commands.
@Suite("The editors' guide's examples")
struct EditorsGuideTests {
    /// The `tryg …` lines of the guide's `sh` blocks.
    static func commands(in guide: String) throws -> [String] {
        let text = try String(contentsOfFile: Locations.packageRoot + "/strategy/" + guide, encoding: .utf8)
        var out: [String] = []
        var inBlock = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inBlock = line == "```sh"
                continue
            }
            if inBlock, line.hasPrefix("tryg ") { out.append(String(line)) }
        }
        return out
    }

    @Test("the Danish and the English guide show the same commands")
    func sameCommands() throws {
        let danish = try Self.commands(in: "README.md")
        #expect(danish.count >= 9)
        #expect(danish == (try Self.commands(in: "README.en.md")))
    }

    @Test("each example succeeds, in order, on the real content", arguments: ["README.md", "README.en.md"])
    func examplesRun(_ guide: String) throws {
        let repo = try DiffCommandSupport.realContentRepository()
        let folder = URL(fileURLWithPath: Locations.trygBinary).deletingLastPathComponent().path
        for command in try Self.commands(in: guide) {
            let result = try runProcess(
                "/bin/sh", ["-c", command], in: repo.path,
                environment: ["PATH": folder + ":/usr/bin:/bin", "TRYG_LANG": ""])
            #expect(result.status == 0, "\(command): \(result)")
        }
        #expect(try runProcess(Locations.trygBinary, ["validate", "--as-of", "2018-06-01"], in: repo.path).status == 0)
    }
}
