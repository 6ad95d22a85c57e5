import JSON
import Messages
import Testing

@testable import Strategy

/// The organisation rules, owners and yearly reports, and the engine: severities from tryg.json,
/// exceptions (used, unused, expired, unknown, without reason), unknown rule names in tryg.json.
@Suite("Rules: organisation, reports and the engine")
struct RuleEngineTests {
    @Test("the Styregruppe has a member from every partner; a unit's member counts for its partner")
    func steeringGroup() throws {
        var f = RuleFixture.minimal()
        f.organisation(steering: ["kommune/skole", "politi"], tovholdere: ["kommune", "politi"])
        expectLines(try f.check(SteeringGroupCoversPartners.self), [])
        f.organisation(steering: ["kommune"], tovholdere: ["kommune", "politi"])
        f.partner("senere", name: "Senere", joined: "2022-01-01")
        expectLines(
            try f.check(SteeringGroupCoversPartners.self),
            [
                "strategy/organisation.json:2:32: error: the Styregruppe has no member from Politi [steering-group-covers-partners]"
                    + "\n  related: strategy/partners/politi.json:1:1 the partner"
            ])
    }

    @Test("two tovholdere from two partners")
    func tovholdere() throws {
        var f = RuleFixture.minimal()
        expectLines(try f.check(TwoTovholdere.self), [])
        f.organisation(steering: ["kommune", "politi"], tovholdere: ["kommune"])
        expectLines(
            try f.check(TwoTovholdere.self),
            [
                "strategy/organisation.json:3:29: error: the strategy has only one tovholder; it needs two [two-tovholdere]"
            ])
        f.organisation(steering: ["kommune", "politi"], tovholdere: ["kommune", "kommune/skole"])
        expectLines(
            try f.check(TwoTovholdere.self),
            [
                "strategy/organisation.json:3:29: error: all the strategy's tovholdere are at Kommune; they should come from two partners [two-tovholdere]"
            ])
    }

    @Test("an active initiative without owners is a warning; an ended one is not checked")
    func owners() throws {
        var f = RuleFixture.minimal()
        expectLines(try f.check(InitiativeHasOwner.self), [])
        f.initiative("n", from: "2018-01-01", owners: [])
        f.initiative("e", status: "ended", from: "2018-01-01", to: "2018-02-01", owners: [])
        expectLines(
            try f.check(InitiativeHasOwner.self),
            [
                "strategy/initiatives/n.json:7:13: warning: the active initiative “N” has no owner [initiative-has-owner]"
            ])
    }

    @Test("yearly reports for closed years of the strategy period, while the initiative was ongoing")
    func yearlyReports() throws {
        var f = RuleFixture.minimal()
        expectLines(try f.check(YearlyReport.self, asOf: "2018-12-31"), [])
        expectLines(try f.check(YearlyReport.self, asOf: "2019-01-01"), [])
        f.initiative("e", status: "ended", from: "2014-01-01", to: "2018-06-30", owners: ["politi"])
        f.initiative("p", status: "planned", from: "2019-01-01", owners: ["politi"])
        expectLines(
            try f.check(YearlyReport.self, asOf: "2021-03-01"),
            [
                "strategy/initiatives/a.json:3:11: warning: “A” has no yearly report for 2019 and 2020 [yearly-report]",
                "strategy/initiatives/e.json:3:11: warning: “E” has no yearly report for 2018 [yearly-report]",
            ])
    }

