import Foundation
import JSON
import Strategy
import Testing

/// Standalone validation below the command line: which files beside the schema are parsed, the
/// syntax findings shared with the strategy's validation, and file lists.
@Suite("Standalone validation")
struct StandaloneValidationTests {
    /// A temporary folder with `files`; the caller removes it.
    func folder(_ files: [String: String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tryg-standalone-\(UUID().uuidString.prefix(8))")
            .path
        for (name, content) in files {
            let url = URL(fileURLWithPath: path + "/" + name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
        return path
    }

    static let kinds = #"{"$defs": {"kind": {"enum": ["a", "b"]}}}"#
    /// A large data file beside the schema, which no reference reaches.
    static let data = "[" + Array(repeating: #"{"name": "x"}"#, count: 1_000).joined(separator: ",") + "]"

    @Test("only siblings that a reference reaches are parsed, transitively; data files are not")
    func referencedOnly() throws {
        let dir = try folder([
            "s.json": #"{"properties": {"kind": {"$ref": "kinds.json#/$defs/kind"}, "day": {"$ref": "day.json"}}}"#,
            "kinds.json": Self.kinds,
            "day.json": #"{"$ref": "string.json"}"#,
            "string.json": #"{"type": "string"}"#,
            "data.json": Self.data, "broken.json": "{",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let validation = try StandaloneValidation(schemaPath: dir + "/s.json")
        #expect(validation.siblingsParsed == 3)
        #expect(validation.schema.isValid(["kind": "a", "day": "x"]))
        #expect(!validation.schema.isValid(["kind": "c"]))
        #expect(!validation.schema.isValid(["day": 1]))
    }

    @Test("a reference by $id reaches the sibling whose file name ends it, also under a nested $id")
    func byID() throws {
        let dir = try folder([
            "s.json": #"""
            {"$id": "https://example.org/schemas/s.json", "properties": {
              "kind": {"$ref": "kinds.json#/$defs/kind"},
              "sub": {"$id": "https://example.org/other/sub.json", "$ref": "string.json"}}}
            """#,
            "kinds.json": #"{"$id": "https://example.org/schemas/kinds.json", "$defs": {"kind": {"enum": ["a"]}}}"#,
            "string.json": #"{"$id": "https://example.org/other/string.json", "type": "string"}"#,
            "data.json": Self.data,
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let validation = try StandaloneValidation(schemaPath: dir + "/s.json")
        #expect(validation.siblingsParsed == 2)
        #expect(validation.schema.isValid(["kind": "a", "sub": "x"]))
        #expect(!validation.schema.isValid(["sub": 2]))
    }

    @Test("an $id that names no sibling's file: every sibling is loaded, as before, and the schema compiles")
    func fallback() throws {
        let dir = try folder([
            "s.json": #"{"$ref": "https://example.org/kind"}"#,
            "kinds.json": #"{"$id": "https://example.org/kind", "enum": ["a"]}"#,
            "data.json": Self.data,
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let validation = try StandaloneValidation(schemaPath: dir + "/s.json")
        #expect(validation.siblingsParsed == 2)
        #expect(validation.schema.isValid("a") && !validation.schema.isValid("b"))
    }

    @Test("a reference to nothing: the schema is not valid, with the reason")
    func unresolved() throws {
        let dir = try folder(["s.json": #"{"$ref": "missing.json"}"#, "data.json": Self.data])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect {
            _ = try StandaloneValidation(schemaPath: dir + "/s.json")
        } throws: { error in
            guard let error = error as? StrategyError else { return false }
            return error.message.key == "schema-cli.invalid-schema" && error.message.english.contains("missing.json")
        }
    }

    @Test("syntax findings are the strategy's own, a duplicate key a warning; files without findings keep no text")
    func findings() throws {
        let dir = try folder([
            "s.json": #"{"required": ["name"]}"#, "ok.json": #"{"name": 1}"#, "dup.json": #"{"name": 1, "name": 2}"#,
            "bad.json": #"{"name": }"#,
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let validation = try StandaloneValidation(schemaPath: dir + "/s.json")
        let report = try validation.validate(files: ["ok.json", "dup.json", "bad.json"].map { dir + "/" + $0 })
        #expect(report.filesChecked == 3)
        #expect(Set(report.sources.keys) == [dir + "/dup.json", dir + "/bad.json"])
        let duplicate = try #require(report.diagnostics.first { $0.code == "duplicate-key" })
        #expect(duplicate.severity == .warning)
        #expect(duplicate.message.english == #"key "name" appears twice in the same object (first at line 1)"#)
        let syntax = try #require(report.diagnostics.first { $0.code == "syntax" })
        #expect(syntax.severity == .error && syntax.location?.column == 10)
    }

    @Test("file lists: lines or NUL-separated, empty entries skipped, nothing else trimmed")
    func pathLists() {
        #expect(DiskFiles.pathList(Array("a.json\n\nb c.json\n".utf8), nulSeparated: false) == ["a.json", "b c.json"])
        #expect(DiskFiles.pathList(Array("a\nb.json\u{0}\u{0} c\u{0}".utf8), nulSeparated: true) == ["a\nb.json", " c"])
        #expect(DiskFiles.pathList([], nulSeparated: false).isEmpty)
    }

    @Test("1,500 files, checked on all cores: every finding, in order; of two unreadable files the first named")
    func manyFiles() throws {
        var files = ["s.json": #"{"required": ["name"]}"#]
        for n in 0..<1_500 { files["f\(n).json"] = n % 300 == 7 ? "{}" : #"{"name": 1}"# }
        let dir = try folder(files)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let validation = try StandaloneValidation(schemaPath: dir + "/s.json")
        let paths = (0..<1_500).map { "\(dir)/f\($0).json" }
        let report = try validation.validate(files: paths)
        #expect(report.filesChecked == 1_500)
        #expect(report.diagnostics.compactMap(\.path) == [7, 307, 607, 907, 1_207].map { "\(dir)/f\($0).json" }.sorted())
        #expect(report.sources.count == 5)
        var broken = paths
        broken[1_400] = dir + "/missing-late.json"
        broken[200] = dir + "/missing-early.json"
        #expect {
            _ = try validation.validate(files: broken)
        } throws: { error in
            (error as? StrategyError)?.message.english.contains("missing-early.json") == true
        }
    }

    @Test("reading: a folder and a missing file are errors; a file over the limit is cut just past it")
    func reading() throws {
        let dir = try folder(["big.json": String(repeating: " ", count: 100)])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try DiskFiles.read(dir + "/big.json").count == 100)
        #expect(try DiskFiles.read(dir + "/big.json", limit: 10).count == 11)
        #expect(throws: StrategyError.self) { try DiskFiles.read(dir) }
        #expect(throws: StrategyError.self) { try DiskFiles.read(dir + "/none.json") }
        #expect(try DiskFiles.read("/dev/null").isEmpty)
    }
}
