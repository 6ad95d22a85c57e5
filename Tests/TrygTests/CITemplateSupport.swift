import Foundation
import TestSupport
import Testing

/// Reading the CI templates (YAML, through Python's yaml module) and running their shell steps the way
/// GitHub Actions and GitLab CI would: in a fresh clone, with the environment those systems set.
enum CITemplate {
    static let github = Locations.packageRoot + "/scripts/ci/github-actions.yml"
    static let gitlab = Locations.packageRoot + "/scripts/ci/gitlab-ci.yml"

    /// Whether `python3` with the `yaml` module is there to read the templates.
    static let hasPythonYAML: Bool = {
        (try? runProcess("/usr/bin/env", ["python3", "-c", "import yaml"]))?.status == 0
    }()

    /// Whether `jq` is installed (the GitHub steps read the event file with it; CI installs it).
    static let hasJQ: Bool = { (try? runProcess("/usr/bin/env", ["jq", "--version"]))?.status == 0 }()

    /// A template as JSON objects (`yaml.safe_load`, which is strict about indentation and duplicate-free
    /// mappings enough to catch a broken file).
    static func load(_ path: String) throws -> [String: Any] {
        let script = "import json, sys, yaml\njson.dump(yaml.safe_load(open(sys.argv[1], encoding='utf-8')), sys.stdout)"
        let result = try runProcess("/usr/bin/env", ["python3", "-c", script, path])
        guard result.status == 0 else { throw CIFailure("\(path) is not well-formed YAML: \(result.stderr)") }
        guard let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] else {
            throw CIFailure("\(path) is not a mapping")
        }
        return object
    }

    /// The repository paths a template names, in its comments and its steps (scripts/…, Package.swift,
    /// Sources/).
    static func namedPaths(_ path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let regex = try NSRegularExpression(pattern: #"(scripts/[A-Za-z0-9_./-]*[A-Za-z0-9_/-]|Package\.swift|Sources/)"#)
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }
}

/// A failure of the CI test machinery itself.
struct CIFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A folder removed when the value is released.
final class TemporaryFolder: @unchecked Sendable {
    let path: String

    init(_ label: String) throws {
        path = FileManager.default.temporaryDirectory.path + "/tryg-ci-\(label)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a file, creating folders.
    func write(_ relative: String, _ text: String, executable: Bool = false) throws {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        if executable { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path) }
    }

    func read(_ relative: String) -> String? {
        try? String(contentsOfFile: path + "/" + relative, encoding: .utf8)
    }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path + "/" + relative) }
}

/// Stand-ins for `swift` on PATH: one that must never be called, one that "builds" by copying the
/// real tryg into `.build/release`, both logging their arguments.
struct FakeSwift {
    let folder: TemporaryFolder
    var log: String { folder.path + "/swift.log" }
    var bin: String { folder.path + "/bin" }

    init(builds: Bool) throws {
        folder = try TemporaryFolder("swift")
        let build =
            builds
            ? #"mkdir -p .build/release && cp "$FAKE_SWIFT_PRODUCT" .build/release/tryg"#
            : "echo 'swift must not be called here' >&2; exit 97"
        try folder.write(
            "bin/swift",
            """
            #!/usr/bin/env bash
            echo "$*" >>"\(log)"
            case "$1" in
              --version) echo "Swift version 6.3.1 (a stand-in of the CI tests)" ;;
              build)
                if [[ " $* " == *" --show-bin-path "* ]]; then echo "$PWD/.build/release"; exit 0; fi
                \(build) ;;
              *) exit 96 ;;
            esac

            """, executable: true)
    }

    /// The calls made so far, one line each.
    var calls: [String] {
        (try? String(contentsOfFile: log, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
    }

    /// The environment that puts this `swift` first on PATH.
    var environment: [String: String] {
        [
            "PATH": bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
            "FAKE_SWIFT_PRODUCT": Locations.trygBinary,
        ]
    }
}

/// What one step or job did.
struct StepRun {
    var name: String
    var ran: Bool
    var result: ProcessResult?

    var status: Int32 { result?.status ?? -1 }
    var output: String { (result?.stdout ?? "") + (result?.stderr ?? "") }
}

/// Runs a shell script the way both CI systems run bash steps (`bash --noprofile --norc -eo pipefail`).
func runBashStep(_ script: String, in directory: String, environment: [String: String]) throws -> ProcessResult {
    let file = FileManager.default.temporaryDirectory.path + "/tryg-ci-step-\(UUID().uuidString.prefix(8)).sh"
    try Data(script.utf8).write(to: URL(fileURLWithPath: file))
    defer { try? FileManager.default.removeItem(atPath: file) }
    return try runProcess(
        "/bin/bash", ["--noprofile", "--norc", "-eo", "pipefail", file], in: directory, environment: environment)
}

/// GitLab's `rules: if:` expressions, the part the templates use: `$VAR`, `$VAR == "text"`,
/// `$VAR != "text"`, `$A == $B`, joined by `&&` and `||` (no parentheses). Anything else throws, so the
/// test has to learn a new form before a template can use it.
enum GitLabRules {
    static func evaluate(_ expression: String, _ env: [String: String]) throws -> Bool {
        guard !expression.contains("(") else { throw CIFailure("parentheses are not understood: \(expression)") }
        return try expression.components(separatedBy: "||").contains { alternative in
            try alternative.components(separatedBy: "&&").allSatisfy { try atom($0, env) }
        }
    }

    private static func atom(_ text: String, _ env: [String: String]) throws -> Bool {
        let atom = text.trimmingCharacters(in: .whitespaces)
        for op in ["==", "!="] where atom.contains(op) {
            let sides = atom.components(separatedBy: op).map { $0.trimmingCharacters(in: .whitespaces) }
            guard sides.count == 2 else { throw CIFailure("cannot read \(atom)") }
            let equal = try operand(sides[0], env) == operand(sides[1], env)
            return op == "==" ? equal : !equal
        }
        guard atom.hasPrefix("$") else { throw CIFailure("cannot read \(atom)") }
        return !(env[String(atom.dropFirst())] ?? "").isEmpty
    }

    private static func operand(_ text: String, _ env: [String: String]) throws -> String? {
        if text.hasPrefix("$") { return env[String(text.dropFirst())] }
        if text == "null" { return nil }
        if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
            return String(text.dropFirst().dropLast())
        }
        throw CIFailure("cannot read operand \(text)")
    }

    /// Whether `rules` let a job (or the pipeline) run: the first rule that matches decides.
    static func runs(_ rules: Any?, _ env: [String: String]) throws -> Bool {
        guard let rules = rules as? [[String: Any]] else { return true }
        for rule in rules {
            if let condition = rule["if"] as? String, try !evaluate(condition, env) { continue }
            return (rule["when"] as? String ?? "on_success") != "never"
        }
        return false
    }
}
