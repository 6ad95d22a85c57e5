import Foundation
import TestSupport
import Testing

/// The history rules on real commits of the real content: a rename without formerNames, a deleted
/// file, an id reused — in `validate --range`, `validate --new-since`, the pre-commit hook (a real
/// `git commit`) and the pre-receive hook (a real `git push`).
@Suite("History rules (end to end)")
struct HistoryRulesCommandTests {
    static let bydel = "strategy/initiatives/tryg-bydel.json"
    static let skalborg = "strategy/initiatives/skalborg-borgerhjaelp.json"

    static let renameLine =
        "strategy/initiatives/tryg-bydel.json:4:11: error: the name “Tryg Bydel” was changed to “Trygge Bydele” without recording the old name in formerNames [former-name-recorded]"
    static let renameHint =
        #"    hint: add {"name": "Tryg Bydel", "until": "YYYY-MM-DD"} to "formerNames" (the last day under the old name in "until"), or undo the change and run: tryg rename tryg-bydel "Trygge Bydele" --on <first day under the new name>"#
    static let deletedLine =
        "strategy/initiatives/skalborg-borgerhjaelp.json: error: strategy/initiatives/skalborg-borgerhjaelp.json was deleted: content is never deleted – an initiative is ended or merged [entity-not-deleted]"
    static let reusedLine =
        #"strategy/initiatives/skalborg-borgerhjaelp.json:3:9: error: the id "skalborg-borgerhjaelp" was used by an entity earlier in the history: an id is never given to another entity [id-not-reused]"#

    /// The real content with three more commits: a rename without formerNames, a deletion, and the
    /// deleted id given to another initiative.
    static func history() throws -> (TemporaryRepository, [String]) {
        let repo = try DiffCommandSupport.realContentRepository()
        var commits: [String] = []
        let bydel = try String(contentsOfFile: repo.path + "/" + Self.bydel, encoding: .utf8)
        try repo.write(
            Self.bydel, bydel.replacingOccurrences(of: "\"name\": \"Tryg Bydel\"", with: "\"name\": \"Trygge Bydele\""))
        commits.append(try repo.commitAll("rename without formerNames"))
        let skalborg = try String(contentsOfFile: repo.path + "/" + Self.skalborg, encoding: .utf8)
        try repo.remove(Self.skalborg)
        try repo.remove("strategy/reports/2017/skalborg-borgerhjaelp.json")
        commits.append(try repo.commitAll("delete Skalborg Borgerhjælp"))
        try repo.write(
            Self.skalborg,
            skalborg.replacingOccurrences(of: "\"name\": \"Skalborg Borgerhjælp\"", with: "\"name\": \"Skalborg Natteliv\""))
        commits.append(try repo.commitAll("reuse the id"))
        return (repo, commits)
    }

    static func tryg(_ arguments: [String], in repo: TemporaryRepository) throws -> ProcessResult {
        try runProcess(Locations.trygBinary, arguments + ["--as-of", RangeFixture.asOf], in: repo.path)
    }

    @Test("validate --range: each commit against its first parent")
    func range() throws {
        let (repo, commits) = try Self.history()
        let result = try Self.tryg(["validate", "--range", "HEAD~3..HEAD"], in: repo)
        #expect(result.status == 1, "\(result)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("commit \(commits[0].prefix(7)) rename without formerNames: 1 new error"), "\(result)")
        #expect(lines.contains(Self.renameLine) && lines.contains(Self.renameHint), "\(result)")
        // The initiative and its yearly report: both files are kept in the history.
        #expect(lines.contains("commit \(commits[1].prefix(7)) delete Skalborg Borgerhjælp: 2 new errors"), "\(result)")
        #expect(lines.contains(Self.deletedLine), "\(result)")
        #expect(lines.contains("commit \(commits[2].prefix(7)) reuse the id: 1 new error"), "\(result)")
        #expect(lines.contains(Self.reusedLine), "\(result)")
    }

