import Clibgit2
import Foundation

/// The one seam through which the Git module calls libgit2.
///
/// Every libgit2 call that reports success or failure goes through ``call(_:)`` or
/// ``make(_:)``: they make sure libgit2 is initialised (exactly once, never shut down)
/// and turn a negative return code into a ``GitError`` that carries libgit2's code,
/// class and message. Plain getters that cannot fail are called directly.
enum Libgit2 {
    /// The result of `git_libgit2_init`, computed once per process by Swift's lazy globals.
    ///
    /// libgit2 is never shut down: objects may outlive any scope we could pick, and
    /// `git_libgit2_shutdown` while another thread uses libgit2 would be a crash.
    private static let initialization: Int32 = git_libgit2_init()

    /// Makes sure libgit2 is initialised; cheap after the first call.
    @inline(__always)
    static func ensureInitialized() {
        _ = initialization
    }

    /// Runs a libgit2 call and turns a negative result into a ``GitError``.
    ///
    /// - Returns: the call's non-negative result (some calls return a count or a flag).
    @discardableResult
    static func call(_ body: () -> Int32) throws(GitError) -> Int32 {
        ensureInitialized()
        let result = body()
        if result < 0 {
            throw GitError.fromLibgit2(code: result)
        }
        return result
    }

    /// Runs a libgit2 call that creates an object through an out-pointer and returns it.
    ///
    /// The caller owns the returned pointer and frees it with the matching `git_*_free`.
    static func make(
        _ body: (UnsafeMutablePointer<OpaquePointer?>) -> Int32
    ) throws(GitError) -> OpaquePointer {
        var pointer: OpaquePointer?
        try call { body(&pointer) }
        guard let pointer else {
            throw GitError(code: -1, klass: GitError.Class.internal, message: "libgit2 returned no object")
        }
        return pointer
    }

    /// Runs a libgit2 call that fills a `git_buf` and returns its contents as a string.
    ///
    /// The buffer is always disposed of, whether the call succeeded or not.
    static func string(_ body: (UnsafeMutablePointer<git_buf>) -> Int32) throws(GitError) -> String {
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        try call { body(&buffer) }
        guard let pointer = buffer.ptr else { return "" }
        return String(cString: pointer)
    }

    /// Turns libgit2's re-hashing of every object it reads on or off (on by default).
    ///
    /// The corresponding libgit2 function is `git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION)`.
    static func setStrictHashVerification(_ enabled: Bool) throws(GitError) {
        try call { tryg_git_opts_set_strict_hash_verification(enabled ? 1 : 0) }
    }

    /// Turns libgit2's check that a repository belongs to the current user on or off.
    ///
    /// The check is on by default, as in git (`safe.directory`). tryg leaves it on; a
    /// caller that knows better (for example a CI job in a container where the checkout
    /// belongs to another user) may turn it off for the whole process.
    /// The corresponding libgit2 function is `git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION)`.
    static func setOwnerValidation(_ enabled: Bool) throws(GitError) {
        try call { tryg_git_opts_set_owner_validation(enabled ? 1 : 0) }
    }
}

/// Copies a C string that libgit2 may return as NULL.
@inline(__always)
func string(_ pointer: UnsafePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
    return decodedKeepingBytes(bytes)
}

/// Text from libgit2 (a path, a commit message): UTF-8 as it is, and each byte that is not part of
/// well-formed UTF-8 written as `\xFF` — shown, never replaced by U+FFFD, so two different file
/// names never look the same.
func decodedKeepingBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    var out = ""
    var i = 0
    while i < bytes.count {
        var end = i + 1
        while end <= bytes.count, end - i <= 4 {
            if let scalar = String(validating: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self) {
                out += scalar
                break
            }
            end += 1
        }
        if end > bytes.count || end - i > 4 {
            let hex = String(bytes[i], radix: 16, uppercase: true)
            out += "\\x" + (hex.count == 1 ? "0" : "") + hex
            i += 1
        } else {
            i = end
        }
    }
    return out
}
