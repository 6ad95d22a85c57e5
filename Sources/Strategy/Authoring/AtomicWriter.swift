import Messages

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a set of files so that nothing is ever half-written: every new content goes to a
/// temporary file beside its target first (same folder, so the rename cannot cross file systems),
/// written in full and flushed to disk; only when all of them are ready is each renamed over its
/// target. A file that exists keeps its permission bits; a new one gets the usual mode (0666 less
/// the umask). If any temporary file cannot be made, every one made so far is removed and no
/// target is touched.
public enum AtomicWriter {
    /// Writes `files` (absolute paths → bytes).
    ///
    /// - Throws: ``StrategyError`` naming the file and the system's reason; then nothing was changed.
    public static func write(_ files: [(path: String, bytes: [UInt8])]) throws(StrategyError) {
        var staged: [(temporary: String, target: String)] = []
        var madeFolders: [String] = []
        do {
            for (path, bytes) in files {
                madeFolders += try makeFolders(for: path)
                staged.append((try stage(bytes, for: path), path))
            }
        } catch {
            for (temporary, _) in staged { unlink(temporary) }
            for folder in madeFolders.reversed() { rmdir(folder) }
            throw error
        }
        for (temporary, target) in staged where rename(temporary, target) != 0 {
            let reason = systemReason()
            for (other, _) in staged { unlink(other) }
            throw failure(target, reason)
        }
    }

    /// Writes `bytes` to a new temporary file beside `path` and returns its path.
    static func stage(_ bytes: [UInt8], for path: String) throws(StrategyError) -> String {
        let temporary = folder(of: path) + "/.tryg-" + String(getpid()) + "-" + name(of: path) + ".tmp"
        var info = stat()
        let existingMode: mode_t? = stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(path, systemReason()) }
        var ok = true
        var done = 0
        while ok, done < bytes.count {
            let n = bytes.withUnsafeBytes { raw in Glibc.write(descriptor, raw.baseAddress.map { $0 + done }, raw.count - done) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { ok = false } else { done += n }
        }
        if ok, let existingMode, fchmod(descriptor, existingMode) != 0 { ok = false }
        if ok, fsync(descriptor) != 0 { ok = false }
        let reason = ok ? "" : systemReason()
        if close(descriptor) != 0, ok { ok = false }
        guard ok else {
            unlink(temporary)
            throw failure(path, reason.isEmpty ? systemReason() : reason)
        }
        return temporary
    }

    /// Makes the folders missing above `path`; returns those it made, outermost first.
    static func makeFolders(for path: String) throws(StrategyError) -> [String] {
        var missing: [String] = []
        var folder = folder(of: path)
        var info = stat()
        while !folder.isEmpty, folder != "/", stat(folder, &info) != 0 {
            missing.append(folder)
            folder = self.folder(of: folder)
        }
        var made: [String] = []
        for folder in missing.reversed() {
            guard mkdir(folder, 0o777) == 0 else {
                let reason = systemReason()
                for done in made.reversed() { rmdir(done) }
                throw failure(folder, reason)
            }
            made.append(folder)
        }
        return made
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func name(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    static func systemReason() -> String { String(cString: strerror(errno)) }

    static func failure(_ path: String, _ reason: String) -> StrategyError {
        StrategyError(Message("authoring.write-failed", ["path": .text(path), "reason": .text(reason)]))
    }
}
