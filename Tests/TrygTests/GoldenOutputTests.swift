import Foundation
import TestSupport
import Testing

/// Golden outputs, in Danish and English, of the commands whose wording the other golden suites
/// (validate's formats, diff, authoring) do not cover: `tryg versions`, `tryg log`, `tryg rules`, a
/// range report and GitLab's code-quality report. Commit ids are written as C0, C1, … .
@Suite("Golden outputs: versions, log, rules, range, code quality")
struct GoldenOutputTests {
    static let golden = Locations.packageRoot + "/Tests/TrygTests/Golden"
    static let languages = ["en", "da"]

    static func names(_ commits: [String]) -> [(id: String, name: String)] {
        commits.enumerated().map { ($1, "C\($0)") }
    }

    @Test("tryg versions", arguments: ["text", "json"], languages)
    func versions(_ format: String, _ language: String) throws {
        let (repo, commits) = try DiffCommandSupport.versionedRepository()
        let result = try DiffCommandSupport.tryg(["versions", "--format", format, "--lang", language], in: repo.path)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        try GoldenFile.check(
            GoldenFile.naming(result.stdout, Self.names(commits)), against: Self.golden + "/versions.\(language).\(format)")
    }

    @Test("tryg log", arguments: ["text", "json"], languages)
    func log(_ format: String, _ language: String) throws {
        let (repo, commits) = try DiffCommandSupport.versionedRepository()
        var outputs: [String] = []
        for id in ["a", "b"] {
            let result = try DiffCommandSupport.tryg(["log", id, "--format", format, "--lang", language], in: repo.path)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
            outputs.append(result.stdout)
        }
        try GoldenFile.check(
            GoldenFile.naming(outputs.joined(separator: "\n"), Self.names(commits)),
            against: Self.golden + "/log.\(language).\(format)")
    }

    @Test("tryg rules: the list and one rule's explanation", arguments: languages)
    func rules(_ language: String) throws {
        let repo = try TemporaryRepository.withRealContent()
        var outputs: [String] = []
        for arguments in [["rules"], ["rules", "unit-coverage"]] {
            let result = try DiffCommandSupport.tryg(arguments + ["--lang", language], in: repo.path)
            #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
            outputs.append(result.stdout)
        }
        try GoldenFile.check(outputs.joined(separator: "\n"), against: Self.golden + "/rules.\(language).text")
    }

    @Test("tryg validate --range: a commit that brings an error", arguments: ["text", "json"], languages)
    func range(_ format: String, _ language: String) throws {
        let repo = try DiffGoldenTests.branch()
        let result = try DiffCommandSupport.tryg(
            ["validate", "--range", "HEAD~1..HEAD", "--as-of", "2020-06-01", "--format", format, "--lang", language],
            in: repo.path)
        #expect(result.status == 1, "\(result)")
        let commits = [try repo.head("HEAD~1"), try repo.head("HEAD")]
        try GoldenFile.check(
            GoldenFile.naming(result.stdout, Self.names(commits)), against: Self.golden + "/range.\(language).\(format)")
    }

    @Test("tryg validate --format codequality (GitLab)", arguments: languages)
    func codeQuality(_ language: String) throws {
        let fixture = try RulesRepository()
        let result = try fixture.tryg([
            "validate", "--as-of", "2018-06-01", "--format", "codequality", "--lang", language, "HEAD",
        ])
        #expect(result.status == 1 && result.stderr.isEmpty, "\(result)")
        try GoldenFile.check(result.stdout, against: Self.golden + "/validate.\(language).codequality")
    }
}
