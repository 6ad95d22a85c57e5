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

    /// The installer for the folder git runs `repository`'s hooks from: `core.hooksPath` as git
    /// reads it (`~` and `~user` expanded, relative to the top of the work tree), else the shared
    /// git folder's `hooks` (``Repository/hooksDirectory(environment:)``).
    ///
    /// - Throws: ``StrategyError`` when `core.hooksPath` names the home of an unknown user, or `~`
    ///   without a `HOME`, as git refuses it.
    public init(for repository: Repository, environment: [String: String]) throws(StrategyError) {
        do {
            self.init(folder: try repository.hooksDirectory(environment: environment))
        } catch {
            throw StrategyError(error)
        }
    }

    /// The hook script: a shell script that hands over to tryg with git's environment intact.
    public static func script(program: String, hook: String, options: [String] = []) -> String {
        let words = [shellQuoted(program), "hook", hook] + options.map(shellQuoted) + ["\"$@\""]
        return "#!/bin/sh\n\(marker)\nexec \(words.joined(separator: " "))\n"
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
