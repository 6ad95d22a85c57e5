import Foundation
import Git
import JSON
import Messages
import Strategy
import TestSupport
import Testing

/// The semantic diff on real repositories made with git: each kind of change alone and together.
@Suite("Semantic diff")
struct DiffTests {
    let path = "strategy/initiatives/tryg-bydel.json"

    /// Commits `before`, then `after` (path → text, nil removes), and diffs the two commits.
    func diff(_ before: [String: String], _ after: [String: String?]) throws -> (StrategyDiff, StrategyDiffer) {
        let repo = try DiffFixture.repository(before)
        for (path, text) in after {
            if let text { try repo.write(path, text) } else { try repo.remove(path) }
        }
        try repo.commitAll("second")
        let repository = try Repository.open(at: repo.path)
        let differ = StrategyDiffer(repository: repository)
        let old = try repository.resolveCommit("HEAD~1"), new = try repository.resolveCommit("HEAD")
        return (try differ.diff(from: .commit(old), to: .commit(new)), differ)
    }

    func only(_ diff: StrategyDiff) throws -> EntityChange {
        #expect(diff.changes.count == 1, "\(diff.changes.map(\.id))")
        return try #require(diff.changes.first)
    }

    @Test("an added initiative, with its status and period")
    func added() throws {
        let (diff, _) = try diff([:], [path: DiffFixture.initiative("tryg-bydel", name: "Tryg Bydel")])
        let change = try only(diff)
        #expect(change.kind == .added)
        #expect(change.entity == .initiative && change.id == "tryg-bydel" && change.name == "Tryg Bydel")
        #expect(
            ChangeWords().lines(change, verbose: false).map(\.english) == [
                "status: active, 2018-01-01 onwards", "goals: maal", "owners: kommunen",
            ])
        #expect(diff.counts.headline.english == "1 added")
    }

    @Test("a removed file")
    func removed() throws {
        let (diff, _) = try diff([path: DiffFixture.initiative("tryg-bydel", name: "Tryg Bydel")], [path: nil])
        let change = try only(diff)
        #expect(change.kind == .removed && change.oldPath == path && change.newPath == nil)
        #expect(diff.counts.headline.english == "1 removed")
    }

    @Test("ending: one status event with the day, period.to and endedReason accounted for")
    func ended() throws {
        let (diff, _) = try diff(
            [path: DiffFixture.initiative("tryg-bydel", name: "Tryg Bydel")],
            [
                path: DiffFixture.initiative(
                    "tryg-bydel", name: "Tryg Bydel", status: "ended", to: "2021-12-31",
                    extra: "\n  \"endedReason\": { \"da\": \"Slut\", \"en\": \"Over\" },")
            ])
        let change = try only(diff)
        #expect(change.kind == .modified && change.ended)
        #expect(change.events.count == 1)
        let event = try #require(change.events.first)
        guard case .status(let from, let to, let on, let into) = event.kind else {
            Issue.record("not a status event: \(event)")
            return
        }
        #expect(from == "active" && to == "ended" && on == "2021-12-31" && into == nil)
        #expect(event.old == FileLine(path: path, line: 4) && event.new == FileLine(path: path, line: 4))
        #expect(diff.counts.headline.english == "1 ended")
    }

    @Test("merging names what the initiative merged into")
    func merged() throws {
        let (diff, _) = try diff(
            [path: DiffFixture.initiative("tryg-bydel", name: "Tryg Bydel")],
            [
                path: DiffFixture.initiative(
                    "tryg-bydel", name: "Tryg Bydel", status: "merged", to: "2019-06-30",
                    extra: "\n  \"mergedInto\": \"tryg-by\",")
            ])
        let change = try only(diff)
        #expect(change.merged && change.events.count == 1)
        guard case .status(_, "merged", "2019-06-30", "tryg-by") = change.events.first?.kind else {
            Issue.record("\(change.events)")
            return
        }
    }

    @Test("a rename with the old name in formerNames is one rename event; inferred when the assumptions say so")
    func renamed() throws {
        let former = "\n  \"formerNames\": [{ \"name\": \"Tryg Bydel\", \"until\": \"2019-12-31\" }],"
        let inferred =
            former + "\n  \"assumptions\": [{ \"field\": \"/formerNames/0\", \"kind\": \"inferred\", \"note\": \"a guess\" }],"
        for (extra, isInferred) in [(former, false), (inferred, true)] {
            let (diff, _) = try diff(
                [path: DiffFixture.initiative("tryg-bydel", name: "Tryg Bydel")],
                [path: DiffFixture.initiative("tryg-bydel", name: "Trygge Bydele", extra: extra)])
            let change = try only(diff)
            let content = change.events.filter { !$0.isBookkeeping }
            #expect(content.count == 1, "\(content)")
            guard case .renamed("Tryg Bydel", "Trygge Bydele", let flag) = content.first?.kind else {
                Issue.record("\(content)")
                continue
            }
            #expect(flag == isInferred)
            #expect(change.renamed && diff.counts.headline.english == "1 renamed")
        }
    }

    @Test("list fields: added and removed members, never index shuffles; reordering alone is no change")
    func lists() throws {
        let (diff, _) = try diff(
            [path: DiffFixture.initiative("tryg-bydel", name: "Tryg Bydel", goals: ["a", "b"], owners: ["x", "y"])],
            [path: DiffFixture.initiative("tryg-bydel", name: "Tryg Bydel", goals: ["b", "a"], owners: ["y", "z"])])
        let change = try only(diff)
        #expect(change.events.count == 1)
        let event = try #require(change.events.first)
        #expect(event.field == "owners")
        guard case .items(let added, let removed) = event.kind else {
            Issue.record("\(event)")
            return
        }
        #expect(added.map(\.value.stringValue) == ["z"] && removed.map(\.value.stringValue) == ["x"])
        #expect(event.old == FileLine(path: path, line: 7) && event.new == FileLine(path: path, line: 7))
    }

    @Test("reformatting a file is no change")
    func formattingOnly() throws {
        let text = DiffFixture.initiative("tryg-bydel", name: "Tryg Bydel")
        let (diff, _) = try diff([path: text], [path: text.replacingOccurrences(of: "  ", with: "    ")])
        #expect(diff.isEmpty)
    }

    @Test("partner units are matched by id: a unit added, a unit's field changed")
    func partnerUnits() throws {
        let partner = { (units: String) in
            "{\n  \"id\": \"kommunen\",\n  \"name\": \"Kommunen\",\n  \"units\": [\(units)],\n  \"sources\": []\n}\n"
        }
        let skole = "{ \"id\": \"skole\", \"name\": \"Skole\", \"involved\": false }"
        let (diff, _) = try diff(
            ["strategy/partners/kommunen.json": partner(skole)],
            [
                "strategy/partners/kommunen.json": partner(
                    "{ \"id\": \"kultur\", \"name\": \"Kultur\", \"involved\": true }, "
                        + skole.replacingOccurrences(of: "false", with: "true"))
            ])
        let change = try only(diff)
        #expect(change.entity == .partner)
        #expect(change.events.map(\.field) == ["units", "units[skole].involved"])
        guard case .value(let old?, let new?) = change.events.last?.kind else {
            Issue.record("\(change.events)")
            return
        }
        #expect(old.boolValue == false && new.boolValue == true)
    }

    @Test("many changes at once, only the changed files parsed, grouped and counted")
    func manyAtOnce() throws {
        var before: [String: String] = [:]
        for i in 0..<20 { before["strategy/initiatives/i\(i).json"] = DiffFixture.initiative("i\(i)", name: "I \(i)") }
        let (diff, differ) = try diff(
            before,
            [
                "strategy/initiatives/i1.json": DiffFixture.initiative(
                    "i1", name: "I 1", status: "ended", to: "2020-01-01",
                    extra: "\n  \"endedReason\": { \"da\": \"x\", \"en\": \"x\" },"),
                "strategy/initiatives/i2.json": DiffFixture.initiative(
                    "i2", name: "I two",
                    extra: "\n  \"formerNames\": [{ \"name\": \"I 2\", \"until\": \"2019-12-31\" }],"),
                "strategy/initiatives/i3.json": nil,
                "strategy/initiatives/new.json": DiffFixture.initiative(
                    "new", name: "New", status: "planned", from: "2022-01-01", goals: ["andet"], owners: ["politiet"]),
                "strategy/goals/maal.json": "{ \"id\": \"maal\", \"name\": \"Mål\", \"number\": 1 }\n",
            ])
        #expect(diff.counts.headline.english == "1 ended, 1 renamed, 2 added, 1 removed")
        #expect(diff.changes.map(\.id) == ["maal", "i3", "i1", "i2", "new"])
        #expect(differ.parseCount == 7)  // 3 old + 4 new blobs; the 17 unchanged files are never read
    }

    @Test("a rename and field changes in one commit")
    func renameAndFields() throws {
        let (diff, _) = try diff(
            [path: DiffFixture.initiative("tryg-bydel", name: "Tryg Bydel")],
            [
                path: DiffFixture.initiative(
                    "tryg-bydel", name: "Trygge Bydele", goals: ["maal", "andet"], owners: ["politiet"],
                    extra: "\n  \"formerNames\": [{ \"name\": \"Tryg Bydel\", \"until\": \"2019-12-31\" }],")
            ])
        let change = try only(diff)
        #expect(change.events.map(\.field) == ["name", "goals", "owners"])
        #expect(change.renamed && change.hasFieldChanges)
    }

    @Test("a file renamed with its id is a suspected id change, found by libgit2's rename detection")
    func idChange() throws {
        let text = DiffFixture.initiative("tryg-bydel", name: "Tryg Bydel")
        let (diff, _) = try diff(
            [path: text],
            [
                path: nil,
                "strategy/initiatives/trygge-bydele.json": text.replacingOccurrences(
                    of: "\"tryg-bydel\"", with: "\"trygge-bydele\""),
            ])
        let change = try only(diff)
        guard case .idChanged(let from, let similarity) = change.kind else {
            Issue.record("\(change.kind)")
            return
        }
        #expect(from == "tryg-bydel" && change.id == "trygge-bydele" && similarity >= 50)
        #expect(change.oldPath == path && change.newPath == "strategy/initiatives/trygge-bydele.json")
        #expect(change.events.map(\.field) == ["id"])
        #expect(diff.counts.headline.english == "1 suspected id change")
    }

    @Test("the work tree against a commit: blob ids compared, renames found by shared lines")
    func workTree() throws {
        let text = DiffFixture.initiative("tryg-bydel", name: "Tryg Bydel")
        let repo = try DiffFixture.repository([path: text, "strategy/goals/maal.json": "{ \"id\": \"maal\" }\n"])
        try repo.remove(path)
        try repo.write("strategy/initiatives/ny.json", text.replacingOccurrences(of: "\"tryg-bydel\"", with: "\"ny\""))
        let repository = try Repository.open(at: repo.path)
        let differ = StrategyDiffer(repository: repository)
        let diff = try differ.diff(
            from: .commit(try repository.resolveCommit("HEAD")), to: .snapshot(try repository.snapshot(.workTree)))
        let change = try only(diff)
        guard case .idChanged("tryg-bydel", let similarity) = change.kind else {
            Issue.record("\(change.kind)")
            return
        }
        #expect(similarity == 90)
        #expect(differ.parseCount == 2)
    }

    @Test("a side that is not valid JSON is named, and the other side still shows")
    func brokenSide() throws {
        let (diff, _) = try diff(
            [path: DiffFixture.initiative("tryg-bydel", name: "Tryg Bydel")], [path: "{ \"id\": \"tryg-bydel\",\n}\n"])
        let change = try only(diff)
        #expect(change.kind == .modified && change.events.isEmpty && change.name == "Tryg Bydel")
        #expect(
            change.problems.map(\.english) == [
                "the new file strategy/initiatives/tryg-bydel.json is not valid JSON (line 2, column 1: expected a member name after ',' (trailing commas are not allowed), found '}')"
            ])
    }
}
