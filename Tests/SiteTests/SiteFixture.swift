import Foundation
import Git
import Site
import Strategy
import TestSupport
import Testing

/// Repositories to build sites from, and helpers to read what was built.
enum SiteFixture {
    /// The first-parent commit of this package whose strategy is version 1, when the clone has it.
    static let version1Commit: String? = {
        let root = Locations.packageRoot
        guard
            let list = try? runProcess(
                "/usr/bin/git", ["-C", root, "log", "--first-parent", "--format=%H", "--", "strategy/strategy.json"]),
            list.status == 0
        else { return nil }
        return list.stdout.split(separator: "\n").map(String.init).first { commit in
            guard let show = try? runProcess("/usr/bin/git", ["-C", root, "show", "\(commit):strategy/strategy.json"]),
                let object = try? JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
            else { return false }
            return object["version"] as? Int == 1
        }
    }()

    /// A repository with the real content in two commits made at fixed times: Version 1 as this
    /// package's history has it, then Version 2 as the package's files are now (with this
    /// package's schemas and tryg.json in both), so that commit ids and dates are the same on
    /// every run.
    static func realContent() throws -> TemporaryRepository {
        let repo = try TemporaryRepository()
        let root = Locations.packageRoot
        if let v1 = version1Commit {
            try copy(from: root, into: repo.path, items: ["schemas", "tryg.json"])
            let archive = try runProcess("/bin/sh", ["-c", "git -C '\(root)' archive \(v1) strategy | tar -x -C '\(repo.path)'"])
            guard archive.status == 0 else { throw FixtureFailed(what: "git archive: \(archive)") }
            try repo.git(["add", "-A"])
            try repo.git(
                ["commit", "-q", "-m", "Indhold: Version 1 (2014–2017)"], environment: dates("2017-12-31T10:00:00+01:00"))
            try FileManager.default.removeItem(atPath: repo.path + "/strategy")
        }
        try copy(from: root, into: repo.path, items: ["strategy", "schemas", "tryg.json"])
        try repo.git(["add", "-A"])
        try repo.git(["commit", "-q", "-m", "Indhold: Version 2 (2018–2021)"], environment: dates("2018-03-01T09:30:00+01:00"))
        return repo
    }

    static func dates(_ when: String) -> [String: String] {
        ["GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when]
    }

    /// Copies files and folders of this package into a repository (never a link into the package).
    static func copy(from root: String, into folder: String, items: [String]) throws {
        for item in items {
            let target = folder + "/" + item
            try? FileManager.default.removeItem(atPath: target)
            try FileManager.default.copyItem(atPath: root + "/" + item, toPath: target)
        }
    }

    /// A repository with this package's schemas and tryg.json and the given content files.
    static func repository(_ files: [String: String], message: String = "content") throws -> TemporaryRepository {
        let repo = try TemporaryRepository()
        try copy(from: Locations.packageRoot, into: repo.path, items: ["schemas", "tryg.json"])
        for (path, content) in files { try repo.write(path, content) }
        try repo.commitAll(message)
        return repo
    }

    /// Builds the site of a revision in process; fails the test when it is refused.
    static func build(
        _ repo: TemporaryRepository, revision: String = "HEAD", allowErrors: Bool = false,
        preview: String? = nil
    ) throws -> [String: [UInt8]] {
        let repository = try Repository.open(at: repo.path)
        var options = SiteOptions()
        options.allowErrors = allowErrors
        options.preview = preview
        options.asOf = Day("2018-06-01") ?? Day(number: 0)
        switch try SiteGenerator.build(in: repository, source: .revision(revision), label: revision, options: options) {
        case .built(let build):
            return Dictionary(uniqueKeysWithValues: build.files.map { ($0.path, $0.bytes) })
        case .refused(let report):
            throw FixtureFailed(what: "site refused: \(report.diagnostics.map(\.message))")
        }
    }

    /// The text of a built file.
    static func text(_ files: [String: [UInt8]], _ path: String) -> String {
        String(decoding: files[path] ?? [], as: UTF8.self)
    }

    /// A minimal valid strategy around the given initiatives.
    static func minimalContent(initiatives: [String: String]) -> [String: String] {
        var files = [
            "strategy/strategy.json": """
            {"$schema": "../schemas/strategy.schema.json", "name": "Tryg Test – en prøve", "shortName": "Tryg Test",
             "version": 1, "period": {"from": "2018-01-01", "to": "2021-12-31"}, "website": "https://example.org",
             "sources": [{"kind": "seed", "note": "A test strategy."}]}
            """,
            "strategy/partners/politi.json": """
            {"$schema": "../../schemas/partner.schema.json", "id": "politi", "name": "Politiet", "joined": "2018-01-01",
             "sources": [{"kind": "seed", "note": "A test partner."}]}
            """,
            "strategy/partners/kommune.json": """
            {"$schema": "../../schemas/partner.schema.json", "id": "kommune", "name": "Kommunen", "joined": "2018-01-01",
             "sources": [{"kind": "seed", "note": "A second test partner."}]}
            """,
            "strategy/initiatives/kommunal.json": """
            {"$schema": "../../schemas/initiative.schema.json", "id": "kommunal", "name": "Kommunal indsats",
             "status": "active", "period": {"from": "2018-01-01"}, "goals": ["maal-1"], "owners": ["kommune"],
             "sources": [{"kind": "seed", "note": "A test initiative."}]}
            """,
            "strategy/goals/maal-1.json": """
            {"$schema": "../../schemas/goal.schema.json", "id": "maal-1", "number": 1, "name": "Tryghed",
             "text": {"da": "Borgerne er trygge", "en": "Citizens feel safe"}, "sources": [{"kind": "seed", "note": "A test goal."}]}
            """,
            "strategy/organisation.json": """
            {"$schema": "../schemas/organisation.schema.json",
             "steeringGroup": {"name": "Styregruppen", "members": [{"role": "Leder", "at": "politi"}, {"role": "Chef", "at": "kommune"}],
                               "responsibilities": [{"da": "Har ansvaret.", "en": "Is responsible."}]},
             "coordinationGroup": {"name": "Koordinationsgruppen", "composition": {"da": "Tovholderne.", "en": "The leads."},
                                   "meetingsPerYear": 2, "responsibilities": [{"da": "Koordinerer.", "en": "Coordinates."}]},
             "tovholdere": {"name": "Tovholdere", "members": [{"role": "Konsulent", "at": "politi"}, {"role": "Koordinator", "at": "kommune"}],
                            "responsibilities": [{"da": "Faciliterer.", "en": "Facilitate."}]},
             "reporting": {"timesPerYear": 1, "timing": {"da": "Om foråret.", "en": "In spring."},
                           "reportedBy": "steeringGroup", "forum": {"name": "Forum", "partners": ["politi", "kommune"]}},
             "sources": [{"kind": "seed", "note": "A test organisation."}]}
            """,
        ]
        for (id, body) in initiatives { files["strategy/initiatives/\(id).json"] = body }
        return files
    }

    struct FixtureFailed: Error, CustomStringConvertible {
        var what: String
        var description: String { what }
    }
}
