/// A fast matcher for the simple patterns schemas use most (`^[a-z0-9]+(-[a-z0-9]+)*$`).
///
/// It handles a subset of ECMA-262 syntax whose meaning can be decided on UTF-8 bytes: ASCII
/// literals, classes of ASCII characters and ranges, negated ones too (`[^~/]`), `\d`, `\w`,
/// groups (`(…)`, `(?:…)`) with alternatives `|`, the quantifiers `* + ? {n} {n,} {n,m}` (greedy),
/// `^` at the start and `$` at the end. A pattern without backreferences or lookaround is regular,
/// so a position automaton decides it without backtracking.
///
/// Matching bytes gives exactly the answer of matching characters (code points): an ASCII atom
/// matches only its ASCII byte, and a negated class matches an ASCII byte outside it or one whole
/// non-ASCII character, written as its lead byte followed by one or more continuation bytes (in
/// valid UTF-8, which every Swift string is, the next byte after a character is never a
/// continuation byte, so that consumes exactly the one character). Any other pattern, or one
/// needing more than 64 positions, is left to ``ECMARegex`` (``init(_:)`` returns nil).
struct SimplePattern: Sendable {
    /// One element of a sequence.
    indirect enum Node: Sendable {
        /// ASCII bytes (`low`: 0–63, `high`: 64–127) and non-ASCII byte classes (bit 0: continuation
        /// bytes 0x80–0xBF, bit 1: lead bytes 0xC0–0xFF).
        case set(low: UInt64, high: UInt64, nonASCII: UInt8 = 0)
        case group([[Node]])
        case repeated(Node, min: Int, max: Int)
    }

    let anchoredStart: Bool
    let anchoredEnd: Bool
    /// The byte classes of the automaton: the 128 ASCII bytes, then continuation and lead bytes.
    static let classCount = 130

    /// The class of a byte: the byte itself below 128, 128 for a continuation byte, 129 for a lead byte.
    @inline(__always)
    static func byteClass(_ byte: UInt8) -> Int { byte < 0x80 ? Int(byte) : (byte < 0xC0 ? 128 : 129) }

    /// For each byte class, the positions whose set contains it.
    let byteMasks: [UInt64]
    /// Positions that may follow each position.
    let follow: [UInt64]
    let first: UInt64
    let last: UInt64
    let nullable: Bool

    /// Parses `pattern`; nil when it is outside the supported subset or needs more than 64 positions.
    init?(_ pattern: String) {
        var bytes = Array(pattern.utf8)[...]
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        anchoredStart = bytes.first == UInt8(ascii: "^")
        if anchoredStart { bytes = bytes.dropFirst() }
        anchoredEnd = bytes.last == UInt8(ascii: "$") && bytes.dropLast().last != UInt8(ascii: "\\")
        if anchoredEnd { bytes = bytes.dropLast() }
        var parser = Parser(bytes: bytes)
        guard let alternatives = parser.alternatives(), parser.bytes.isEmpty else { return nil }
        // `^a|b` anchors only its first alternative: leave such patterns to the full engine.
        if alternatives.count > 1 && (anchoredStart || anchoredEnd) { return nil }
        var builder = Glushkov()
        guard let summary = builder.build(.group(alternatives)) else { return nil }
        var masks = [UInt64](repeating: 0, count: Self.classCount)
        for (position, set) in builder.sets.enumerated() {
            for byte in 0..<128 where Self.contains((set.0, set.1), UInt8(byte)) { masks[byte] |= 1 << UInt64(position) }
            if set.2 & 1 != 0 { masks[128] |= 1 << UInt64(position) }
            if set.2 & 2 != 0 { masks[129] |= 1 << UInt64(position) }
        }
        byteMasks = masks
        follow = builder.follow
        first = summary.first
        last = summary.last
        nullable = summary.nullable
        dfa = nil
        dfa = DFA(self)
    }

    /// The automaton made deterministic (when it has at most ``DFA/maxStates`` states): one table
    /// lookup per byte.
    private(set) var dfa: DFA?

    /// A deterministic automaton over bytes, built once from the position automaton.
    ///
    /// Its tables live in buffers it owns (written only in `init`), so that matching retains nothing.
    final class DFA: @unchecked Sendable {  // immutable after init
        static let maxStates = 256
        /// `table[state * classCount + class]` (see ``SimplePattern/byteClass(_:)``).
        let table: UnsafeMutableBufferPointer<Int32>
        /// Per state: bit 0 = accepting, bit 1 = dead (nothing can match any more).
        let flags: UnsafeMutableBufferPointer<UInt8>

