import Foundation
import TestSupport

/// Helpers of the end-to-end tests of `tryg diff`, `tryg versions` and `tryg log`.
enum DiffCommandSupport {
    static func tryg(_ arguments: [String], in directory: String) throws -> ProcessResult {
        try runProcess(Locations.trygBinary, arguments, in: directory)
    }

    static func strategy(_ version: Int, from: String, to: String) -> String {
        "{\n  \"name\": \"Tryg\",\n  \"version\": \(version),\n  \"period\": { \"from\": \"\(from)\", \"to\": \"\(to)\" },\n  \"sources\": []\n}\n"
    }

    static func initiative(_ id: String, name: String, status: String = "active", to: String? = nil, extra: String = "") -> String
    {
        let period = to.map { "{ \"from\": \"2014-09-01\", \"to\": \"\($0)\" }" } ?? "{ \"from\": \"2014-09-01\" }"
        return "{\n  \"id\": \"\(id)\",\n  \"name\": \"\(name)\",\n  \"status\": \"\(status)\",\n  \"period\": \(period),\n"
            + "  \"goals\": [],\n  \"owners\": [],\(extra)\n  \"sources\": []\n}\n"
    }

    /// Version 1 (commit 0: two initiatives), a later v1 commit (1), version 2 (2: one ended, one
    /// renamed, one added), and a commit that leaves the strategy alone (3).
    static func versionedRepository() throws -> (TemporaryRepository, [String]) {
        let repo = try TemporaryRepository()
        var commits: [String] = []
        try repo.write("strategy/strategy.json", strategy(1, from: "2014-09-01", to: "2017-12-31"))
        try repo.write("strategy/initiatives/a.json", initiative("a", name: "Alfa"))
        commits.append(try repo.commitAll("version 1"))
        try repo.write("strategy/initiatives/b.json", initiative("b", name: "Beta"))
        commits.append(try repo.commitAll("add b"))
        try repo.write("strategy/strategy.json", strategy(2, from: "2018-01-01", to: "2021-12-31"))
        try repo.write(
            "strategy/initiatives/a.json",
            initiative(
                "a", name: "Alfa", status: "ended", to: "2017-12-31",
                extra: "\n  \"endedReason\": { \"da\": \"Slut\", \"en\": \"Over\" },"))
        try repo.write(
            "strategy/initiatives/b.json",
            initiative(
                "b", name: "Beta 2", extra: "\n  \"formerNames\": [{ \"name\": \"Beta\", \"until\": \"2017-12-31\" }],"))
        try repo.write("strategy/initiatives/c.json", initiative("c", name: "Gamma"))
        commits.append(try repo.commitAll("version 2"))
        try repo.write("README.md", "notes\n")
        commits.append(try repo.commitAll("readme"))
        return (repo, commits)
    }

    /// A repository holding a copy of this package's real content, schemas and tryg.json.
    static func realContentRepository() throws -> TemporaryRepository {
        try TemporaryRepository.withRealContent()
    }

    /// Whether this package's git history has a commit whose strategy is version 1 (a full clone).
    static let repositoryHasVersion1: Bool = {
        let root = Locations.packageRoot
        guard
            let list = try? runProcess(
                "/usr/bin/git", ["-C", root, "rev-list", "--first-parent", "HEAD", "--", "strategy/strategy.json"]),
            list.status == 0
        else { return false }
        return list.stdout.split(separator: "\n").contains { commit in
            let show = try? runProcess("/usr/bin/git", ["-C", root, "show", "\(commit):strategy/strategy.json"])
            return show?.stdout.contains("\"version\": 1,") ?? false
        }
    }()
}
