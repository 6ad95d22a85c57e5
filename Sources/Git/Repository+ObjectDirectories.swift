import Clibgit2

extension Repository {
    /// Puts tryg's reader of loose objects (``LooseObjectGuard``) in front of the repository's
    /// object database, covering its object folder (or `objectDirectory`), its alternates and
    /// `alternates`.
    ///
    /// The corresponding libgit2 function is `git_repository_odb`.
    func installLooseObjectGuard(objectDirectory: String? = nil, alternates: [String] = []) throws(GitError) {
        let primary = objectDirectory ?? commonDirectory + "/objects"
        let odb = try Libgit2.make { git_repository_odb($0, pointer) }
        defer { git_odb_free(odb) }
        try LooseObjectGuard.install(on: odb, directories: Self.objectDirectories(primary: primary, extra: alternates))
    }

    /// An object folder followed by its alternates and `extra`, each followed by the
    /// alternates its `info/alternates` names (relative entries are taken from the folder that
    /// names them), to the depth libgit2 follows (5), without repeats.
    static func objectDirectories(primary: String, extra: [String]) -> [String] {
        var result: [String] = []
        var seen: Set<String> = []
        func add(_ directory: String, depth: Int) {
            let clean = HookEnvironment.normalized(directory)
            guard seen.insert(clean).inserted else { return }
            result.append(clean)
            guard depth < 5 else { return }
            for entry in alternateEntries(of: clean) {
                add(entry.hasPrefix("/") ? entry : clean + "/" + entry, depth: depth + 1)
            }
        }
        add(primary, depth: 0)
        for directory in extra { add(directory, depth: 1) }
        return result
    }

    /// The entries of a folder's `info/alternates`: one a line, `#` comments and empty lines
    /// skipped, C-quoted lines unquoted as git writes them.
    static func alternateEntries(of directory: String) -> [String] {
        guard let bytes = try? FileSystem.contents(atPath: directory + "/info/alternates", limit: 1 << 20) else {
            return []
        }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            return line.hasPrefix("\"") ? GitQuoting.unquoted(String(line))?.value : String(line)
        }
    }
}

/// git's C-style quoting of paths (`"a\tb\"c\303\251"`), as in `GIT_ALTERNATE_OBJECT_DIRECTORIES`
/// and `objects/info/alternates`.
enum GitQuoting {
    /// Unquotes a quoted string at the start of `text`; returns the value and what follows the
    /// closing quote, or `nil` when `text` does not start with a well-formed quoted string.
    static func unquoted(_ text: String) -> (value: String, rest: Substring)? {
        var bytes = Array(text.utf8)[...]
        guard bytes.first == UInt8(ascii: "\"") else { return nil }
        bytes = bytes.dropFirst()
        var value: [UInt8] = []
        while let byte = bytes.popFirst() {
            switch byte {
            case UInt8(ascii: "\""):
                return (String(decoding: value, as: UTF8.self), Substring(String(decoding: bytes, as: UTF8.self)))
            case UInt8(ascii: "\\"):
                guard let escaped = unescape(&bytes) else { return nil }
                value.append(escaped)
            default:
                value.append(byte)
            }
        }
        return nil
    }

    /// The byte an escape stands for (the backslash already taken): `\a\b\f\n\r\t\v\\\"` or three
    /// octal digits.
    private static func unescape(_ bytes: inout ArraySlice<UInt8>) -> UInt8? {
        guard let first = bytes.popFirst() else { return nil }
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "a"): 7, UInt8(ascii: "b"): 8, UInt8(ascii: "f"): 12, UInt8(ascii: "n"): 10,
            UInt8(ascii: "r"): 13, UInt8(ascii: "t"): 9, UInt8(ascii: "v"): 11,
            UInt8(ascii: "\\"): 92, UInt8(ascii: "\""): 34,
        ]
        if let byte = simple[first] { return byte }
        guard (48...51).contains(first), let second = bytes.popFirst(), let third = bytes.popFirst(),
            (48...55).contains(second), (48...55).contains(third)
        else { return nil }
        return (first - 48) << 6 | (second - 48) << 3 | (third - 48)
    }
}
