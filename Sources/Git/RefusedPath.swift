/// A tree entry that git would refuse to check out, with the reason.
///
/// git refuses these when it writes a work tree (`verify_path`, with `core.protectNTFS`, on by
/// default on every system since git 2.24): an empty name, `.` and `..`, `.git` in any letter case
/// (and the forms NTFS reads as `.git`: trailing dots or spaces, `git~1`, an alternate data stream
/// `.git:…`), a name containing `/`, and a symbolic link named `.gitmodules`. A name with `\` is
/// listed too: git on Windows refuses it as a folder separator, and Windows is where many editors
/// check out. A hand-made tree can hold all of them; the Git module reports them and reads on.
public struct RefusedPath: Sendable, Hashable {
    /// The entry's path from the root of the tree (its parents' names joined with `/`).
    public var path: String
    /// Why git refuses it, as a clause ("its name is '..'").
    public var reason: String

    /// Creates a refused path from its parts.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// Why git would refuse to check out an entry with this name and mode, or `nil` when it would not.
    public static func reason(forName name: String, mode: UInt32) -> String? {
        if name.isEmpty { return Messages.refusedEmptyName }
        if name == "." || name == ".." { return Messages.refusedDots(name) }
        if name.contains("/") { return Messages.refusedSlash }
        if name.utf8.contains(0) { return Messages.refusedNUL }
        if isDotGit(name) { return Messages.refusedDotGit(name) }
        if name.contains("\\") { return Messages.refusedBackslash }
        if mode == 0o120000 && name.lowercased() == ".gitmodules" { return Messages.refusedGitmodulesLink }
        return nil
    }

    /// `.git` as git (and NTFS) reads it: any letter case, trailing dots and spaces, the short name
    /// `git~1`, or an alternate data stream of `.git`.
    static func isDotGit(_ name: String) -> Bool {
        let lower = name.lowercased()
        if lower == "git~1" || lower.hasPrefix(".git:") { return true }
        var trimmed = Substring(lower)
        while let last = trimmed.last, last == "." || last == " " { trimmed = trimmed.dropLast() }
        return trimmed == ".git"
    }
}