        deinit {
            table.deallocate()
            flags.deallocate()
        }

        init?(_ pattern: SimplePattern) {
            struct Key: Hashable {
                var active: UInt64
                var startHere: Bool
            }
            var ids: [Key: Int32] = [:]
            var keys: [Key] = []
            func id(_ key: Key) -> Int32? {
                if let known = ids[key] { return known }
                guard keys.count < Self.maxStates else { return nil }
                ids[key] = Int32(keys.count)
                keys.append(key)
                return Int32(keys.count - 1)
            }
            guard id(Key(active: 0, startHere: true)) != nil else { return nil }
            var table: [Int32] = []
            var index = 0
            while index < keys.count {
                let key = keys[index]
                var reachable: UInt64 = key.startHere ? pattern.first : 0
                var bits = key.active
                while bits != 0 {
                    reachable |= pattern.follow[bits.trailingZeroBitCount]
                    bits &= bits - 1
                }
                let startNext = !pattern.anchoredStart
                for byteClass in 0..<SimplePattern.classCount {
                    let active = reachable & pattern.byteMasks[byteClass]
                    guard let next = id(Key(active: active, startHere: startNext)) else { return nil }
                    table.append(next)
                }
                index += 1
            }
            self.table = UnsafeMutableBufferPointer.allocate(capacity: table.count)
            _ = self.table.initialize(from: table)
            let flags = keys.map { key -> UInt8 in
                let accepting = (key.active & pattern.last) != 0 || (key.startHere && pattern.nullable)
                let dead = key.active == 0 && !key.startHere
                return (accepting ? 1 : 0) | (dead ? 2 : 0)
            }
            self.flags = UnsafeMutableBufferPointer.allocate(capacity: flags.count)
            _ = self.flags.initialize(from: flags)
        }
    }

    private static func contains(_ set: (UInt64, UInt64), _ byte: UInt8) -> Bool {
        byte < 64 ? (set.0 >> UInt64(byte)) & 1 == 1 : (set.1 >> UInt64(byte - 64)) & 1 == 1
    }

    /// Whether the pattern matches somewhere in `string` (ECMA-262 search semantics).
    ///
    /// - Complexity: O(n) in the UTF-8 length, with a few bit operations per byte.
    func matches(_ string: String) -> Bool? {
        if let dfa {
            return string.utf8.withContiguousStorageIfAvailable { input -> Bool in
                let table = dfa.table, flags = dfa.flags
                let stopAtAccept: UInt8 = anchoredEnd ? 0 : 1
                var state = 0
                for byte in input {
                    if flags[state] & stopAtAccept != 0 { return true }
                    state = Int(table[state &* SimplePattern.classCount &+ SimplePattern.byteClass(byte)])
                    if flags[state] & 2 != 0 { return false }
                }
                return flags[state] & 1 != 0
            } ?? matchesWithoutTable(string)
        }
        return matchesWithoutTable(string)
    }

    private func matchesWithoutTable(_ string: String) -> Bool {
        var copy = string
        return copy.withUTF8 { input -> Bool in
            var active: UInt64 = 0
            for index in 0...input.count {
                let startHere = !anchoredStart || index == 0
                let accepting = (active & last) != 0 || (startHere && nullable)
                if accepting && (!anchoredEnd || index == input.count) { return true }
                if index == input.count { break }
                var next: UInt64 = startHere ? first : 0
                var bits = active
                while bits != 0 {
                    let position = bits.trailingZeroBitCount
                    next |= follow[position]
                    bits &= bits - 1
                }
                let byte = input[index]
                active = next & byteMasks[Self.byteClass(byte)]
                if active == 0 && anchoredStart { return false }
            }
            return false
        }
    }
}

/// The Glushkov (position) automaton of a pattern: no ε-moves, one state per atom occurrence.
private struct Glushkov {
    typealias Node = SimplePattern.Node
    struct Summary {
        var nullable: Bool
        var first: UInt64
        var last: UInt64
    }

    var sets: [(UInt64, UInt64, UInt8)] = []
    var follow: [UInt64] = []

