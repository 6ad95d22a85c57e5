import Foundation
import TestSupport
import Testing

/// A server check is bounded: past its deadline the push is refused (and the reason logged); when
/// the pusher goes away the check stops at once. Small limits keep these tests to seconds.
@Suite("tryg hook pre-receive: deadline and disconnect (end to end)")
struct HookWatchdogTests {
    let hooks = HookPreReceiveTests()

    @Test("past the deadline the push is refused, fail closed, and the reason is logged")
    func deadline() throws {
        let (server, client) = try hooks.setUp()
        try server.git(["config", "tryg.deadline", "0.001"])
        let rejected = try hooks.push(client, ["main"])
        #expect(rejected.status != 0, "\(rejected)")
        #expect(rejected.stderr.contains("push rejected: the check did not finish in 0.001 s"), "\(rejected)")
        #expect(throws: GitCommandFailed.self) { try server.head("main") }
        let log = try String(contentsOfFile: server.path + "/tryg-hook.log", encoding: .utf8)
        #expect(log.contains("the check did not finish in 0.001 s"), "\(log)")
    }

    /// A repository whose `work` branch holds `count` commits beyond `main`, each renaming the test
    /// initiative, made with `git fast-import` so that making them is quick.
    func longSeries(_ count: Int) throws -> (repo: TemporaryRepository, root: String, tip: String) {
        let repo = try RangeFixture.strategyRepository()
        try repo.write(RangeFixture.initiativePath, RangeFixture.initiative())
        let root = try repo.commitAll("add test initiative")
        var script = ""
        for i in 1...count {
            let text = RangeFixture.initiative(name: "Navn \(i)")
            script += "commit refs/heads/work\ncommitter Tryg Test <test@tryg.invalid> 1514808000 +0000\n"
            script += "data \("rename \(i)".utf8.count)\nrename \(i)\n"
            if i == 1 { script += "from \(root)\n" }
            script += "M 100644 inline \(RangeFixture.initiativePath)\ndata \(text.utf8.count)\n\(text)\n"
        }
        try repo.git(["fast-import", "--quiet"], input: script)
        return (repo, root, try repo.head("work").trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Runs the hook on the series; with `closeReader`, the pipe its messages go to has no reader.
    func runHook(_ series: (repo: TemporaryRepository, root: String, tip: String), closeReader: Bool) throws -> (Int32, Double) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Locations.trygBinary)
        process.arguments = ["hook", "pre-receive", "--deadline", "60"]
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_DIR"] = series.repo.path + "/.git"
        environment["TRYG_LANG"] = "en"
        process.environment = environment
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        if closeReader { try errors.fileHandleForReading.close() }
        let start = Date()
        try process.run()
        input.fileHandleForWriting.write(Data("\(series.root) \(series.tip) refs/heads/main\n".utf8))
        try input.fileHandleForWriting.close()
        if !closeReader { _ = errors.fileHandleForReading.readDataToEndOfFile() }
        process.waitUntilExit()
        return (process.terminationStatus, Date().timeIntervalSince(start))
    }

    @Test("when nobody reads the hook's messages any more, the check stops at once")
    func disconnect() throws {
        let series = try longSeries(600)
        try series.repo.git(["config", "tryg.protectedRefs", "refs/heads/main"])
        let (status, whole) = try runHook(series, closeReader: false)
        #expect(status == 0 || status == 1)
        try #require(whole > 0.6, "the check of 600 commits took only \(whole) s here: too quick to show a stop")
        let (stopped, time) = try runHook(series, closeReader: true)
        #expect(stopped != 0, "a check whose pusher went away never accepts")
        #expect(time < whole / 2, "stopped after \(time) s; the whole check takes \(whole) s")
    }
}
