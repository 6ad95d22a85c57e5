import Foundation
import Git
import JSON
import Strategy

/// `tryg-bench rules`: the `tryg validate` pipeline (work-tree snapshot, parsing, schemas, model,
/// rules) on a synthetic strategy, with the rules timed on their own.
///
/// Options: `--initiatives N` (default 10000), `--partners N` (10), `--units N` per partner (8),
/// `--repo PATH` (default `.`: the tryg repository whose `schemas/` and `tryg.json` are used),
/// `--keep 1` to keep the generated repository (to time the real binary on it).
///
/// The repository is made without running git: the benchmark writes a minimal `.git` layout (HEAD,
/// config, objects, refs), which libgit2 opens as a repository with an unborn branch and an empty
/// index; every file is then new in the work tree and hashed, as `tryg validate` would on a fresh
/// clone whose index is missing.
func runRulesBenchmark(arguments: [String]) throws {
    var rest = arguments, repoRoot = "."
    if let at = rest.firstIndex(of: "--repo"), at + 1 < rest.count {
        repoRoot = rest[at + 1]
        rest.removeSubrange(at...(at + 1))
    }
    let options = try BenchmarkOptions(rest, allowed: ["initiatives", "partners", "units", "keep"])
    let initiatives = Int(try options.number("initiatives", default: 10_000, in: 0...1_000_000))
    let partners = Int(try options.number("partners", default: 10, in: 1...1000))
    let units = Int(try options.number("units", default: 8, in: 0...1000))
    let keep = try options.number("keep", default: 0, in: 0...1) == 1
    let start = ContinuousClock.now

    let strategy = SyntheticStrategy(partners: partners, unitsPerPartner: units, initiatives: initiatives, seed: 2026)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tryg-bench-rules-\(getpid())").path
    try? FileManager.default.removeItem(atPath: folder)
    try strategy.write(to: folder)
    try copyConfiguration(from: repoRoot, to: folder)
    try makeMinimalGitLayout(in: folder)
    defer { if !keep { try? FileManager.default.removeItem(atPath: folder) } }
    let generated = seconds(since: start)
    print(
        "rules benchmark: \(strategy.contents.count) files (\(initiatives) initiatives, \(partners) partners × \(units) units) generated in \(decimalText(generated, decimals: 2)) s"
    )

    PeakMemory.reset()
    var options2 = ValidationOptions()
    options2.asOf = Day("2022-06-01") ?? .today
    let pipelineStart = ContinuousClock.now
    let repository = try Repository.open(at: folder)
    let snapshot = try repository.snapshot(.workTree)
    let report = try ContentValidator(options: options2).validate(snapshot)
    let pipeline = seconds(since: pipelineStart)

    let modelStart = ContinuousClock.now
    let model = StrategyModel.build(from: report.validDocuments)
    let modelTime = seconds(since: modelStart)
    let rulesStart = ContinuousClock.now
    let findings = RuleEngine(config: report.config, context: RuleContext(asOf: options2.asOf)).run(model)
    let rulesTime = seconds(since: rulesStart)

    let counts = report.counts
    print("  validate pipeline (snapshot, parse, schemas, model, rules): \(decimalText(pipeline, decimals: 3)) s")
    print(
        "    findings: \(counts.errors) errors, \(counts.warnings) warnings, \(counts.notes) notes (rules alone: \(findings.count))"
    )
    if let firstError = report.diagnostics.first(where: { $0.severity == .error }) {
        print("    first error: \(firstError.path ?? "-"): \(firstError.message) [\(firstError.code)]")
    }
    print(
        "  model build alone: \(decimalText(modelTime * 1000, decimals: 1)) ms; rules alone: \(decimalText(rulesTime * 1000, decimals: 1)) ms"
    )
    for rule in RuleEngine.allRules {
        let ruleStart = ContinuousClock.now
        _ = RuleEngine.findings(of: rule, in: model, RuleContext(asOf: options2.asOf))
        let t = seconds(since: ruleStart)
        if t > 0.005 { print("    \(rule.name): \(decimalText(t * 1000, decimals: 1)) ms") }
    }
    if let peak = PeakMemory.bytes() {
        print("  peak resident memory during validation (VmHWM): \(decimalText(Double(peak) / 1_048_576, decimals: 1)) MB")
    }
    print("  whole benchmark process so far: \(decimalText(seconds(since: start), decimals: 2)) s")
    if keep {
        print("  kept: \(folder)\n  time the binary: /usr/bin/time -v tryg validate -C \(folder) --as-of 2022-06-01 >/dev/null")
    }
}

private func seconds(since start: ContinuousClock.Instant) -> Double {
    let parts = (ContinuousClock.now - start).components
    return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
}

/// Copies `schemas/` and `tryg.json` of the tryg repository at `root` into `folder`.
private func copyConfiguration(from root: String, to folder: String) throws {
    let manager = FileManager.default
    let schemas = root + "/schemas", config = root + "/tryg.json"
    guard manager.fileExists(atPath: schemas), manager.fileExists(atPath: config) else {
        throw BenchmarkUsageError(
            description: "no schemas/ and tryg.json in \(root); run from the tryg repository or pass --repo PATH")
    }
    try manager.copyItem(atPath: schemas, toPath: folder + "/schemas")
    try manager.copyItem(atPath: config, toPath: folder + "/tryg.json")
}

/// Writes the smallest `.git` folder libgit2 opens: an unborn `main`, no objects, no index.
private func makeMinimalGitLayout(in folder: String) throws {
    let git = folder + "/.git"
    for sub in ["objects/info", "objects/pack", "refs/heads", "refs/tags"] {
        try FileManager.default.createDirectory(atPath: git + "/" + sub, withIntermediateDirectories: true)
    }
    try Data("ref: refs/heads/main\n".utf8).write(to: URL(fileURLWithPath: git + "/HEAD"))
    try Data("[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n".utf8)
        .write(to: URL(fileURLWithPath: git + "/config"))
}
