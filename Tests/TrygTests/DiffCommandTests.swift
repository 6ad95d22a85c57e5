import Foundation
import TestSupport
import Testing

/// End-to-end tests of `tryg diff` on repositories made with git, and on this repository's history.
@Suite("tryg diff (end to end)")
struct DiffCommandTests {
    let tryg = DiffCommandSupport.tryg

    func lines(_ result: ProcessResult) -> [String] { result.stdout.components(separatedBy: "\n") }

    @Test("v1 and v2 name the last commit of each strategy version")
    func versionNames() throws {
        let (repo, commits) = try DiffCommandSupport.versionedRepository()
        let result = try tryg(["diff", "v1", "v2", "--as-of", "2018-06-01"], repo.path)
        #expect(result.status == 0, "\(result)")
        #expect(
            lines(result) == [
                "diff v1 (\(commits[1].prefix(7))) → v2 (\(commits[3].prefix(7))): 1 ended, 1 renamed, 1 added, 1 changed",
                "old: valid",
                "new: valid",
                "",
                "Strategy",
                "  ~ strategy (Tryg)  strategy/strategy.json",
                "      version: 1 → 2",
                "      period.from: 2014-09-01 → 2018-01-01",
                "      period.to: 2017-12-31 → 2021-12-31",
                "",
                "Initiatives",
                "  ~ a (Alfa)  strategy/initiatives/a.json",
                "      status: active → ended on 2017-12-31 — reason: Over",
                "  ~ b (Beta 2)  strategy/initiatives/b.json",
                "      renamed: Beta → Beta 2 (the old name until 2017-12-31)",
                "  + c (Gamma)  strategy/initiatives/c.json",
                "      status: active, 2014-09-01 onwards",
                "      goals: none",
                "      owners: none",
                "",
                "+ added, - removed, ~ changed, ! suspected id change",
                "",
            ], "\(result)")
    }

    @Test("a real tag or branch named v1 wins over the strategy version")
    func tagWins() throws {
        let (repo, commits) = try DiffCommandSupport.versionedRepository()
        try repo.git(["tag", "v1", commits[0]])
        try repo.git(["branch", "v2", commits[2]])
        let result = try tryg(["diff", "v1", "v2", "--no-validate"], repo.path)
        #expect(result.status == 0, "\(result)")
        #expect(
            lines(result).first == "diff v1 (\(commits[0].prefix(7))) → v2 (\(commits[2].prefix(7))): 1 ended, 2 added, 1 changed"
        )
        #expect(lines(result)[1...2] == ["old: not validated", "new: not validated"])
    }

    @Test("an unknown version or revision is exit 2 with one sentence")
    func unknownVersion() throws {
        let (repo, _) = try DiffCommandSupport.versionedRepository()
        let result = try tryg(["diff", "v3", "v2"], repo.path)
        #expect(result.status == 2 && result.stdout.isEmpty, "\(result)")
        #expect(
            result.stderr
                == "tryg: error: 'v3' names no reference, and no commit on the first-parent history of HEAD has strategy version 3 (versions found: v1, v2)\n"
        )
        let other = try tryg(["diff", "no-such-branch"], repo.path)
        #expect(other.status == 2 && other.stderr == "tryg: error: unknown revision 'no-such-branch'\n", "\(other)")
    }

    @Test("--exit-code: 1 with changes, 0 without; without it always 0")
    func exitCode() throws {
        let (repo, _) = try DiffCommandSupport.versionedRepository()
        #expect(try tryg(["diff", "--exit-code", "HEAD~1", "HEAD"], repo.path).status == 0)
        #expect(try tryg(["diff", "--exit-code"], repo.path).status == 0)
        let changed = try tryg(["diff", "--exit-code", "HEAD~2", "HEAD", "--no-validate"], repo.path)
        #expect(changed.status == 1, "\(changed)")
        #expect(try tryg(["diff", "HEAD~2", "HEAD", "--no-validate"], repo.path).status == 0)
    }

    @Test("markdown: a headline summary, then sections")
    func markdown() throws {
        let (repo, commits) = try DiffCommandSupport.versionedRepository()
        let result = try tryg(["diff", "v1", "v2", "--format", "markdown", "--no-validate"], repo.path)
        #expect(result.status == 0, "\(result)")
        #expect(
            lines(result)[0...6] == [
                "### Strategy changes: `v1 (\(commits[1].prefix(7)))` → `v2 (\(commits[3].prefix(7)))`",
                "",
                "**1 ended, 1 renamed, 1 added, 1 changed**",
                "",
                "- old: not validated",
                "- new: not validated",
                "",
            ])
        #expect(
            result.stdout.contains(
                """
                #### Initiatives

                - **ended** `a` Alfa
                  - status: active → ended on 2017-12-31 — reason: Over
                - **renamed** `b` Beta 2
                  - renamed: Beta → Beta 2 (the old name until 2017-12-31)
                - **added** `c` Gamma
                  - status: active, 2014-09-01 onwards

                """), "\(result)")
    }

    @Test("json: summary, sides and typed events")
    func json() throws {
        let (repo, commits) = try DiffCommandSupport.versionedRepository()
        let result = try tryg(["diff", "v1", "v2", "--format", "json", "--no-validate"], repo.path)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(root["summary"] as? [String: Int])
        #expect(summary == ["added": 1, "removed": 0, "ended": 1, "merged": 0, "renamed": 1, "idChanges": 0, "changed": 1])
        let old = try #require(root["old"] as? [String: Any])
        #expect(old["name"] as? String == "v1" && old["commit"] as? String == commits[1] && old["validation"] is NSNull)
        let changes = try #require(root["changes"] as? [[String: Any]])
        #expect(changes.map { $0["id"] as? String } == ["strategy", "a", "b", "c"])
        let event = try #require((changes[1]["events"] as? [[String: Any]])?.first)
        #expect(
            event["type"] as? String == "status" && event["to"] as? String == "ended" && event["on"] as? String == "2017-12-31")
        #expect((event["new"] as? [String: Any])?["line"] as? Int == 4)
    }

    @Test("no argument: HEAD against the work tree; --staged: HEAD against the index")
    func workTreeAndIndex() throws {
        let (repo, _) = try DiffCommandSupport.versionedRepository()
        try repo.write("strategy/initiatives/d.json", DiffCommandSupport.initiative("d", name: "Delta"))
        try repo.git(["add", "strategy/initiatives/d.json"])
        try repo.write("strategy/initiatives/e.json", DiffCommandSupport.initiative("e", name: "Epsilon"))
        let workTree = try tryg(["diff", "--no-validate"], repo.path)
        #expect(lines(workTree).first?.hasSuffix("→ the work tree: 2 added") == true, "\(workTree)")
        let staged = try tryg(["diff", "--staged", "--no-validate"], repo.path)
        #expect(lines(staged).first?.hasSuffix("→ the index: 1 added") == true, "\(staged)")
        #expect(staged.stdout.contains("  + d (Delta)  strategy/initiatives/d.json\n      status: active, 2014-09-01 onwards\n"))
    }

    @Test("a side that fails validation: the diff still shows, and the summary says which side")
    func invalidSide() throws {
        let repo = try DiffCommandSupport.realContentRepository()
        let path = repo.path + "/strategy/initiatives/tryg-bydel.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try repo.write(
            "strategy/initiatives/tryg-bydel.json",
            text.replacingOccurrences(of: "\"status\": \"active\"", with: "\"status\": \"finished\""))
        try repo.write("strategy/initiatives/formidling.json", "{ \"id\": \"formidling\",\n}\n")
        try repo.commitAll("broken")
        let result = try tryg(["diff", "HEAD~1", "HEAD", "--as-of", "2018-06-01"], repo.path)
        #expect(result.status == 0, "\(result)")
        // The old side is this package's content: valid, though the rules may warn about something.
        #expect(lines(result)[1].hasPrefix("old: valid"), "\(result)")
        #expect(lines(result)[2] == "new: 2 errors, 1 warning (run tryg validate HEAD)", "\(result)")
        #expect(
            result.stdout.contains(
                """
                  ~ formidling (Formidling)  strategy/initiatives/formidling.json
                      problem: the new file strategy/initiatives/formidling.json is not valid JSON (line 2, column 1: expected a member name after ',' (trailing commas are not allowed), found '}')
                      new error: expected a member name after ',' (trailing commas are not allowed), found '}' [syntax]
                  ~ tryg-bydel (Tryg Bydel)  strategy/initiatives/tryg-bydel.json
                      status: active → finished
                      new error: status must be one of: planned, active, ended, merged; found "finished" [enum]

                """), "\(result)")
    }

    @Test("a file renamed with a new id is reported as a suspected id change")
    func suspectedIDChange() throws {
        let (repo, _) = try DiffCommandSupport.versionedRepository()
        try repo.git(["mv", "strategy/initiatives/c.json", "strategy/initiatives/gamma.json"])
        try repo.write("strategy/initiatives/gamma.json", DiffCommandSupport.initiative("gamma", name: "Gamma"))
        try repo.commitAll("rename c")
        let result = try tryg(["diff", "HEAD~1", "HEAD", "--no-validate"], repo.path)
        #expect(lines(result).first?.hasSuffix(": 1 suspected id change") == true, "\(result)")
        #expect(
            result.stdout.contains(
                """
                  ! gamma (Gamma): suspected id change from c (file renamed, 90% alike; ids are meant never to change)  strategy/initiatives/c.json → strategy/initiatives/gamma.json
                      id: c → gamma

                """), "\(result)")
    }

    @Test("sources and assumptions: summarised when nothing else changed, listed one by one with --verbose")
    func bookkeeping() throws {
        let (repo, _) = try DiffCommandSupport.versionedRepository()
        let path = repo.path + "/strategy/initiatives/c.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try repo.write(
            "strategy/initiatives/c.json",
            text.replacingOccurrences(
                of: "\"sources\": []", with: "\"sources\": [{ \"kind\": \"seed\", \"note\": \"Case 2018-021871\" }]"))
        try repo.commitAll("source for c")
        let plain = try tryg(["diff", "HEAD~1", "HEAD", "--no-validate"], repo.path)
        #expect(
            lines(plain)[3...] == [
                "", "Initiatives", "  ~ c (Gamma)  strategy/initiatives/c.json", "      sources: 1 added", "",
                "+ added, - removed, ~ changed, ! suspected id change", "",
            ], "\(plain)")
        let verbose = try tryg(["diff", "HEAD~1", "HEAD", "--no-validate", "--verbose"], repo.path)
        #expect(lines(verbose)[6] == "      sources: + seed: Case 2018-021871", "\(verbose)")
    }

    @Test(
        "tryg diff v1 v2 on this repository lists the seed's changes and nothing spurious",
        .enabled(
            if: DiffCommandSupport.repositoryHasVersion1, "this clone has no commit with strategy version 1 (shallow clone?)"))
    func seedChanges() throws {
        let result = try tryg(["diff", "v1", "v2", "--no-validate"], Locations.packageRoot)
        #expect(result.status == 0, "\(result)")
        let output = lines(result)
        #expect(output.first?.hasPrefix("diff v1 (bda1911) → v2 (") == true, "\(result)")
        for line in [
            "  + region-nordjylland-psykiatrien (Region Nordjylland – Psykiatrien)  strategy/partners/region-nordjylland-psykiatrien.json",
            "      joined 2018-01-01",
            "  ~ brobygningsforloeb (Brobygningsforløb)  strategy/initiatives/brobygningsforloeb.json",
            "      status: active → ended on 2017-12-31 — reason: The initiative no longer exists and leaves the strategy in 2018.",
            "  ~ skalborg-borgerhjaelp (Skalborg Borgerhjælp)  strategy/initiatives/skalborg-borgerhjaelp.json",
            "  ~ dit-kvarter (Dit Kvarter)  strategy/initiatives/dit-kvarter.json",
            "      status: active → merged into fri-tid-for-handicappede on 2017-12-31",
            "  ~ drop-out-elever (Bekymrende fravær i skolen)  strategy/initiatives/drop-out-elever.json",
            "      renamed: Drop-out-elever – en styrket indsats → Bekymrende fravær i skolen (the old name until 2017-12-31)",
            "  ~ rusmiddelseminar (Forebyggelsesseminarer)  strategy/initiatives/rusmiddelseminar.json",
            "      renamed: Rusmiddelseminar → Forebyggelsesseminarer (the old name until 2017-12-31)",
            "  ~ tryghedsvandringer (Tryghedsvandringer i fællesskab med Samråd)  strategy/initiatives/tryghedsvandringer.json",
            "      renamed: Tryghedsvandringer → Tryghedsvandringer i fællesskab med Samråd (the old name until 2017-12-31) (inferred)",
            "      coordinationGroup renamed: Planlægningsgruppen → Koordinationsgruppen",
            "  + fri-tid-for-handicappede (Aalborg \"FRI-TID\" for handicappede)  strategy/initiatives/fri-tid-for-handicappede.json",
        ] {
            #expect(output.contains(line), "missing: \(line)\n\(result)")
        }
        let added = output.filter { $0.hasPrefix("  + ") }.compactMap {
            $0.dropFirst(4).split(separator: " ").first.map(String.init)
        }
        #expect(
            added == [
                "region-nordjylland-psykiatrien", "antiradikalisering", "boerne-og-ungesamraad", "demensindsatser", "en-vej-ind",
                "fri-tid-for-handicappede", "introforloeb-for-flygtninge", "patientens-team", "sikkerhed-paa-havnefronten",
                "socialt-udsatte-i-byens-rum", "trivsel-for-paaroerende", "tryg-bydel", "tryghedsambassadoerer",
            ])
        let noise = output.filter {
            $0.contains("sources") && !$0.contains("previousVersions") || $0.contains("assumptions") || $0.contains("formerNames")
                || $0.contains("endedReason") || $0.contains("mergedInto:") || $0.contains("  [")
        }
        #expect(noise.isEmpty, "\(noise)")
        #expect(!output.contains { $0.hasPrefix("  - ") || $0.hasPrefix("  ! ") }, "nothing removed, no id changes")
    }
}
