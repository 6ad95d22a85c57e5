import Foundation
import TestSupport
import Testing

/// `tryg validate` on content that breaks the repository's own schemas: each problem must be
/// reported at the right file, line and column, with the schema keyword as its code.
@Suite("Schema validation of content (end to end)")
struct SchemaValidationTests {
    static let validInitiative = """
        {
          "$schema": "../../schemas/initiative.schema.json",
          "id": "tryg-bydel",
          "name": "Tryg Bydel",
          "status": "active",
          "period": {
            "from": "2018-01-01"
          },
          "goals": [],
          "owners": [],
          "sources": [
            {
              "kind": "seed",
              "note": "Named in the seed."
            }
          ]
        }

        """

    /// A repository with this project's schemas and tryg.json (requiring no other content), and one
    /// initiative file.
    func repository(initiative: String, at path: String = "strategy/initiatives/tryg-bydel.json") throws
        -> TemporaryRepository
    {
        let repo = try TemporaryRepository()
        let root = Locations.packageRoot
        for name in try FileManager.default.contentsOfDirectory(atPath: root + "/schemas") where name.hasSuffix(".json") {
            try repo.write("schemas/" + name, try String(contentsOfFile: root + "/schemas/" + name, encoding: .utf8))
        }
        let config = try String(contentsOfFile: root + "/tryg.json", encoding: .utf8)
        try repo.write(
            "tryg.json", config.replacingOccurrences(of: "\"schemas\": [", with: "\"required\": [],\n  \"schemas\": ["))
        try repo.write(path, initiative)
        try repo.commitAll("fixture")
        return repo
    }

    /// `path:line:column` of the first occurrence of `needle` in `text` (1-based; columns in scalars).
    func place(of needle: String, in text: String, path: String = "strategy/initiatives/tryg-bydel.json") -> String {
        guard let range = text.range(of: needle) else { return "(\(needle) not found)" }
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let column = (before.split(separator: "\n", omittingEmptySubsequences: false).last?.unicodeScalars.count ?? 0) + 1
        return "\(path):\(line):\(column)"
    }

    func validate(_ repo: TemporaryRepository) throws -> ProcessResult {
        try runProcess(Locations.trygBinary, ["validate", "HEAD"], in: repo.path)
    }

    @Test("a valid initiative has no schema errors")
    func valid() throws {
        let result = try validate(try repository(initiative: Self.validInitiative))
        #expect(!result.stdout.contains("error:"), "\(result)")
    }

    @Test(
        "a wrong type is reported at the value",
        arguments: [
            ("\"goals\": []", "\"goals\": \"hoej-tryghed\"", "\"hoej-tryghed\"", "type"),
            ("\"status\": \"active\"", "\"status\": \"actve\"", "\"actve\"", "enum"),
            ("\"from\": \"2018-01-01\"", "\"from\": \"2018-02-30\"", "\"2018-02-30\"", "format"),
            ("\"id\": \"tryg-bydel\"", "\"id\": \"Tryg Bydel\"", "\"Tryg Bydel\"", "pattern"),
        ])
    func wrongValue(original: String, replacement: String, located: String, keyword: String) throws {
        let text = Self.validInitiative.replacingOccurrences(of: original, with: replacement)
        let result = try validate(try repository(initiative: text))
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("\(place(of: located, in: text)): error: "), "\(result)")
        #expect(result.stdout.contains("[\(keyword)]"), "\(result)")
    }

    @Test("an unknown property (a typo) is reported at its name")
    func typo() throws {
        let text = Self.validInitiative.replacingOccurrences(of: "\"name\": \"Tryg Bydel\"", with: "\"nmae\": \"Tryg Bydel\"")
        let result = try validate(try repository(initiative: text))
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("\(place(of: "\"nmae\"", in: text)): error: "), "\(result)")
        #expect(result.stdout.contains("nmae"), "\(result)")
        #expect(result.stdout.contains("[required]"), "\(result)")  // "name" is now missing too
    }

    @Test("a missing required property is reported at the object")
    func missingRequired() throws {
        let text = Self.validInitiative.replacingOccurrences(of: "  \"name\": \"Tryg Bydel\",\n", with: "")
        let result = try validate(try repository(initiative: text))
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("strategy/initiatives/tryg-bydel.json:1:1: error: "), "\(result)")
        #expect(result.stdout.contains("\"name\""), "\(result)")
        #expect(result.stdout.contains("[required]"), "\(result)")
    }

    @Test("a $schema that disagrees with tryg.json is reported at the $schema value")
    func wrongSchemaReference() throws {
        let text = Self.validInitiative.replacingOccurrences(of: "initiative.schema.json", with: "goal.schema.json")
        let result = try validate(try repository(initiative: text))
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stdout.contains(
                "strategy/initiatives/tryg-bydel.json:2:14: error: \"$schema\" names schemas/goal.schema.json, but tryg.json applies schemas/initiative.schema.json to this file [schema-reference]"
            ),
            "\(result)")
        #expect(result.stdout.contains("hint: set \"$schema\" to \"../../schemas/initiative.schema.json\""), "\(result)")
    }

    @Test("a file no schema applies to is reported")
    func noSchema() throws {
        let result = try validate(try repository(initiative: "{ \"note\": 1 }\n", at: "strategy/notes/loose.json"))
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stdout.contains("strategy/notes/loose.json: error: no schema applies to this file [no-schema]"), "\(result)")
    }

    @Test("a duplicate key is an error in strategy content")
    func duplicateKey() throws {
        let text = Self.validInitiative.replacingOccurrences(of: "\"goals\": [],", with: "\"goals\": [],\n  \"goals\": [],")
        let result = try validate(try repository(initiative: text))
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stdout.contains(
                "strategy/initiatives/tryg-bydel.json:10:3: error: key \"goals\" appears twice in the same object (first at line 9) [duplicate-key]"
            ), "\(result)")
    }
}
