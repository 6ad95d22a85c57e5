import Clibgit2
import Foundation

extension Repository {
    /// Runs one of libgit2's repository-opening calls with git's `safe.directory` rules, and says
    /// so when the repository stores SHA-256 ids (`extensions.objectFormat`), which libgit2 1.5.1
    /// cannot read.
    ///
    /// libgit2 1.5.1 refuses a repository that belongs to another user unless `safe.directory`
    /// names its exact path; it does not know the value `*` (git 2.35.2 and later: every folder is
    /// safe), and when no `safe.directory` is configured at all it reports "config value
    /// 'safe.directory' was not found" instead of the ownership problem. Here an ownership refusal
    /// is retried without libgit2's check when git's protected configuration (system and global, as
    /// git reads it) has `*` in force, and otherwise reported as git reports it: "detected dubious
    /// ownership".
    static func openHonouringSafeDirectory(
        _ path: String, _ body: (UnsafeMutablePointer<OpaquePointer?>) -> Int32
    ) throws(GitError) -> OpaquePointer {
        do {
            return try Libgit2.make(body)
        } catch {
            if error.message.contains("extensions.objectformat") {
                throw error.rephrased(Messages.sha256Repository(path))
            }
            guard isOwnershipRefusal(error) else { throw error }
            let pointer = try OwnerCheck.shared.withoutCheck { () throws(GitError) in try Libgit2.make(body) }
            guard safeDirectoryAllowsEveryFolder() else {
                // Opened only to name the folder git names: the work tree, else the git folder.
                let named = Repository(pointer: pointer).displayPath
                throw GitError(
                    code: GitError.Code.owner, klass: GitError.Class.repository,
                    message: Messages.dubiousOwnership(named), detail: error.message)
            }
            return pointer
        }
    }

    /// Whether libgit2 refused to open a repository for its owner.
    static func isOwnershipRefusal(_ error: GitError) -> Bool {
        error.code == GitError.Code.owner || (error.isNotFound && error.message.contains("'safe.directory'"))
    }

    /// Whether the `safe.directory` values in force (system, then global configuration; an empty
    /// value clears the list before it) include `*`.
    ///
    /// The corresponding libgit2 functions are `git_config_open_default` and
    /// `git_config_multivar_iterator_new`.
    static func safeDirectoryAllowsEveryFolder() -> Bool {
        guard let config = try? Libgit2.make({ git_config_open_default($0) }) else { return false }
        defer { git_config_free(config) }
        return safeDirectories(in: config).contains("*")
    }

    /// The `safe.directory` list of a configuration, in the order git reads it.
    static func safeDirectories(in config: OpaquePointer) -> [String] {
        guard let iterator = try? Libgit2.make({ git_config_multivar_iterator_new($0, config, "safe.directory", nil) })
        else { return [] }
        defer { git_config_iterator_free(iterator) }
        var values: [String] = []
        var entry: UnsafeMutablePointer<git_config_entry>?
        while git_config_next(&entry, iterator) == 0, let current = entry {
            guard current.pointee.level.rawValue <= GIT_CONFIG_LEVEL_GLOBAL.rawValue else { continue }
            let value = string(current.pointee.value)
            if value.isEmpty { values.removeAll() } else { values.append(value) }
        }
        return values
    }
}

/// libgit2's process-wide owner check, turned off only for the length of one open.
private final class OwnerCheck: @unchecked Sendable {
    static let shared = OwnerCheck()
    private let lock = NSLock()

    func withoutCheck<T>(_ body: () throws(GitError) -> T) throws(GitError) -> T {
        lock.lock()
        defer { lock.unlock() }
        try Libgit2.setOwnerValidation(false)
        defer { try? Libgit2.setOwnerValidation(true) }
        return try body()
    }
}
