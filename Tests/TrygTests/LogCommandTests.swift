import Foundation
import TestSupport
import Testing

/// End-to-end tests of `tryg log`.
@Suite("tryg log (end to end)")
struct LogCommandTests {
    let tryg = DiffCommandSupport.tryg

    @Test("newest first, only the commits that changed the entity, with what they changed")
    func text() throws {
        let (repo, commits) = try DiffCommandSupport.versionedRepository()
        let result = try tryg(["log", "b"], repo.path)
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout == """
                \(commits[2].prefix(7)) 2018-01-01 Tryg Test  version 2
                    renamed: Beta → Beta 2 (the old name until 2017-12-31)
                \(commits[1].prefix(7)) 2018-01-01 Tryg Test  add b
                    created  strategy/initiatives/b.json
                    status: active, 2014-09-01 onwards
                    goals: none
                    owners: none

                """)
    }

    @Test("the strategy itself, json, and -n")
    func jsonAndLimit() throws {
        let (repo, commits) = try DiffCommandSupport.versionedRepository()
        let result = try tryg(["log", "strategy", "--format", "json", "-n", "1"], repo.path)
        #expect(result.status == 0, "\(result)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(root["entity"] as? String == "strategy" && root["path"] as? String == "strategy/strategy.json")
        let entries = try #require(root["entries"] as? [[String: Any]])
        #expect(entries.count == 1 && entries.first?["commit"] as? String == commits[2])
        let change = try #require(entries.first?["change"] as? [String: Any])
        #expect(
            (change["events"] as? [[String: Any]])?.compactMap { $0["field"] as? String } == [
                "version", "period.from", "period.to",
            ])
    }

    @Test("a file moved with a new id is followed")
    func followsRename() throws {
        let (repo, _) = try DiffCommandSupport.versionedRepository()
        try repo.git(["mv", "strategy/initiatives/c.json", "strategy/initiatives/gamma.json"])
        try repo.write("strategy/initiatives/gamma.json", DiffCommandSupport.initiative("gamma", name: "Gamma"))
        let moved = try repo.commitAll("rename c")
        let result = try tryg(["log", "gamma"], repo.path)
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines.count == 9, "\(result)")
        #expect(lines[0] == "\(moved.prefix(7)) 2018-01-01 Tryg Test  rename c")
        #expect(lines[1] == "    file renamed: strategy/initiatives/c.json → strategy/initiatives/gamma.json (id c → gamma)")
        #expect(lines[2] == "    id: c → gamma")
        #expect(lines[4] == "    created  strategy/initiatives/c.json")
        #expect(lines[5] == "    status: active, 2014-09-01 onwards")
    }

    @Test("an unknown entity: exit 2 with one sentence")
    func unknown() throws {
        let (repo, _) = try DiffCommandSupport.versionedRepository()
        let result = try tryg(["log", "zeta"], repo.path)
        #expect(result.status == 2, "\(result)")
        #expect(
            result.stderr
                == "tryg: error: no entity 'zeta' (initiative, partner, goal, strategy, organisation or report) in the history of HEAD\n"
        )
    }

    @Test(
        "this repository: Dit Kvarter created in Version 1, merged in Version 2",
        .enabled(
            if: DiffCommandSupport.repositoryHasVersion1, "this clone has no commit with strategy version 1 (shallow clone?)"))
    func thisRepository() throws {
        let result = try tryg(["log", "dit-kvarter"], Locations.packageRoot)
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines.contains("    status: active → merged into fri-tid-for-handicappede on 2017-12-31"), "\(result)")
        #expect(lines.contains("    created  strategy/initiatives/dit-kvarter.json"), "\(result)")
        #expect(lines.contains("    status: active, 2014-09-01 onwards"), "\(result)")
        #expect(lines.contains { $0.hasPrefix("bda1911 ") }, "\(result)")
    }
}
