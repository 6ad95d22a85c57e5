import Foundation

/// The outcome of running a program: exit status and everything it wrote.
public struct ProcessResult: Sendable, CustomStringConvertible {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

/// Runs a program to completion, feeding `input` to its standard input and reading standard output
/// and standard error concurrently (so a child that fills one pipe never deadlocks against us).
///
/// The child gets a clean, repeatable environment: this process's environment without any `GIT_*`
/// variable (a test run from inside a git hook must not leak its repository into the tests), with
/// `HOME` set to an empty folder of the test run, git's global and system configuration switched off
/// (`GIT_CONFIG_GLOBAL=/dev/null`, `GIT_CONFIG_NOSYSTEM=1`), `NO_COLOR=1` and `TRYG_LANG=en` (tests
/// that read another language or set another home say so). `environment` is applied on top; an
/// empty value removes a variable.
public func runProcess(
    _ executable: String, _ arguments: [String], in directory: String? = nil,
    environment: [String: String] = [:], input: String? = nil
) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
    env["HOME"] = TestHome.path
    env["GIT_CONFIG_GLOBAL"] = "/dev/null"
    env["GIT_CONFIG_NOSYSTEM"] = "1"
    env["NO_COLOR"] = "1"
    env["TRYG_LANG"] = "en"
    for (key, value) in environment { env[key] = value.isEmpty ? nil : value }
    process.environment = env

    let out = Pipe(), err = Pipe(), inp = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inp

    let group = DispatchGroup()
    let collected = Collected()
    for (pipe, isOut) in [(out, true), (err, false)] {
        group.enter()
        DispatchQueue.global().async {
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            collected.set(data, isOut: isOut)
            group.leave()
        }
    }
    try process.run()
    if let input { inp.fileHandleForWriting.write(Data(input.utf8)) }
    try? inp.fileHandleForWriting.close()
    process.waitUntilExit()
    group.wait()
    return ProcessResult(
        status: process.terminationStatus, stdout: String(decoding: collected.stdout, as: UTF8.self),
        stderr: String(decoding: collected.stderr, as: UTF8.self))
}

private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var stdout = Data()
    private(set) var stderr = Data()

    func set(_ data: Data, isOut: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if isOut { stdout = data } else { stderr = data }
    }
}

/// The home folder every child process of the tests gets: empty, made once per test run.
public enum TestHome {
    public static let path: String = {
        let folder = FileManager.default.temporaryDirectory.path + "/tryg-test-home-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }()
}
