import JSON
import Messages

/// What one validation shares across its walks, fast and general.
///
/// - A budget of subschema evaluations. Some schemas make a validator apply the same subschema to
///   the same value exponentially often (a chain of `anyOf`s whose alternatives lead to the same
///   subschema: 2^24 evaluations for 24 levels). Ordinary validations take a few hundred
///   evaluations per value of the instance; when the budget runs out, the run is *exhausted*: every
///   evaluation answers at once, and the validation starts again with a memo.
/// - The memo (``Memo``): each subschema is then evaluated once per value (and way of asking), so
///   the work is polynomial whatever the schema.
/// - The patterns that ran out of their limit (see ``ICUPattern``): such a value has no answer, and
///   that is an error of its own, which no `not` or `anyOf` around the pattern can turn into a pass.
/// - The context of the general path, when the fast path needs one.
///
/// It lives on the stack of ``Schema/isValid(_:)`` or ``Schema/validate(_:)``; walks and contexts
/// reach it through a pointer.
struct ValidationRun {
    /// Evaluations before the instance is measured (most validations never get there).
    static let initialBudget = 100_000
    /// Evaluations per value of the instance that a validation may take without a memo.
    static let evaluationsPerValue = 256

    /// Evaluations left; below zero, every evaluation takes the slow path (``overBudget()``).
    var budget = initialBudget
    /// Whether the instance was measured and the budget set from its size.
    private var measured = false
    /// Whether the budget ran out: the answers given since mean nothing.
    private(set) var exhausted = false
    /// How deep the walks are inside temporary values (property names checked as strings), whose
    /// addresses are not stable: nothing under them is memoised.
    var temporaries = 0
    /// How often a subschema stopped at ``ValidationContext/maxDepth`` (results then depend on depth).
    var depthLimitHits = 0
    /// The instance.
    let root: Instance
    /// What only some runs need, made on first need (so that an ordinary fast answer allocates and
    /// releases nothing).
    private var state: State?

    /// The parts of a run that only some runs need.
    private final class State {
        var memo: Memo?
        var context: ValidationContext?
        var limitHits: [PatternLimitHit] = []
        var tooExpensive: [(PatternMatcher, String, PatternLimit)] = []
    }

    private mutating func shared() -> State {
        if let state { return state }
        let made = State()
        state = made
        return made
    }

    /// Results by subschema and value, once memoising.
    var memo: Memo? { state?.memo }
    /// The context of the general path (given by the caller, or made by the fast path on first need).
    var context: ValidationContext? {
        get { state?.context }
        set { shared().context = newValue }
    }
    /// Every time a pattern ran out of its limit.
    var limitHits: [PatternLimitHit] { state?.limitHits ?? [] }
    /// How many times a pattern ran out of its limit.
    var limitHitCount: Int { state?.limitHits.count ?? 0 }

    init(root: Instance) {
        self.root = root
    }

    /// Called when ``budget`` is spent: the first time, the instance is measured and the budget set
    /// from its size; after that, the run is exhausted. Returns whether evaluation may go on.
    mutating func overBudget() -> Bool {
        if exhausted { return false }
        if !measured {
            measured = true
            budget = Self.evaluationsPerValue * Self.countValues(root)
            if budget > 0 { return true }
        }
        exhausted = true
        return false
    }

    /// Starts again with a memo (after an exhausted walk, whose answers are dropped).
    mutating func startMemoising() {
        let state = shared()
        state.memo = Memo()
        state.context = nil
        exhausted = false
        budget = -1  // every evaluation goes through the memo
    }

    /// The number of values in `root` (itself, elements and member values, at every depth).
    static func countValues(_ root: Instance) -> Int {
        var count = 0
        var pending: [JSONValue] = [root.pointee]
        while let value = pending.popLast() {
            count += 1
            switch value.kind {
            case .array(let elements): pending += elements
            case .object(let object): pending += object.members.lazy.map(\.value)
            default: break
            }
        }
        return count
    }

