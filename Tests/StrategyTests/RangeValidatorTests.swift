import Foundation
import Git
import JSON
import Messages
import Strategy
import TestSupport
import Testing

/// Checking every commit of a range with one cache: what is parsed and validated again, and what not.
@Suite("RangeValidator")
struct RangeValidatorTests {
    /// A repository with the package's strategy, schemas and configuration, plus a test initiative.
    func strategyRepository() throws -> TemporaryRepository {
        let repo = try TemporaryRepository.withRealContent(commit: false)
        try repo.write(path, initiative(name: "Testindsats 0"))
        try repo.commitAll("content")
        return repo
    }

    let path = "strategy/initiatives/test-indsats.json"

    func initiative(name: String, status: String = "active") -> String {
        """
        {
          "$schema": "../../schemas/initiative.schema.json",
          "id": "test-indsats",
          "name": "\(name)",
          "status": "\(status)",
          "period": { "from": "2018-01-01" },
          "goals": ["hoej-tryghed"],
          "owners": ["aalborg-kommune"],
          "sources": [{ "kind": "seed", "note": "A test initiative." }]
        }

        """
    }

    func validator() -> RangeValidator {
        var options = ValidationOptions()
        options.asOf = Day("2019-06-01") ?? .today
        return RangeValidator(validator: ContentValidator(options: options))
    }

    @Test("a 10-commit range that changes one file per commit parses files + 9 blobs")
    func parsesOnlyWhatChanged() throws {
        let repo = try strategyRepository()
        for number in 1...9 {
            try repo.write(path, initiative(name: "Testindsats \(number)"))
            try repo.commitAll("rename \(number)")
        }
        let git = try Repository.open(at: repo.path)
        let ranges = validator()
        let report = try ranges.validate(range: "HEAD", in: git)
        #expect(report.commits.count == 10)
        #expect(report.commits.map(\.summary) == ["content"] + (1...9).map { "rename \($0)" })
        let files = try #require(report.commits.first?.report.filesChecked)
        #expect(files > 40)
        #expect(ranges.validator.documents.parseCount == files + 9)
        #expect(report.failing(strict: false).isEmpty, "\(report.commits.flatMap(\.report.diagnostics))")
    }

    @Test("commits that change nothing checked (code, README) reuse the report of the same content")
    func reusesReportsOfSameContent() throws {
        let repo = try strategyRepository()
        try repo.write("README.md", "one")
        try repo.commitAll("readme")
        try repo.write(path, initiative(name: "Testindsats 1", status: "bogus"))
        try repo.commitAll("break it")
        try repo.write("README.md", "two")
        try repo.commitAll("readme again")
        let ranges = validator()
        let report = try ranges.validate(range: "HEAD", in: try Repository.open(at: repo.path))
        #expect(ranges.reusedReports == 2)
        #expect(report.commits.map { $0.fails(strict: false) } == [false, false, true, true])
        #expect(report.commits[3].report.diagnostics == report.commits[2].report.diagnostics)
        #expect(ranges.validator.documents.parseCount == report.commits[0].report.filesChecked + 1)
    }

    @Test("a commit that changes a schema re-validates unchanged content against the new schema")
    func schemaChangeRevalidates() throws {
        let repo = try strategyRepository()
        let schemaPath = repo.path + "/schemas/initiative.schema.json"
        var schema = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: schemaPath))) as? [String: Any])
        var properties = try #require(schema["properties"] as? [String: Any])
        properties["status"] = ["enum": ["planned", "ended", "merged"]]
        schema["properties"] = properties
        try JSONSerialization.data(withJSONObject: schema, options: [.prettyPrinted, .sortedKeys])
            .write(to: URL(fileURLWithPath: schemaPath))
        try repo.commitAll("active is no status any more")

        let ranges = validator()
        let report = try ranges.validate(range: "HEAD", in: try Repository.open(at: repo.path))
        #expect(report.commits.map { $0.fails(strict: false) } == [false, true])
        let errors = report.commits[1].report.diagnostics.filter { $0.path == path && $0.severity == .error }
        #expect(errors.map(\.message.english) == ["status must be one of: planned, ended, merged; found \"active\""])
        #expect(errors.first?.location?.line == 5 && errors.first?.location?.column == 13)
        let files = report.commits[0].report.filesChecked
        #expect(ranges.validator.documents.parseCount == files + 1, "only the changed schema is parsed again")
    }

    @Test("tips only: just the end of A..B; both ends of A...B; an empty range has no commits")
    func tips() throws {
        let repo = try strategyRepository()
        try repo.write(path, initiative(name: "Testindsats 1"))
        let one = try repo.commitAll("one")
        try repo.write(path, initiative(name: "Testindsats 2"))
        let two = try repo.commitAll("two")
        try repo.git(["checkout", "-q", "-b", "side", "HEAD~2"])
        try repo.write(path, initiative(name: "Side"))
        let side = try repo.commitAll("side")
        let git = try Repository.open(at: repo.path)
        #expect(try RangeValidator.commits(of: "side..main", in: git).map(\.hex) == [one, two])
        #expect(try RangeValidator.commits(of: "side..main", in: git, tipsOnly: true).map(\.hex) == [two])
        #expect(Set(try RangeValidator.commits(of: "side...main", in: git, tipsOnly: true).map(\.hex)) == [two, side])
        #expect(try RangeValidator.commits(of: "main..main~1", in: git).isEmpty)
    }
}

