import Foundation
import TestSupport
import Testing

/// The reviewer-grade diff: golden outputs of every format in both languages on a branch of the real
/// content that adds, renames, ends and merges initiatives and leaves a department without coverage;
/// and content that tries to turn the output against its reader.
@Suite("tryg diff: golden outputs and hostile content")
struct DiffGoldenTests {
    static let golden = Locations.packageRoot + "/Tests/TrygTests/Golden"

    /// The real content, then one commit that adds "Tryg i nattelivet", renames Tryg Bydel, ends
    /// Tryghedsvandringer (By- og Landskabsforvaltningen's only initiative: a coverage gap) and
    /// merges Patientens team into Trivsel for pårørende.
    static func branch() throws -> TemporaryRepository {
        let repo = try DiffCommandSupport.realContentRepository()
        func edit(_ path: String, _ change: (inout [String: Any]) -> Void) throws {
            let url = URL(fileURLWithPath: repo.path + "/" + path)
            var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
            change(&object)
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
            try data.write(to: url)
        }
        try edit("strategy/initiatives/tryg-bydel.json") { o in
            o["name"] = "Trygge bydele"
            o["formerNames"] = [["name": "Tryg Bydel", "until": "2020-12-31"]]
        }
        try edit("strategy/initiatives/tryghedsvandringer.json") { o in
            o["status"] = "ended"
            o["period"] = ["from": "2014-09-01", "to": "2019-12-31"]
            o["endedReason"] = ["da": "Samrådene overtog vandringerne.", "en": "The local councils took over the walks."]
        }
        try edit("strategy/initiatives/patientens-team.json") { o in
            o["status"] = "merged"
            o["period"] = ["from": "2018-01-01", "to": "2019-12-31"]
            o["mergedInto"] = "trivsel-for-paaroerende"
        }
        try edit("strategy/initiatives/trivsel-for-paaroerende.json") { o in o["absorbed"] = ["patientens-team"] }
        try repo.write(
            "strategy/initiatives/tryg-i-nattelivet.json",
            """
            {
              "$schema": "../../schemas/initiative.schema.json",
              "id": "tryg-i-nattelivet",
              "name": "Tryg i nattelivet 2.0",
              "status": "active",
              "period": { "from": "2021-03-01" },
              "goals": ["hoej-tryghed"],
              "owners": ["nordjyllands-politi", "aalborg-kommune/by-og-landskabsforvaltningen"],
              "sources": [{ "kind": "seed", "note": "A test initiative." }]
            }

            """)
        try repo.commitAll("change the initiatives")
        return repo
    }

    @Test("each format matches its golden file", arguments: ["text", "markdown", "json"], ["en", "da"])
    func golden(_ format: String, _ language: String) throws {
        let repo = try Self.branch()
        let result = try DiffCommandSupport.tryg(
            [
                "diff", "HEAD~1", "HEAD", "--format", format, "--lang", language, "--as-of", "2020-06-01",
                "--link-base", "https://example.org/tryg/blob/{revision}/",
            ], in: repo.path)
        #expect(result.status == 0, "\(result)")
        let output = GoldenFile.naming(result.stdout, [(try repo.head("HEAD~1"), "<old>"), (try repo.head("HEAD"), "<new>")])
        try GoldenFile.check(output, against: Self.golden + "/diff.\(language).\(format)")
    }

    @Test("the reviewer sees owners by name, the reason, the target, the rename date, the coverage gap and the new error")
    func reviewerGrade() throws {
        let repo = try Self.branch()
        let result = try DiffCommandSupport.tryg(["diff", "HEAD~1", "HEAD", "--as-of", "2020-06-01"], in: repo.path)
        for line in [
            "      owners: Nordjyllands Politi (nordjyllands-politi), By- og Landskabsforvaltningen (Aalborg Kommune) (aalborg-kommune/by-og-landskabsforvaltningen)",
            "      status: active → ended on 2019-12-31 — reason: The local councils took over the walks.",
            "      status: active → merged into Trivsel for pårørende til psykisk syge – Center for Pårørende (trivsel-for-paaroerende) on 2019-12-31",
            "      renamed: Tryg Bydel → Trygge bydele (the old name until 2020-12-31)",
            "  By- og Landskabsforvaltningen (Aalborg Kommune): new gap 2020-01-01 to 2021-02-28; now owns Tryg i nattelivet 2.0 (tryg-i-nattelivet)",
        ] {
            #expect(result.stdout.contains(line + "\n"), "missing: \(line)\n\(result)")
        }
        #expect(
            result.stdout.contains(
                "  new error: strategy/partners/aalborg-kommune.json:9:15: By- og Landskabsforvaltningen (Aalborg Kommune) owns no active initiative from 2020-01-01 to 2021-02-28 [unit-coverage]"
            ), "\(result)")
        #expect(!result.stdout.contains("  ["), "no unexplained line markers: \(result)")
    }

    @Test("markdown links each entity to its file at the new revision")
    func links() throws {
        let repo = try Self.branch()
        let result = try DiffCommandSupport.tryg(
            [
                "diff", "HEAD~1", "HEAD", "--format", "markdown", "--no-validate", "--link-base",
                "https://example.org/b/{revision}/",
            ],
            in: repo.path)
        let head = try repo.head()
        #expect(
            result.stdout.contains(
                "[`tryg-i-nattelivet`](https://example.org/b/\(head)/strategy/initiatives/tryg-i-nattelivet.json)"), "\(result)")
    }

    @Test("names with newlines, markup and terminal escapes cannot make headings, HTML, workflow commands or colours")
    func hostileNames() throws {
        let repo = try DiffCommandSupport.realContentRepository()
        let hostile = "Evil\\n# Heading <img src=x onerror=alert(1)> | a | b |\\n::error file=x::pwned `x` \\u001b[31mred"
        let path = repo.path + "/strategy/initiatives/tryg-bydel.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try repo.write(
            "strategy/initiatives/tryg-bydel.json",
            text.replacingOccurrences(of: "\"name\": \"Tryg Bydel\"", with: "\"name\": \"\(hostile)\""))
        try repo.commitAll("hostile name")
        let markdown = try DiffCommandSupport.tryg(["diff", "HEAD~1", "HEAD", "--format", "markdown"], in: repo.path)
        let lines = markdown.stdout.components(separatedBy: "\n")
        #expect(!lines.contains { $0.hasPrefix("# ") || $0.hasPrefix("::") }, "\(markdown)")
        #expect(!markdown.stdout.contains("<img"), "\(markdown)")
        #expect(!markdown.stdout.contains("\u{1B}"), "\(markdown)")
        #expect(markdown.stdout.contains("&lt;img"), "\(markdown)")
        for format in ["text"] {
            let plain = try DiffCommandSupport.tryg(["diff", "HEAD~1", "HEAD", "--format", format], in: repo.path)
            #expect(!plain.stdout.contains("\u{1B}"), "no raw escape: \(plain)")
            #expect(plain.stdout.contains("\\u{1B}[31mred"), "escape shown: \(plain)")
            #expect(!plain.stdout.components(separatedBy: "\n").contains { $0.hasPrefix("::") || $0.hasPrefix("# ") }, "\(plain)")
        }
        let validate = try DiffCommandSupport.tryg(["validate", "HEAD"], in: repo.path)
        #expect(
            !validate.stdout.contains("\u{1B}") && !validate.stdout.components(separatedBy: "\n").contains { $0.hasPrefix("::") },
            "\(validate)")
    }
}
