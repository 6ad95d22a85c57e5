import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `read(2)`, named so that it is not shadowed by ``DiskFiles/read(_:limit:)``.
private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// Reading files from disk for the work that happens outside git (`tryg schema validate`).
public enum DiskFiles {
    /// The bytes of the file at `path`, at most `limit` + 1 of them (so that a larger file is still
    /// recognised as too large by the parser, without reading all of it).
    ///
    /// One `open`, `fstat` and `read` per file: with ten thousand files named on the command line,
    /// the per-file cost is what counts.
    /// - Throws: ``StrategyError`` when the file cannot be read or is a folder.
    public static func read(_ path: String, limit: Int = 64 << 20) throws(StrategyError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .isFolder(path) }
        let wanted = limit + 1
        // Regular files say their size; pipes and devices say 0 and are read in chunks.
        var bytes = [UInt8](repeating: 0, count: min(max(Int(status.st_size), 0) + 1, wanted))
        var count = 0
        while count < wanted {
            if count == bytes.count {
                bytes.append(contentsOf: repeatElement(0, count: min(max(bytes.count, 4096), wanted - count)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                guard let base = buffer.baseAddress else { return -1 }
                return readSome(descriptor, base + count, buffer.count - count)
            }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { throw .unreadable(path) }
            if got == 0 { break }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// The `*.json` files in a folder (sorted), optionally in its subfolders too.
    public static func jsonFiles(in folder: String, recursive: Bool = false) -> [String] {
        let manager = FileManager.default
        let names: [String]
        if recursive {
            names = (manager.enumerator(atPath: folder)?.allObjects as? [String]) ?? []
        } else {
            names = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
        }
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder + "/" + $0 }
    }

    /// Whether a folder exists at `path`.
    public static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The paths of a file list (`--files-from`): one per line, or separated by NUL bytes when
    /// `nulSeparated` (as `find -print0`, `git ls-files -z` and `xargs -0` write and read them).
    /// Empty entries are skipped; nothing else is trimmed, so any file name can be listed with NULs.
    /// - Complexity: O(n) in the size of the list.
    public static func pathList(_ bytes: [UInt8], nulSeparated: Bool) -> [String] {
        let separator: UInt8 = nulSeparated ? 0 : UInt8(ascii: "\n")
        return bytes.split(separator: separator, omittingEmptySubsequences: true).map {
            String(decoding: $0, as: UTF8.self)
        }
    }
}
