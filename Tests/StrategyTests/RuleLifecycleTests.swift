import Testing

@testable import Strategy

/// Periods and the life of initiatives: order of dates, the strategy's time, former names, status
/// against the as-of day, mergers (including circles).
@Suite("Rules: periods and lifecycle")
struct RuleLifecycleTests {
    @Test("a period must not end before it begins; nor may a partner leave before it joined")
    func periodOrder() throws {
        var f = RuleFixture.minimal()
        expectLines(try f.check(PeriodOrder.self), [])
        f.initiative("x", from: "2020-01-01", to: "2019-01-01", owners: ["politi"])
        f.partner("politi", name: "Politi", joined: "2018-01-01", extra: [("left", #""2017-12-31""#)])
        f.report("a", year: 2018, extra: [("covers", #"{"from": "2018-01-01", "to": "2018-01-01"}"#)])
        expectLines(
            try f.check(PeriodOrder.self),
            [
                "strategy/initiatives/x.json:5:42: error: the period ends on 2019-01-01, before it begins on 2020-01-01 [period-order]",
                "strategy/partners/politi.json:5:11: error: the partner left on 2017-12-31, before it joined on 2018-01-01 [period-order]",
            ])
    }

    @Test("an initiative carried over from an earlier version is within the strategy's time")
    func earlierVersions() throws {
        var f = RuleFixture.minimal()
        f.initiative("v1", from: "2014-09-01", owners: ["politi"])
        f.initiative("gone", status: "ended", from: "2014-09-01", to: "2017-12-31", owners: ["politi"])
        f.initiative("later", from: "2022-03-01", owners: ["politi"])
        f.initiative("plan", status: "planned", from: "2022-03-01", owners: ["politi"])
        f.report("a", year: 2018, extra: [("covers", #"{"from": "2019-01-21", "to": "2020-01-14"}"#)])
        let without = try f.check(PeriodWithinStrategy.self)
        expectLines(
            without,
            [
                "strategy/initiatives/gone.json:5:22: warning: the initiative begins on 2014-09-01, before the strategy's first day (2018-01-01) [period-within-strategy]",
                "strategy/initiatives/later.json:5:22: warning: the initiative begins on 2022-03-01, after the strategy's last day (2021-12-31), but it is not planned [period-within-strategy]",
                "strategy/initiatives/v1.json:5:22: warning: the initiative begins on 2014-09-01, before the strategy's first day (2018-01-01) [period-within-strategy]",
                "strategy/reports/2018/a.json:5:13: warning: this report covers 2019-01-21 to 2020-01-14, which has no day in 2018, the year it is filed under [period-within-strategy]",
            ])
        f.strategy(
            period: #"{"from": "2018-01-01", "to": "2021-12-31"}"#,
            extra: [
                ("previousVersions", #"[{"version": 1, "period": {"from": "2014-09-01", "to": "2017-12-31"}}]"#)
            ])
        f.report("a", year: 2013, folder: 2013)
        expectLines(
            try f.check(PeriodWithinStrategy.self),
            [
                "strategy/initiatives/later.json:5:22: warning: the initiative begins on 2022-03-01, after the strategy's last day (2021-12-31), but it is not planned [period-within-strategy]",
                "strategy/reports/2013/a.json:3:11: warning: this report is for 2013, outside the strategy's time (2014-09-01 to 2021-12-31) [period-within-strategy]",
                "strategy/reports/2018/a.json:5:13: warning: this report covers 2019-01-21 to 2020-01-14, which has no day in 2018, the year it is filed under [period-within-strategy]",
            ])
    }

    @Test("former names are dated within the initiative's period, oldest first, and differ from the name")
    func formerNames() throws {
        var f = RuleFixture.minimal()
        f.initiative(
            "r", from: "2018-01-01", owners: ["politi"], extra: [("formerNames", #"[{"name": "Old", "until": "2018-12-31"}]"#)])
        expectLines(try f.check(FormerNameDates.self), [])
        f.initiative(
            "r", from: "2018-01-01", to: "2020-12-31", owners: ["politi"],
            extra: [
                (
                    "formerNames",
                    """
                    [{"name": "R", "until": "2017-06-30"}, {"name": "B", "until": "2019-12-31"},
                        {"name": "C", "until": "2019-06-30"}, {"name": "D", "until": "2021-01-01"}]
                    """
                )
            ])
        expectLines(
            try f.check(FormerNameDates.self),
            [
                "strategy/initiatives/r.json:8:28: error: the former name “R” is the initiative's current name [former-name-dates]",
                "strategy/initiatives/r.json:8:42: error: this name was last used on 2017-06-30, before the initiative began (2018-01-01) [former-name-dates]",
                "strategy/initiatives/r.json:9:28: error: this name was last used on 2019-06-30, before the name listed above it (2019-12-31); list former names oldest first [former-name-dates]",
                "strategy/initiatives/r.json:9:66: error: this name was last used on 2021-01-01, after the initiative's last day (2020-12-31) [former-name-dates]",
            ])
    }

    @Test("status against the as-of day: an active initiative whose period ended, a planned one that began")
    func statusMatchesPeriod() throws {
        var f = RuleFixture.minimal()
        f.initiative("old", from: "2018-01-01", to: "2018-03-31", owners: ["politi"])
        f.initiative("plan", status: "planned", from: "2018-05-01", owners: ["politi"])
        f.initiative("soon", status: "planned", from: "2018-06-01", owners: ["politi"])
        expectLines(
            try f.check(StatusMatchesPeriod.self),
            [
                "strategy/initiatives/old.json:4:13: warning: the initiative is active, but its period ended on 2018-03-31 (checked as of 2018-06-01) [status-matches-period]",
                "strategy/initiatives/plan.json:4:13: warning: the initiative is planned, but its first day (2018-05-01) has passed (checked as of 2018-06-01) [status-matches-period]",
            ])
        expectLines(try f.check(StatusMatchesPeriod.self, asOf: "2018-03-31"), [])
    }

    @Test("a merged initiative points at one that carries on; both sides of a merger agree")
    func mergers() throws {
        var f = RuleFixture.minimal()
        f.initiative("a", from: "2018-01-01", owners: ["kommune/skole", "politi"], extra: [("absorbed", #"["d"]"#)])
        f.initiative(
            "d", status: "merged", from: "2018-01-01", to: "2018-12-31", owners: ["politi"], extra: [("mergedInto", #""a""#)])
        expectLines(try f.check(MergedIntoActive.self), [])
        expectLines(try f.check(AbsorbedMatchesMergedInto.self), [])
        f.initiative(
            "e", status: "ended", from: "2018-01-01", to: "2018-12-31", owners: ["politi"], extra: [("absorbed", #"["a"]"#)])
        f.initiative(
            "d", status: "merged", from: "2018-01-01", to: "2018-12-31", owners: ["politi"], extra: [("mergedInto", #""e""#)])
        expectLines(
            try f.check(MergedIntoActive.self),
            [
                "strategy/initiatives/d.json:8:17: error: this initiative is merged into “E”, which has ended [merged-into-active]"
                    + "\n  related: strategy/initiatives/e.json:1:1 the initiative it is merged into"
            ])
        expectLines(
            try f.check(AbsorbedMatchesMergedInto.self),
            [
                "strategy/initiatives/a.json:8:16: error: “D” is listed as absorbed, but it is merged into \"e\" [absorbed-matches-merged-into]"
                    + "\n  related: strategy/initiatives/d.json:1:1 the other side of the merger",
                "strategy/initiatives/d.json:8:17: error: this initiative is merged into “E”, which does not list it in \"absorbed\" [absorbed-matches-merged-into]"
                    + "\n  related: strategy/initiatives/e.json:1:1 the other side of the merger",
                "strategy/initiatives/e.json:8:16: error: “A” is listed as absorbed, but it is not merged into this initiative [absorbed-matches-merged-into]"
                    + "\n  related: strategy/initiatives/a.json:1:1 the other side of the merger",
            ])
    }

    @Test("a merged-into circle is reported once, naming the circle; a chain into it is reported too")
    func mergeCircle() throws {
        var f = RuleFixture.minimal()
        for (id, into) in [("x", "y"), ("y", "z"), ("z", "x"), ("t", "y")] {
            f.initiative(
                id, status: "merged", from: "2018-01-01", to: "2018-12-31", owners: ["politi"],
                extra: [("mergedInto", "\"\(into)\"")])
        }
        expectLines(
            try f.check(MergedIntoActive.self),
            [
                "strategy/initiatives/t.json:8:17: error: this initiative is merged into “Y”, which was itself merged (into \"z\") [merged-into-active]"
                    + "\n  related: strategy/initiatives/y.json:1:1 the initiative it is merged into",
                "strategy/initiatives/x.json:8:17: error: these initiatives are merged into each other in a circle: x → y → z → x [merged-into-active]"
                    + "\n  related: strategy/initiatives/y.json:1:1 part of the circle"
                    + "\n  related: strategy/initiatives/z.json:1:1 part of the circle",
            ])
        f.initiative(
            "s", status: "merged", from: "2018-01-01", to: "2018-12-31", owners: ["politi"], extra: [("mergedInto", #""s""#)])
        #expect(
            try f.check(MergedIntoActive.self).contains {
                $0.hasPrefix(
                    "strategy/initiatives/s.json:8:17: error: these initiatives are merged into each other in a circle: s → s")
            })
    }
}
