import Clibgit2

/// An operational failure reported by libgit2 or by the Git module: no repository,
/// unknown revision, missing or corrupt object.
///
/// The error keeps libgit2's return code (``code``, for example `-3` for "not found")
/// and error class (``klass``, for example `9` for the object database), and a message
/// meant for people. When the Git module knows a clearer sentence than libgit2's (an
/// unknown revision, a bare repository without a work tree), ``message`` holds that
/// sentence and ``detail`` keeps libgit2's own words.
public struct GitError: Error, Sendable, Hashable, CustomStringConvertible {
    /// libgit2's return code (`git_error_code`): negative; `-1` is a generic error.
    public var code: Int32
    /// libgit2's error class (`git_error_t`): which part of libgit2 failed.
    public var klass: Int32
    /// One clear sentence about what went wrong.
    public var message: String
    /// libgit2's own message when ``message`` was rewritten, otherwise `nil`.
    public var detail: String?

    /// Creates an error from its parts.
    public init(code: Int32, klass: Int32, message: String, detail: String? = nil) {
        self.code = code
        self.klass = klass
        self.message = message
        self.detail = detail
    }

    /// The message, so that printing the error prints one sentence.
    public var description: String { message }

    /// Whether the thing asked for does not exist (libgit2's `GIT_ENOTFOUND`).
    public var isNotFound: Bool { code == Code.notFound }

    /// Reads libgit2's last error for this thread, then clears it.
    ///
    /// The corresponding libgit2 functions are `git_error_last` and `git_error_clear`.
    static func fromLibgit2(code: Int32) -> GitError {
        defer { git_error_clear() }
        guard let last = git_error_last() else {
            return GitError(code: code, klass: Class.none, message: "libgit2 failed with code \(code)")
        }
        let text = string(last.pointee.message)
        return GitError(
            code: code,
            klass: last.pointee.klass,
            message: text.isEmpty ? "libgit2 failed with code \(code)" : text
        )
    }

    /// The same error with a clearer message; libgit2's message moves to ``detail``.
    func rephrased(_ message: String) -> GitError {
        GitError(code: code, klass: klass, message: message, detail: detail ?? self.message)
    }
}

extension GitError {
    /// Return codes used by libgit2 (`git_error_code`) that callers may want to test.
    public enum Code {
        /// A generic error (`GIT_ERROR`).
        public static let generic: Int32 = -1
        /// The object, reference or file does not exist (`GIT_ENOTFOUND`).
        public static let notFound: Int32 = -3
        /// A short id matches more than one object (`GIT_EAMBIGUOUS`).
        public static let ambiguous: Int32 = -5
        /// The object is larger than the reader's limit (libgit2's `GIT_EBUFS`, "buffer too
        /// short", which the Git module also uses for blobs over a limit: see ``GitError/isTooLarge``).
        public static let tooLarge: Int32 = -6
        /// The operation needs a work tree or an index (`GIT_EBAREREPO`).
        public static let bareRepository: Int32 = -8
        /// HEAD names a branch without commits (`GIT_EUNBORNBRANCH`).
        public static let unbornBranch: Int32 = -9
        /// A revision or reference name is malformed (`GIT_EINVALIDSPEC`).
        public static let invalidSpec: Int32 = -12
        /// An object cannot be peeled to the requested type (`GIT_EPEEL`).
        public static let peel: Int32 = -19
        /// The repository does not belong to the current user (`GIT_EOWNER`).
        public static let owner: Int32 = -36
    }

    /// Error classes used by libgit2 (`git_error_t`) that the Git module reports itself.
    public enum Class {
        /// No class (`GIT_ERROR_NONE`).
        public static let none: Int32 = 0
        /// The operating system, e.g. a file could not be read (`GIT_ERROR_OS`).
        public static let os: Int32 = 2
        /// Invalid input (`GIT_ERROR_INVALID`).
        public static let invalid: Int32 = 3
        /// The repository (`GIT_ERROR_REPOSITORY`).
        public static let repository: Int32 = 6
        /// The object database (`GIT_ERROR_ODB`).
        public static let odb: Int32 = 9
        /// The index (`GIT_ERROR_INDEX`).
        public static let index: Int32 = 10
        /// An object (`GIT_ERROR_OBJECT`).
        public static let object: Int32 = 11
        /// Internal inconsistency (`GIT_ERROR_INTERNAL`).
        public static let `internal`: Int32 = 35
    }
}