    mutating func build(_ node: Node) -> Summary? {
        switch node {
        case .set(let low, let high, let nonASCII):
            guard sets.count < 64 else { return nil }
            sets.append((low, high, nonASCII))
            follow.append(0)
            let bit: UInt64 = 1 << UInt64(sets.count - 1)
            return Summary(nullable: false, first: bit, last: bit)
        case .group(let alternatives):
            var result = Summary(nullable: false, first: 0, last: 0)
            for sequence in alternatives {
                guard let s = buildSequence(sequence) else { return nil }
                result.nullable = result.nullable || s.nullable
                result.first |= s.first
                result.last |= s.last
            }
            return result
        case .repeated(let inner, let min, let max):
            var copies: [Summary] = []
            for _ in 0..<min {
                guard let s = build(inner) else { return nil }
                copies.append(s)
            }
            if max == Int.max {
                guard var s = build(inner) else { return nil }
                link(s.last, to: s.first)
                s.nullable = true
                copies.append(s)
            } else {
                guard max - min <= 64 else { return nil }
                for _ in min..<max {
                    guard var s = build(inner) else { return nil }
                    s.nullable = true
                    copies.append(s)
                }
            }
            return concatenate(copies)
        }
    }

    mutating func buildSequence(_ nodes: [Node]) -> Summary? {
        var parts: [Summary] = []
        for node in nodes {
            guard let s = build(node) else { return nil }
            parts.append(s)
        }
        return concatenate(parts)
    }

    mutating func concatenate(_ parts: [Summary]) -> Summary {
        var result = Summary(nullable: true, first: 0, last: 0)
        for part in parts {
            link(result.last, to: part.first)
            result.first |= result.nullable ? part.first : 0
            result.last = part.nullable ? result.last | part.last : part.last
            result.nullable = result.nullable && part.nullable
        }
        return result
    }

    mutating func link(_ from: UInt64, to targets: UInt64) {
        var bits = from
        while bits != 0 {
            follow[bits.trailingZeroBitCount] |= targets
            bits &= bits - 1
        }
    }
}

