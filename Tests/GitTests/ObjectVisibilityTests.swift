import Foundation
import Git
import Testing

/// Which objects a pre-receive hook may quote to the pusher (issue 15, item 7): a real bare
/// repository with a hidden reference, and a hand-made pack in a quarantine whose tree names a blob
/// that only the hidden reference reaches.
@Suite struct ObjectVisibilityTests {
    struct Server {
        let fixture: GitFixture
        let path: String
        let quarantine: String
        let pushedCommit: ObjectID
        let newBlob: ObjectID
        let secretBlob: ObjectID
        let publicBlob: ObjectID

        var environment: [String: String] {
            [
                "GIT_DIR": path, "GIT_OBJECT_DIRECTORY": quarantine, "GIT_QUARANTINE_PATH": quarantine,
                "GIT_ALTERNATE_OBJECT_DIRECTORIES": path + "/objects",
            ]
        }

        func open() throws -> Repository {
            try Repository.openFromEnvironment(environment, currentDirectory: path)
        }
    }

    static func server() throws -> Server {
        let fixture = try GitFixture(repository: false)
        let server = fixture.root + "/server.git"
        let client = fixture.root + "/client"
        try fixture.git(["init", "-q", "--bare", "-b", "main", server])
        try fixture.git(["clone", "-q", server, client])
        try fixture.write("client/strategy/a.json", "{\"name\": \"public\"}\n")
        try fixture.commitAll("public", in: client)
        try fixture.git(["push", "-q", "origin", "main"], in: client)
        try fixture.git(["checkout", "-q", "--orphan", "secret"], in: client)
        try fixture.git(["rm", "-rfq", "."], in: client)
        try fixture.write("client/strategy/secret.json", "{\"password\": \"hunter2\"}\n")
        try fixture.commitAll("secret", in: client)
        try fixture.git(["push", "-q", "origin", "secret:refs/hidden/secret"], in: client)
        try fixture.git(["config", "receive.hideRefs", "refs/hidden"], in: server)
        let secretBlob = try fixture.id(of: "refs/hidden/secret:strategy/secret.json", in: server)
        let publicBlob = try fixture.id(of: "main:strategy/a.json", in: server)
        // The hand-made push: a commit on main whose tree names the secret blob by its id.
        let quarantine = server + "/objects/tmp_objdir-incoming-test"
        try FileManager.default.createDirectory(atPath: quarantine + "/pack", withIntermediateDirectories: true)
        let env = ["GIT_OBJECT_DIRECTORY": quarantine, "GIT_ALTERNATE_OBJECT_DIRECTORIES": server + "/objects"]
        let newHex = try fixture.git(["hash-object", "-w", "--stdin"], in: server, environment: env, input: Array("{}\n".utf8))
        let newBlob = try #require(ObjectID(hex: newHex))
        let tree = try fixture.git(
            ["mktree"], in: server, environment: env,
            input: Array("100644 blob \(secretBlob.hex)\tleak.json\n100644 blob \(newHex)\tnew.json\n".utf8))
        let commit = try fixture.git(["commit-tree", tree, "-p", "main", "-m", "leak"], in: server, environment: env)
        try fixture.git(
            ["pack-objects", "-q", quarantine + "/pack/pack"], in: server, environment: env,
            input: Array("\(commit)\n\(tree)\n\(newHex)\n".utf8))
        try fixture.git(["prune-packed"], in: server, environment: env)
        return Server(
            fixture: fixture, path: server, quarantine: quarantine, pushedCommit: try #require(ObjectID(hex: commit)),
            newBlob: newBlob, secretBlob: secretBlob, publicBlob: publicBlob)
    }

    @Test func pushedReadableAndHiddenObjectsAreTold() throws {
        let server = try Self.server()
        let repository = try server.open()
        #expect(repository.quarantineDirectory == server.quarantine)
        #expect(repository.isInQuarantine(server.pushedCommit))
        #expect(repository.isInQuarantine(server.newBlob))
        #expect(!repository.isInQuarantine(server.secretBlob))
        #expect(try repository.blobBytes(server.secretBlob).count > 0)  // readable, but not to be quoted
        let visibility = ObjectVisibility(repository: repository)
        #expect(visibility.origin(of: server.pushedCommit) == .pushed)
        #expect(visibility.origin(of: server.newBlob) == .pushed)
        #expect(visibility.origin(of: server.publicBlob) == .readable)
        #expect(visibility.origin(of: server.secretBlob) == .hidden)
    }

    @Test func unhidingAndTransferHideRefsAreHonoured() throws {
        let server = try Self.server()
        try server.fixture.git(["config", "--add", "receive.hideRefs", "!refs/hidden/secret"], in: server.path)
        #expect(ObjectVisibility(repository: try server.open()).origin(of: server.secretBlob) == .readable)
        // transfer.hideRefs, read after receive.hideRefs here (later in the file), hides every branch.
        try server.fixture.git(["config", "transfer.hideRefs", "refs/heads"], in: server.path)
        let hidden = ObjectVisibility(repository: try server.open())
        #expect(hidden.origin(of: server.publicBlob) == .hidden)
        #expect(hidden.origin(of: server.secretBlob) == .readable)
        #expect(hidden.origin(of: server.newBlob) == .pushed)
    }

    @Test func aSmallBudgetAnswersUnknown() throws {
        let server = try Self.server()
        let visibility = ObjectVisibility(repository: try server.open(), budget: 1)
        #expect(visibility.origin(of: server.publicBlob) == .unknown)
        #expect(visibility.origin(of: server.newBlob) == .pushed)
    }

    @Test func outsideAHookNothingIsInQuarantine() throws {
        let server = try Self.server()
        let repository = try Repository.open(at: server.path)
        #expect(repository.quarantineDirectory == nil)
        #expect(!repository.isInQuarantine(server.publicBlob))
    }
}
