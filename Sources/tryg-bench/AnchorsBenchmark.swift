// tryg-bench anchors: the in-process halves of scripts/bench-anchors.sh, on the files that script
// generates, so that tryg and the Python tools measure the same bytes.
//
//     tryg-bench anchors parse --file BIG.json [--rounds 7]
//     tryg-bench anchors validate --schema S.json --documents ARRAY.json [--rounds 7]
//
// Prints `key value` lines for the script: `parse-ms` and `validate-us` (CPU time of this thread,
// best of the rounds, so that other work on the machine does not count), and a line for people.

import Foundation
import JSON
import JSONSchema

#if canImport(Glibc)
    import Glibc
#endif

/// Runs `tryg-bench anchors parse|validate`.
func runAnchorsBenchmark(arguments: [String]) throws {
    guard let mode = arguments.first else {
        throw BenchmarkUsageError(
            description: "usage: tryg-bench anchors parse|validate [options] (see scripts/bench-anchors.sh)")
    }
    var options: [String: String] = [:]
    var rest = arguments.dropFirst()
    while let name = rest.popFirst() {
        guard ["--file", "--schema", "--documents", "--rounds"].contains(name), let value = rest.popFirst() else {
            throw BenchmarkUsageError(
                description: "bad option \(name); options: --file, --schema, --documents, --rounds (each with a value)")
        }
        options[name] = value
    }
    func value(_ name: String) throws -> String {
        guard let value = options[name] else { throw BenchmarkUsageError(description: "\(name) is required") }
        return value
    }
    let rounds = max(1, Int(options["--rounds"] ?? "") ?? 7)
    switch mode {
    case "parse": try measureParse(file: try value("--file"), rounds: rounds)
    case "validate": try measureValidation(schema: try value("--schema"), documents: try value("--documents"), rounds: rounds)
    default: throw BenchmarkUsageError(description: "tryg-bench anchors: unknown mode \(mode); use parse or validate")
    }
}

/// Parses one file `rounds` times, keeping positions and duplicate keys as tryg always does.
private func measureParse(file: String, rounds: Int) throws {
    let source = SourceText(bytes: try readBytes(file))
    var best = Double.infinity
    for _ in 0..<rounds {
        let start = threadCPUTime()
        let document = try JSONParser().parse(source)
        best = min(best, threadCPUTime() - start)
        ProcessLifetimeSink.keep(document)  // freed after the clock stopped, as orjson's result is
    }
    let megabytes = Double(source.bytes.count) / 1e6
    print("parse-ms \(decimalText(best * 1000, decimals: 2))")
    print(
        "tryg JSONParser: \(decimalText(megabytes, decimals: 2)) MB in \(decimalText(best * 1000, decimals: 1)) ms "
            + "(CPU time, best of \(rounds)), \(decimalText(megabytes / best, decimals: 0)) MB/s")
}

/// Validates every element of a JSON array of documents against a schema, `rounds` times.
private func measureValidation(schema: String, documents: String, rounds: Int) throws {
    let registry = SchemaRegistry()
    let uri = URL(fileURLWithPath: schema).absoluteString
    try registry.add(try JSONParser().parse(readBytes(schema)), uri: uri)
    let compiled = try registry.compile(uri: uri)
    let instances = try JSONParser(limits: .init(maxBytes: 1 << 30)).parse(readBytes(documents)).root.arrayValue ?? []
    guard !instances.isEmpty else { throw BenchmarkUsageError(description: "\(documents) holds no array of documents") }
    var invalid = 0
    for instance in instances where !compiled.validate(instance).isEmpty { invalid += 1 }
    var best = Double.infinity
    for _ in 0..<rounds {
        let start = threadCPUTime()
        var count = 0
        for instance in instances where compiled.validate(instance).isEmpty { count += 1 }
        best = min(best, threadCPUTime() - start)
        if count + invalid != instances.count { throw BenchmarkUsageError(description: "validation is not deterministic") }
    }
    let perDocument = best / Double(instances.count) * 1e6
    print("validate-us \(decimalText(perDocument, decimals: 3))")
    print(
        "tryg Schema.validate: \(instances.count) documents (\(invalid) invalid), \(decimalText(perDocument, decimals: 2)) µs "
            + "per document (CPU time, best of \(rounds))")
}

private func readBytes(_ path: String) throws -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw BenchmarkUsageError(description: "cannot read \(path)")
    }
    return [UInt8](data)
}

/// CPU time of the calling thread, in seconds.
private func threadCPUTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Holds the last parsed document until the next round, so that freeing it is not timed.
private enum ProcessLifetimeSink {
    nonisolated(unsafe) static var last: JSONDocument?

    static func keep(_ document: JSONDocument) { last = document }
}
