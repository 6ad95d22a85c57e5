import Foundation
import Git
import Strategy
import TestSupport
import Testing

/// A range is checked commit by commit from the state the previous commit left (only changed files
/// are read, the model is updated in place, rules re-check what a change can affect). The oracle:
/// every commit's report must equal a fresh check of that commit's whole snapshot.
@Suite("Incremental range checks agree with fresh checks")
struct IncrementalRangeTests {
    let initiative = "strategy/initiatives/tryg-bydel.json"
    let test = "strategy/initiatives/test-indsats.json"

    func testInitiative(owners: String = "\"nordjyllands-politi\"", goals: String = "\"hoej-tryghed\"", extra: String = "")
        -> String
    {
        """
        {
          "$schema": "../../schemas/initiative.schema.json",
          "id": "test-indsats",
          "name": "Testindsats",
          "status": "active",
          "period": { "from": "2018-01-01" },
          "goals": [\(goals)],
          "owners": [\(owners)],\(extra)
          "sources": [{ "kind": "seed", "note": "A test initiative." }]
        }

        """
    }

    /// Replaces the first occurrence of `old` in a file of the work tree; the test fails if it is absent.
    func edit(_ repo: TemporaryRepository, _ path: String, _ old: String, _ new: String) throws {
        let file = repo.path + "/" + path
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let range = try #require(text.range(of: old), "\(path) has no \(old)")
        try text.replacingCharacters(in: range, with: new).write(toFile: file, atomically: true, encoding: .utf8)
    }

