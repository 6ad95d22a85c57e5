import Foundation
import TestSupport
import Testing

/// End-to-end tests of `tryg versions`.
@Suite("tryg versions (end to end)")
struct VersionsCommandTests {
    let tryg = DiffCommandSupport.tryg

    @Test("text: each version with its first and last commit")
    func text() throws {
        let (repo, commits) = try DiffCommandSupport.versionedRepository()
        let result = try tryg(["versions"], repo.path)
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout == """
                v1  Tryg, 2014-09-01 – 2017-12-31
                    first: \(commits[0].prefix(7)) 2018-01-01 version 1
                    last:  \(commits[1].prefix(7)) 2018-01-01 add b  (2 commits)
                    adoption: not recorded
                v2  Tryg, 2018-01-01 – 2021-12-31
                    first: \(commits[2].prefix(7)) 2018-01-01 version 2
                    last:  \(commits[3].prefix(7)) 2018-01-01 readme  (2 commits)
                    adoption: not recorded

                """)
    }

    @Test("json, and the history of an older revision")
    func json() throws {
        let (repo, commits) = try DiffCommandSupport.versionedRepository()
        let result = try tryg(["versions", "HEAD~2", "--format", "json"], repo.path)
        #expect(result.status == 0, "\(result)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let versions = try #require(root["versions"] as? [[String: Any]])
        #expect(versions.count == 1)
        #expect(versions.first?["version"] as? Int == 1)
        #expect((versions.first?["last"] as? [String: Any])?["commit"] as? String == commits[1])
        #expect((versions.first?["first"] as? [String: Any])?["date"] as? String == "2018-01-01")
        #expect(versions.first?["adoption"] is NSNull)
    }

    @Test("an unknown revision: exit 2")
    func unknownRevision() throws {
        let (repo, _) = try DiffCommandSupport.versionedRepository()
        let result = try tryg(["versions", "nope"], repo.path)
        #expect(result.status == 2 && result.stderr == "tryg: error: unknown revision 'nope'\n", "\(result)")
    }

    @Test(
        "this repository: Version 1 and Version 2 with the adoption of case 2018-021871",
        .enabled(
            if: DiffCommandSupport.repositoryHasVersion1, "this clone has no commit with strategy version 1 (shallow clone?)"))
    func thisRepository() throws {
        let result = try tryg(["versions"], Locations.packageRoot)
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines.contains("v1  Tryg Aalborg – en mere tryg kommune, 2014-09-01 – 2017-12-31"), "\(result)")
        #expect(lines.contains { $0.hasPrefix("    first: bda1911 ") }, "\(result)")
        #expect(lines.contains("v2  Tryg Aalborg – en mere tryg kommune, 2018-01-01 – 2021-12-31"), "\(result)")
        #expect(
            lines.contains(
                "    adoption: case 2018-021871, agenda item 16, \"Godkendelse af Tryg Aalborg Version 2\": Anbefales (Byrådet, date unknown)"
            ),
            "\(result)")
    }
}
