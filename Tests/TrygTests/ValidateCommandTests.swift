import Foundation
import TestSupport
import Testing

/// End-to-end tests of `tryg validate`: the built binary against real repositories made with git.
@Suite("tryg validate (end to end)")
struct ValidateCommandTests {
    func tryg(_ arguments: [String], in directory: String, environment: [String: String] = [:]) throws -> ProcessResult {
        try runProcess(Locations.trygBinary, arguments, in: directory, environment: environment)
    }

    /// A repository whose first commit has a broken goal file and whose second commit fixes it.
    func repositoryWithFixedHistory() throws -> TemporaryRepository {
        let repo = try TemporaryRepository()
        try repo.write("strategy/goals/maal.json", "{\n  \"id\": \"maal\",\n  \"name\": \"Mål\"\n  \"number\": 1\n}\n")
        try repo.commitAll("broken goal")
        try repo.write("strategy/goals/maal.json", "{\n  \"id\": \"maal\",\n  \"name\": \"Mål\",\n  \"number\": 1\n}\n")
        try repo.commitAll("fix goal")
        return repo
    }

    @Test("a clean work tree passes with exit 0 and a summary")
    func cleanWorkTree() throws {
        let repo = try repositoryWithFixedHistory()
        let result = try tryg(["validate"], in: repo.path)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("checked 1 file in the work tree: 1 note"), "\(result)")
    }

    @Test("a broken file at an old commit is reported with path:line:column and exit 1")
    func brokenFileAtOldCommit() throws {
        let repo = try repositoryWithFixedHistory()
        let result = try tryg(["validate", "HEAD~1"], in: repo.path)
        #expect(result.status == 1, "\(result)")
        #expect(
            result.stdout.contains(
                "strategy/goals/maal.json:4:3: error: expected ',' or '}' after an object member, found '\"' [syntax]"),
            "\(result)")
        #expect(result.stdout.contains("    4 |   \"number\": 1"), "\(result)")
        #expect(result.stdout.contains("checked 1 file in HEAD~1: 1 error, 1 note"), "\(result)")
    }

    @Test("--staged sees the staged bytes, not the work tree's")
    func stagedDiffersFromWorkTree() throws {
        let repo = try repositoryWithFixedHistory()
        try repo.write("strategy/goals/maal.json", "{ \"id\": \"maal\", }\n")
        try repo.git(["add", "strategy/goals/maal.json"])
        try repo.write("strategy/goals/maal.json", "{ \"id\": \"maal\" }\n")  // fixed, but not staged
        let staged = try tryg(["validate", "--staged"], in: repo.path)
        #expect(staged.status == 1, "\(staged)")
        #expect(staged.stdout.contains("strategy/goals/maal.json:1:17: error:"), "\(staged)")
        let workTree = try tryg(["validate"], in: repo.path)
        #expect(workTree.status == 0, "\(workTree)")
    }

    @Test("a bare repository is validated at HEAD, and at a named revision")
    func bareRepository() throws {
        let repo = try repositoryWithFixedHistory()
        let bare = try TemporaryRepository(bare: true)
        try repo.git(["push", "-q", bare.path, "main"])
        let head = try tryg(["validate", "-C", bare.path], in: "/")
        #expect(head.status == 0, "\(head)")
        #expect(head.stdout.contains("checked 1 file in HEAD: 1 note"), "\(head)")
        let old = try tryg(["validate", "--repo", bare.path, "main~1"], in: "/")
        #expect(old.status == 1, "\(old)")
        #expect(old.stdout.contains("strategy/goals/maal.json:4:3: error:"), "\(old)")
    }

    @Test("an unknown revision is an operational failure: exit 2, one sentence on stderr")
    func unknownRevision() throws {
        let repo = try repositoryWithFixedHistory()
        let result = try tryg(["validate", "no-such-branch"], in: repo.path)
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
        #expect(result.stderr.hasPrefix("tryg: error: "), "\(result)")
        #expect(result.stderr.contains("no-such-branch"), "\(result)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result)")
    }

    @Test("outside a repository: exit 2")
    func notARepository() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tryg-norepo-\(UUID().uuidString.prefix(8))")
            .path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try tryg(
            ["validate"], in: folder, environment: ["GIT_CEILING_DIRECTORIES": FileManager.default.temporaryDirectory.path])
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.hasPrefix("tryg: error: not a git repository"), "\(result)")
    }

    @Test("--staged and a revision together are a usage error: exit 2")
    func stagedAndRevision() throws {
        let repo = try repositoryWithFixedHistory()
        let result = try tryg(["validate", "--staged", "HEAD"], in: repo.path)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("give either a revision or --staged, not both"), "\(result)")
    }

    @Test("--version names tryg's version and libgit2's")
    func version() throws {
        let result = try tryg(["--version"], in: "/")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("tryg 0.1.0 (libgit2 1."), "\(result)")
    }

    @Test("--format json gives the documented structure")
    func jsonFormat() throws {
        let repo = try repositoryWithFixedHistory()
        let result = try tryg(["validate", "HEAD~1", "--format", "json"], in: repo.path)
        #expect(result.status == 1, "\(result)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let diagnostics = object?["diagnostics"] as? [[String: Any]]
        #expect(object?["filesChecked"] as? Int == 1)
        #expect(diagnostics?.first?["path"] as? String == "strategy/goals/maal.json")
        #expect(diagnostics?.first?["line"] as? Int == 4)
        #expect(diagnostics?.first?["column"] as? Int == 3)
        #expect(diagnostics?.first?["code"] as? String == "syntax")
    }
}
