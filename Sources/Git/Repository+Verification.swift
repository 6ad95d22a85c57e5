import Foundation

extension Repository {
    /// Whether every object read is re-hashed and refused when its content does not match its id
    /// (libgit2's strict hash verification). Process-wide; on unless turned off.
    ///
    /// git does not re-hash objects on read — damage of that kind is found by `git fsck` and, on
    /// a server, `receive.fsckObjects` — and re-hashing is half of a history walk's time, so
    /// read-only commands turn it off (tryg's `--verify-objects` keeps it on). Off or on, damage
    /// of the compressed data (zlib), of an object's header or length, and objects that do not
    /// parse are still errors; only an object whose bytes are intact but belong to another id
    /// (for example a file copied over another object's file) reads as what it holds.
    public static var verifiesObjectHashes: Bool { HashVerification.shared.enabled }

    /// Turns the re-hashing of every object read on or off for the whole process (see
    /// ``verifiesObjectHashes``).
    ///
    /// The corresponding libgit2 function is `git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION)`.
    public static func setObjectHashVerification(_ enabled: Bool) throws(GitError) {
        try HashVerification.shared.set(enabled)
    }
}

/// The process-wide setting, remembered because libgit2 has no way to read it back.
private final class HashVerification: @unchecked Sendable {
    static let shared = HashVerification()
    private let lock = NSLock()
    private var value = true

    var enabled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func set(_ enabled: Bool) throws(GitError) {
        lock.lock()
        defer { lock.unlock() }
        try Libgit2.setStrictHashVerification(enabled)
        value = enabled
    }
}
