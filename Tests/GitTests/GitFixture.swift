import Foundation
import Git
import Testing

/// A failure of the test fixture itself (a `git` command that did not succeed).
struct FixtureError: Error, CustomStringConvertible {
    var description: String
}

/// A temporary folder holding real git repositories made with `/usr/bin/git`; removed when
/// the fixture goes away.
final class GitFixture {
    /// The temporary folder (its real path).
    let root: String
    /// The time of the next commit (advanced by a minute per commit), so commits sort
    /// predictably by time.
    private var clock = 1_700_000_000

    /// Creates a temporary folder; with `repository`, runs `git init` in it.
    init(repository: Bool = true, bare: Bool = false) throws {
        let base = FileManager.default.temporaryDirectory.path
        let path = "\(base)/tryg-git-tests-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        root = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        if repository {
            try git(bare ? ["init", "-q", "--bare", "-b", "main"] : ["init", "-q", "-b", "main"])
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Runs `git` in `directory` (default: the root) and returns its standard output
    /// without the final newline.
    @discardableResult
    func git(
        _ arguments: [String], in directory: String? = nil, environment: [String: String] = [:],
        input: [UInt8]? = nil
    ) throws -> String {
        try run("/usr/bin/git", ["-C", directory ?? root] + arguments, environment: environment, input: input)
    }

    /// Runs a shell script in the root (with git's test environment) and returns its standard
    /// output without the final newline.
    @discardableResult
    func shell(_ script: String, environment: [String: String] = [:]) throws -> String {
        try run("/bin/sh", ["-c", "cd \"$0\" && " + script, root], environment: environment, input: nil)
    }

    /// Runs a program with the fixture's environment; throws when it fails.
    private func run(
        _ executable: String, _ arguments: [String], environment: [String: String], input: [UInt8]?
    ) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        env["HOME"] = root
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["GIT_AUTHOR_NAME"] = "Ada Lovelace"
        env["GIT_AUTHOR_EMAIL"] = "ada@example.org"
        env["GIT_COMMITTER_NAME"] = "Tryg Bot"
        env["GIT_COMMITTER_EMAIL"] = "bot@example.org"
        env["GIT_AUTHOR_DATE"] = "@\(clock) +0100"
        env["GIT_COMMITTER_DATE"] = "@\(clock) +0100"
        env.merge(environment) { $1 }
        process.environment = env
        let output = Pipe()
        let errors = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input)) }
        try stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorData, as: UTF8.self)
            throw FixtureError(description: "\(executable) \(arguments.joined(separator: " ")) failed: \(message)")
        }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Runs `git` with variadic arguments in the root.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        try git(arguments)
    }

    /// Writes a file (creating folders) below the root.
    func write(_ path: String, _ text: String) throws {
        try write(path, bytes: Array(text.utf8))
    }

    /// Writes bytes to a file (creating folders) below the root.
    func write(_ path: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: "\(root)/\(path)")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Stages everything and commits; returns the new commit's id.
    @discardableResult
    func commitAll(_ message: String, in directory: String? = nil) throws -> ObjectID {
        try git(["add", "-A"], in: directory)
        try git(["commit", "-q", "--allow-empty", "-m", message], in: directory)
        clock += 60
        return try id(of: "HEAD", in: directory)
    }

    /// The id `git rev-parse` gives a revision.
    func id(of revision: String, in directory: String? = nil) throws -> ObjectID {
        let text = try git(["rev-parse", "--verify", "-q", revision], in: directory)
        guard let id = ObjectID(hex: text) else { throw FixtureError(description: "not an id: \(text)") }
        return id
    }
}

/// Runs `body` and returns the GitError it throws, or nil when it throws nothing (any
/// other error is recorded as a test failure).
func gitError<T>(_ body: () throws -> T) -> GitError? {
    do {
        _ = try body()
        return nil
    } catch let error as GitError {
        return error
    } catch {
        Issue.record("expected a GitError, got \(error)")
        return nil
    }
}
