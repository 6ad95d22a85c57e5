import Foundation
import Git
import Strategy
import TestSupport
import Testing

/// Strategy versions found in history, and the life of one entity.
@Suite("History: versions and entity log")
struct HistoryTests {
    static func strategy(_ version: Int, from: String, to: String, adoption: String = "") -> String {
        "{\n  \"name\": \"Tryg\",\n  \"version\": \(version),\n  \"period\": { \"from\": \"\(from)\", \"to\": \"\(to)\" },\(adoption)\n  \"sources\": []\n}\n"
    }

    /// v1 in two commits, then v2 in two commits; the entity `tryg-bydel` is added, renamed, then
    /// its file is moved with a new id.
    func history() throws -> (TemporaryRepository, [String]) {
        let repo = try TemporaryRepository()
        var commits: [String] = []
        try repo.write("strategy/strategy.json", Self.strategy(1, from: "2014-09-01", to: "2017-12-31"))
        try repo.write("README.md", "x\n")
        commits.append(try repo.commitAll("v1"))
        try repo.write("strategy/initiatives/tryg-bydel.json", DiffFixture.initiative("tryg-bydel", name: "Tryg Bydel"))
        commits.append(try repo.commitAll("add tryg-bydel"))
        try repo.write(
            "strategy/strategy.json",
            Self.strategy(
                2, from: "2018-01-01", to: "2021-12-31",
                adoption: "\n  \"adoption\": { \"case\": \"2018-021871\", \"agendaItem\": 16, \"decision\": \"Anbefales\" },"))
        try repo.write(
            "strategy/initiatives/tryg-bydel.json",
            DiffFixture.initiative(
                "tryg-bydel", name: "Trygge Bydele",
                extra: "\n  \"formerNames\": [{ \"name\": \"Tryg Bydel\", \"until\": \"2017-12-31\" }],"))
        commits.append(try repo.commitAll("v2"))
        try repo.write("README.md", "y\n")
        commits.append(try repo.commitAll("readme"))
        return (repo, commits)
    }

    @Test("each version: first and last commit on the first-parent history, with period and adoption")
    func versions() throws {
        let (repo, commits) = try history()
        let repository = try Repository.open(at: repo.path)
        let versions = try StrategyHistory.versions(in: repository, from: try repository.resolveCommit("HEAD"))
        #expect(versions.map(\.version) == [1, 2])
        #expect(versions.map(\.first.id.hex) == [commits[0], commits[2]])
        #expect(versions.map(\.last.id.hex) == [commits[1], commits[3]])
        #expect(versions.map(\.commits) == [2, 2])
        #expect(versions[0].adoption == nil && versions[0].periodTo == "2017-12-31")
        #expect(versions[1].adoption?.caseNumber == "2018-021871" && versions[1].adoption?.decision == "Anbefales")
        #expect(versions[1].adoption?.agendaItem == 16)
    }

    @Test("version names: v1, V2 and nothing else")
    func versionNames() {
        #expect(StrategyHistory.versionNumber(inName: "v1") == 1)
        #expect(StrategyHistory.versionNumber(inName: "V12") == 12)
        for name in ["v", "v1.0", "va", "main", "v-1", "v1234567890"] {
            #expect(StrategyHistory.versionNumber(inName: name) == nil, "\(name)")
        }
    }

    @Test("the log of an entity: newest first, only commits that changed it, across a file rename")
    func log() throws {
        let (repo, commits) = try history()
        let text = try String(contentsOfFile: repo.path + "/strategy/initiatives/tryg-bydel.json", encoding: .utf8)
        try repo.remove("strategy/initiatives/tryg-bydel.json")
        try repo.write(
            "strategy/initiatives/trygge-bydele.json", text.replacingOccurrences(of: "\"tryg-bydel\"", with: "\"trygge-bydele\""))
        let moved = try repo.commitAll("move")
        let repository = try Repository.open(at: repo.path)
        let log = try #require(try EntityLog.log(of: "trygge-bydele", in: repository, from: try repository.resolveCommit("HEAD")))
        #expect(log.kind == .initiative && log.path == "strategy/initiatives/trygge-bydele.json")
        #expect(log.entries.map(\.commit.id.hex) == [moved, commits[2], commits[1]])
        #expect(log.entries.map(\.change.kind) == [.idChanged(from: "tryg-bydel", similarity: 0), .modified, .added])
        #expect(log.entries[1].change.renamed)
        guard case .initiative(let created)? = log.entries[2].change.new else {
            Issue.record("the created entry carries no initiative")
            return
        }
        #expect(created.status == .active && created.period?.from == Day("2018-01-01"))
    }

    @Test("the log of a deleted entity starts at its removal; an unknown id has no log")
    func deletedAndUnknown() throws {
        let (repo, commits) = try history()
        try repo.remove("strategy/initiatives/tryg-bydel.json")
        let removed = try repo.commitAll("remove")
        let repository = try Repository.open(at: repo.path)
        let head = try repository.resolveCommit("HEAD")
        let log = try #require(try EntityLog.log(of: "tryg-bydel", in: repository, from: head))
        #expect(log.entries.map(\.commit.id.hex) == [removed, commits[2], commits[1]])
        #expect(log.entries.first?.change.kind == .removed)
        #expect(try EntityLog.log(of: "nothing", in: repository, from: head) == nil)
        let strategy = try #require(try EntityLog.log(of: "strategy", in: repository, from: head))
        #expect(strategy.entries.map(\.commit.id.hex) == [commits[2], commits[0]])
    }
}

/// The entity log across a merge.
@Suite("History: entity log across merges")
struct HistoryMergeTests {
    @Test("first parents: the merge brings the change; all parents: the side commit does")
    func merge() throws {
        let repo = try TemporaryRepository()
        try repo.write("strategy/initiatives/a.json", DiffFixture.initiative("a", name: "Alfa"))
        let base = try repo.commitAll("base")
        try repo.git(["checkout", "-q", "-b", "side"])
        try repo.write(
            "strategy/initiatives/a.json", DiffFixture.initiative("a", name: "Alfa", owners: ["kommunen", "politiet"]))
        let side = try repo.commitAll("side: owner")
        try repo.git(["checkout", "-q", "main"])
        try repo.write("README.md", "main\n")
        try repo.commitAll("main: readme")
        try repo.git(["merge", "-q", "--no-ff", "-m", "merge side", "side"])
        let merge = try repo.head()
        let repository = try Repository.open(at: repo.path)
        let head = try repository.resolveCommit("HEAD")
        let firstParent = try #require(try EntityLog.log(of: "a", in: repository, from: head))
        #expect(firstParent.entries.map(\.commit.id.hex) == [merge, base])
        let all = try #require(try EntityLog.log(of: "a", in: repository, from: head, firstParentOnly: false))
        #expect(all.entries.map(\.commit.id.hex) == [side, base])
        #expect(all.entries.first?.change.events.map(\.field) == ["owners"])
    }
}
