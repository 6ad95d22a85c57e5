import Foundation
import Git
import Messages

/// Writes the git hooks that run tryg, atomically, and recognises the hooks tryg wrote by their
/// marker line.
public struct HookInstaller: Sendable {
    /// The line that marks a hook written by `tryg hook install`.
    public static let marker = "# tryg-hook: installed by 'tryg hook install'; edits are lost when it is installed again"

    /// The hooks a clone gets: pre-commit checks what a commit will contain; pre-merge-commit checks
    /// what a merge made locally will contain (git runs no pre-commit for it).
    public static let cloneHooks = ["pre-commit", "pre-merge-commit"]
    /// The hook a server gets.
    public static let serverHooks = ["pre-receive"]

    /// The folder the hooks go into.
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// The installer for the folder git runs `repository`'s hooks from (see
    /// ``hooksFolder(of:environment:)``).
    public init(for repository: Repository, environment: [String: String]) {
        self.init(folder: Self.hooksFolder(of: repository, environment: environment))
    }

    /// The hook script: a shell script that hands over to tryg with git's environment intact.
    public static func script(program: String, hook: String, options: [String] = []) -> String {
        let words = [shellQuoted(program), "hook", hook] + options.map(shellQuoted) + ["\"$@\""]
        return "#!/bin/sh\n\(marker)\nexec \(words.joined(separator: " "))\n"
    }

    /// The folder git runs a repository's hooks from, as git finds it: `core.hooksPath` when set
    /// (`~` and `~/…` are the home folder, `~user/…` that user's; a relative path is relative to the
    /// top of the work tree, or to the repository itself when bare), else `hooks` in the git folder
    /// shared by all work trees (a linked work tree's own git folder has no hooks git would run).
    public static func hooksFolder(of repository: Repository, environment: [String: String]) -> String {
        guard let configured = repository.configString("core.hooksPath"), !configured.isEmpty else {
            return repository.commonDirectory + "/hooks"
        }
        let expanded = expandTilde(configured, environment: environment)
        if expanded.hasPrefix("/") { return expanded }
        return (repository.workDirectory ?? repository.gitDirectory) + "/" + expanded
    }

    /// `~` and `~/x` → the home folder (`HOME`); `~user` and `~user/x` → that user's home folder;
    /// anything else as written. An unknown user is left as written, as git leaves it.
    static func expandTilde(_ path: String, environment: [String: String]) -> String {
        guard path.hasPrefix("~") else { return path }
        let rest = path.dropFirst()
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        let user = String(rest[..<slash]), tail = String(rest[slash...])
        if user.isEmpty {
            guard let home = environment["HOME"], !home.isEmpty else { return path }
            return home + tail
        }
        guard let entry = getpwnam(user), let directory = entry.pointee.pw_dir else { return path }
        return String(cString: directory) + tail
    }

    /// What installing one hook did.
    public enum Outcome: Sendable, Equatable {
        case installed(path: String)
        case alreadyInstalled(path: String)
    }

    /// Installs `script` as the hook `name`, atomically (a temporary file renamed into place).
    ///
    /// - Throws: ``StrategyError`` when a hook tryg did not write is there (unless `force`), or the
    ///   folder or file cannot be written.
    public func install(_ script: String, as name: String, force: Bool) throws(StrategyError) -> Outcome {
        let path = folder + "/" + name
        let manager = FileManager.default
        if let existing = manager.contents(atPath: path) {
            let text = String(decoding: existing, as: UTF8.self)
            if text == script { return .alreadyInstalled(path: path) }
            if !text.contains(Self.marker), !force {
                throw StrategyError(Message("hook.install.foreign", ["path": .text(path), "hook": .text(name)]))
            }
        }
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw StrategyError(Message("hook.install.no-folder", ["folder": .text(folder), "reason": .text(Self.reason())]))
        }
        let temporary = folder + "/.\(name).tryg-\(getpid())"
        guard manager.createFile(atPath: temporary, contents: Data(script.utf8), attributes: [.posixPermissions: 0o755])
        else { throw StrategyError(Message("hook.install.not-writable", ["path": .text(temporary)])) }
        guard chmod(temporary, 0o755) == 0, rename(temporary, path) == 0 else {
            let reason = Self.reason()
            try? manager.removeItem(atPath: temporary)
            throw StrategyError(Message("hook.install.failed", ["path": .text(path), "reason": .text(reason)]))
        }
        return .installed(path: path)
    }

    private static func reason() -> String { String(cString: strerror(errno)) }

    /// A word the shell reads back exactly: single-quoted, with `'` written as `'\''`.
    public static func shellQuoted(_ word: String) -> String {
        if !word.isEmpty, word.allSatisfy({ $0.isLetter || $0.isNumber || "/._-+".contains($0) }) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
