import _FoundationICU

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An ICU regular expression with a limit on the work of each match: the one place tryg calls ICU.
///
/// ICU is reached through the copy Foundation already links (the toolchain's `_FoundationICU`
/// module, whose C functions carry a `swift_` prefix): the same engine and version that
/// `NSRegularExpression` used before, so matching means what it meant, and no library is added
/// to the binary. What `NSRegularExpression` does not offer is the limit: ICU counts the steps of
/// its matching engine and stops a match that runs past ``stepLimit(forLength:)`` with
/// `U_REGEX_TIME_OUT`, and one whose backtracking needs more than ``stackLimit`` bytes with
/// `U_REGEX_STACK_OVERFLOW`; both are reported as ``MatchOutcome/tooExpensive(_:)``, never as "no match".
///
/// A compiled expression holds match state, so each match takes a matcher of its own from a small
/// pool (a clone of the compiled pattern); the class is safe to share between threads.
final class ICUPattern: @unchecked Sendable {
    /// Steps every match may take, whatever the length of the string (ICU counts them in units of 10,000).
    static let baseSteps = 1_000_000
    /// Further steps per UTF-16 code unit of the string: a pattern that does not backtrack needs a few.
    static let stepsPerCodeUnit = 64
    /// The backtracking memory one match may use, in bytes (ICU's default).
    static let stackLimit: Int32 = 8 << 20

    /// The steps a match in a string of `length` UTF-16 code units may take.
    static func stepLimit(forLength length: Int) -> Int {
        baseSteps + stepsPerCodeUnit * length
    }

    private let compiled: OpaquePointer
    private var idle: [OpaquePointer] = []
    private var mutex = pthread_mutex_t()
    /// An empty text for matchers at rest.
    private let empty: UnsafeMutablePointer<UInt16>

    /// Compiles an ICU pattern; nil when ICU refuses it.
    ///
    /// Nothing is allocated before ICU has accepted the pattern: a failing initialiser runs no
    /// `deinit`, so anything allocated first would be lost (the regex fuzzer found that leak).
    init?(_ pattern: String) {
        var status = U_ZERO_ERROR
        let units = Array(pattern.utf16)
        let opened = swift_uregex_open(units, Int32(units.count), 0, nil, &status)
        guard let compiled = opened, status.rawValue <= 0 else {
            if let opened { swift_uregex_close(opened) }
            return nil
        }
        self.compiled = compiled
        empty = UnsafeMutablePointer<UInt16>.allocate(capacity: 1)
        empty.initialize(to: 0)
        pthread_mutex_init(&mutex, nil)
    }

    deinit {
        for matcher in idle { swift_uregex_close(matcher) }
        swift_uregex_close(compiled)
        pthread_mutex_destroy(&mutex)
        empty.deallocate()
    }

    /// Searches `string` for a match, within the limits.
    func firstMatch(in string: String) -> MatchOutcome {
        guard let matcher = checkOut() else { return .tooExpensive(.memory) }
        defer { checkIn(matcher) }
        let length = string.utf16.count
        let steps = Self.stepLimit(forLength: length)
        var status = U_ZERO_ERROR
        swift_uregex_setTimeLimit(matcher, Int32(clamping: (steps + 9_999) / 10_000), &status)
        swift_uregex_setStackLimit(matcher, Self.stackLimit, &status)
        let found = withUnsafeTemporaryAllocation(of: UInt16.self, capacity: max(length, 1)) { buffer -> Bool in
            _ = buffer.initialize(from: string.utf16)
            swift_uregex_setText(matcher, buffer.baseAddress, Int32(clamping: length), &status)
            let found = swift_uregex_find(matcher, 0, &status) != 0
            var reset = U_ZERO_ERROR
            swift_uregex_setText(matcher, empty, 0, &reset)  // no pointer into the freed buffer stays behind
            return found
        }
        switch status {
        case U_REGEX_TIME_OUT: return .tooExpensive(.steps(steps))
        case U_REGEX_STACK_OVERFLOW, U_MEMORY_ALLOCATION_ERROR: return .tooExpensive(.memory)
        default: return status.rawValue > 0 ? .tooExpensive(.memory) : (found ? .match : .noMatch)
        }
    }

    /// A matcher from the pool, or a new clone; nil only when ICU cannot allocate one.
    private func checkOut() -> OpaquePointer? {
        pthread_mutex_lock(&mutex)
        let matcher = idle.popLast()
        pthread_mutex_unlock(&mutex)
        if let matcher { return matcher }
        var status = U_ZERO_ERROR
        let clone = swift_uregex_clone(compiled, &status)
        if status.rawValue > 0, let clone { swift_uregex_close(clone) }
        return status.rawValue > 0 ? nil : clone
    }

    /// Returns a matcher to the pool (a few are kept; more are closed).
    private func checkIn(_ matcher: OpaquePointer) {
        pthread_mutex_lock(&mutex)
        let keep = idle.count < 4
        if keep { idle.append(matcher) }
        pthread_mutex_unlock(&mutex)
        if !keep { swift_uregex_close(matcher) }
    }
}

/// The limit a match of a regular expression ran into.
public enum PatternLimit: Equatable, Sendable {
    /// More steps of the matching engine than allowed for the string (the number allowed).
    case steps(Int)
    /// More backtracking memory than ``ICUPattern/stackLimit``.
    case memory
}
