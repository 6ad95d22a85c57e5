import Foundation

/// A problem with the benchmark's arguments.
struct BenchmarkUsageError: Error, CustomStringConvertible {
    var description: String
}

/// Options of the form `--name value`, read strictly: an unknown option is an error.
struct BenchmarkOptions {
    private var values: [String: String] = [:]

    init(_ arguments: [String], allowed: Set<String>) throws {
        var rest = arguments[...]
        while let option = rest.popFirst() {
            guard option.hasPrefix("--"), allowed.contains(String(option.dropFirst(2))) else {
                throw BenchmarkUsageError(
                    description: "unknown option \(option); options: "
                        + allowed.sorted().map { "--" + $0 }.joined(separator: ", "))
            }
            guard let value = rest.popFirst() else {
                throw BenchmarkUsageError(description: "option \(option) needs a value")
            }
            values[String(option.dropFirst(2))] = value
        }
    }

    /// The number given for `name`, or `fallback`; throws unless it lies in `range`.
    func number(_ name: String, default fallback: Double, in range: ClosedRange<Double>) throws -> Double {
        guard let text = values[name] else { return fallback }
        guard let value = Double(text), range.contains(value) else {
            throw BenchmarkUsageError(
                description: "--\(name) must be a number from \(range.lowerBound) to \(range.upperBound), not \(text)")
        }
        return value
    }
}

/// Times of several rounds of the same work.
struct Timings {
    var seconds: [Double] = []

    var best: Double { seconds.min() ?? 0 }
    var median: Double {
        let sorted = seconds.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    /// Runs `body` `rounds` times and records each duration.
    static func measure(rounds: Int, _ body: () throws -> Void) rethrows -> Timings {
        var timings = Timings()
        let clock = ContinuousClock()
        for _ in 0..<rounds {
            let duration = try clock.measure(body)
            let parts = duration.components
            timings.seconds.append(Double(parts.seconds) + Double(parts.attoseconds) * 1e-18)
        }
        return timings
    }
}

/// Peak resident memory of this process, from /proc (Linux only).
enum PeakMemory {
    /// Resets the peak to the current resident size; false where the system does not allow it.
    @discardableResult
    static func reset() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }

    /// The peak resident size in bytes (VmHWM), or nil where unknown.
    static func bytes() -> Int? { statusField("VmHWM:") }

    /// The current resident size in bytes (VmRSS), or nil where unknown.
    static func currentBytes() -> Int? { statusField("VmRSS:") }

    private static func statusField(_ name: String) -> Int? {
        // /proc files report size 0, so read them as a stream.
        guard let handle = FileHandle(forReadingAtPath: "/proc/self/status"),
            let data = try? handle.readToEnd()
        else { return nil }
        try? handle.close()
        let status = String(decoding: data, as: UTF8.self)
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let kilobytes = line.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap {
                Int($0)
            }
            return kilobytes.map { $0 * 1024 }
        }
        return nil
    }
}

/// `value` with `decimals` digits after the point.
func decimalText(_ value: Double, decimals: Int = 1) -> String {
    String(format: "%.\(decimals)f", value)
}
