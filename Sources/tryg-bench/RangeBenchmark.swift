// tryg-bench range: synthetic initiatives for scripts/bench-range.sh, and in-process timings of
// validating every commit of a range against validating one snapshot.
//
//     tryg-bench range write --out DIR --initiatives 1000                 the first commit's initiatives
//     tryg-bench range write --out DIR --initiatives 1000 --round 7       rename initiative 6 (of round 7)
//     tryg-bench range measure --repo DIR --range A..B [--as-of 2019-06-01] [--rules off]

import Foundation
import Git
import Strategy

/// Runs `tryg-bench range write` or `tryg-bench range measure`.
func runRangeBenchmark(arguments: [String]) throws {
    guard let mode = arguments.first else {
        throw BenchmarkUsageError(description: "usage: tryg-bench range write|measure [options] (see scripts/bench-range.sh)")
    }
    var values: [String: String] = [:]
    var rest = arguments.dropFirst()
    let allowed: Set<String> = ["out", "initiatives", "round", "repo", "range", "as-of", "rules"]
    while let option = rest.popFirst() {
        let name = String(option.dropFirst(2))
        guard option.hasPrefix("--"), allowed.contains(name), let value = rest.popFirst() else {
            throw BenchmarkUsageError(
                description: "bad option \(option); options (each with a value): "
                    + allowed.sorted().map { "--" + $0 }.joined(separator: ", "))
        }
        values[name] = value
    }
    func value(_ name: String) throws -> String {
        guard let found = values[name] else { throw BenchmarkUsageError(description: "--\(name) is required") }
        return found
    }
    func int(_ name: String, default fallback: Int) throws -> Int {
        guard let text = values[name] else { return fallback }
        guard let number = Int(text), number >= 0 else {
            throw BenchmarkUsageError(description: "--\(name) takes a whole number")
        }
        return number
    }
    switch mode {
    case "write":
        try RangeInitiatives(out: try value("out"), count: max(1, try int("initiatives", default: 1000)))
            .write(round: try int("round", default: 0))
    case "measure":
        try measureRange(
            repo: try value("repo"), range: try value("range"), asOf: values["as-of"], rules: values["rules"] != "off")
    default:
        throw BenchmarkUsageError(description: "tryg-bench range: unknown mode \(mode); use write or measure")
    }
}

/// Deterministic initiatives `s-00000` … that are valid against the real schemas and keep the real
/// strategy's rules satisfied (active from the strategy's first day, owned by Aalborg Kommune).
///
/// Round 0 writes every one; round R > 0 renames initiative (R − 1) mod N, so each commit of a series
/// changes exactly one file.
struct RangeInitiatives {
    let out: String
    let count: Int

    func write(round: Int) throws {
        if round == 0 {
            for index in 0..<count { try write(index, name: "Syntetisk indsats \(index)") }
        } else {
            let index = (round - 1) % count
            try write(index, name: "Syntetisk indsats \(index), runde \(round)")
        }
    }

    func id(_ index: Int) -> String {
        let digits = String(index)
        return "s-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    private func write(_ index: Int, name: String) throws {
        let goals = [
            "hoej-tryghed", "mindre-utryghedsskabende-adfaerd", "social-baeredygtighed",
            "boern-og-unges-trivsel", "meningsfuld-hverdag",
        ]
        let text = """
            {
              "$schema": "../../schemas/initiative.schema.json",
              "id": "\(id(index))",
              "name": "\(name)",
              "status": "active",
              "period": {
                "from": "2018-01-01"
              },
              "goals": [
                "\(goals[index % goals.count])"
              ],
              "owners": [
                "aalborg-kommune"
              ],
              "sources": [
                {
                  "kind": "seed",
                  "note": "Synthetic initiative \(index) for the range benchmark."
                }
              ]
            }

            """
        let url = URL(fileURLWithPath: out).appendingPathComponent("strategy/initiatives/\(id(index)).json")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

/// Times, in this process and the same run: one snapshot (the range's last commit) with a fresh
/// validator, then every commit of the range with one shared validator.
func measureRange(repo path: String, range: String, asOf: String?, rules: Bool) throws {
    let repository = try Repository.open(at: path)
    var options = ValidationOptions()
    options.runRules = rules
    if let asOf {
        guard let day = Day(asOf) else { throw BenchmarkUsageError(description: "--as-of takes YYYY-MM-DD") }
        options.asOf = day
    }
    let commits = try RangeValidator.commits(of: range, in: repository)
    guard let last = commits.last else { throw BenchmarkUsageError(description: "the range \(range) is empty") }

    var files = 0
    var snapshotErrors = 0
    let single = try Timings.measure(rounds: 3) {
        let report = try ContentValidator(options: options).validate(try repository.snapshot(.commit(last)))
        files = report.filesChecked
        snapshotErrors = report.counts.errors
    }
    let ranges = RangeValidator(validator: ContentValidator(options: options))
    var report = RangeReport(name: range, commits: [])
    let whole = try Timings.measure(rounds: 1) {
        report = try ranges.validate(commits, in: repository, name: range)
    }
    let perCommit = whole.best / Double(commits.count)
    print(
        "range \(range): \(commits.count) commits, \(files) files each; \(ranges.validator.documents.parseCount) blobs parsed in all"
    )
    print(
        "  one snapshot (fresh validator): best \(decimalText(single.best * 1000)) ms, median \(decimalText(single.median * 1000)) ms; \(snapshotErrors) errors"
    )
    print(
        "  every commit (shared validator): \(decimalText(whole.best * 1000)) ms in all, \(decimalText(perCommit * 1000, decimals: 2)) ms per commit; "
            + "\(report.failing(strict: false).count) failing commits")
    print("  ratio: the whole range costs \(decimalText(whole.best / single.median, decimals: 2))× one snapshot (goal: under 5×)")
    if let peak = PeakMemory.bytes() { print("  peak memory: \(peak / 1_048_576) MiB") }
}
