import Foundation
import TestSupport
import Testing

/// A push cannot switch off its own check: each new commit is checked against the policy in force
/// (the configuration and schemas of the reference's current value), required content cannot be
/// deleted, and a policy change needs the server's consent. Real `git push`es into a bare
/// repository with the hook installed.
@Suite("tryg hook pre-receive: the policy in force (end to end)")
struct HookPolicyTests {
    let hooks = HookPreReceiveTests()

    /// A server that has accepted the real content on main.
    func accepted() throws -> (server: TemporaryRepository, client: TemporaryRepository) {
        let (server, client) = try hooks.setUp()
        let first = try hooks.push(client, ["main"])
        #expect(first.status == 0, "\(first)")
        return (server, client)
    }

    func breakInitiative(_ client: TemporaryRepository) throws {
        try client.write(RangeFixture.initiativePath, RangeFixture.initiative(status: "bogus"))
    }

    @Test("deleting tryg.json in the same commit does not let a broken initiative in")
    func deletedConfig() throws {
        let (server, client) = try accepted()
        let before = try server.head("main")
        try breakInitiative(client)
        try client.remove("tryg.json")
        try client.commitAll("no more rules")
        let rejected = try hooks.push(client, ["main"])
        #expect(rejected.status != 0, "\(rejected)")
        #expect(rejected.stderr.contains("this commit removes tryg.json"), "\(rejected)")
        #expect(rejected.stderr.contains(RangeFixture.bogusStatus), "the policy in force still finds the error: \(rejected)")
        #expect(try server.head("main") == before)
    }

    @Test("tryg.json as a symbolic link, or empty, is refused")
    func symlinkAndEmptyConfig() throws {
        let (server, client) = try accepted()
        let before = try server.head("main")
        try client.remove("tryg.json")
        try FileManager.default.createSymbolicLink(atPath: client.path + "/tryg.json", withDestinationPath: "/etc/hostname")
        try client.commitAll("config as a link")
        let linked = try hooks.push(client, ["main"])
        #expect(linked.status != 0 && linked.stderr.contains("this commit removes tryg.json"), "\(linked)")
        try client.git(["reset", "-q", "--hard", "HEAD~1"])
        try client.write("tryg.json", "")
        try client.commitAll("empty config")
        let empty = try hooks.push(client, ["main"])
        #expect(empty.status != 0, "\(empty)")
        #expect(empty.stderr.contains("tryg.json"), "\(empty)")
        #expect(try server.head("main") == before)
    }

