// tryg-bench diff: synthetic strategies for scripts/bench-diff.sh, and in-process timings of the
// semantic diff and the entity log on the repositories that script builds with git.
//
//     tryg-bench diff write --out DIR --initiatives 10000                       the first commit's files
//     tryg-bench diff write --out DIR --initiatives 10000 --changed 100 --round 1   change 100 of them
//     tryg-bench diff measure --repo DIR --old A --new B [--entity ID] [--rounds 5]

import Foundation
import Git
import Strategy

/// Runs `tryg-bench diff write` or `tryg-bench diff measure`.
func runDiffBenchmark(arguments: [String]) throws {
    guard let mode = arguments.first else {
        throw BenchmarkUsageError(description: "usage: tryg-bench diff write|measure [options] (see scripts/bench-diff.sh)")
    }
    let options = try DiffBenchmarkOptions(Array(arguments.dropFirst()))
    switch mode {
    case "write": try SyntheticDiffStrategy(options: options).write()
    case "measure": try measureDiff(options)
    default: throw BenchmarkUsageError(description: "tryg-bench diff: unknown mode \(mode); use write or measure")
    }
}

/// `--name value` options of the diff benchmark.
struct DiffBenchmarkOptions {
    private var values: [String: String] = [:]
    static let allowed: Set<String> = [
        "out", "initiatives", "changed", "round", "spread", "repo", "old", "new", "entity", "rounds",
    ]

    init(_ arguments: [String]) throws {
        var rest = arguments[...]
        while let option = rest.popFirst() {
            let name = String(option.dropFirst(2))
            guard option.hasPrefix("--"), Self.allowed.contains(name), let value = rest.popFirst() else {
                throw BenchmarkUsageError(
                    description: "bad option \(option); options (each with a value): "
                        + Self.allowed.sorted().map { "--" + $0 }.joined(separator: ", "))
            }
            values[name] = value
        }
    }

    func string(_ name: String) throws -> String {
        guard let value = values[name] else { throw BenchmarkUsageError(description: "--\(name) is required") }
        return value
    }

    func optionalString(_ name: String) -> String? { values[name] }

    func int(_ name: String, default fallback: Int) throws -> Int {
        guard let text = values[name] else { return fallback }
        guard let value = Int(text), value >= 0 else {
            throw BenchmarkUsageError(description: "--\(name) takes a whole number ≥ 0")
        }
        return value
    }
}

/// A deterministic synthetic strategy: five goals, two partners, N initiatives named `i-00000`….
///
/// Round 0 writes every file; round R > 0 rewrites `changed` initiatives — R·changed … modulo
/// `spread` (default: all initiatives) — with a change that depends on the round: a rename, an
/// ending, a new owner or a new goal.
struct SyntheticDiffStrategy {
    let out: String
    let initiatives: Int
    let changed: Int
    let round: Int
    let spread: Int

    init(options: DiffBenchmarkOptions) throws {
        out = try options.string("out")
        initiatives = max(1, try options.int("initiatives", default: 10_000))
        changed = try options.int("changed", default: 0)
        round = try options.int("round", default: 0)
        spread = max(1, min(initiatives, try options.int("spread", default: initiatives)))
    }

    func write() throws {
        if round == 0 {
            try file(
                "strategy/strategy.json",
                "{\n  \"name\": \"Synthetic\",\n  \"version\": 1,\n  \"period\": { \"from\": \"2018-01-01\", \"to\": \"2021-12-31\" },\n  \"sources\": []\n}\n"
            )
            for goal in 1...5 {
                try file(
                    "strategy/goals/goal-\(goal).json",
                    "{\n  \"id\": \"goal-\(goal)\",\n  \"number\": \(goal),\n  \"name\": \"Goal \(goal)\",\n  \"sources\": []\n}\n"
                )
            }
            for partner in ["kommune", "politi"] {
                try file(
                    "strategy/partners/\(partner).json",
                    "{\n  \"id\": \"\(partner)\",\n  \"name\": \"\(partner.capitalized)\",\n  \"joined\": \"2018-01-01\",\n  \"sources\": []\n}\n"
                )
            }
            for index in 0..<initiatives { try file(path(index), initiative(index, variant: 0)) }
        } else {
            for k in 0..<changed {
                let index = (round * changed + k) % spread
                try file(path(index), initiative(index, variant: round * changed + k))
            }
        }
    }

