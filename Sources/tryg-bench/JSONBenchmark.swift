import Foundation
import JSON

/// `tryg-bench json`: JSONParser against Foundation's JSONSerialization on the same documents.
///
/// Generates about `--mb` megabytes (default 8) of initiative files, then parses them `--rounds`
/// times (default 7) with each parser, as many small files and as one big array, and prints the
/// best and median throughput in MB/s (1 MB = 10^6 bytes), the ratio, and the peak resident memory
/// of each phase (Linux: the peak is reset through /proc/self/clear_refs before each phase).
func runJSONBenchmark(arguments: [String]) throws {
    let options = try BenchmarkOptions(arguments, allowed: ["mb", "rounds"])
    let megabytes = try options.number("mb", default: 8, in: 0.01...512)
    let rounds = Int(try options.number("rounds", default: 7, in: 1...100))

    let corpus = StrategyCorpus(bytes: Int(megabytes * 1_000_000))
    let big = corpus.asOneArray()
    print(
        "corpus: \(corpus.documents.count) documents, \(decimalText(Double(corpus.totalBytes) / 1e6, decimals: 2)) MB; "
            + "one array of \(decimalText(Double(big.count) / 1e6, decimals: 2)) MB; \(rounds) rounds")

    let sources = corpus.documents.map { SourceText(bytes: $0) }
    let datas = corpus.documents.map { Data($0) }
    let bigSource = SourceText(bytes: big)
    let bigData = Data(big)
    try check(sources: sources, datas: datas)

    let baseline = PeakMemory.currentBytes()
    var rows: [(String, Timings, Timings, Int?, Int?)] = []
    let parser = JSONParser(limits: .init(maxBytes: 1 << 30))
    var sink = 0
    PeakMemory.reset()
    let ours = try Timings.measure(rounds: rounds) {
        for source in sources { sink &+= try parser.parse(source).root.objectValue?.count ?? 0 }
    }
    let oursPeak = PeakMemory.bytes()
    PeakMemory.reset()
    let theirs = try Timings.measure(rounds: rounds) {
        for data in datas { sink &+= (try JSONSerialization.jsonObject(with: data) as? NSDictionary)?.count ?? 0 }
    }
    rows.append(("\(sources.count) files", ours, theirs, oursPeak, PeakMemory.bytes()))

    PeakMemory.reset()
    let oursBig = try Timings.measure(rounds: rounds) { sink &+= try parser.parse(bigSource).root.arrayValue?.count ?? 0 }
    let oursBigPeak = PeakMemory.bytes()
    PeakMemory.reset()
    let theirsBig = try Timings.measure(rounds: rounds) {
        sink &+= (try JSONSerialization.jsonObject(with: bigData) as? NSArray)?.count ?? 0
    }
    rows.append(("one array", oursBig, theirsBig, oursBigPeak, PeakMemory.bytes()))

    let bigRoot = try parser.parse(bigSource).root
    let writeTimings = Timings.measure(rounds: rounds) { sink &+= JSONWriter.pretty.bytes(bigRoot).count }
    report(rows, bytes: [corpus.totalBytes, big.count])
    if let baseline { print("peak RSS includes the corpus in memory: \(baseline >> 20) MiB resident before parsing") }
    print("canonical writer (one array): \(decimalText(Double(big.count) / 1e6 / writeTimings.best)) MB/s best")
    print("(checksum \(sink))")
}

/// Makes sure both parsers accept every document and agree on their member counts.
private func check(sources: [SourceText], datas: [Data]) throws {
    for (source, data) in zip(sources, datas) {
        let ours = try JSONParser().parse(source).root.objectValue?.count
        let theirs = (try JSONSerialization.jsonObject(with: data) as? NSDictionary)?.count
        guard ours == theirs, ours != nil else {
            throw BenchmarkUsageError(description: "the parsers disagree on a generated document")
        }
    }
}

private func report(_ rows: [(String, Timings, Timings, Int?, Int?)], bytes: [Int]) {
    func rate(_ seconds: Double, _ size: Int) -> String { decimalText(Double(size) / 1e6 / seconds) }
    func memory(_ value: Int?) -> String { value.map { "\($0 >> 20) MiB" } ?? "n/a" }
    print("")
    print("input        parser             best MB/s  median MB/s  peak RSS")
    for (row, size) in zip(rows, bytes) {
        let (name, ours, theirs, oursPeak, theirsPeak) = row
        print(
            name.padding(toLength: 13, withPad: " ", startingAt: 0) + "JSONParser         "
                + rate(ours.best, size).leftPadded(9) + rate(ours.median, size).leftPadded(13) + memory(oursPeak).leftPadded(10))
        print(
            String(repeating: " ", count: 13) + "JSONSerialization  "
                + rate(theirs.best, size).leftPadded(9) + rate(theirs.median, size).leftPadded(13)
                + memory(theirsPeak).leftPadded(10))
        print(
            String(repeating: " ", count: 13) + "ratio (best)       "
                + (decimalText(theirs.best / ours.best, decimals: 2) + "x").leftPadded(9))
    }
    print("")
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
