import Foundation
import TestSupport
import Testing

/// A small strategy in a real git repository, checked with permissive schemas so that only the
/// rules speak: the fixture of the end-to-end rule tests and the output-format golden tests.
struct RulesRepository {
    /// How many rules tryg has (the list of `tryg rules`).
    static let ruleCount = 21

    let repo: TemporaryRepository

    /// The strategy: period 2018–2021; partners "kommune" (unit "skole", involved) and "politi";
    /// goal "maal"; initiative "a" (active, owned by kommune/skole), "p" (owned by politi, ending
    /// 2019-06-30: a gap for Politi) and "n" (active, no owner). Committed on `main`.
    init(rules: String = "{}") throws {
        repo = try TemporaryRepository()
        try repo.write("schemas/any.schema.json", "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"}\n")
        try repo.write(
            "tryg.json",
            """
            {
              "schemas": [
                {"files": "tryg.json", "schema": "schemas/any.schema.json"},
                {"files": "strategy/*.json", "schema": "schemas/any.schema.json"},
                {"files": "strategy/*/*.json", "schema": "schemas/any.schema.json"}
              ],
              "rules": \(rules)
            }

            """)
        try write(
            "strategy/strategy.json",
            [
                ("name", "\"Tryg Test\""), ("version", "2"),
                ("period", #"{"from": "2018-01-01", "to": "2021-12-31"}"#),
            ])
        try write(
            "strategy/organisation.json",
            [
                ("steeringGroup", #"{"members": [{"role": "R", "at": "kommune"}, {"role": "R", "at": "politi"}]}"#),
                ("tovholdere", #"{"members": [{"role": "R", "at": "kommune"}, {"role": "R", "at": "politi"}]}"#),
            ])
        try write(
            "strategy/partners/kommune.json",
            [
                ("id", "\"kommune\""), ("name", "\"Kommune\""), ("joined", "\"2018-01-01\""),
                ("units", #"[{"id": "skole", "name": "Skole", "involved": true}]"#),
            ])
        try write("strategy/partners/politi.json", [("id", "\"politi\""), ("name", "\"Politi\""), ("joined", "\"2018-01-01\"")])
        try write("strategy/goals/maal.json", [("id", "\"maal\""), ("name", "\"Mål\""), ("number", "1")])
        try initiative("a", period: #"{"from": "2018-01-01"}"#, owners: #"["kommune/skole"]"#)
        try initiative("p", period: #"{"from": "2018-01-01", "to": "2019-06-30"}"#, owners: #"["politi"]"#)
        try initiative("n", period: #"{"from": "2018-01-01"}"#, owners: "[]")
        try repo.commitAll("strategy")
    }

    /// Writes an entity file: `$schema` first, then one member per line.
    func write(_ path: String, _ members: [(String, String)]) throws {
        let depth = path.split(separator: "/").count - 1
        let schema = String(repeating: "../", count: depth) + "schemas/any.schema.json"
        let lines = [("$schema", "\"\(schema)\"")] + members
        try repo.write(path, "{\n" + lines.map { "  \"\($0.0)\": \($0.1)" }.joined(separator: ",\n") + "\n}\n")
    }

    func initiative(_ id: String, period: String, owners: String) throws {
        try write(
            "strategy/initiatives/\(id).json",
            [
                ("id", "\"\(id)\""), ("name", "\"\(id.uppercased())\""), ("status", "\"active\""), ("period", period),
                ("goals", #"["maal"]"#), ("owners", owners),
            ])
    }

    /// Runs the built tryg in the repository.
    func tryg(_ arguments: [String]) throws -> ProcessResult {
        try runProcess(Locations.trygBinary, arguments, in: repo.path)
    }
}

/// End-to-end tests of `tryg rules` and of the rules through `tryg validate`.
@Suite("tryg rules (end to end)")
struct RulesCommandTests {
    @Test("lists every rule with its default severity and summary outside a repository")
    func listDefaults() throws {
        let result = try runProcess(Locations.trygBinary, ["rules"], in: "/")
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n")
        #expect(
            lines.first
                == "partner-coverage                error    Every partner owns at least one ongoing initiative on every day of the strategy period."
        )
        #expect(
            result.stdout.contains("\ninitiative-has-owner            warning  Every active initiative names at least one owner"),
            "\(result)")
        // The rules, the engine's checks under a heading, the advice.
        #expect(lines.count == RulesRepository.ruleCount + 1 + 4 + 1, "\(result)")
        #expect(
            result.stdout.contains("\nunused-exception                warning  Every exception excuses a finding"), "\(result)")
        let engineCode = try runProcess(Locations.trygBinary, ["rules", "expired-exception"], in: "/")
        #expect(engineCode.status == 0 && engineCode.stdout.hasPrefix("expired-exception (warning)\n\n"), "\(engineCode)")
    }

    @Test("shows the severities configured in the repository's tryg.json")
    func listConfigured() throws {
        let fixture = try RulesRepository(
            rules: #"{"yearly-report": "off", "unit-coverage": "warning", "goal-coverage": "error"}"#)
        let result = try fixture.tryg(["rules"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("\nunit-coverage                   warning (tryg.json)  Every involved unit"), "\(result)")
        #expect(
            result.stdout.contains("\nyearly-report                   off (tryg.json)      Every ongoing initiative"), "\(result)"
        )
        #expect(result.stdout.contains("\ngoal-coverage                   error                Every goal"), "\(result)")
    }

    @Test("explains one rule, quoting the seed")
    func explain() throws {
        let result = try runProcess(Locations.trygBinary, ["rules", "unit-coverage"], in: "/")
        #expect(result.status == 0, "\(result)")
        #expect(
            result.stdout.hasPrefix("unit-coverage (error)\n\nEvery involved unit owns at least one ongoing initiative"),
            "\(result)")
        #expect(
            result.stdout.contains(
                "\"Alle involverede forvaltninger, Nordjyllands Politi og Region Nordjylland skal have mindst en igangværende indsats i hele perioden\""
            ),
            "\(result)")
        #expect(result.stdout.contains("\"exceptions\": [{\"rule\": \"unit-coverage\""), "\(result)")
    }

    @Test("an unknown rule name: exit 2 with a suggestion")
    func unknownName() throws {
        let result = try runProcess(Locations.trygBinary, ["rules", "partner-coverge"], in: "/")
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "tryg: error: there is no rule named \"partner-coverge\" (did you mean \"partner-coverage\"?); `tryg rules` lists them\n"
        )
    }

    @Test("validate: a rule error fails with exit 1; turned off in tryg.json it passes")
    func validateWithRules() throws {
        let fixture = try RulesRepository()
        let failing = try fixture.tryg(["validate", "--as-of", "2018-06-01"])
        #expect(failing.status == 1, "\(failing)")
        #expect(
            failing.stdout.contains(
                "strategy/partners/politi.json:4:11: error: Politi owns no active initiative from 2019-07-01 to 2021-12-31 [partner-coverage]"
            ),
            "\(failing)")
        #expect(
            failing.stdout.contains("    note: strategy/initiatives/p.json:1:1: “P” (owned) is active until 2019-06-30\n"),
            "\(failing)")
        let off = try RulesRepository(rules: #"{"partner-coverage": "off", "initiative-has-owner": "note"}"#)
        let passing = try off.tryg(["validate", "--as-of", "2018-06-01"])
        #expect(passing.status == 0, "\(passing)")
        #expect(passing.stdout.hasSuffix("checked 10 files in the work tree: 1 note\n"), "\(passing)")
        let strict = try RulesRepository(rules: #"{"partner-coverage": "off"}"#).tryg([
            "validate", "--as-of", "2018-06-01", "--strict",
        ])
        #expect(strict.status == 1, "\(strict)")
    }

    @Test("validate: an unknown rule in tryg.json is reported at its line")
    func unknownRuleInConfig() throws {
        let fixture = try RulesRepository(
            rules: #"{"partner-coverage": "off", "initiative-has-owner": "off", "yearly-reports": "off"}"#)
        let result = try fixture.tryg(["validate", "--as-of", "2018-06-01"])
        #expect(result.status == 1, "\(result)")
        let finding =
            #"tryg\.json:\d+:\d+: error: tryg\.json sets the rule "yearly-reports", which tryg does not have \(did you mean "yearly-report"\?\) \[unknown-rule\]"#
        #expect(result.stdout.range(of: finding, options: .regularExpression) != nil, "\(result)")
    }

    @Test("the repository's own content passes tryg validate at HEAD (exit 0)")
    func ownContent() throws {
        let result = try runProcess(Locations.trygBinary, ["validate", "HEAD"], in: Locations.packageRoot)
        #expect(result.status == 0, "\(result)")
        #expect(!result.stdout.contains(": error: "), "\(result)")
    }
}
