/// The sentences of the Git module, kept together so that they can move into the message
/// catalogue mechanically.
enum Messages {
    static func missingObject(_ id: ObjectID, in path: String) -> String {
        "object \(id.hex) does not exist in the repository at '\(path)'"
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
        let reason = switch damage {
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
