import Foundation

/// A throwaway git repository made with the real `git` client, removed when the value is released.
///
/// Tests use it as a user would: write files, stage, commit, tag, branch.
public final class TemporaryRepository: @unchecked Sendable {
    /// The folder: the work tree, or the repository itself when bare.
    public let path: String
    public let isBare: Bool

    /// Makes a new repository (with a work tree unless `bare`) on branch `main`.
    public init(bare: Bool = false, file: String = #fileID) throws {
        let base = FileManager.default.temporaryDirectory.path
        path = "\(base)/tryg-test-\(UUID().uuidString.prefix(8))"
        isBare = bare
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try git(["init", "-q", "-b", "main"] + (bare ? ["--bare"] : []))
        try git(["config", "user.name", "Tryg Test"])
        try git(["config", "user.email", "test@tryg.invalid"])
        try git(["config", "commit.gpgsign", "false"])
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Runs git in the repository and returns its standard output; throws when git fails.
    @discardableResult
    public func git(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> String {
        var env = ["GIT_AUTHOR_DATE": "2018-01-01T12:00:00Z", "GIT_COMMITTER_DATE": "2018-01-01T12:00:00Z"]
        for (key, value) in environment { env[key] = value }
        let result = try runProcess("/usr/bin/git", arguments, in: path, environment: env, input: input)
        guard result.status == 0 else { throw GitCommandFailed(arguments: arguments, result: result) }
        return result.stdout
    }

    /// Writes a file (creating folders), relative to the work tree.
    public func write(_ relativePath: String, _ content: String) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: url)
    }

    /// Removes a file from the work tree.
    public func remove(_ relativePath: String) throws {
        try FileManager.default.removeItem(atPath: path + "/" + relativePath)
    }

    /// Stages everything and commits; returns the new commit id.
    @discardableResult
    public func commitAll(_ message: String) throws -> String {
        try git(["add", "-A"])
        try git(["commit", "-q", "--allow-empty", "-m", message])
        return try head()
    }

    /// The full id of HEAD (or another revision).
    public func head(_ revision: String = "HEAD") throws -> String {
        try git(["rev-parse", revision]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A git command in a test failed.
public struct GitCommandFailed: Error, CustomStringConvertible {
    public var arguments: [String]
    public var result: ProcessResult
    public var description: String { "git \(arguments.joined(separator: " ")) failed: \(result)" }
}

extension TemporaryRepository {
    /// A repository whose first commit is this package's real content — `strategy/`, `schemas/`
    /// and `tryg.json` as they are in the work tree — so that tests meet real findings. The one
    /// fixture every test target uses for it; `commit` false leaves the files uncommitted.
    public static func withRealContent(commit: Bool = true) throws -> TemporaryRepository {
        let repo = try TemporaryRepository()
        for item in ["strategy", "schemas", "tryg.json"] {
            let source = URL(fileURLWithPath: Locations.packageRoot + "/" + item).resolvingSymlinksInPath()
            try FileManager.default.copyItem(at: source, to: URL(fileURLWithPath: repo.path + "/" + item))
        }
        if commit { try repo.commitAll("content") }
        return repo
    }
}