extension SimplePattern {
    /// A recursive-descent parser of the supported subset.
    fileprivate struct Parser {
        var bytes: ArraySlice<UInt8>

        mutating func alternatives() -> [[Node]]? {
            var result: [[Node]] = []
            var current: [Node] = []
            while let byte = bytes.first, byte != UInt8(ascii: ")") {
                if byte == UInt8(ascii: "|") {
                    bytes = bytes.dropFirst()
                    result.append(current)
                    current = []
                    continue
                }
                guard let atom = atom(), let quantified = quantifier(atom) else { return nil }
                current.append(quantified)
            }
            result.append(current)
            return result
        }

        mutating func atom() -> Node? {
            guard let byte = bytes.popFirst() else { return nil }
            switch byte {
            case UInt8(ascii: "("):
                if bytes.starts(with: "?:".utf8) {
                    bytes = bytes.dropFirst(2)
                } else if bytes.first == UInt8(ascii: "?") {
                    return nil
                }
                guard let inner = alternatives(), bytes.popFirst() == UInt8(ascii: ")") else { return nil }
                return .group(inner)
            case UInt8(ascii: "["):
                return characterClass()
            case UInt8(ascii: "\\"):
                guard let escaped = bytes.popFirst() else { return nil }
                return escape(escaped)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: " "), UInt8(ascii: "@"), UInt8(ascii: ":"), UInt8(ascii: "/"),
                UInt8(ascii: "#"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "="), UInt8(ascii: ","), UInt8(ascii: ";"),
                UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "~"), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"):
                return Self.set([byte])
            default:
                return nil
            }
        }

        func escape(_ byte: UInt8) -> Node? {
            switch byte {
            case UInt8(ascii: "d"): return Self.set(Array(UInt8(ascii: "0")...UInt8(ascii: "9")))
            case UInt8(ascii: "w"):
                return Self.set(
                    Array(UInt8(ascii: "a")...UInt8(ascii: "z")) + Array(UInt8(ascii: "A")...UInt8(ascii: "Z"))
                        + Array(UInt8(ascii: "0")...UInt8(ascii: "9")) + [UInt8(ascii: "_")])
            default:
                // Escaped syntax characters stand for themselves.
                guard "^$\\.*+?()[]{}|/-".utf8.contains(byte) else { return nil }
                return Self.set([byte])
            }
        }

        mutating func characterClass() -> Node? {
            var members: [UInt8] = []
            let negated = bytes.first == UInt8(ascii: "^")
            if negated { bytes = bytes.dropFirst() }
            if bytes.first == UInt8(ascii: "]") { return nil }
            while let byte = bytes.popFirst() {
                if byte == UInt8(ascii: "]") {
                    guard !members.isEmpty else { return nil }
                    return negated ? Self.complement(members) : Self.set(members)
                }
                var low = byte
                if byte == UInt8(ascii: "\\") {
                    guard let escaped = bytes.popFirst() else { return nil }
                    if escaped == UInt8(ascii: "d") || escaped == UInt8(ascii: "w") {
                        guard case .set(let l, let h, _)? = escape(escaped) else { return nil }
                        members += (0..<128).map(UInt8.init).filter {
                            $0 < 64 ? (l >> UInt64($0)) & 1 == 1 : (h >> UInt64($0 - 64)) & 1 == 1
                        }
                        continue
                    }
                    guard "^$\\.*+?()[]{}|/-".utf8.contains(escaped) else { return nil }
                    low = escaped
                } else if byte == UInt8(ascii: "[") {
                    return nil
                }
                // A range whose end is an escape (`\x03-\}`) is left to the full engine: read as a
                // literal `-` it would be a different class (the regex fuzzer found that).
                if bytes.first == UInt8(ascii: "-"), bytes.dropFirst().first == UInt8(ascii: "\\") { return nil }
                if bytes.first == UInt8(ascii: "-"), let high = bytes.dropFirst().first, high != UInt8(ascii: "]"),
                    high != UInt8(ascii: "[")
                {
                    bytes = bytes.dropFirst(2)
                    guard low <= high else { return nil }
                    members += Array(low...high)
                } else {
                    members.append(low)
                }
            }
            return nil
        }

        mutating func quantifier(_ atom: Node) -> Node? {
            guard let byte = bytes.first else { return atom }
            switch byte {
            case UInt8(ascii: "*"):
                bytes = bytes.dropFirst()
                return lazyCheck(.repeated(atom, min: 0, max: Int.max))
            case UInt8(ascii: "+"):
                bytes = bytes.dropFirst()
                return lazyCheck(.repeated(atom, min: 1, max: Int.max))
            case UInt8(ascii: "?"):
                bytes = bytes.dropFirst()
                return lazyCheck(.repeated(atom, min: 0, max: 1))
            case UInt8(ascii: "{"):
                bytes = bytes.dropFirst()
                guard let min = number() else { return nil }
                var max = min
                if bytes.first == UInt8(ascii: ",") {
                    bytes = bytes.dropFirst()
                    max = bytes.first == UInt8(ascii: "}") ? Int.max : (number() ?? -1)
                }
                guard bytes.popFirst() == UInt8(ascii: "}"), max >= min, min <= 1000 else { return nil }
                return lazyCheck(.repeated(atom, min: min, max: max))
            default:
                return atom
            }
        }

        /// Lazy (`*?`) and repeated quantifiers are left to the full engine.
        mutating func lazyCheck(_ node: Node) -> Node? {
            if let next = bytes.first, "?*+{".utf8.contains(next) { return nil }
            return node
        }

        mutating func number() -> Int? {
            var value = 0
            var digits = 0
            while let byte = bytes.first, byte >= 0x30, byte <= 0x39, digits < 6 {
                value = value * 10 + Int(byte - 0x30)
                digits += 1
                bytes = bytes.dropFirst()
            }
            return digits == 0 ? nil : value
        }

        /// Any character but `members` (all ASCII): the other ASCII bytes, or one non-ASCII
        /// character as a lead byte and its continuation bytes.
        static func complement(_ members: [UInt8]) -> Node {
            let excluded = Set(members)
            let ascii = set((0..<128).map(UInt8.init).filter { !excluded.contains($0) })
            let character: [Node] = [
                .set(low: 0, high: 0, nonASCII: 2), .repeated(.set(low: 0, high: 0, nonASCII: 1), min: 1, max: Int.max),
            ]
            return .group([[ascii], character])
        }

        static func set(_ members: [UInt8]) -> Node {
            var low: UInt64 = 0, high: UInt64 = 0
            for m in members where m < 128 {
                if m < 64 { low |= 1 << UInt64(m) } else { high |= 1 << UInt64(m - 64) }
            }
            return .set(low: low, high: high)
        }
    }
}
