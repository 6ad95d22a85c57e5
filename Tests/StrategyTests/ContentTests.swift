import Git
import JSON
import Strategy
import TestSupport
import Testing

/// The repository's own content: the seed's facts hold at HEAD, and both strategy versions in the
/// history validate cleanly.
@Suite("The strategy content of this repository")
struct ContentTests {
    /// The repository this package lives in.
    func repository() throws -> Repository {
        try Repository.discover(from: Locations.packageRoot)
    }

    func validate(_ revision: String, in repository: Repository) throws -> ValidationReport {
        var options = ValidationOptions()
        options.asOf = Day("2018-06-01") ?? .today
        return try ContentValidator(options: options).validate(try repository.snapshot(.revision(revision)))
    }

    /// The first-parent commit on which strategy.json last had `version`.
    func lastCommit(ofVersion version: Int, in repository: Repository) throws -> ObjectID? {
        for id in try repository.walk(including: [try repository.resolve("HEAD")], firstParentOnly: true) {
            let snapshot = try repository.snapshot(.commit(id))
            guard let file = try snapshot.file(at: ContentLayout.strategy) else { continue }
            let document = try JSONParser().parse(try snapshot.read(file))
            if document.root["version"]?.numberValue?.intValue == version { return id }
        }
        return nil
    }

    @Test("HEAD holds the seed's 17 prioritised initiatives, 5 goals and 3 partners")
    func seedFactsAtHead() throws {
        let report = try validate("HEAD", in: try repository())
        let model = report.model
        let active = model.initiatives.filter { $0.status == .active }.map(\.name).sorted()
        let seed = [
            "Et trygt natteliv", "Sikkerhed på havnefronten", "Antiradikalisering", "Forebyggelsesseminarer",
            "Trivsel for pårørende til psykisk syge – Center for Pårørende", "Socialt udsatte i byens rum og pladser",
            "Introforløb for flygtninge", "Tryghedsambassadører", "Bekymrende fravær i skolen",
            "Tryghedsvandringer i fællesskab med Samråd", "Demensindsatser", "Tryg Bydel", "Patientens team",
            "Aalborg \"FRI-TID\" for handicappede", "Formidling", "\"En Vej Ind\" for unge",
            "Børne- og ungesamråd – Aalborgmodellen",
        ].sorted()
        #expect(active == seed)
        #expect(model.goals.count == 5)
        #expect(model.goals.compactMap(\.number).sorted() == [1, 2, 3, 4, 5])
        #expect(
            model.partners.map(\.name).sorted() == [
                "Aalborg Kommune", "Nordjyllands Politi", "Region Nordjylland – Psykiatrien",
            ])
        #expect(model.strategy?.version == 2)
        #expect(model.strategy?.adoptionCase == "2018-021871")
        #expect(model.strategy?.period == Period(from: Day("2018-01-01")!, to: Day("2021-12-31")))
    }

    @Test("Version 2's endings, merger and renames are recorded as the seed states them")
    func versionTwoChanges() throws {
        let model = try validate("HEAD", in: try repository()).model
        #expect(model.initiative("brobygningsforloeb")?.status == .ended)
        #expect(model.initiative("skalborg-borgerhjaelp")?.status == .ended)
        let merged = model.initiative("dit-kvarter")
        #expect(merged?.status == .merged)
        #expect(merged?.mergedInto?.value == "fri-tid-for-handicappede")
        let renamed = model.initiative("rusmiddelseminar")
        #expect(renamed?.name == "Forebyggelsesseminarer")
        #expect(renamed?.formerNames.map(\.name) == ["Rusmiddelseminar"])
        #expect(model.initiative("drop-out-elever")?.name == "Bekymrende fravær i skolen")
        #expect(model.initiative("drop-out-elever")?.formerNames.map(\.name) == ["Drop-out-elever – en styrket indsats"])
        #expect(model.partner("region-nordjylland-psykiatrien")?.joined == Day("2018-01-01"))
        #expect(model.organisation?.coordinationGroupName == "Koordinationsgruppen")
    }

    @Test("HEAD validates without errors")
    func headIsValid() throws {
        let report = try validate("HEAD", in: try repository())
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.path ?? ""):\($0.location?.description ?? ""): \($0.message)" })")
        #expect(report.filesChecked > 40)
    }

    @Test("the Version 1 commit validates without errors and has Version 1's content")
    func versionOneIsValid() throws {
        let repository = try repository()
        let found = try lastCommit(ofVersion: 1, in: repository)
        try #require(found != nil, "no commit with strategy version 1 on the first-parent history")
        guard let id = found else { return }
        let report = try validate(id.hex, in: repository)
        let errors = report.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.path ?? ""):\($0.location?.description ?? ""): \($0.message)" })")
        let model = report.model
        #expect(model.partners.map(\.id).sorted() == ["aalborg-kommune", "nordjyllands-politi"])
        #expect(model.initiative("rusmiddelseminar")?.name == "Rusmiddelseminar")
        #expect(model.organisation?.coordinationGroupName == "Planlægningsgruppen")
        #expect(model.initiatives.filter { $0.status == .active }.count == 8)
    }
}
