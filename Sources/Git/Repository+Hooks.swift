import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Repository {
    /// The folder git runs this repository's hooks from, as git finds it.
    ///
    /// `core.hooksPath` when it is set (in any configuration file git reads): `~` and `~/…` are the
    /// home folder (`HOME`), `~user/…` that user's home folder, and a relative path is taken from
    /// where git runs hooks — the top of the work tree, or the git folder of a bare repository.
    /// Otherwise `hooks` in the git folder shared by all work trees (a linked work tree's own git
    /// folder has no hooks git would run).
    ///
    /// - Parameter environment: where `HOME` is read; the process environment by default.
    /// - Throws: when `~` cannot be expanded (no `HOME`, an unknown user).
    /// The corresponding libgit2 function is `git_config_get_string_buf`.
    public func hooksDirectory(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(GitError) -> String {
        guard let configured = configString("core.hooksPath"), !configured.isEmpty else {
            return commonDirectory + "/hooks"
        }
        let expanded = try Self.expandingHome(configured, environment: environment)
        if expanded.hasPrefix("/") { return expanded }
        return (workDirectory ?? gitDirectory) + "/" + expanded
    }

    /// A path with a leading `~` or `~user` replaced by the home folder, as git expands paths in its
    /// configuration; any other path unchanged.
    static func expandingHome(_ path: String, environment: [String: String]) throws(GitError) -> String {
        guard path.hasPrefix("~") else { return path }
        let slash = path.firstIndex(of: "/") ?? path.endIndex
        let user = path[path.index(after: path.startIndex)..<slash]
        let rest = path[slash...]
        let home: String
        if user.isEmpty {
            guard let value = environment["HOME"], !value.isEmpty else {
                throw GitError(code: GitError.Code.generic, klass: GitError.Class.os, message: Messages.noHome(path))
            }
            home = value
        } else {
            guard let entry = getpwnam(String(user)), let directory = entry.pointee.pw_dir else {
                throw GitError(
                    code: GitError.Code.notFound, klass: GitError.Class.os, message: Messages.unknownUser(String(user), path))
            }
            home = String(cString: directory)
        }
        let trimmed = home.count > 1 && home.hasSuffix("/") ? String(home.dropLast()) : home
        return trimmed + rest
    }
}
