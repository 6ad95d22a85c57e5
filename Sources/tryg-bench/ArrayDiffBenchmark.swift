// tryg-bench diff-arrays: the semantic diff of one entity whose long array is reversed, shuffled or
// changed in one member, in process (the whole-process figures: scripts/bench-arrays.sh).
//
//     tryg-bench diff-arrays [--items 40000] [--rounds 3]

import JSON
import Strategy

/// Runs `tryg-bench diff-arrays`.
func runArrayDiffBenchmark(arguments: [String]) throws {
    let options = try BenchmarkOptions(arguments, allowed: ["items", "rounds"])
    let items = Int(try options.number("items", default: 40_000, in: 1...5_000_000))
    let rounds = Int(try options.number("rounds", default: 3, in: 1...100))
    print("diff-arrays: one initiative with an array of \(items) members; EntityDiff.change in process, best of \(rounds)")
    for kind in ArrayKind.allCases {
        let forward = (0..<items).map { kind.member($0) }
        var shuffled = forward
        var generator = SplitMix64(state: 17)
        shuffled.shuffle(using: &generator)
        var changed = forward
        changed[items / 2] = kind.member(items + 1)
        let base = try document(kind, forward)
        for (label, members) in [("reversed", Array(forward.reversed())), ("shuffled", shuffled), ("one changed", changed)] {
            let other = try document(kind, members)
            var events = 0
            let times = Timings.measure(rounds: rounds) {
                let old = EntitySide(path: "strategy/initiatives/big.json", entry: .parsed(base))
                let new = EntitySide(path: "strategy/initiatives/big.json", entry: .parsed(other))
                events = EntityDiff.change(.initiative, id: "big", old: old, new: new)?.events.count ?? 0
            }
            let name = "\(kind.rawValue), \(label):".padding(toLength: 32, withPad: " ", startingAt: 0)
            print("  \(name) \(decimalText(times.best * 1000, decimals: 1)) ms (\(events) event\(events == 1 ? "" : "s"))")
        }
    }
}

/// The kinds of array members measured.
private enum ArrayKind: String, CaseIterable {
    case strings, numbers
    case objectsWithID = "objects with id"
    case objects, arrays

    /// The JSON text of member `i`.
    func member(_ i: Int) -> String {
        switch self {
        case .strings: return "\"Samarbejdspartner \(i)\""
        case .numbers: return "\(i).5"
        case .objectsWithID: return "{\"id\": \"programme-\(i)\", \"name\": \"Programme \(i)\"}"
        case .objects: return "{\"kind\": \"public-page\", \"note\": \"Note number \(i) about the initiative.\"}"
        case .arrays: return "[\(i), \"x\(i)\"]"
        }
    }
}

/// An initiative whose `list` holds `members`, parsed.
private func document(_ kind: ArrayKind, _ members: [String]) throws -> JSONDocument {
    let text =
        "{\"id\": \"big\", \"name\": \"Big\", \"status\": \"active\", \"list\": [\n"
        + members.joined(separator: ",\n") + "\n]}\n"
    return try JSONParser().parse(SourceText(bytes: Array(text.utf8)))
}

extension SplitMix64: RandomNumberGenerator {}