/// Parsing a pre-receive hook's input and planning what a push asks to check.
@Suite("Push updates")
struct RangePushTests {
    let zero = String(repeating: "0", count: 40)
    let a = String(repeating: "a", count: 40)

    @Test("lines are parsed; creations, deletions and tags are recognised; CR and blank lines tolerated")
    func parse() throws {
        let updates = try PushUpdate.parse("\(zero) \(a) refs/heads/new\r\n\n\(a) \(zero) refs/tags/v1\n")
        #expect(updates.map(\.name) == ["refs/heads/new", "refs/tags/v1"])
        #expect(updates.map(\.isCreation) == [true, false])
        #expect(updates.map(\.isDeletion) == [false, true])
        #expect(updates.map(\.isTag) == [false, true])
        let long = try PushUpdate.parse("\(String(repeating: "0", count: 64)) \(String(repeating: "b", count: 64)) refs/heads/x")
        #expect(long.first?.newID.byteCount == 32)
    }

    @Test(
        "malformed lines are errors naming the line",
        arguments: [
            ("x y", "line 1 of the hook's input: expected '<old-id> <new-id> <ref-name>', found 'x y'"),
            ("\n1234 5678 refs/heads/x", "line 2 of the hook's input: '1234' is not an object id (40 or 64 hex digits)"),
        ])
    func malformed(input: String, message: String) {
        #expect(throws: PushInputError.self) { try PushUpdate.parse(input) }
        do {
            _ = try PushUpdate.parse(input)
        } catch {
            #expect("line \(error.line) of the hook's input: \(error.message.english)" == message)
        }
    }

    @Test(
        "protected reference patterns",
        arguments: [
            ("refs/heads/main", true), ("refs/heads/feature/x", true), ("refs/tags/v1", true),
            ("refs/notes/commits", false), ("refs/heads/", false), ("refs/headsx/main", false),
        ])
    func defaults(reference: String, protected: Bool) {
        #expect(ProtectedRefs().matches(reference) == protected)
    }

    @Test("configured patterns: exact names, one-segment stars, commas or spaces between")
    func configured() {
        let refs = ProtectedRefs(configValue: "refs/heads/main, refs/heads/release-*")
        #expect(refs.patterns == ["refs/heads/main", "refs/heads/release-*"])
        #expect(refs.matches("refs/heads/main") && refs.matches("refs/heads/release-2"))
        #expect(!refs.matches("refs/heads/mainline") && !refs.matches("refs/heads/release-2/x") && !refs.matches("refs/tags/v1"))
    }

    @Test("a plan: new commits of a new branch, nothing for a deletion, an unprotected ref or a tag of a known commit")
    func plan() throws {
        let repo = try TemporaryRepository()
        try repo.write("a.txt", "1")
        let base = try repo.commitAll("base")
        try repo.git(["checkout", "-q", "-b", "feature"])
        try repo.write("a.txt", "2")
        let c2 = try repo.commitAll("two")
        try repo.write("a.txt", "3")
        let c3 = try repo.commitAll("three")
        try repo.git(["checkout", "-q", "main"])
        try repo.git(["branch", "-D", "feature"])  // as if pushed: the objects are there, no reference yet
        let git = try Repository.open(at: repo.path)
        func id(_ hex: String) throws -> ObjectID { try #require(ObjectID(hex: hex)) }
        let updates = [
            PushUpdate(oldID: .zero, newID: try id(c3), name: "refs/heads/feature"),
            PushUpdate(oldID: .zero, newID: try id(c3), name: "refs/heads/copy"),
            PushUpdate(oldID: try id(base), newID: .zero, name: "refs/heads/old"),
            PushUpdate(oldID: .zero, newID: try id(c2), name: "refs/notes/x"),
            PushUpdate(oldID: .zero, newID: try id(base), name: "refs/tags/v1"),
        ]
        let plan = try PushPlan.plan(updates, in: git, protected: ProtectedRefs())
        #expect(plan.commits.map(\.hex) == [c2, c3])
        #expect(plan.items.map(\.skipped) == [nil, nil, .deleted, .unprotected, nil])
        #expect(plan.items.map(\.commits.count) == [2, 0, 0, 0, 0])
        #expect(plan.reference(bringing: try id(c2)) == "refs/heads/feature")
    }
}
