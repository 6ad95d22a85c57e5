import Git
import Strategy
import TestSupport
import Testing

/// The Strategy API the site reads history and coverage through.
@Suite("Site's inputs: content history, provenance and coverage")
struct ContentHistoryTests {
    static func initiative(_ id: String, name: String, status: String = "active", to: String? = nil) -> String {
        let period = to.map { "{\"from\": \"2018-01-01\", \"to\": \"\($0)\"}" } ?? "{\"from\": \"2018-01-01\"}"
        let ended = status == "ended" ? ", \"endedReason\": {\"da\": \"Slut\", \"en\": \"Over\"}" : ""
        return """
            {"$schema": "../../schemas/initiative.schema.json", "id": "\(id)", "name": "\(name)", "status": "\(status)",
             "period": \(period), "goals": ["maal-1"], "owners": ["politi"]\(ended), "sources": [{"kind": "seed", "note": "x"}]}
            """
    }

    @Test("the main line's content commits, newest first, with the entities each touched")
    func history() throws {
        let repo = try SiteFixture.repository(SiteFixture.minimalContent(initiatives: ["a": Self.initiative("a", name: "Alfa")]))
        try repo.write("README.md", "not content\n")
        try repo.commitAll("readme only")
        try repo.write("strategy/initiatives/a.json", Self.initiative("a", name: "Alfa", status: "ended", to: "2019-12-31"))
        try repo.write("strategy/initiatives/b.json", Self.initiative("b", name: "Beta"))
        try repo.commitAll("end a, add b")
        let repository = try Repository.open(at: repo.path)
        let history = try ContentHistory.read(in: repository, from: try repository.resolveCommit("HEAD"))
        #expect(history.commits.map(\.commit.summary) == ["end a, add b", "content"])
        #expect(history.commits[0].diff.changes.map(\.id) == ["a", "b"])
        #expect(history.commits[0].diff.counts.ended == 1 && history.commits[0].diff.counts.added == 1)
        // The root commit adds everything it holds: strategy, organisation, 2 partners, goal, 2 initiatives.
        #expect(history.commits[1].diff.counts.added == 7)
        let last = history.lastChanged()
        #expect(last[EntityKey(kind: .initiative, id: "a")]?.summary == "end a, add b")
        #expect(last[EntityKey(kind: .goal, id: "maal-1")]?.summary == "content")
        #expect(history.entityHistories()[EntityKey(kind: .initiative, id: "a")]?.count == 2)
        #expect(try ContentHistory.read(in: repository, from: try repository.resolveCommit("HEAD"), limit: 1).commits.count == 1)
    }

    @Test("provenance: sources and the assumptions that concern a field, its parts or its parents")
    func provenance() throws {
        let repo = try SiteFixture.repository(SiteFixture.minimalContent(initiatives: ["vandring": SiteCommandTests.assumed]))
        let repository = try Repository.open(at: repo.path)
        let report = try ContentValidator().validate(try repository.snapshot(.revision("HEAD")))
        let initiative = try #require(report.model.initiative("vandring"))
        let provenance = initiative.origin.provenance
        #expect(provenance.sources.map(\.note) == ["Named in the case."])
        #expect(provenance.assumptions(about: "owners", "0").map(\.kind) == [.inferred])
        #expect(provenance.assumptions(about: "owners").map(\.fieldText) == ["/owners/0"])
        #expect(provenance.assumptions(about: "period").map(\.fieldText) == ["/period/from"])
        #expect(provenance.assumptions(about: "goals").isEmpty)
    }

    @Test("coverage rows: gaps over a span, a unit counting only what names it")
    func coverage() throws {
        var files = SiteFixture.minimalContent(initiatives: [
            "a": Self.initiative("a", name: "Alfa", status: "ended", to: "2019-06-30")
        ])
        files["strategy/partners/politi.json"] = """
            {"$schema": "../../schemas/partner.schema.json", "id": "politi", "name": "Politiet", "joined": "2018-01-01",
             "units": [{"id": "enhed", "name": "Enheden", "involved": true,
                        "exceptions": [{"rule": "unit-coverage", "reason": "Not yet decided which initiative it owns."}]}],
             "sources": [{"kind": "seed", "note": "x"}]}
            """
        let repo = try SiteFixture.repository(files)
        let repository = try Repository.open(at: repo.path)
        let report = try ContentValidator().validate(try repository.snapshot(.revision("HEAD")))
        let span = Period(from: try #require(Day("2018-01-01")), to: Day("2021-12-31"))
        let rows = CoverageTimeline.rows(report.model, span: span)
        #expect(rows.map(\.name) == ["Kommunen", "Politiet", "Enheden"])
        #expect(rows[0].bars.map(\.initiative) == ["kommunal"] && rows[0].gaps.isEmpty)
        #expect(rows[1].bars.map(\.initiative) == ["a"])
        #expect(rows[1].gaps == [Period(from: try #require(Day("2019-07-01")), to: Day("2021-12-31"))])
        #expect(rows[2].bars.isEmpty && rows[2].gaps == [span])
        #expect(rows[2].exceptions.map(\.rule) == ["unit-coverage"])
    }
}