    /// Whether `pattern` matches `string`, found at `instance` (for a key: the member's value, and
    /// `offset` the key's); nil when matching runs out of the limit, which is recorded (the hit makes
    /// the instance invalid whatever the keywords around make of it).
    mutating func fullMatch(
        _ pattern: PatternMatcher, _ string: String, keyword: String, absolute: String, at instance: Instance, offset: Int
    ) -> Bool? {
        let limit: PatternLimit
        if let known = state?.tooExpensive.first(where: { $0.0 === pattern && JSONObject.keysEqual($0.1, string) }) {
            limit = known.2
        } else {
            switch pattern.match(string) {
            case .match: return true
            case .noMatch: return false
            case .tooExpensive(let reached):
                limit = reached
                shared().tooExpensive.append((pattern, string, reached))
            }
        }
        // A temporary value (a property name) has no stable address: it is found by its offset.
        shared().limitHits.append(
            PatternLimitHit(
                keyword: keyword, absolute: absolute, source: pattern.source, limit: limit,
                instance: temporaries > 0 ? nil : instance, offset: offset))
        return nil
    }
}

/// A pattern that ran out of its limit, and where.
struct PatternLimitHit {
    let keyword: String
    let absolute: String
    let source: String
    let limit: PatternLimit
    /// The value matched, or for a key the member's value; nil for a temporary value.
    let instance: Instance?
    /// The offset of the string matched (a key's own offset for keys).
    let offset: Int
}

/// Results of subschemas by value, for a run that memoises (see ``ValidationRun``).
final class Memo {
    /// A subschema applied to a value, in one way of asking.
    struct Key: Hashable {
        let node: ObjectIdentifier
        let instance: UnsafeRawPointer
        /// 0 the fast answer; 1/2 the general path without/with annotations; 3/4 the same, collecting.
        let mode: UInt8
        /// The dynamic scope's resources (only for schemas with `$dynamicRef`).
        let scope: [ObjectIdentifier]
        /// The depth, for results that met the depth limit (-1 otherwise).
        let depth: Int
    }

    /// A result: the answer, the annotations, and (when collecting) the violations found, with
    /// keyword locations below `prefix` (the keyword location where the subschema was entered).
    struct Entry {
        let valid: Bool
        let annotations: Evaluated?
        let violations: [SchemaViolation]
        let prefix: String
    }

    private var entries: [Key: Entry] = [:]

    /// The result for `key`, or for `key` at `depth` when it depended on depth.
    func entry(_ key: Key, depth: Int) -> Entry? {
        entries[key] ?? entries[Key(node: key.node, instance: key.instance, mode: key.mode, scope: key.scope, depth: depth)]
    }

    /// Stores a result; one that met the depth limit only for its depth.
    func store(_ entry: Entry, for key: Key, depth: Int?) {
        guard let depth else {
            entries[key] = entry
            return
        }
        entries[Key(node: key.node, instance: key.instance, mode: key.mode, scope: key.scope, depth: depth)] = entry
    }

    /// `violations` with each fact once: the same keyword failing in the same way at the same place,
    /// reached along several paths, counts once (the first path's).
    static func distinct(_ violations: some Collection<SchemaViolation>) -> [SchemaViolation] {
        var seen = Set<Fact>()
        return violations.filter {
            seen.insert(
                Fact(instance: $0.instanceLocation, keyword: $0.keyword, absolute: $0.absoluteKeywordLocation, message: $0.text)
            ).inserted
        }
    }

    /// The violations of `entry` with keyword locations below `prefix` instead of the entry's.
    static func rebased(_ entry: Entry, to prefix: String) -> [SchemaViolation] {
        entry.violations.map { violation in
            var moved = violation
            moved.keywordLocation =
                prefix + String(decoding: violation.keywordLocation.utf8.dropFirst(entry.prefix.utf8.count), as: UTF8.self)
            return moved
        }
    }
}

/// What makes two violations the same fact for ``Memo/distinct(_:)``.
private struct Fact: Hashable {
    let instance: JSONPointer
    let keyword: String
    let absolute: String
    let message: Message
}
