import JSON
import Messages

/// Small tools the rules share: near-miss suggestions, raw access to fields the typed model does
/// not keep, and the coverage sweep.
enum RuleSupport {
    /// The Levenshtein distance between two strings (by Unicode scalar), or nil once it exceeds `limit`.
    ///
    /// - Complexity: O(a × b) time, O(b) memory; cheap for ids.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int? {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return nil }
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[y.count] <= limit ? previous[y.count] : nil
    }

    /// The candidate closest to `name` (a near miss: at most a third of its length apart, at least
    /// one edit allowed, and never a rewrite of the whole name); ties go to the alphabetically first.
    static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        let length = name.unicodeScalars.count
        let limit = min(max(1, length / 3), length - 1)
        guard limit >= 1 else { return nil }
        var best: (distance: Int, candidate: String)?
        for candidate in candidates where candidate != name {
            guard let distance = editDistance(name, candidate, limit: limit) else { continue }
            if best.map({ distance < $0.distance || (distance == $0.distance && candidate < $0.candidate) }) ?? true {
                best = (distance, candidate)
            }
        }
        return best?.candidate
    }

    /// " (did you mean "x"?)" for a near miss, or nothing.
    static func didYouMean(_ name: String, among candidates: some Sequence<String>) -> Message.Argument {
        didYouMean(closest(to: name, among: candidates))
    }

    /// " (did you mean "x"?)" for a suggestion, or nothing.
    static func didYouMean(_ suggestion: String?) -> Message.Argument {
        suggestion.map { .message(Message("common.did-you-mean", ["candidate": .text($0)])) } ?? .text("")
    }

    /// The JSON value at an origin.
    static func value(at origin: Origin) -> JSONValue? {
        origin.pointer.resolve(in: origin.document.root)
    }

    /// "2018-01-01 to 2021-12-31", or "2018-01-01 onwards" for an open end.
    static func describe(_ period: Period) -> Message.Argument {
        .message(period.message)
    }
}

/// The days of a period that a set of intervals leaves uncovered, found by sorting and sweeping.
struct CoverageSweep {
    /// One uncovered span, with the intervals just before and just after it (their indices into the
    /// intervals given), when there are any.
    struct Gap: Equatable {
        var period: Period
        var before: Int?
        var after: Int?
    }

    /// The gaps of `target` (which must have an end) left by `intervals`; both ends of every period
    /// are included, so an interval ending the day before another starts leaves no gap.
    ///
    /// - Complexity: O(n log n) for n intervals.
    static func gaps(in target: Period, covered intervals: [Period]) -> [Gap] {
        guard let end = target.to, target.from <= end else { return [] }
        // Often one interval covers the whole target: then there is nothing to sort.
        if intervals.contains(where: { $0.from <= target.from && ($0.to.map { $0 >= end } ?? true) }) { return [] }
        let order = intervals.indices.sorted { intervals[$0].from < intervals[$1].from }
        var gaps: [Gap] = []
        var cursor = target.from  // the first day not yet known to be covered
        var last: Int?  // the interval that reaches furthest so far
        for i in order {
            let interval = intervals[i]
            if let to = interval.to, to < cursor || to < interval.from { continue }  // nothing new, or ill-formed
            if interval.from > end { break }
            if interval.from > cursor {
                gaps.append(Gap(period: Period(from: cursor, to: interval.from.adding(days: -1)), before: last, after: i))
            }
            guard let to = interval.to else { return gaps }  // ongoing: covered to the end
            if to >= cursor {
                cursor = to.adding(days: 1)
                last = i
            }
            if cursor > end { return gaps }
        }
        if cursor <= end { gaps.append(Gap(period: Period(from: cursor, to: end), before: last, after: nil)) }
        return gaps
    }
}