    @Test("an exception on strategy.json excuses yearly reports for every initiative")
    func strategyWideReportException() throws {
        var f = RuleFixture.minimal()
        f.strategy(
            period: #"{"from": "2018-01-01", "to": "2021-12-31"}"#,
            extra: [
                ("exceptions", #"[{"rule": "yearly-report", "reason": "The reports of these years are not in the sources."}]"#)
            ])
        expectLines(
            try f.run(asOf: "2020-01-01"),
            [
                "strategy/initiatives/a.json:3:11: note: “A” has no yearly report for 2019 (excepted: The reports of these years are not in the sources.) [yearly-report]"
                    + "\n  related: strategy/strategy.json:5:18 the exception is written here"
            ])
    }

    @Test("tryg.json sets severities and turns rules off")
    func configuredSeverities() throws {
        var f = RuleFixture.minimal()
        f.initiative("n", from: "2018-01-01", owners: ["kommune/skole", "politi"])
        f.initiative("a", from: "2018-01-01", owners: [])
        var config = RepositoryConfig()
        config.rules = ["initiative-has-owner": .error, "goal-coverage": .off]
        expectLines(
            try f.run(config: config),
            [
                "strategy/initiatives/a.json:7:13: error: the active initiative “A” has no owner [initiative-has-owner]"
            ])
        config.rules = ["initiative-has-owner": .off]
        expectLines(try f.run(config: config), [])
    }

    @Test("exceptions: used (a note quoting the reason), unused, expired, without a reason, for an unknown rule")
    func exceptions() throws {
        var f = RuleFixture.minimal()
        f.initiative("a", from: "2018-01-01", owners: ["kommune/skole"])
        let reason = "Politi has no initiative of its own in this test strategy."
        f.partner(
            "politi", name: "Politi", joined: "2018-01-01",
            extra: [
                (
                    "exceptions",
                    """
                    [{"rule": "partner-coverage", "reason": "\(reason)"},
                        {"rule": "goal-coverage", "reason": "\(reason)"}, {"rule": "unit-coverag", "reason": "\(reason)"},
                        {"rule": "two-tovholdere", "reason": " "}]
                    """
                )
            ])
        expectLines(
            try f.run(),
            [
                "strategy/partners/politi.json:3:11: note: Politi owns no initiative at all (excepted: \(reason)) [partner-coverage]"
                    + "\n  related: strategy/partners/politi.json:5:18 the exception is written here",
                "strategy/partners/politi.json:6:14: warning: this exception to goal-coverage excuses nothing: the rule finds no problem here [unused-exception]",
                "strategy/partners/politi.json:6:113: error: this exception names the rule \"unit-coverag\", which tryg does not have (did you mean \"unit-coverage\"?) [unknown-rule]",
                "strategy/partners/politi.json:7:42: warning: this exception to two-tovholdere gives no reason, so it excuses nothing [unused-exception]",
            ])
        f.partner(
            "politi", name: "Politi", joined: "2018-01-01",
            extra: [
                (
                    "exceptions",
                    """
                    [{"rule": "partner-coverage", "reason": "\(reason)", "until": "2018-05-31"}]
                    """
                )
            ])
        expectLines(
            try f.run(),
            [
                "strategy/partners/politi.json:3:11: error: Politi owns no initiative at all [partner-coverage]",
                "strategy/partners/politi.json:5:128: warning: this exception to partner-coverage expired on 2018-05-31 and no longer excuses anything [expired-exception]",
            ])
        expectLines(
            try f.run(asOf: "2018-05-31").filter { $0.contains("[partner-coverage]") },
            [
                "strategy/partners/politi.json:3:11: note: Politi owns no initiative at all (excepted: \(reason)) [partner-coverage]"
                    + "\n  related: strategy/partners/politi.json:5:18 the exception is written here"
            ])
    }

    @Test("an unknown rule name in tryg.json is an error at its line, with a suggestion")
    func unknownRuleInConfig() throws {
        let text = "{\n  \"rules\": {\n    \"yearly-reports\": \"off\",\n    \"unit-coverage\": \"warning\"\n  }\n}\n"
        let document = try JSONParser().parse(text)
        let (config, problems) = RepositoryConfig.read(document)
        #expect(problems.isEmpty)
        expectLines(
            try RuleFixture.minimal().run(config: config, configDocument: document),
            [
                "tryg.json:3:23: error: tryg.json sets the rule \"yearly-reports\", which tryg does not have (did you mean \"yearly-report\"?) [unknown-rule]"
            ])
    }

    @Test("every rule has a kebab-case name, a summary and an explanation quoting the seed; names are unique")
    func catalogue() {
        let names = RuleEngine.allRules.map { $0.name }
        #expect(Set(names).count == names.count)
        for rule in RuleEngine.allRules {
            #expect(rule.name.allSatisfy { $0.isLowercase || $0 == "-" }, "\(rule.name)")
            for language in Language.allCases {
                let summary = Catalogue.render(rule.summary, in: language)
                let explanation = Catalogue.render(rule.explanation, in: language)
                #expect(summary != rule.summary.key && summary.hasSuffix("."), "\(rule.name) \(language)")
                #expect(explanation != rule.explanation.key && explanation.contains("\""), "\(rule.name) quotes nothing")
            }
            #expect(RuleEngine.rule(named: rule.name) != nil)
        }
        #expect(RuleEngine.rule(named: "no-such-rule") == nil)
        #expect(RuleEngine.closestRuleName(to: "unit-coverag") == "unit-coverage")
        #expect(RuleEngine.codeDescriptions.count == RuleEngine.allRules.count + RuleEngine.engineCodes.count)
    }
}