    @Test("turning the rules off and a schema into `true` in the same commit is a policy change, refused")
    func loosenedPolicy() throws {
        let (server, client) = try accepted()
        let before = try server.head("main")
        try breakInitiative(client)
        try client.write("schemas/initiative.schema.json", "true\n")
        let config = try String(contentsOfFile: client.path + "/tryg.json", encoding: .utf8)
        try client.write(
            "tryg.json", config.replacingOccurrences(of: "\"rules\": {}", with: "\"rules\": {\"partner-coverage\": \"off\"}"))
        try client.commitAll("loosen everything")
        let rejected = try hooks.push(client, ["main"])
        #expect(rejected.status != 0, "\(rejected)")
        #expect(
            rejected.stderr.contains(
                "this commit changes the policy (schemas/initiative.schema.json, tryg.json) and passes only under its own"),
            "\(rejected)")
        #expect(try server.head("main") == before)
    }

    @Test("a policy change the administrator allows, pushed with -o tryg.policy-change, lands")
    func allowedPolicyChange() throws {
        let (server, client) = try accepted()
        try server.git(["config", "tryg.allowPolicyChange", "true"])
        try server.git(["config", "receive.advertisePushOptions", "true"])
        let path = client.path + "/schemas/initiative.schema.json"
        let schema = try String(contentsOfFile: path, encoding: .utf8)
        try client.write(
            "schemas/initiative.schema.json",
            schema.replacingOccurrences(of: "\"merged\"\n      ]", with: "\"merged\",\n        \"paused\"\n      ]"))
        try client.write(RangeFixture.initiativePath, RangeFixture.initiative(status: "paused"))
        try client.commitAll("a new status")
        let refused = try hooks.push(client, ["main"])
        #expect(refused.status != 0 && refused.stderr.contains("changes the policy"), "\(refused)")
        let allowed = try hooks.push(client, ["-o", "tryg.policy-change", "main"])
        #expect(allowed.status == 0, "\(allowed)")
        #expect(try server.head("main") == client.head())
    }

    @Test("required content cannot be deleted: strategy.json, organisation.json, all of strategy/")
    func requiredContent() throws {
        let (server, client) = try accepted()
        let before = try server.head("main")
        for (removal, expected) in [
            ("strategy/strategy.json", "the required file strategy/strategy.json is missing"),
            ("strategy/organisation.json", "the required file strategy/organisation.json is missing"),
            ("strategy", "the required folder strategy/initiatives/ has no content files"),
        ] {
            try client.git(["rm", "-q", "-r", removal])
            try client.git(["commit", "-q", "-m", "remove \(removal)"])
            let rejected = try hooks.push(client, ["main"])
            #expect(rejected.status != 0, "\(removal): \(rejected)")
            #expect(rejected.stderr.contains(expected), "\(removal): \(rejected)")
            try client.git(["reset", "-q", "--hard", "HEAD~1"])
        }
        #expect(try server.head("main") == before)
    }

    @Test("a protectedRefs pattern that matches nothing is reported at install and at every push")
    func unusedPattern() throws {
        let (server, client) = try accepted()
        try server.git(["config", "tryg.protectedRefs", "refs/heads/Main"])
        let install = try RangeFixture.tryg(["hook", "install", "--pre-receive", "-C", server.path], in: "/")
        #expect(
            install.stderr.contains("the pattern 'refs/heads/Main' in git config tryg.protectedRefs matches no reference"),
            "\(install)")
        try client.write(RangeFixture.initiativePath, RangeFixture.initiative())
        try client.commitAll("add")
        let pushed = try hooks.push(client, ["main"])
        #expect(pushed.stderr.contains("matches no reference: it protects nothing"), "\(pushed)")
    }

    @Test("a tree entry git refuses to check out (.GIT, ..) is an error, in validate and at the push")
    func refusedEntries() throws {
        let (server, client) = try accepted()
        let before = try server.head("main")
        let blob = try client.git(["hash-object", "-w", "--stdin"], input: "{}\n").trimmingCharacters(in: .whitespacesAndNewlines)
        let listing = try client.git(["ls-tree", "HEAD"])
        let tree = try client.git(["mktree"], input: listing + "100644 blob \(blob)\t.GIT\n").trimmingCharacters(
            in: .whitespacesAndNewlines)
        let commit = try client.git(["commit-tree", tree, "-p", "HEAD", "-m", "a .GIT file"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        try client.git(["update-ref", "refs/heads/main", commit])
        let validate = try RangeFixture.tryg(["validate", "HEAD", "--as-of", RangeFixture.asOf], in: client.path)
        #expect(validate.status == 1, "\(validate)")
        #expect(
            validate.stdout.contains(
                ".GIT: error: git would refuse to check out .GIT: its name '.GIT' is read as '.git', git's own folder [refused-path]"
            ), "\(validate)")
        let rejected = try hooks.push(client, ["main"])
        #expect(rejected.status != 0 && rejected.stderr.contains("[refused-path]"), "\(rejected)")
        #expect(try server.head("main") == before)
    }

    @Test("a push that names a blob only a hidden reference reaches gets no line or value of it back")
    func hiddenObjectsAreNotQuoted() throws {
        let (server, client) = try accepted()
        // A secret, broken initiative on a hidden reference of the server.
        try client.git(["checkout", "-q", "-b", "secret"])
        try client.write("strategy/initiatives/hemmelig.json", RangeFixture.initiative(id: "hemmelig", status: "HEMMELIGVAERDI"))
        try client.commitAll("secret")
        try client.git(["push", "-q", "--no-verify", server.path, "secret:refs/hidden/secret"])
        try client.git(["checkout", "-q", "main"])
        try client.git(["branch", "-q", "-D", "secret"])
        try server.git(["config", "receive.hideRefs", "refs/hidden"])
        let blob = try server.git(["rev-parse", "refs/hidden/secret:strategy/initiatives/hemmelig.json"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        // The attacker's commit names that blob, and the push brings only the commit and its trees,
        // as a hand-made pack would: written into a quarantine, as git receive-pack does.
        let quarantine = server.path + "/objects/incoming-test"
        try FileManager.default.createDirectory(atPath: quarantine, withIntermediateDirectories: true)
        let writing = ["GIT_OBJECT_DIRECTORY": quarantine, "GIT_ALTERNATE_OBJECT_DIRECTORIES": server.path + "/objects"]
        let main = try server.head("main")
        let initiatives = try server.git(["ls-tree", main + ":strategy/initiatives"])
        let folder = try server.git(["mktree"], environment: writing, input: initiatives + "100644 blob \(blob)\themmelig.json\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let strategy = try server.git(["ls-tree", main + ":strategy"]).replacingOccurrences(
            of: try server.git(["rev-parse", main + ":strategy/initiatives"]).trimmingCharacters(in: .whitespacesAndNewlines),
            with: folder)
        let strategyTree = try server.git(["mktree"], environment: writing, input: strategy).trimmingCharacters(
            in: .whitespacesAndNewlines)
        let root = try server.git(["ls-tree", main]).replacingOccurrences(
            of: try server.git(["rev-parse", main + ":strategy"]).trimmingCharacters(in: .whitespacesAndNewlines),
            with: strategyTree)
        let rootTree = try server.git(["mktree"], environment: writing, input: root).trimmingCharacters(
            in: .whitespacesAndNewlines)
        let commit = try server.git(["commit-tree", rootTree, "-p", main, "-m", "name a hidden blob"], environment: writing)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let hook = try runProcess(
            Locations.trygBinary, ["hook", "pre-receive", "--as-of", RangeFixture.asOf], in: server.path,
            environment: writing.merging(["GIT_DIR": server.path, "GIT_QUARANTINE_PATH": quarantine]) { $1 },
            input: "\(main) \(commit) refs/heads/main\n")
        #expect(hook.status == 1, "the broken file is still checked and refuses the push: \(hook)")
        #expect(
            hook.stderr.contains(
                "strategy/initiatives/hemmelig.json:5:13: error: (not shown: this file is neither part of your push nor readable by you) [enum]"
            ), "\(hook)")
        #expect(!hook.stderr.contains("HEMMELIGVAERDI"), "the hidden value must not be quoted: \(hook)")
    }
}
