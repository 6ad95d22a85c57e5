import Foundation
import Git
import Testing

/// Trees that hold names git refuses to check out, made by hand (`git hash-object -t tree
/// --literally`, as an attacker would), are listed with their reasons (issue 15, item 5).
@Suite struct RefusedPathTests {
    /// Writes a tree object from (mode, name, id) entries, as raw bytes, and returns its id.
    static func tree(_ fixture: GitFixture, _ entries: [(String, String, ObjectID)]) throws -> ObjectID {
        var bytes: [UInt8] = []
        for (mode, name, id) in entries {
            bytes += Array("\(mode) \(name)".utf8) + [0]
            bytes += stride(from: 0, to: 40, by: 2).map { offset in
                let start = id.hex.index(id.hex.startIndex, offsetBy: offset)
                return UInt8(id.hex[start..<id.hex.index(start, offsetBy: 2)], radix: 16) ?? 0
            }
        }
        let hex = try fixture.git(["hash-object", "-t", "tree", "--literally", "-w", "--stdin"], input: bytes)
        return try #require(ObjectID(hex: hex))
    }

    static func commit(_ fixture: GitFixture, tree: ObjectID) throws -> ObjectID {
        try #require(ObjectID(hex: try fixture.git("commit-tree", tree.hex, "-m", "hand-made")))
    }

    @Test func refusedNamesAreListedWithTheirReasons() throws {
        let fixture = try GitFixture()
        let blob = try #require(ObjectID(hex: try fixture.git(["hash-object", "-w", "--stdin"], input: Array("{}\n".utf8))))
        let inner = try Self.tree(fixture, [("100644", "x.json", blob)])
        let root = try Self.tree(
            fixture,
            [
                ("40000", ".", inner), ("40000", "..", inner), ("100644", ".GIT", blob), ("100644", ".git. ", blob),
                ("120000", ".gitmodules", blob), ("100644", "a/b.json", blob), ("100644", "a\\b.json", blob),
                ("100644", "git~1", blob), ("100644", "ok.json", blob), ("40000", "strategy", inner),
            ])
        let snapshot = try Repository.open(at: fixture.root).snapshot(.commit(try Self.commit(fixture, tree: root)))
        #expect(
            snapshot.refusedPaths == [
                RefusedPath(path: ".", reason: "its name is '.'"),
                RefusedPath(path: "..", reason: "its name is '..'"),
                RefusedPath(path: ".GIT", reason: "its name '.GIT' is read as '.git', git's own folder"),
                RefusedPath(path: ".git. ", reason: "its name '.git. ' is read as '.git', git's own folder"),
                RefusedPath(path: ".gitmodules", reason: "it is a symbolic link named '.gitmodules'"),
                RefusedPath(path: "a/b.json", reason: "its name contains '/'"),
                RefusedPath(
                    path: "a\\b.json", reason: "its name contains '\\', which git on Windows reads as a folder separator"),
                RefusedPath(path: "git~1", reason: "its name 'git~1' is read as '.git', git's own folder"),
            ])
        #expect(snapshot.allFiles.map(\.path).contains("../x.json"))
        #expect(try snapshot.file(at: "strategy/x.json") != nil)
        // git itself refuses to check the tree out.
        #expect(throws: FixtureError.self) { try fixture.git("read-tree", "-u", "--reset", root.hex) }
    }

    @Test func aCleanTreeHasNoRefusedPaths() throws {
        let fixture = try RepositoryTests.history()
        let snapshot = try Repository.open(at: fixture.root).snapshot(.revision("HEAD"))
        #expect(snapshot.refusedPaths.isEmpty)
        #expect(RefusedPath.reason(forName: ".gitignore", mode: 0o100644) == nil)
        #expect(RefusedPath.reason(forName: ".github", mode: 0o040000) == nil)
        #expect(RefusedPath.reason(forName: ".gitmodules", mode: 0o100644) == nil)
    }

    @Test func anEmptyNameIsADamagedTree() throws {
        let fixture = try GitFixture()
        let blob = try #require(ObjectID(hex: try fixture.git(["hash-object", "-w", "--stdin"], input: Array("{}\n".utf8))))
        let root = try Self.tree(fixture, [("100644", "", blob)])
        let commit = try Self.commit(fixture, tree: root)
        #expect(gitError { try Repository.open(at: fixture.root).snapshot(.commit(commit)) } != nil)
    }
}
