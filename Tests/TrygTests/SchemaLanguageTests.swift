import Foundation
import TestSupport
import Testing

/// JSON Schema's own findings follow the language choice like every other message, and the
/// pattern limit is an error end to end.
@Suite("JSON Schema findings in Danish and English (end to end)")
struct SchemaLanguageTests {
    static let schema = """
        {"type": "object", "required": ["id"], "additionalProperties": false,
         "properties": {"status": {"enum": ["active", "ended"]}, "n": {"type": "integer", "minimum": 3},
                        "tags": {"type": "array", "uniqueItems": true}, "slow": {"type": "string", "pattern": "^(?=a)([^b]+)+$"}}}
        """

    func run(_ language: String, instance: String) throws -> ProcessResult {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tryg-schema-lang-\(UUID().uuidString.prefix(8))")
            .path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(Self.schema.utf8).write(to: URL(fileURLWithPath: dir + "/s.json"))
        try Data(instance.utf8).write(to: URL(fileURLWithPath: dir + "/i.json"))
        return try runProcess(
            Locations.trygBinary, ["schema", "validate", "--schema", "s.json", "i.json", "--lang", language], in: dir)
    }

    static let instance = #"{"status": "aktiv", "n": 1.5, "tags": ["a", "a"], "nam": 1}"#

    @Test("tryg schema validate --lang da: every violation in Danish, with Danish hints")
    func danish() throws {
        let result = try run("da", instance: Self.instance)
        #expect(result.status == 1, "\(result)")
        for line in [
            #"i.json:1:1: fejl: den påkrævede egenskab "id" mangler [required]"#,
            #"fejl: status skal være en af: active, ended; fandt "aktiv" [enum]"#,
            "fejl: n skal være mindst 3; fandt 1.5 [minimum]",
            "fejl: forventede et heltal, men fandt et decimaltal [type]",
            "tip: skriv et helt tal uden decimaler, f.eks. 16",
            "fejl: tags må ikke indeholde det samme to gange; element 0 og 1 er ens [uniqueItems]",
            #"fejl: egenskaben "nam" er ikke tilladt her (mente du "n"?) [additionalProperties]"#,
            "kontrollerede 1 fil i de angivne filer: 6 fejl",
        ] {
            #expect(result.stdout.contains(line), "missing: \(line)\n\(result.stdout)")
        }
        #expect(!result.stdout.contains(" must "), "English left in the Danish output:\n\(result.stdout)")
    }

    @Test("tryg schema validate --lang en: the same findings in English")
    func english() throws {
        let result = try run("en", instance: Self.instance)
        #expect(result.status == 1, "\(result)")
        for line in [
            #"i.json:1:1: error: required property "id" is missing [required]"#,
            #"error: status must be one of: active, ended; found "aktiv" [enum]"#,
            "error: expected an integer, found a decimal number [type]",
            "hint: write a whole number, without decimals, e.g. 16",
            "error: tags must not contain duplicates; items 0 and 1 are equal [uniqueItems]",
        ] {
            #expect(result.stdout.contains(line), "missing: \(line)\n\(result.stdout)")
        }
    }

    @Test("a pattern that runs out of its limit is an error (pattern-limit), never a silent no-match")
    func patternLimit() throws {
        let value = String(repeating: "a", count: 40) + "b"
        let result = try run("da", instance: #"{"slow": "\#(value)"}"#)
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stdout.contains("er for dyrt at afprøve på denne værdi") && result.stdout.contains("[pattern-limit]"),
            "\(result)")
        #expect(result.stdout.contains("tip: fejlen ligger i skemaets mønster"), "\(result)")
    }
}
