import Foundation
import TestSupport
import Testing

/// Golden outputs of `tryg validate` in every format on a small strategy with rule findings, and
/// the structure SARIF 2.1.0 requires, in English and in Danish. Re-record the golden files with
/// `TRYG_RECORD=1 swift test`; a recording run fails on purpose, so it can never pass in CI.
@Suite("Output formats (golden files)")
struct OutputFormatTests {
    static let golden = Locations.packageRoot + "/Tests/TrygTests/Golden"

    /// `tryg validate --format FORMAT` on the fixture: a partner-coverage error with a related
    /// initiative, an initiative-has-owner warning.
    func validate(_ format: String, language: String = "en") throws -> ProcessResult {
        let fixture = try RulesRepository()
        return try fixture.tryg(["validate", "--as-of", "2018-06-01", "--format", format, "--lang", language, "HEAD"])
    }

    @Test("each format matches its golden file exactly", arguments: ["text", "json", "github", "sarif"], ["en", "da"])
    func golden(_ format: String, _ language: String) throws {
        let result = try validate(format, language: language)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.isEmpty, "\(result)")
        try GoldenFile.check(result.stdout, against: Self.golden + "/validate.\(language).\(format)")
    }

    @Test("SARIF output has the properties SARIF 2.1.0 requires, with consistent rule indices")
    func sarifStructure() throws {
        let result = try validate("sarif")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let run = try #require(runs.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "tryg")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(ids.count == rules.count && Set(ids).count == ids.count)
        // Every rule is listed, also those that found nothing, each described in its own words.
        #expect(
            Set(["partner-coverage", "unit-coverage", "yearly-report", "reference-resolves", "unknown-rule"]).isSubset(
                of: Set(ids)))
        let coverage = try #require(rules.first { $0["id"] as? String == "partner-coverage" })
        let summary = (coverage["shortDescription"] as? [String: Any])?["text"] as? String
        #expect(summary == "Every partner owns at least one ongoing initiative on every day of the strategy period.")
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2)
        for item in results {
            let ruleID = try #require(item["ruleId"] as? String)
            let index = try #require(item["ruleIndex"] as? Int)
            #expect(ids.indices.contains(index) && ids[index] == ruleID, "ruleIndex \(index) does not name \(ruleID)")
            #expect(["error", "warning", "note", "none"].contains(item["level"] as? String ?? ""))
            let text = (item["message"] as? [String: Any])?["text"] as? String
            #expect(text?.isEmpty == false)
            let locations = try #require(item["locations"] as? [[String: Any]])
            let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
            let uri = (physical["artifactLocation"] as? [String: Any])?["uri"] as? String
            #expect(uri?.hasPrefix("strategy/") == true)
            let line = (physical["region"] as? [String: Any])?["startLine"] as? Int
            #expect((line ?? 0) >= 1)
        }
        #expect(results.map { $0["ruleId"] as? String } == ["initiative-has-owner", "partner-coverage"])
    }
}
