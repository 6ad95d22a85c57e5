/// The sentences of the Git module, kept together so that they can move into the message
/// catalogue mechanically.
enum Messages {
    static func missingObject(_ id: ObjectID, in path: String, kind: String = "object") -> String {
        "\(kind) \(id.hex) does not exist in the repository at '\(path)'"
    }

    static let shallowCause =
        "the repository is a shallow clone, and the object may lie beyond the cut-off of its "
        + "history; fetch the rest with 'git fetch --unshallow'"

    static func beyondShallowCutOff(_ cause: String) -> String {
        "the history reaches past its cut-off: \(cause) (libgit2 \(Repository.libgit2Version) cannot walk "
            + "shallow history)"
    }

    static func shallowPushCause(_ boundary: Set<ObjectID>) -> String {
        let ids = boundary.sorted().prefix(3).map(\.short).joined(separator: ", ")
        return "the push comes from a shallow clone, whose history is cut off at \(ids)\(boundary.count > 3 ? ", …" : ""); "
            + "push from a complete clone ('git fetch --unshallow' first)"
    }

    static func sha256Repository(_ path: String) -> String {
        "the repository at '\(path)' stores SHA-256 object ids (extensions.objectFormat = sha256); this build of "
            + "libgit2 (\(Repository.libgit2Version)) reads SHA-1 repositories only"
    }

    static func blobTooLarge(_ id: ObjectID, size: Int, limit: Int) -> String {
        "object \(id.hex) is \(byteCount(size)), more than the limit of \(byteCount(limit)); it was not read"
    }

    static func fileTooLarge(_ path: String, size: Int, limit: Int) -> String {
        "'\(path)' is \(byteCount(size)), more than the limit of \(byteCount(limit)); it was not read"
    }

    /// A size in bytes, with MiB when it is at least one MiB ("1073741824 bytes (1024 MiB)").
    static func byteCount(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes) bytes (\(bytes >> 20) MiB)" : "\(bytes) bytes"
    }
}

extension Messages {
    static func damagedObject(_ hex: String, path: String, _ damage: LooseObject.Damage) -> String {
        let reason =
            switch damage {
            case .truncated: "its compressed data ends before the object does"
            case .longerThanHeader: "it holds more data than its header says"
            case .shorterThanHeader: "it holds less data than its header says"
            case .trailingData: "there is data after the end of its compressed stream"
            case .badHeader: "its header is not 'type size'"
            case .corrupt(let zlib): "its compressed data is corrupt (\(zlib))"
            }
        return "object \(hex) is damaged: \(reason) (\(path)); 'git fsck' lists the damage"
    }
}

extension Messages {
    static func noHome(_ path: String) -> String {
        "cannot expand '~' in '\(path)': HOME is not set"
    }

    static func unknownUser(_ user: String, _ path: String) -> String {
        "cannot expand '~\(user)' in '\(path)': there is no user '\(user)'"
    }
}

extension Messages {
    /// `what` is "object id …" or "'revision'".
    static func sha256ID(_ what: String) -> String {
        "\(what) is a SHA-256 id; this build of libgit2 (\(Repository.libgit2Version)) reads SHA-1 repositories only"
    }

    static func commonDirectoryMismatch(_ common: String, found: String) -> String {
        "GIT_COMMON_DIR names '\(common)', but the repository's common folder is '\(found)'; "
            + "libgit2 \(Repository.libgit2Version) cannot combine them"
    }
}

extension Messages {
    static func dubiousOwnership(_ path: String) -> String {
        "detected dubious ownership in the repository at '\(path)': it belongs to another user; run tryg as its "
            + "owner, or mark it safe with 'git config --global --add safe.directory \(path)'"
    }
}

extension Messages {
    static let refusedEmptyName = "its name is empty"
    static func refusedDots(_ name: String) -> String { "its name is '\(name)'" }
    static let refusedSlash = "its name contains '/'"
    static let refusedNUL = "its name contains a zero byte"
    static func refusedDotGit(_ name: String) -> String { "its name '\(name)' is read as '.git', git's own folder" }
    static let refusedBackslash = "its name contains '\\', which git on Windows reads as a folder separator"
    static let refusedGitmodulesLink = "it is a symbolic link named '.gitmodules'"
}

extension Messages {
    static func prohibitedBOM(_ path: String, _ encoding: String) -> String {
        "'\(path)' starts with a byte order mark, which its working-tree-encoding \(encoding) does not allow "
            + "(use UTF-\(encoding.contains("32") ? "32" : "16") for text with a byte order mark)"
    }

    static func requiredBOM(_ path: String, _ encoding: String) -> String {
        "'\(path)' has no byte order mark, which its working-tree-encoding \(encoding) needs "
            + "(use \(encoding)LE or \(encoding)BE for text without one)"
    }

    static func notInEncoding(_ path: String, _ encoding: String) -> String {
        "'\(path)' is not valid \(encoding), its working-tree-encoding"
    }
}
