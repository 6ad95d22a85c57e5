import Testing

@testable import Strategy

/// `partner-coverage` and `unit-coverage` on small strategies: gaps as date ranges, at the entity's
/// name, with the owned initiatives around the gap.
@Suite("Rules: partner and unit coverage")
struct RuleCoverageTests {
    let politi = "strategy/partners/politi.json:3:11"
    let skole = "strategy/partners/kommune.json:6:29"

    @Test("the minimal strategy is covered: no findings from any rule")
    func minimalIsClean() throws {
        expectLines(try RuleFixture.minimal().run(), [])
        expectLines(try RuleFixture.minimal().run(asOf: "2019-03-01"), [])
    }

    @Test("a one-day gap between two initiatives is reported with its date and the initiatives around it")
    func oneDayGapInside() throws {
        var f = RuleFixture.minimal()
        f.initiative("a", from: "2018-01-01", owners: ["kommune/skole"])
        f.initiative(
            "p", status: "ended", from: "2018-01-01", to: "2019-06-30", owners: ["politi"],
            extra: [("endedReason", #""x""#)])
        f.initiative("q", from: "2019-07-02", owners: ["politi"])
        expectLines(
            try f.check(PartnerCoverage.self),
            [
                "\(politi): error: Politi owns no active initiative on 2019-07-01 [partner-coverage]"
                    + "\n  related: strategy/initiatives/p.json:1:1 “P” (owned) is active until 2019-06-30"
                    + "\n  related: strategy/initiatives/q.json:1:1 “Q” (owned) is active from 2019-07-02"
            ])
    }

    @Test("an initiative ending the day before another starts leaves no gap")
    func adjacentPeriods() throws {
        var f = RuleFixture.minimal()
        f.initiative("a", from: "2018-01-01", owners: ["kommune/skole"])
        f.initiative("p", from: "2018-01-01", to: "2019-06-30", owners: ["politi"])
        f.initiative("q", from: "2019-07-01", owners: ["politi"])
        expectLines(try f.check(PartnerCoverage.self), [])
    }

    @Test("one-day gaps at the first and the last day of the strategy period are reported")
    func gapsAtBoundaries() throws {
        var f = RuleFixture.minimal()
        f.initiative("a", from: "2018-01-01", owners: ["kommune/skole"])
        f.initiative("p", from: "2018-01-02", to: "2021-12-30", owners: ["politi"])
        expectLines(
            try f.check(PartnerCoverage.self),
            [
                "\(politi): error: Politi owns no active initiative on 2018-01-01 [partner-coverage]"
                    + "\n  related: strategy/initiatives/p.json:1:1 “P” (owned) is active from 2018-01-02",
                "\(politi): error: Politi owns no active initiative on 2021-12-31 [partner-coverage]"
                    + "\n  related: strategy/initiatives/p.json:1:1 “P” (owned) is active until 2021-12-30",
            ])
    }

    @Test("a partner that joined mid-period is covered from the day it joined")
    func joinedMidPeriod() throws {
        var f = RuleFixture.minimal()
        f.partner("region", name: "Region", joined: "2019-01-01")
        f.organisation(steering: ["kommune", "politi", "region"], tovholdere: ["kommune", "politi"])
        f.initiative("r", from: "2019-01-01", owners: ["region"])
        expectLines(try f.check(PartnerCoverage.self), [])
        f.initiative("r", from: "2019-02-01", owners: ["region"])
        expectLines(
            try f.check(PartnerCoverage.self),
            [
                "strategy/partners/region.json:3:11: error: Region owns no active initiative from 2019-01-01 to 2019-01-31 [partner-coverage]"
                    + "\n  related: strategy/initiatives/r.json:1:1 “R” (owned) is active from 2019-02-01"
            ])
    }

    @Test("a partner that left is covered only until it left; one that joined after the period is not checked")
    func leftAndLateJoiners() throws {
        var f = RuleFixture.minimal()
        f.partner("politi", name: "Politi", joined: "2014-01-01", extra: [("left", #""2019-12-31""#)])
        f.initiative("a", from: "2018-01-01", to: "2019-12-31", owners: ["kommune/skole", "politi"])
        f.initiative("b", from: "2020-01-01", owners: ["kommune/skole"])
        f.partner("senere", name: "Senere", joined: "2022-01-01")
        expectLines(try f.check(PartnerCoverage.self), [])
    }

    @Test("a partner without any initiative, and one whose only initiative is planned")
    func noInitiativeAtAll() throws {
        var f = RuleFixture.minimal()
        f.initiative("a", from: "2018-01-01", owners: ["kommune/skole"])
        expectLines(try f.check(PartnerCoverage.self), ["\(politi): error: Politi owns no initiative at all [partner-coverage]"])
        f.initiative("p", status: "planned", from: "2022-01-01", owners: ["politi"])
        expectLines(
            try f.check(PartnerCoverage.self),
            [
                "\(politi): error: Politi owns no active initiative from 2018-01-01 to 2021-12-31 [partner-coverage]"
                    + "\n  related: strategy/initiatives/p.json:1:1 “P” is owned, but its status is planned"
            ])
    }

    @Test("a unit counts for its partner, but the partner as a whole does not count for its units")
    func unitsAndPartners() throws {
        var f = RuleFixture.minimal()
        f.initiative("a", from: "2018-01-01", owners: ["kommune", "politi"])
        expectLines(try f.check(PartnerCoverage.self), [])
        expectLines(
            try f.check(UnitCoverage.self),
            [
                "\(skole): error: Skole (Kommune) owns no initiative at all [unit-coverage]"
            ])
    }

    @Test("a unit's gap is reported at the unit; a unit that is not involved is not checked")
    func unitGapAndUninvolvedUnit() throws {
        var f = RuleFixture.minimal()
        f.partner(
            "kommune", name: "Kommune", joined: "2018-01-01",
            units: [
                #"{"id": "skole", "name": "Skole", "involved": true}"#, #"{"id": "kultur", "name": "Kultur", "involved": false}"#,
            ])
        f.initiative("a", from: "2018-01-01", to: "2020-12-31", owners: ["kommune/skole", "politi"])
        f.initiative("b", from: "2018-01-01", owners: ["kommune", "politi"])
        expectLines(
            try f.check(UnitCoverage.self),
            [
                "\(skole): error: Skole (Kommune) owns no active initiative from 2021-01-01 to 2021-12-31 [unit-coverage]"
                    + "\n  related: strategy/initiatives/a.json:1:1 “A” (owned) is active until 2020-12-31"
            ])
    }

    @Test("odd content does not crash: no strategy period, unknown owners, backwards periods")
    func oddContent() throws {
        var f = RuleFixture.minimal()
        f.initiative("x", from: "2020-01-01", to: "2019-01-01", owners: ["politi", "nobody/none"])
        expectLines(try f.check(PartnerCoverage.self), [])
        f.files["strategy/strategy.json"] = RuleFixture.object([("name", #""T""#), ("version", "2")])
        expectLines(try f.check(PartnerCoverage.self), [])
        expectLines(try f.check(UnitCoverage.self), [])
    }
}

/// The sweep behind the coverage rules.
@Suite("Rules: coverage sweep")
struct CoverageSweepTests {
    func day(_ text: String) -> Day { Day(text) ?? Day(number: 0) }
    func period(_ from: String, _ to: String?) -> Period { Period(from: day(from), to: to.map(day)) }

    @Test("overlapping, nested, unsorted and open intervals")
    func sweep() {
        let target = period("2018-01-01", "2018-12-31")
        let gaps = CoverageSweep.gaps(
            in: target,
            covered: [
                period("2018-06-01", "2018-06-30"), period("2018-01-01", "2018-03-31"), period("2018-02-01", "2018-02-10"),
                period("2018-04-02", "2018-05-31"), period("2018-09-01", nil),
            ])
        #expect(gaps.map(\.period) == [period("2018-04-01", "2018-04-01"), period("2018-07-01", "2018-08-31")])
        #expect(gaps.map(\.before) == [1, 0])
        #expect(gaps.map(\.after) == [3, 4])
        #expect(CoverageSweep.gaps(in: target, covered: []).map(\.period) == [target])
        #expect(CoverageSweep.gaps(in: target, covered: [period("2017-01-01", nil)]).isEmpty)
    }
}
