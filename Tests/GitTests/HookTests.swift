import Foundation
import Git
import Testing

/// Real hooks run by git: each hook records its environment (and copies the temporary
/// index or quarantine it was given, which git removes afterwards) and refuses; the test
/// then opens the repository from that environment, as tryg would inside the hook.
@Suite struct HookTests {
    /// Installs an executable hook script.
    static func installHook(_ name: String, in hooks: String, script: String) throws {
        try FileManager.default.createDirectory(atPath: hooks, withIntermediateDirectories: true)
        let path = hooks + "/" + name
        try Data(("#!/bin/sh\n" + script).utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    }

    /// The `GIT_*` variables of an `env` listing, with the current folder as `PWD`.
    static func recordedEnvironment(_ path: String) throws -> (variables: [String: String], directory: String) {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var variables: [String: String] = [:]
        var directory = "/"
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            if parts[0].hasPrefix("GIT_") { variables[String(parts[0])] = String(parts[1]) }
            if parts[0] == "PWD" { directory = String(parts[1]) }
        }
        return (variables, directory)
    }

    /// A push refused by a pre-receive hook that records its environment, standard input and
    /// quarantine: a bare repository at `serverName` below the fixture, a first commit pushed, then a
    /// second one whose push the hook sees. The recorded environment points at the copied quarantine.
    struct RecordedPush {
        let server: String
        let first: ObjectID
        let pushed: ObjectID
        let variables: [String: String]
        let directory: String
        let stdin: String
    }

    static func recordedPush(_ fixture: GitFixture, serverName: String = "server.git") throws -> RecordedPush {
        let server = fixture.root + "/" + serverName
        let record = fixture.root + "/record"
        try FileManager.default.createDirectory(atPath: record, withIntermediateDirectories: true)
        try fixture.git(["init", "-q", "--bare", "-b", "main", server])
        try fixture.git(["clone", "-q", server, fixture.root + "/client"])
        let client = fixture.root + "/client"
        try fixture.write("client/strategy/strategy.json", "{\"name\": \"first\"}\n")
        let first = try fixture.commitAll("first", in: client)
        try fixture.git(["push", "-q", "origin", "main"], in: client)
        try installHook(
            "pre-receive", in: server + "/hooks",
            script: """
                env > "\(record)/env.txt"
                echo "PWD=$(pwd)" >> "\(record)/env.txt"
                cat > "\(record)/stdin.txt"
                cp -R "$GIT_OBJECT_DIRECTORY" "\(record)/quarantine"
                echo "refused by the test" >&2
                exit 1
                """)
        try fixture.write("client/strategy/strategy.json", "{\"name\": \"pushed\"}\n")
        let pushed = try fixture.commitAll("second", in: client)
        #expect(throws: FixtureError.self) { try fixture.git(["push", "-q", "origin", "main"], in: client) }
        var (variables, directory) = try recordedEnvironment(record + "/env.txt")
        #expect(variables["GIT_OBJECT_DIRECTORY"] != nil)
        #expect(variables["GIT_ALTERNATE_OBJECT_DIRECTORIES"] != nil)
        variables["GIT_OBJECT_DIRECTORY"] = record + "/quarantine"
        variables["GIT_QUARANTINE_PATH"] = record + "/quarantine"  // git removed the original
        let stdin = try String(contentsOfFile: record + "/stdin.txt", encoding: .utf8)
        return RecordedPush(
            server: server, first: first, pushed: pushed, variables: variables, directory: directory, stdin: stdin)
    }

    @Test func aPreReceiveHookSeesThePushedObjects() throws {
        let fixture = try GitFixture(repository: false)
        let push = try Self.recordedPush(fixture)
        let (server, pushed, variables, directory) = (push.server, push.pushed, push.variables, push.directory)
        #expect(push.stdin.hasPrefix("\(push.first.hex) \(pushed.hex) refs/heads/main"))

        #expect(!(try Repository.open(at: server).contains(pushed)))
        let repository = try Repository.openFromEnvironment(variables, currentDirectory: directory)
        #expect(repository.isBare)
        let snapshot = try repository.snapshot(.commit(pushed))
        let file = try #require(try snapshot.file(at: "strategy/strategy.json"))
        #expect(try snapshot.read(file) == Array("{\"name\": \"pushed\"}\n".utf8))
        #expect(try repository.walk("main..\(pushed.hex)") == [pushed])
    }

    @Test func aPreCommitHookOfCommitAllSeesTheTemporaryIndex() throws {
        let fixture = try RepositoryTests.history()
        let record = fixture.root + "/.git/record"
        try FileManager.default.createDirectory(atPath: record, withIntermediateDirectories: true)
        try Self.installHook(
            "pre-commit", in: fixture.root + "/.git/hooks",
            script: """
                env > "\(record)/env.txt"
                echo "PWD=$(pwd)" >> "\(record)/env.txt"
                cp "$GIT_INDEX_FILE" "\(record)/index"
                exit 1
                """)
        try fixture.write("strategy/strategy.json", "{\"name\": \"commit -a\"}\n")
        #expect(throws: FixtureError.self) { try fixture.git("commit", "-q", "-a", "-m", "refused") }

        var (variables, directory) = try Self.recordedEnvironment(record + "/env.txt")
        #expect(variables["GIT_INDEX_FILE"] != nil)
        variables["GIT_INDEX_FILE"] = record + "/index"
        let repository = try Repository.openFromEnvironment(variables, currentDirectory: directory)
        let staged = try repository.snapshot(.index)
        let file = try #require(try staged.file(at: "strategy/strategy.json"))
        #expect(try staged.read(file) == Array("{\"name\": \"commit -a\"}\n".utf8))
        let normal = try Repository.open(at: fixture.root).snapshot(.index)
        #expect(try normal.file(at: "strategy/strategy.json")?.id != file.id)
    }
}
