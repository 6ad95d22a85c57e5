import Testing

@testable import Strategy

/// References, assumptions' fields, ids and goals: each rule passing, failing with its exact
/// message and place, and an edge case.
@Suite("Rules: references, ids and goals")
struct RuleReferenceTests {
    @Test("unknown goals, partners, units and initiatives, with near misses suggested")
    func unknownReferences() throws {
        var f = RuleFixture.minimal()
        f.initiative(
            "a", from: "2018-01-01", goals: ["mal"], owners: ["kommune/skol", "politti"],
            extra: [("participants", #"["zzz-unrelated"]"#), ("absorbed", #"["b"]"#)])
        f.report("ab", year: 2018)
        expectLines(
            try f.check(ReferenceResolves.self),
            [
                "strategy/initiatives/a.json:6:13: error: there is no goal \"mal\" (did you mean \"maal\"?) [reference-resolves]",
                "strategy/initiatives/a.json:7:14: error: there is no unit \"kommune/skol\" (did you mean \"kommune/skole\"?) [reference-resolves]",
                "strategy/initiatives/a.json:7:30: error: there is no partner \"politti\" (did you mean \"politi\"?) [reference-resolves]",
                "strategy/initiatives/a.json:8:20: error: there is no partner \"zzz-unrelated\"; the valid ones are: kommune, kommune/skole, politi [reference-resolves]",
                "strategy/initiatives/a.json:9:16: error: there is no initiative \"b\"; the valid ones are: a [reference-resolves]",
                "strategy/reports/2018/ab.json:2:17: error: there is no initiative \"ab\" (did you mean \"a\"?) [reference-resolves]",
            ])
    }

    @Test("organisation members and forum partners must resolve; the minimal strategy's do")
    func organisationReferences() throws {
        var f = RuleFixture.minimal()
        expectLines(try f.check(ReferenceResolves.self), [])
        f.organisation(
            steering: ["kommune/skolen", "politi"], tovholdere: ["kommune", "politi"],
            extra: [("reporting", #"{"forum": {"partners": ["kommune", "polit"]}}"#)])
        expectLines(
            try f.check(ReferenceResolves.self),
            [
                "strategy/organisation.json:2:53: error: there is no unit \"kommune/skolen\" (did you mean \"kommune/skole\"?) [reference-resolves]",
                "strategy/organisation.json:4:51: error: there is no partner \"polit\" (did you mean \"politi\"?) [reference-resolves]",
            ])
    }

    @Test("an assumption's field must resolve, unless its kind is unknown")
    func assumptionFields() throws {
        var f = RuleFixture.minimal()
        f.initiative(
            "a", from: "2018-01-01", owners: ["kommune/skole", "politi"],
            extra: [
                (
                    "assumptions",
                    """
                    [{"field": "/owners/1", "kind": "inferred", "note": "n"}, {"field": "/owners/5", "kind": "chosen", "note": "n"},
                        {"field": "/tovholder", "kind": "unknown", "note": "n"}, {"field": "owners", "kind": "inferred", "note": "n"}]
                    """
                )
            ])
        expectLines(
            try f.check(AssumptionFieldResolves.self),
            [
                "strategy/initiatives/a.json:8:86: warning: this assumption is about \"/owners/5\", but the file has no such field [assumption-field-resolves]",
                "strategy/initiatives/a.json:9:72: warning: this assumption's field \"owners\" is not a JSON Pointer [assumption-field-resolves]",
            ])
    }

    @Test("an id must equal its file name; a report is filed by its initiative and year")
    func idsAndFileNames() throws {
        var f = RuleFixture.minimal()
        expectLines(try f.check(IDMatchesFile.self), [])
        f.files["strategy/partners/kommune.json"] = f.files["strategy/partners/kommune.json"]?
            .replacingOccurrences(of: "\"id\": \"kommune\"", with: "\"id\": \"kommun\"")
        f.report("a", year: 2018, folder: 2019)
        f.report("a", year: 2018, file: "b")
        expectLines(
            try f.check(IDMatchesFile.self),
            [
                "strategy/partners/kommune.json:2:9: error: the id \"kommun\" differs from the file name \"kommune.json\" [id-matches-file]",
                "strategy/reports/2018/b.json:2:17: error: this report is about \"a\", but its file is named \"b.json\" [id-matches-file]",
                "strategy/reports/2019/a.json:3:11: error: this report is for 2018, but it is filed in the folder \"2019\" [id-matches-file]",
            ])
    }

    @Test("units of a partner and goal numbers must be unique")
    func uniqueIDs() throws {
        var f = RuleFixture.minimal()
        expectLines(try f.check(UniqueIDs.self), [])
        f.partner(
            "kommune", name: "Kommune", joined: "2018-01-01",
            units: [
                #"{"id": "skole", "name": "Skole", "involved": true}"#, #"{"id": "skole", "name": "Skole 2", "involved": false}"#,
            ])
        f.goal("andet", number: 1)
        expectLines(
            try f.check(UniqueIDs.self),
            [
                "strategy/goals/maal.json:4:13: error: goal number 1 is already used by “Mål 1” [unique-ids]"
                    + "\n  related: strategy/goals/andet.json:1:1 the first one is here",
                "strategy/partners/kommune.json:7:12: error: Kommune has two units with the id \"skole\" [unique-ids]"
                    + "\n  related: strategy/partners/kommune.json:6:5 the first one is here",
            ])
    }

    @Test("every goal needs an active initiative; ended ones and initiatives without goals do not count")
    func goalCoverage() throws {
        var f = RuleFixture.minimal()
        expectLines(try f.check(GoalCoverage.self), [])
        f.goal("maal-to", number: 2)
        f.initiative("e", status: "ended", from: "2018-01-01", to: "2018-12-31", goals: ["maal-to"], owners: ["politi"])
        f.initiative("n", from: "2018-01-01", goals: [], owners: ["politi"])
        expectLines(
            try f.check(GoalCoverage.self),
            [
                "strategy/goals/maal-to.json:3:11: error: no active initiative works towards the goal 2 “Mål 2” [goal-coverage]"
                    + "\n  related: strategy/initiatives/e.json:1:1 “E” names this goal, but its status is ended"
            ])
    }
}
