import Foundation
import Git
import Testing

/// Work-tree files are read and hashed as `git add` stores them (issue 15, item 19): through
/// `working-tree-encoding` and the line-ending attributes, checked against git itself.
@Suite struct WorkTreeFilterTests {
    /// UTF-16 with a byte order mark, as iconv (and Windows editors) write it.
    static func utf16(_ text: String) -> [UInt8] {
        [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    static let json = "{\"name\": \"Tryghed for alle – også i Nørresundby\"}\n"

    @Test func aCleanUTF16WorkTreeReadsAsItsIndex() throws {
        let fixture = try GitFixture()
        try fixture.write(".gitattributes", "*.json text working-tree-encoding=UTF-16\n")
        try fixture.write("strategy/a.json", bytes: Self.utf16(Self.json))
        try fixture.commitAll("utf-16 in the work tree, utf-8 in git")
        let staged = try fixture.id(of: ":strategy/a.json")
        #expect(try fixture.git("cat-file", "blob", staged.hex) + "\n" == Self.json)
        let repository = try Repository.open(at: fixture.root)
        let snapshot = try repository.snapshot(.workTree)
        let file = try #require(try snapshot.file(at: "strategy/a.json"))
        #expect(file.id == staged)
        #expect(try snapshot.read(file) == Array(Self.json.utf8))
    }

    @Test func aChangedUTF16FileHashesAsGitWouldStoreIt() throws {
        let fixture = try GitFixture()
        try fixture.write(".gitattributes", "*.json text working-tree-encoding=UTF-16\n")
        try fixture.write("strategy/a.json", bytes: Self.utf16(Self.json))
        try fixture.commitAll("first")
        let changed = Self.json.replacingOccurrences(of: "alle", with: "alle borgere")
        try fixture.write("strategy/a.json", bytes: Self.utf16(changed))
        try fixture.write("strategy/new.json", bytes: Self.utf16(changed))
        let snapshot = try Repository.open(at: fixture.root).snapshot(.workTree)
        for path in ["strategy/a.json", "strategy/new.json"] {
            let file = try #require(try snapshot.file(at: path))
            #expect(file.id.hex == (try fixture.git("hash-object", "--path", path, path)))
            #expect(try snapshot.read(file) == Array(changed.utf8))
        }
    }

    @Test func lineEndingsAreCleanedAsGitCleansThem() throws {
        let fixture = try GitFixture()
        try fixture.write(".gitattributes", "*.json text eol=crlf\n")
        try fixture.write("strategy/a.json", "{\r\n  \"id\": \"a\"\r\n}\r\n")
        try fixture.commitAll("crlf in the work tree")
        try fixture.write("strategy/b.json", "{\r\n  \"id\": \"b\"\r\n}\r\n")
        let snapshot = try Repository.open(at: fixture.root).snapshot(.workTree)
        let a = try #require(try snapshot.file(at: "strategy/a.json"))
        let b = try #require(try snapshot.file(at: "strategy/b.json"))
        #expect(a.id == (try fixture.id(of: ":strategy/a.json")))
        #expect(b.id.hex == (try fixture.git("hash-object", "--path", "strategy/b.json", "strategy/b.json")))
        #expect(try snapshot.read(a) == Array("{\n  \"id\": \"a\"\n}\n".utf8))
        #expect(try snapshot.read(b) == Array("{\n  \"id\": \"b\"\n}\n".utf8))
    }

    @Test func aMissingByteOrderMarkIsAnError() throws {
        let fixture = try GitFixture()
        try fixture.write(".gitattributes", "*.json text working-tree-encoding=UTF-16\n")
        try fixture.write("strategy/a.json", bytes: Array(Self.utf16(Self.json).dropFirst(2)))
        #expect(throws: FixtureError.self) { try fixture.git("add", "strategy/a.json") }  // git refuses it too
        let repository = try Repository.open(at: fixture.root)
        let error = gitError { try repository.snapshot(.workTree) }
        #expect(
            error?.message == "'strategy/a.json' has no byte order mark, which its working-tree-encoding UTF-16 "
                + "needs (use UTF-16LE or UTF-16BE for text without one)")
    }
}
