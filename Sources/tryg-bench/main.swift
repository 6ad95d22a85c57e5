// tryg-bench: micro-benchmarks of tryg's modules, one per subcommand.
//
//     tryg-bench                 lists the benchmarks
//     tryg-bench json --mb 8     runs one
//
// Build in release (`swift build -c release`); debug figures mean nothing.

import Foundation

/// One benchmark the executable can run.
struct Benchmark {
    var name: String
    var summary: String
    var run: ([String]) throws -> Void
}

/// Every benchmark, in the order listed. Add new ones here.
let benchmarks: [Benchmark] = [
    Benchmark(
        name: "json",
        summary: "parse generated strategy documents with JSONParser and Foundation's JSONSerialization [--mb N] [--rounds N]",
        run: runJSONBenchmark),
    Benchmark(
        name: "schema",
        summary: "compile a strategy-like schema once, validate many documents: fast and detailed paths",
        run: runSchemaBenchmark),
    Benchmark(
        name: "diff",
        summary: "write a synthetic strategy for scripts/bench-diff.sh, or measure the semantic diff in process",
        run: runDiffBenchmark),
    Benchmark(
        name: "diff-arrays",
        summary: "the semantic diff of one entity with a long array reversed, shuffled or changed [--items N]",
        run: runArrayDiffBenchmark),
    Benchmark(
        name: "anchors",
        summary: "in-process parse and per-document validation on scripts/bench-anchors.sh's files",
        run: runAnchorsBenchmark),
    Benchmark(
        name: "rules",
        summary: "validate a synthetic strategy (10,000 initiatives): schemas and rules",
        run: runRulesBenchmark),
    Benchmark(
        name: "range",
        summary: "validate every commit of a range vs one snapshot (see scripts/bench-range.sh)",
        run: runRangeBenchmark),
]

func usage(_ benchmarks: [Benchmark]) -> String {
    var lines = ["usage: tryg-bench <benchmark> [options]", "", "benchmarks:"]
    let width = benchmarks.map(\.name.count).max() ?? 0
    for benchmark in benchmarks {
        lines.append("  " + benchmark.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + benchmark.summary)
    }
    return lines.joined(separator: "\n")
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

let arguments = Array(CommandLine.arguments.dropFirst())
if let name = arguments.first, name != "--help", name != "-h" {
    guard let benchmark = benchmarks.first(where: { $0.name == name }) else {
        printError("tryg-bench: no benchmark named \"\(name)\"\n\n\(usage(benchmarks))")
        exit(64)
    }
    do {
        try benchmark.run(Array(arguments.dropFirst()))
    } catch {
        printError("tryg-bench \(name): \(error)")
        exit(64)
    }
} else {
    print(usage(benchmarks))
}
