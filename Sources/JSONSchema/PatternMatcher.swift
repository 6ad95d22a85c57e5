/// A compiled `pattern`: the fast matcher when the pattern allows, else the full ECMA-262 engine.
///
/// A class, so that using it copies (and retains) nothing.
final class PatternMatcher: @unchecked Sendable {  // immutable after init
    let regex: ECMARegex
    /// The pattern as written in the schema.
    let source: String
    let simple: SimplePattern?
    /// The deterministic automaton of `simple` as `next[state << 8 | byte]` (states fit in a byte),
    /// or empty when `simple` has no automaton.
    private let next: UnsafeMutableBufferPointer<UInt8>
    /// Per state: bit 0 = accepting (see ``SimplePattern/DFA/flags``).
    private let flags: UnsafeMutableBufferPointer<UInt8>
    /// 1 when a match may end anywhere (no `$`): stop at the first accepting state; else 0.
    private let stopAtAccept: UInt8

    init(regex: ECMARegex, source: String) {
        self.regex = regex
        self.source = source
        let simple = SimplePattern(source)
        self.simple = simple
        self.stopAtAccept = simple?.anchoredEnd == false ? 1 : 0
        if let dfa = simple?.dfa {
            let states = dfa.flags.count
            next = .allocate(capacity: states * 256)
            for state in 0..<states {
                for byte in 0..<256 {
                    next[state << 8 | byte] = UInt8(
                        dfa.table[state * SimplePattern.classCount + SimplePattern.byteClass(UInt8(byte))])
                }
            }
            flags = .allocate(capacity: states)
            _ = flags.initialize(from: dfa.flags)
        } else {
            next = UnsafeMutableBufferPointer(start: nil, count: 0)
            flags = UnsafeMutableBufferPointer(start: nil, count: 0)
        }
    }

    deinit {
        next.deallocate()
        flags.deallocate()
    }

    /// Whether the pattern matches `string`, or nil when only the full engine can say and its match
    /// ran past the limit (see ``match(_:)``).
    @inline(__always)
    func matches(_ string: String) -> Bool? {
        if let answer = quickMatch(string) { return answer }
        return regex.matches(string)
    }

    /// The answer of the fast matcher, or nil when the pattern needs the full engine.
    @inline(__always)
    func quickMatch(_ string: String) -> Bool? {
        if next.baseAddress != nil, let answer = string.utf8.withContiguousStorageIfAvailable({ run($0) }) {
            return answer
        }
        return simple?.matches(string)
    }

    /// Matches `string` with the full engine (when ``quickMatch(_:)`` has no answer), within its limit.
    func match(_ string: String) -> MatchOutcome {
        if let answer = quickMatch(string) { return answer ? .match : .noMatch }
        return regex.match(string)
    }

    /// Runs the automaton over `input`: one table lookup per byte, nothing retained. The dead state
    /// (nothing can match any more) is absorbing and not accepting, so it needs no test in the loop.
    @inline(__always)
    private func run(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        let next = self.next, flags = self.flags
        var state = 0
        if stopAtAccept == 0 {
            for byte in input { state = Int(next[state << 8 | Int(byte)]) }
        } else {
            for byte in input {
                if flags[state] & 1 != 0 { return true }
                state = Int(next[state << 8 | Int(byte)])
            }
        }
        return flags[state] & 1 != 0
    }
}