    /// A history that exercises every path of the incremental check: entities changed in place (each
    /// kind), files added, removed, moved, broken and fixed, a schema change, a configuration change,
    /// a commit that changes nothing checked.
    func history() throws -> TemporaryRepository {
        let repo = try TemporaryRepository.withRealContent()
        let steps: [(String, () throws -> Void)] = [
            ("rename an initiative", { try edit(repo, initiative, "\"name\": \"", "\"name\": \"Omdøbt ") }),
            ("add an initiative", { try repo.write(test, testInitiative()) }),
            ("misspell a goal", { try repo.write(test, testInitiative(goals: "\"hoej-trygheed\"")) }),
            (
                "fix it, owned by a unit",
                {
                    try repo.write(test, testInitiative(owners: "\"aalborg-kommune/skoleforvaltningen\""))
                }
            ),
            ("owner that does not exist", { try repo.write(test, testInitiative(owners: "\"nordjylands-politi\"")) }),
            ("break the schema", { try repo.write(test, testInitiative(extra: "\n  \"colour\": \"blue\",")) }),
            ("still broken, another file changed", { try edit(repo, initiative, "\"name\": \"", "\"name\": \"Igen ") }),
            ("fixed", { try repo.write(test, testInitiative()) }),
            (
                "merge into an initiative that does not absorb it",
                {
                    try repo.write(test, testInitiative(extra: "\n  \"mergedInto\": \"tryg-bydel\","))
                    try edit(repo, test, "\"status\": \"active\"", "\"status\": \"merged\"")
                    try edit(repo, test, "\"from\": \"2018-01-01\" }", "\"from\": \"2018-01-01\", \"to\": \"2019-01-31\" }")
                }
            ),
            (
                "an exception without reason",
                {
                    try repo.write(
                        test, testInitiative(extra: "\n  \"exceptions\": [{ \"rule\": \"yearly-report\", \"reason\": \" \" }],"))
                }
            ),
            ("rename a goal", { try edit(repo, "strategy/goals/hoej-tryghed.json", "\"name\": \"", "\"name\": \"Ny ") }),
            (
                "rename a partner",
                {
                    try edit(
                        repo, "strategy/partners/nordjyllands-politi.json", "\"name\": \"Nordjyllands Politi\"",
                        "\"name\": \"Politiet\"")
                }
            ),
            (
                "a partner leaves early",
                {
                    try edit(
                        repo, "strategy/partners/nordjyllands-politi.json", "\"joined\": \"2014-09-01\",",
                        "\"joined\": \"2014-09-01\", \"left\": \"2019-12-31\",")
                }
            ),
            (
                "rename the strategy",
                { try edit(repo, "strategy/strategy.json", "\"name\": \"Tryg Aalborg", "\"name\": \"Trygge Aalborg") }
            ),
            (
                "add a report",
                {
                    try repo.write(
                        "strategy/reports/2018/test-indsats.json",
                        """
                        { "$schema": "../../../schemas/report.schema.json", "initiative": "test-indsats", "year": 2018,
                          "sources": [{ "kind": "seed", "note": "A test report." }] }
                        """)
                }
            ),
            (
                "the report changes its year",
                {
                    try edit(repo, "strategy/reports/2018/test-indsats.json", "\"year\": 2018", "\"year\": 2019")
                }
            ),
            ("move a file", { try repo.git(["mv", test, "strategy/initiatives/test-indsats-2.json"]) }),
            ("only the README", { try repo.write("README.md", "changed") }),
            ("remove it", { try repo.remove("strategy/initiatives/test-indsats-2.json") }),
            (
                "change a schema",
                { try edit(repo, "schemas/goal.schema.json", "\"description\": \"", "\"description\": \"Changed. ") }
            ),
            (
                "turn a rule off",
                {
                    try edit(repo, "tryg.json", "\"schemas\": [", "\"rules\": { \"yearly-report\": \"off\" },\n  \"schemas\": [")
                }
            ),
            ("syntax error", { try edit(repo, initiative, "{", "{ ,") }),
            ("and fixed", { try edit(repo, initiative, "{ ,", "{") }),
        ]
        for (message, step) in steps {
            try step()
            try repo.commitAll(message)
        }
        // A side branch from the middle of the history, merged back: the walk visits its commits
        // between those of main, so consecutive states differ by more than one commit's change.
        try repo.git(["checkout", "-q", "-b", "side", "HEAD~12"])
        try repo.write(
            "strategy/initiatives/side-indsats.json",
            testInitiative(owners: "\"region-nordjylland-psykiatrien\"")
                .replacingOccurrences(of: "test-indsats", with: "side-indsats"))
        try repo.commitAll("side: add an initiative")
        try edit(repo, "strategy/goals/boern-og-unges-trivsel.json", "\"name\": \"", "\"name\": \"Side ")
        try repo.commitAll("side: rename a goal")
        try repo.git(["checkout", "-q", "main"])
        try repo.git(["merge", "-q", "--no-ff", "-m", "merge side", "side"])
        return repo
    }

    @Test("every commit's report equals a fresh check of its snapshot", arguments: ["2018-06-01", "2020-03-01", "2022-06-01"])
    func agreesWithFreshChecks(asOf: String) throws {
        let repo = try history()
        let git = try Repository.open(at: repo.path)
        var options = ValidationOptions()
        options.asOf = try #require(Day(asOf))
        let ranges = RangeValidator(validator: ContentValidator(options: options))
        let report = try ranges.validate(range: "HEAD", in: git)
        #expect(report.commits.count == 27)
        var differing = Set<String>()
        var previous: [Diagnostic]?
        for commit in report.commits {
            let fresh = try ContentValidator(options: options).validate(try git.snapshot(.commit(commit.id)))
            #expect(commit.report.diagnostics == fresh.diagnostics, "\(commit.summary): incremental ≠ fresh")
            #expect(commit.report.filesChecked == fresh.filesChecked, "\(commit.summary)")
            if let previous, previous != fresh.diagnostics { differing.insert(commit.summary) }
            previous = fresh.diagnostics
        }
        // The history must exercise the rules: most steps change what is found.
        #expect(differing.count >= 12, "\(differing.sorted())")
        #expect(report.commits.contains { $0.report.diagnostics.contains { $0.code == "rules-withheld" } })
        #expect(report.commits.contains { $0.report.diagnostics.contains { $0.code == "reference-resolves" } })
    }
}