    @Test("an exception on strategy.json naming the deleted file allows the deletion (a note with the reason)")
    func exceptionAllowsDeletion() throws {
        let repo = try DiffCommandSupport.realContentRepository()
        let path = repo.path + "/strategy/strategy.json"
        var strategy = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        var exceptions = strategy["exceptions"] as? [[String: Any]] ?? []
        for file in [Self.skalborg, "strategy/reports/2017/skalborg-borgerhjaelp.json"] {
            exceptions.append([
                "rule": "entity-not-deleted", "file": file,
                "reason": "Tilføjet ved en fejl i Version 1; indsatsen har aldrig hørt til strategien.",
            ])
        }
        strategy["exceptions"] = exceptions
        try JSONSerialization.data(withJSONObject: strategy, options: [.prettyPrinted, .sortedKeys]).write(
            to: URL(fileURLWithPath: path))
        try repo.remove(Self.skalborg)
        try repo.remove("strategy/reports/2017/skalborg-borgerhjaelp.json")
        try repo.commitAll("delete with a reasoned exception")
        let result = try Self.tryg(["validate", "--range", "HEAD~1..HEAD"], in: repo)
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout.contains(
                "strategy/initiatives/skalborg-borgerhjaelp.json: note: strategy/initiatives/skalborg-borgerhjaelp.json was deleted: content is never deleted – an initiative is ended or merged (excepted: Tilføjet ved en fejl"
            ),
            "\(result)")
    }

    @Test("validate --new-since compares the work tree with the base, history included")
    func newSince() throws {
        let repo = try DiffCommandSupport.realContentRepository()
        let bydel = try String(contentsOfFile: repo.path + "/" + Self.bydel, encoding: .utf8)
        try repo.write(
            Self.bydel, bydel.replacingOccurrences(of: "\"name\": \"Tryg Bydel\"", with: "\"name\": \"Trygge Bydele\""))
        let result = try Self.tryg(["validate", "--new-since", "HEAD"], in: repo)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains(Self.renameLine), "\(result)")
    }

    @Test("the pre-commit hook refuses a rename without formerNames; tryg rename's commit passes it")
    func preCommit() throws {
        let repo = try DiffCommandSupport.realContentRepository()
        let install = try runProcess(
            Locations.trygBinary, ["hook", "install", "--", "--as-of", RangeFixture.asOf], in: repo.path)
        #expect(install.status == 0, "\(install)")
        let bydel = try String(contentsOfFile: repo.path + "/" + Self.bydel, encoding: .utf8)
        try repo.write(
            Self.bydel, bydel.replacingOccurrences(of: "\"name\": \"Tryg Bydel\"", with: "\"name\": \"Trygge Bydele\""))
        try repo.git(["add", "-A"])
        let refused = try runProcess("/usr/bin/git", ["commit", "-q", "-m", "rename by hand"], in: repo.path)
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains(Self.renameLine), "\(refused)")
        try repo.git(["checkout", "-q", "HEAD", "--", Self.bydel])
        let renamed = try Self.tryg(["rename", "tryg-bydel", "Trygge Bydele", "--on", "2020-01-01"], in: repo)
        #expect(renamed.status == 0, "\(renamed)")
        let accepted = try runProcess("/usr/bin/git", ["commit", "-q", "-am", "rename with tryg"], in: repo.path)
        #expect(accepted.status == 0, "\(accepted)")
    }

    @Test("the pre-receive hook rejects a pushed deletion, compared with the reference's old value")
    func preReceive() throws {
        let server = try TemporaryRepository(bare: true)
        let install = try runProcess(
            Locations.trygBinary, ["hook", "install", "--pre-receive", "-C", server.path, "--", "--as-of", RangeFixture.asOf])
        #expect(install.status == 0, "\(install)")
        let client = try DiffCommandSupport.realContentRepository()
        try client.git(["remote", "add", "origin", server.path])
        #expect(try runProcess("/usr/bin/git", ["push", "-q", "origin", "main"], in: client.path).status == 0)
        try client.remove(Self.skalborg)
        try client.remove("strategy/reports/2017/skalborg-borgerhjaelp.json")
        try client.commitAll("delete Skalborg Borgerhjælp")
        let rejected = try runProcess("/usr/bin/git", ["push", "origin", "main"], in: client.path)
        #expect(rejected.status != 0, "\(rejected)")
        #expect(rejected.stderr.contains("remote: " + Self.deletedLine), "\(rejected)")
    }
}
