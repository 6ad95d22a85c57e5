import Foundation
import TestSupport
import Testing

/// End-to-end tests of `tryg schema validate`: files from disk against a schema, like check-jsonschema.
@Suite("tryg schema validate (end to end)")
struct SchemaCommandTests {
    /// A temporary folder with the given files, removed afterwards by the caller's `defer`.
    func folder(_ files: [String: String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tryg-schema-\(UUID().uuidString.prefix(8))")
            .path
        for (name, content) in files {
            let url = URL(fileURLWithPath: path + "/" + name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
        return path
    }

    func tryg(_ arguments: [String], in directory: String) throws -> ProcessResult {
        try runProcess(Locations.trygBinary, ["schema", "validate"] + arguments, in: directory)
    }

    static let schema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "properties": {
            "name": { "type": "string", "minLength": 1 },
            "day": { "type": "string", "format": "date" },
            "kind": { "$ref": "kinds.json#/$defs/kind" }
          },
          "required": ["name"],
          "additionalProperties": false
        }
        """
    static let kinds = """
        { "$schema": "https://json-schema.org/draft/2020-12/schema", "$defs": { "kind": { "enum": ["a", "b"] } } }
        """

    @Test("valid files: exit 0")
    func valid() throws {
        let dir = try folder(["s.json": Self.schema, "kinds.json": Self.kinds, "ok.json": "{\"name\": \"x\", \"kind\": \"a\"}"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try tryg(["--schema", "s.json", "ok.json"], in: dir)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("checked 1 file in the given files: no problems found"), "\(result)")
    }

    @Test("an invalid file: exit 1 with line and column; a sibling schema resolves by relative $ref")
    func invalid() throws {
        let dir = try folder([
            "s.json": Self.schema, "kinds.json": Self.kinds, "bad.json": "{\n  \"name\": \"x\",\n  \"kind\": \"c\"\n}\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try tryg(["--schema", "s.json", "bad.json"], in: dir)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("bad.json:3:11: error: "), "\(result)")
        #expect(result.stdout.contains("[enum]"), "\(result)")
    }

    @Test("formats are annotations unless --assert-formats")
    func formats() throws {
        let dir = try folder([
            "s.json": Self.schema, "kinds.json": Self.kinds, "d.json": "{\"name\": \"x\", \"day\": \"2018-02-30\"}",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try tryg(["--schema", "s.json", "d.json"], in: dir).status == 0)
        let asserted = try tryg(["--schema", "s.json", "--assert-formats", "d.json"], in: dir)
        #expect(asserted.status == 1, "\(asserted)")
        #expect(asserted.stdout.contains("d.json:1:22: error: "), "\(asserted)")
        #expect(asserted.stdout.contains("[format]"), "\(asserted)")
    }

    @Test("a file that is not well-formed JSON: exit 1 with line:column")
    func malformed() throws {
        let dir = try folder(["s.json": Self.schema, "kinds.json": Self.kinds, "m.json": "{\"name\": \"x\",}"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try tryg(["--schema", "s.json", "m.json"], in: dir)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("m.json:1:14: error: "), "\(result)")
        #expect(result.stdout.contains("[syntax]"), "\(result)")
    }

    @Test("duplicate keys are a warning only: exit 0")
    func duplicates() throws {
        let dir = try folder(["s.json": Self.schema, "kinds.json": Self.kinds, "d.json": "{\"name\": \"x\", \"name\": \"y\"}"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try tryg(["--schema", "s.json", "d.json"], in: dir)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("d.json:1:15: warning: "), "\(result)")
        #expect(result.stdout.contains("[duplicate-key]"), "\(result)")
    }

    @Test("--ref-dir maps a base URI to a folder")
    func refDir() throws {
        let schema = """
            { "$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": "https://example.org/defs/kinds.json#/$defs/kind" }
            """
        let dir = try folder(["main/s.json": schema, "defs/kinds.json": Self.kinds, "v.json": "\"b\"", "w.json": "\"z\""])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try tryg(
            ["--schema", "main/s.json", "--ref-dir", "https://example.org/defs/=defs", "v.json", "w.json"], in: dir)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("w.json:1:1: error: "), "\(result)")
        #expect(!result.stdout.contains("v.json:"), "\(result)")
        let unresolved = try tryg(["--schema", "main/s.json", "v.json"], in: dir)
        #expect(unresolved.status == 2, "\(unresolved)")
        #expect(unresolved.stderr.hasPrefix("tryg: error: "), "\(unresolved)")
    }

    @Test("operational failures: missing file, invalid schema → exit 2")
    func operational() throws {
        let dir = try folder([
            "s.json": Self.schema, "kinds.json": Self.kinds, "bad-schema.json": "{\"type\": 12}", "ok.json": "{\"name\": \"x\"}",
        ])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let missing = try tryg(["--schema", "s.json", "nope.json"], in: dir)
        #expect(missing.status == 2, "\(missing)")
        #expect(missing.stderr == "tryg: error: cannot read nope.json: no such file, or no permission\n", "\(missing)")
        let invalid = try tryg(["--schema", "bad-schema.json", "ok.json"], in: dir)
        #expect(invalid.status == 2, "\(invalid)")
        #expect(invalid.stderr.hasPrefix("tryg: error: the schema bad-schema.json"), "\(invalid)")
    }

    @Test(
        "a schema that does not compile is reported in the language chosen",
        arguments: [
            (
                "en",
                #"tryg: error: the schema s.json at 1:35 is not valid: invalid regular expression "^[a-z]+($": unterminated group at character 10"#
            ),
            (
                "da",
                #"tryg: fejl: skemaet s.json (linje 1, kolonne 35) er ikke gyldigt: ugyldigt regulært udtryk "^[a-z]+($": gruppen er ikke lukket med ')' ved tegn nr. 10"#
            ),
        ])
    func compileErrorInLanguage(_ language: String, _ expected: String) throws {
        let schema = #"{"properties": {"id": {"pattern": "^[a-z]+($"}}}"#
        let dir = try folder(["s.json": schema, "ok.json": #"{"id": "abc"}"#])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try tryg(["--schema", "s.json", "--lang", language, "ok.json"], in: dir)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr == expected + "\n", "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
    }

    @Test("--format json lists the findings")
    func json() throws {
        let dir = try folder(["s.json": Self.schema, "kinds.json": Self.kinds, "bad.json": "{\"kind\": \"a\"}"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try tryg(["--schema", "s.json", "--format", "json", "bad.json"], in: dir)
        #expect(result.status == 1, "\(result)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let first = (object?["diagnostics"] as? [[String: Any]])?.first
        #expect(first?["code"] as? String == "required")
        #expect(first?["path"] as? String == "bad.json")
    }
}
