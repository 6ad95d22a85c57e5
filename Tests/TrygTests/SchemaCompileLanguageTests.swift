import Foundation
import TestSupport
import Testing

/// A schema of the repository that does not compile is a finding said in the reader's language,
/// reason included (the reason comes from the JSONSchema module's compile errors).
@Suite("Schema compile errors in the language chosen (end to end)")
struct SchemaCompileLanguageTests {
    static let datePattern = #""pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$""#

    @Test(
        "tryg validate says why a schema cannot be used, in Danish and English",
        arguments: [
            (
                "en",
                #"this schema cannot be used: invalid regular expression "^[0-9]{4}-[0-9]{2}-[0-9]{2}($": unterminated group at character 30"#
            ),
            (
                "da",
                #"skemaet kan ikke bruges: ugyldigt regulært udtryk "^[0-9]{4}-[0-9]{2}-[0-9]{2}($": gruppen er ikke lukket med ')' ved tegn nr. 30"#
            ),
        ])
    func validateSaysWhy(_ language: String, _ expected: String) throws {
        let repo = try TemporaryRepository.withRealContent()
        let path = "schemas/common.schema.json"
        let text = try String(contentsOfFile: repo.path + "/" + path, encoding: .utf8)
        #expect(text.contains(Self.datePattern), "the date pattern moved: update the test")
        try repo.write(
            path, text.replacingOccurrences(of: Self.datePattern, with: #""pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}($""#))
        try repo.commitAll("a date pattern that is no regular expression")
        let result = try runProcess(
            Locations.trygBinary, ["validate", "HEAD", "--format", "json", "--as-of", "2018-06-01", "--lang", language],
            in: repo.path)
        #expect(result.status == 1, "\(result)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result)")
        let diagnostics = root["diagnostics"] as? [[String: Any]] ?? []
        // Every schema that refers to common.schema.json's date cannot be used, for the same reason.
        let unusable = diagnostics.filter { $0["code"] as? String == "schema" }
        #expect(unusable.count >= 5, "\(diagnostics)")
        #expect(unusable.allSatisfy { $0["message"] as? String == expected }, "\(unusable)")
    }
}
