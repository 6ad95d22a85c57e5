import Foundation
import TestSupport
import Testing

/// Hints chosen by meaning: for each mistake an editor makes, the hint `tryg validate` gives, and
/// that doing what it says makes the finding go away.
@Suite("Hints by meaning (end to end)")
struct HintTests {
    /// The findings of `tryg validate HEAD --format json` as (code, path, hint).
    func findings(_ repo: TemporaryRepository, language: String = "en") throws -> [(code: String, path: String, hint: String)] {
        let result = try runProcess(
            Locations.trygBinary, ["validate", "HEAD", "--format", "json", "--as-of", "2018-06-01", "--lang", language],
            in: repo.path)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result)")
        return (root["diagnostics"] as? [[String: Any]] ?? []).filter { $0["severity"] as? String == "error" }.map {
            ($0["code"] as? String ?? "", $0["path"] as? String ?? "", $0["hint"] as? String ?? "")
        }
    }

    func edit(_ repo: TemporaryRepository, _ path: String, _ from: String, _ to: String) throws {
        let text = try String(contentsOfFile: repo.path + "/" + path, encoding: .utf8)
        #expect(text.contains(from), "\(path) has no \(from)")
        try repo.write(path, text.replacingOccurrences(of: from, with: to))
    }

    @Test("a date written 01-03-2021 gets the date hint, not the id hint; writing it as the hint says fixes it")
    func dateHint() throws {
        let repo = try DiffCommandSupport.realContentRepository()
        let path = "strategy/initiatives/tryg-bydel.json"
        try edit(repo, path, "\"from\": \"2018-01-01\"", "\"from\": \"01-01-2018\"")
        try repo.commitAll("date written the Danish way")
        let found = try findings(repo)
        #expect(!found.isEmpty && found.allSatisfy { $0.hint.hasPrefix("dates are written YYYY-MM-DD") }, "\(found)")
        #expect(!found.contains { $0.hint.contains("ids are") }, "\(found)")
        let danish = try findings(repo, language: "da")
        #expect(danish.allSatisfy { $0.hint.hasPrefix("datoer skrives ÅÅÅÅ-MM-DD") }, "\(danish)")
        try edit(repo, path, "\"from\": \"01-01-2018\"", "\"from\": \"2018-01-01\"")
        try repo.commitAll("as the hint says")
        #expect(try findings(repo).isEmpty)
    }

    @Test("a web address that is not one gets the web-address hint; following it fixes it")
    func uriHint() throws {
        let repo = try DiffCommandSupport.realContentRepository()
        try edit(repo, "strategy/strategy.json", "\"website\": \"https://tryg.aalborg.dk\"", "\"website\": \"tryg aalborg\"")
        try repo.commitAll("website without scheme")
        let found = try findings(repo)
        #expect(
            found.map(\.hint) == [#"write a full web address beginning with https://, e.g. "https://tryg.aalborg.dk""#],
            "\(found)")
        try edit(repo, "strategy/strategy.json", "\"website\": \"tryg aalborg\"", "\"website\": \"https://tryg.aalborg.dk\"")
        try repo.commitAll("as the hint says")
        #expect(try findings(repo).isEmpty)
    }

    @Test("a status written in Danish is recognised: the hint names the value to write")
    func danishStatus() throws {
        let repo = try DiffCommandSupport.realContentRepository()
        let path = "strategy/initiatives/tryg-bydel.json"
        try edit(repo, path, "\"status\": \"active\"", "\"status\": \"aktiv\"")
        try repo.commitAll("Danish status")
        let found = try findings(repo)
        #expect(found.map(\.hint) == [#"use one of the allowed values, spelled exactly — probably "active""#], "\(found)")
        try edit(repo, path, "\"status\": \"aktiv\"", "\"status\": \"active\"")
        try repo.commitAll("as the hint says")
        #expect(try findings(repo).isEmpty)
    }

    @Test("a file named with something that is no id is told to rename the file, not to copy the name into id")
    func fileNameHint() throws {
        let repo = try DiffCommandSupport.realContentRepository()
        try repo.git(["mv", "strategy/initiatives/tryg-bydel.json", "strategy/initiatives/Tryg Bydel.json"])
        try repo.commitAll("file named by its name")
        let found = try findings(repo).filter { $0.code == "id-matches-file" }
        #expect(found.count == 1 && found[0].hint.contains("rename the file after the entity's \"id\""), "\(found)")
        #expect(!found[0].hint.contains(#"set "id" to "Tryg Bydel""#), "\(found)")
        try repo.git(["mv", "strategy/initiatives/Tryg Bydel.json", "strategy/initiatives/tryg-bydel.json"])
        try repo.commitAll("as the hint says")
        #expect(try findings(repo).isEmpty)
    }

    @Test("a report filed under another year is told both fixes, neither of them onto an existing file")
    func reportYearHint() throws {
        let repo = try DiffCommandSupport.realContentRepository()
        let reports = try FileManager.default.contentsOfDirectory(atPath: repo.path + "/strategy/reports/2017")
        let name = try #require(reports.sorted().first)
        try FileManager.default.createDirectory(atPath: repo.path + "/strategy/reports/2016", withIntermediateDirectories: true)
        try repo.git(["mv", "strategy/reports/2017/" + name, "strategy/reports/2016/" + name])
        try repo.commitAll("report under the wrong year")
        let found = try findings(repo).filter { $0.code == "id-matches-file" }
        let id = String(name.dropLast(5))
        #expect(
            found.map(\.hint) == [
                "if the report is for 2017, move the file to strategy/reports/2017/\(id).json; if it is for 2016, set \"year\" to 2016"
            ], "\(found)")
        try repo.git(["mv", "strategy/reports/2016/" + name, "strategy/reports/2017/" + name])
        try repo.commitAll("as the hint says")
        #expect(try findings(repo).isEmpty)
    }
}
