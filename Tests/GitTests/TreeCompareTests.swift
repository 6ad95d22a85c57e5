import Foundation
import Git
import Testing

/// `Repository.changedFiles`, the side-by-side tree walk, against what `git diff-tree -r` lists.
@Suite("Tree comparison")
struct TreeCompareTests {
    /// Two commits that differ in every way a tree can: files added, deleted and modified in nested
    /// folders, a whole folder added and one removed, a file turned into a folder and a folder into
    /// a file, a mode change, names that sort differently as files and as folders ("a.b", "a/").
    func twoCommits() throws -> (GitFixture, ObjectID, ObjectID) {
        let fixture = try GitFixture()
        try fixture.write("keep/same.json", "1")
        try fixture.write("keep/deep/changed.json", "1")
        try fixture.write("keep/deep/deleted.json", "1")
        try fixture.write("gone/one.json", "1")
        try fixture.write("gone/two/three.json", "1")
        try fixture.write("becomes-folder", "file")
        try fixture.write("becomes-file/inner.json", "1")
        try fixture.write("a.b", "1")
        try fixture.write("a/x.json", "1")
        try fixture.write("script.sh", "1")
        let first = try fixture.commitAll("first")
        try fixture.write("keep/deep/changed.json", "2")
        try FileManager.default.removeItem(atPath: fixture.root + "/keep/deep/deleted.json")
        try fixture.write("keep/deep/added.json", "1")
        try FileManager.default.removeItem(atPath: fixture.root + "/gone")
        try fixture.write("new/folder/file.json", "1")
        try FileManager.default.removeItem(atPath: fixture.root + "/becomes-folder")
        try fixture.write("becomes-folder/inside.json", "1")
        try FileManager.default.removeItem(atPath: fixture.root + "/becomes-file")
        try fixture.write("becomes-file", "file")
        try fixture.write("a/x.json", "2")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fixture.root + "/script.sh")
        let second = try fixture.commitAll("second")
        return (fixture, first, second)
    }

    /// `git diff-tree -r --no-renames` as "<status> <path>" lines, sorted by path.
    func gitLists(_ fixture: GitFixture, _ a: ObjectID, _ b: ObjectID, _ paths: [String] = []) throws -> [String] {
        let output = try fixture.git(["diff-tree", "-r", "--no-renames", "--name-status", a.hex, b.hex, "--"] + paths)
        return output.split(separator: "\n").map { line in
            let parts = line.split(separator: "\t")
            return "\(parts[0]) \(parts[1])"
        }.sorted { $0.split(separator: " ")[1].utf8.lexicographicallyPrecedes($1.split(separator: " ")[1].utf8) }
    }

    func lines(_ changes: [TreeChange]) -> [String] {
        changes.map { change in
            let status =
                switch change.kind {
                case .added: "A"
                case .deleted: "D"
                default: "M"
                }
            return "\(status) \(change.path)"
        }
    }

    @Test("lists exactly what git diff-tree -r lists")
    func agreesWithGit() throws {
        let (fixture, first, second) = try twoCommits()
        let repository = try Repository.open(at: fixture.root)
        let changes = try repository.changedFiles(from: first, to: second)
        #expect(lines(changes) == (try gitLists(fixture, first, second)))
        #expect(changes.count == 12)
        let modified = try #require(changes.first { $0.path == "keep/deep/changed.json" })
        #expect(modified.oldID != nil && modified.newID != nil && modified.oldID != modified.newID)
        let script = try #require(changes.first { $0.path == "script.sh" })
        #expect(script.oldMode == 0o100644 && script.newMode == 0o100755 && script.oldID == script.newID)
        #expect(try repository.changedFiles(from: second, to: second).isEmpty)
    }

    @Test(
        "restricted to folders and files, like a pathspec",
        arguments: [["keep"], ["keep/deep/"], ["a", "gone"], ["becomes-folder"], ["a.b"], ["missing"]])
    func restricted(paths: [String]) throws {
        let (fixture, first, second) = try twoCommits()
        let repository = try Repository.open(at: fixture.root)
        let changes = try repository.changedFiles(from: first, to: second, under: paths)
        #expect(lines(changes) == (try gitLists(fixture, first, second, paths)))
    }

    @Test("comparing commit after commit with one keeper reads each changed folder once")
    func keeperReadsEachTreeOnce() throws {
        let fixture = try GitFixture()
        for i in 0..<50 { try fixture.write("strategy/initiatives/i-\(i).json", "\(i)") }
        try fixture.write("other/file.json", "1")
        var commits = [try fixture.commitAll("base")]
        for round in 1...3 {
            try fixture.write("strategy/initiatives/i-\(round).json", "changed \(round)")
            commits.append(try fixture.commitAll("round \(round)"))
        }
        let repository = try Repository.open(at: fixture.root)
        let keeper = TreeKeeper()
        var reads: [Int] = []
        for (old, new) in zip(commits, commits.dropFirst()) {
            let before = keeper.treesRead
            let changes = try repository.changedFiles(from: old, to: new, under: ["strategy"], keeping: keeper)
            #expect(lines(changes) == (try gitLists(fixture, old, new, ["strategy"])))
            reads.append(keeper.treesRead - before)
        }
        // The first comparison reads both sides (root, strategy, initiatives: 3 each); later ones
        // only the newer side, the older being the previous comparison's newer side.
        #expect(reads == [6, 3, 3])
    }

    @Test("an unknown tree is an error, not an empty list")
    func unknownTree() throws {
        let (fixture, first, _) = try twoCommits()
        let repository = try Repository.open(at: fixture.root)
        let missing = try #require(ObjectID(hex: String(repeating: "1", count: 40)))
        #expect(gitError { try repository.changedFiles(from: first, to: missing) } != nil)
    }
}
