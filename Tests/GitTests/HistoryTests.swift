import Foundation
import Git
import Testing

/// Revision walks, merge bases and tree-to-tree changes.
@Suite struct HistoryTests {
    /// The commits of ``mergeHistory()`` by name.
    struct MergeHistory {
        let fixture: GitFixture
        let a, b, c1, c2, m, d: ObjectID
    }

    /// main: a ─ b ─ m ─ d, where m merges branch `topic` (c1 ─ c2, forked from a).
    static func mergeHistory() throws -> MergeHistory {
        let fixture = try GitFixture()
        try fixture.write("a.txt", "a\n")
        let a = try fixture.commitAll("a")
        try fixture.git("branch", "topic")
        try fixture.write("b.txt", "b\n")
        let b = try fixture.commitAll("b")
        try fixture.git("checkout", "-q", "topic")
        try fixture.write("c.txt", "c1\n")
        let c1 = try fixture.commitAll("c1")
        try fixture.write("c.txt", "c2\n")
        let c2 = try fixture.commitAll("c2")
        try fixture.git("checkout", "-q", "main")
        try fixture.git("merge", "-q", "--no-ff", "-m", "m", "topic")
        let m = try fixture.id(of: "HEAD")
        try fixture.write("d.txt", "d\n")
        let d = try fixture.commitAll("d")
        return MergeHistory(fixture: fixture, a: a, b: b, c1: c1, c2: c2, m: m, d: d)
    }

    @Test func walksARangeAsRevListDoes() throws {
        let h = try Self.mergeHistory()
        let fixture = h.fixture
        let repository = try Repository.open(at: fixture.root)
        let expected = try fixture.git("rev-list", "--topo-order", "\(h.b.hex)..main")
            .split(separator: "\n").map(String.init)
        let walked = try repository.walk("\(h.b.hex)..main")
        #expect(walked.map(\.hex) == expected)
        #expect(Set(walked) == Set([h.d, h.m, h.c2, h.c1]))
        #expect(walked.first == h.d)
        #expect(try repository.walk("\(h.b.hex)..main", firstParentOnly: true) == [h.d, h.m])
        #expect(try repository.walk("main", firstParentOnly: true) == [h.d, h.m, h.b, h.a])
        #expect(try repository.walk("main", order: [.topological, .time, .reverse]).first == h.a)
        #expect(try repository.walk("main", limit: 2).count == 2)
        #expect(try repository.walk("\(h.b.hex)..topic") == [h.c2, h.c1])
    }

    @Test func walksFromIdsAndHidesOthers() throws {
        let h = try Self.mergeHistory()
        let fixture = h.fixture
        let repository = try Repository.open(at: fixture.root)
        let walked = try repository.walk(including: [h.m], excluding: [h.c1])
        #expect(walked == [h.m, h.b, h.c2] || walked == [h.m, h.c2, h.b])
        #expect(walked.first == h.m)
        let symmetric = try repository.walk("\(h.b.hex)...topic")
        #expect(Set(symmetric) == Set([h.b, h.c1, h.c2]))
        let error = gitError { try repository.walk("nothing..main") }
        #expect(error?.message == "unknown revision 'nothing' (in the range 'nothing..main')")
    }

    @Test func findsMergeBases() throws {
        let h = try Self.mergeHistory()
        let fixture = h.fixture
        let repository = try Repository.open(at: fixture.root)
        #expect(try repository.mergeBase(h.b, h.c2) == h.a)
        #expect(try repository.mergeBase(h.d, h.c1) == h.c1)
        try fixture.git("checkout", "-q", "--orphan", "lonely")
        let lonely = try fixture.commitAll("lonely")
        #expect(try repository.mergeBase(lonely, h.d) == nil)
        #expect(try repository.mergeBases(h.b, h.c2) == [h.a])
    }

    @Test func detectsARenameOnRequest() throws {
        let fixture = try GitFixture()
        let content = (1...40).map { "line \($0) of the goal\n" }.joined()
        try fixture.write("strategy/goals/old.json", content)
        try fixture.write("strategy/keep.json", "{}\n")
        try fixture.write("other/file.txt", "x\n")
        let first = try fixture.commitAll("first")
        try fixture.git("mv", "strategy/goals/old.json", "strategy/goals/new.json")
        try fixture.write("strategy/goals/new.json", content + "one more line\n")
        try fixture.write("other/file.txt", "y\n")
        let second = try fixture.commitAll("rename")
        let repository = try Repository.open(at: fixture.root)
        let oldBlob = try fixture.id(of: "\(first.hex):strategy/goals/old.json")
        let newBlob = try fixture.id(of: "\(second.hex):strategy/goals/new.json")

        let renamed = try repository.changes(from: first, to: second, detectRenames: true, paths: [])
        #expect(renamed.count == 2)
        #expect(
            renamed.first
                == TreeChange(
                    kind: .modified, oldPath: "other/file.txt", newPath: "other/file.txt",
                    oldID: try fixture.id(of: "\(first.hex):other/file.txt"),
                    newID: try fixture.id(of: "\(second.hex):other/file.txt"),
                    oldMode: 0o100644, newMode: 0o100644
                ))
        let rename = try #require(renamed.last)
        #expect(rename.kind == .renamed)
        #expect(rename.oldPath == "strategy/goals/old.json")
        #expect(rename.newPath == "strategy/goals/new.json")
        #expect(rename.oldID == oldBlob)
        #expect(rename.newID == newBlob)
        #expect(rename.similarity > 50 && rename.similarity < 100)

        let plain = try repository.changes(from: first, to: second, detectRenames: false, paths: ["strategy/"])
        #expect(plain.map(\.kind) == [.added, .deleted])
        #expect(plain.map(\.path) == ["strategy/goals/new.json", "strategy/goals/old.json"])
        #expect(plain.first?.oldID == nil)
        #expect(plain.last?.newPath == nil)
        let restricted = try repository.changes(from: first, to: second, detectRenames: true, paths: ["./strategy"])
        #expect(restricted.map(\.kind) == [.renamed])
    }

    @Test func comparesWithTheEmptyTree() throws {
        let h = try Self.mergeHistory()
        let fixture = h.fixture
        let repository = try Repository.open(at: fixture.root)
        let changes = try repository.changes(from: nil, to: h.a, detectRenames: true, paths: [])
        #expect(
            changes == [
                TreeChange(
                    kind: .added, oldPath: nil, newPath: "a.txt", oldID: nil, newID: Repository.hashBlob(Array("a\n".utf8)),
                    oldMode: 0, newMode: 0o100644
                )
            ])
        #expect(try repository.changes(from: h.d, to: h.d, detectRenames: false, paths: []).isEmpty)
        #expect(try repository.changes(from: nil, to: h.d, detectRenames: false, paths: ["c.txt"]).map(\.path) == ["c.txt"])
    }

    @Test func reportsATypeChange() throws {
        let fixture = try GitFixture()
        try fixture.write("link", "plain\n")
        let first = try fixture.commitAll("file")
        try FileManager.default.removeItem(atPath: fixture.root + "/link")
        try FileManager.default.createSymbolicLink(atPath: fixture.root + "/link", withDestinationPath: "elsewhere")
        let second = try fixture.commitAll("link")
        let repository = try Repository.open(at: fixture.root)
        let changes = try repository.changes(from: first, to: second, detectRenames: false, paths: [])
        #expect(changes.map(\.kind) == [.typeChanged])
        #expect(changes.first?.newMode == 0o120000)
    }
}
