#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file-system calls the Git module makes itself (reading work-tree files),
/// with failures turned into ``GitError``s of class `GIT_ERROR_OS`.
enum FileSystem {
    /// What is at a path, without following a final symbolic link.
    enum Kind: Equatable {
        case regularFile, symbolicLink, directory, other, missing
    }

    /// What is at `path` (the link itself for a symbolic link).
    static func kind(atPath path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regularFile
        case S_IFLNK: return .symbolicLink
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// Reads a whole file, refusing one larger than `limit` bytes before reading it.
    static func contents(atPath path: String, limit: Int = Int.max) throws(GitError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("could not read '\(path)'") }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, Int(info.st_size) > limit {
            throw GitError.tooLarge(Messages.fileTooLarge(path, size: Int(info.st_size), limit: limit))
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("could not read '\(path)'")
            }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit {  // the file grew while it was read
                throw GitError.tooLarge(Messages.fileTooLarge(path, size: bytes.count, limit: limit))
            }
        }
    }

    /// An error for the last failed system call, with the system's reason.
    private static func failure(_ what: String) -> GitError {
        let reason = String(cString: strerror(errno))
        return GitError(code: GitError.Code.generic, klass: GitError.Class.os, message: "\(what): \(reason)")
    }
}

extension FileSystem {
    /// The names in a folder (without `.` and `..`); empty when it cannot be read.
    static func names(inDirectory path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