    func id(_ index: Int) -> String {
        let digits = String(index)
        return "i-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    func path(_ index: Int) -> String { "strategy/initiatives/\(id(index)).json" }

    /// Variant 0 is the original; others change one thing, chosen by the variant.
    func initiative(_ index: Int, variant: Int) -> String {
        let name = "Initiative \(index)"
        var newName = name
        var former = ""
        var status = "active"
        var period = "{ \"from\": \"2018-01-01\" }"
        var extra = ""
        var owners = ["kommune"]
        var goals = ["goal-\(index % 5 + 1)"]
        if variant > 0 {
            switch variant % 4 {
            case 0:
                newName = "Initiative \(index), renamed \(variant)"
                former = "\n  \"formerNames\": [{ \"name\": \"\(name)\", \"until\": \"2019-12-31\" }],"
            case 1:
                status = "ended"
                period = "{ \"from\": \"2018-01-01\", \"to\": \"2019-12-31\" }"
                extra = "\n  \"endedReason\": { \"da\": \"Slut \(variant)\", \"en\": \"Over \(variant)\" },"
            case 2: owners.append("politi")
            default: goals.append("goal-\((index + variant) % 5 + 1)")
            }
            extra += "\n  \"alsoKnownAs\": [\"Variant \(variant)\"],"
        }
        return
            "{\n  \"id\": \"\(id(index))\",\n  \"name\": \"\(newName)\",\(former)\n  \"status\": \"\(status)\",\n  \"period\": \(period),\(extra)\n"
            + "  \"goals\": [\(goals.map { "\"\($0)\"" }.joined(separator: ", "))],\n"
            + "  \"owners\": [\(owners.map { "\"\($0)\"" }.joined(separator: ", "))],\n"
            + "  \"sources\": [{ \"kind\": \"assumption\", \"note\": \"Synthetic initiative number \(index) for benchmarks.\" }]\n}\n"
    }

    private func file(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: out).appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}

/// Times the semantic diff of two commits and the log of one entity, in this process.
func measureDiff(_ options: DiffBenchmarkOptions) throws {
    let repository = try Repository.open(at: try options.string("repo"))
    let old = try repository.resolveCommit(try options.string("old"))
    let new = try repository.resolveCommit(try options.string("new"))
    let rounds = max(1, try options.int("rounds", default: 5))
    var diff = StrategyDiff(changes: [])
    var parsed = 0
    let diffTimes = try Timings.measure(rounds: rounds) {
        let differ = StrategyDiffer(repository: repository)
        diff = try differ.diff(from: .commit(old), to: .commit(new))
        parsed = differ.parseCount
    }
    let treeTimes = try Timings.measure(rounds: rounds) {
        _ = try repository.changes(from: old, to: new, detectRenames: true, paths: [StrategyDiffer.root])
    }
    print("diff \(old.short)..\(new.short): \(diff.counts.headline); \(parsed) blobs parsed")
    print("  tree diff with rename detection alone: best \(decimalText(treeTimes.best * 1000, decimals: 2)) ms")
    print(
        "  in-process diff: best \(decimalText(diffTimes.best * 1000, decimals: 2)) ms, median \(decimalText(diffTimes.median * 1000, decimals: 2)) ms (\(rounds) rounds)"
    )
    if let entity = options.optionalString("entity") {
        var entries = 0
        let logTimes = try Timings.measure(rounds: rounds) {
            entries = try EntityLog.log(of: entity, in: repository, from: new)?.entries.count ?? 0
        }
        let commits = try repository.walk(including: [new], firstParentOnly: true).count
        print("log \(entity): \(entries) entries over \(commits) commits")
        print(
            "  in-process log: best \(decimalText(logTimes.best * 1000, decimals: 1)) ms, median \(decimalText(logTimes.median * 1000, decimals: 1)) ms (\(rounds) rounds)"
        )
    }
}
