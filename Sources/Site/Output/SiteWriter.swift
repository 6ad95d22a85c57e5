import Foundation
import Messages

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why the site could not be written.
public struct SiteWriteError: Error, Sendable, CustomStringConvertible {
    /// One sentence for people.
    public var message: Message
    public var description: String { message.english }
}

/// Writes a built site to a folder atomically: everything goes into a new folder beside the
/// output, which then takes the output's place by renaming. A failure part-way leaves the old site
/// as it was (and no temporary folder behind).
///
/// The output folder is replaced as a whole, so tryg refuses to replace a folder that it did not
/// write itself (one that is not empty and has no `.tryg-site` marker): `--output ~` must never
/// delete a home folder.
public enum SiteWriter {
    /// The marker file's content: every site tryg writes has it.
    static let markerText = "This folder was written by `tryg site`; the next build replaces all of it.\n"

    /// Writes `files` as the folder `output`.
    public static func write(_ files: [SiteFile], to output: String) throws(SiteWriteError) {
        let target = normalized(output)
        guard !target.isEmpty, target != "/" else { throw SiteWriteError(message: Messages.badOutput(output)) }
        let exists = try checkTarget(target)
        let parent = (target as NSString).deletingLastPathComponent
        let base = (target as NSString).lastPathComponent
        let folder = parent.isEmpty ? "." : parent
        try makeFolders(folder)
        let suffix = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let temporary = folder + "/." + base + ".tryg-new-" + suffix
        do {
            try makeFolder(temporary)
            try writeAll(files, into: temporary)
        } catch {
            remove(temporary)
            throw error
        }
        guard exists else {
            guard rename(temporary, target) == 0 else {
                let reason = errnoText()
                remove(temporary)
                throw SiteWriteError(message: Messages.cannotMove(target, reason))
            }
            return
        }
        let old = folder + "/." + base + ".tryg-old-" + suffix
        guard rename(target, old) == 0 else {
            let reason = errnoText()
            remove(temporary)
            throw SiteWriteError(message: Messages.cannotMove(target, reason))
        }
        guard rename(temporary, target) == 0 else {
            let reason = errnoText()
            _ = rename(old, target)
            remove(temporary)
            throw SiteWriteError(message: Messages.cannotMove(target, reason))
        }
        remove(old)
    }

    /// Whether the output exists; throws when it exists and may not be replaced.
    private static func checkTarget(_ target: String) throws(SiteWriteError) -> Bool {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isFolder) else { return false }
        guard isFolder.boolValue else { throw SiteWriteError(message: Messages.notAFolder(target)) }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
        if !entries.isEmpty, !entries.contains(".tryg-site") {
            throw SiteWriteError(message: Messages.notASite(target))
        }
        return true
    }

    /// Writes every file below `root`: the folders first, then the files from several threads (a
    /// site has thousands of small files, and creating each costs a round trip to the file system).
    private static func writeAll(_ files: [SiteFile], into root: String) throws(SiteWriteError) {
        var made: Set<String> = [root]
        var paths: [String] = []
        paths.reserveCapacity(files.count)
        for file in files {
            guard let relative = safeRelative(file.path) else { throw SiteWriteError(message: Messages.badPath(file.path)) }
            let path = root + "/" + relative
            let folder = (path as NSString).deletingLastPathComponent
            if !made.contains(folder) {
                try makeFolders(folder)
                made.insert(folder)
            }
            paths.append(path)
        }
        let chunks = 8
        let failure = FirstFailure()
        let targets = paths
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var i = chunk
            while i < files.count, !failure.isSet {
                do throws(SiteWriteError) {
                    try writeFile(targets[i], files[i].bytes)
                } catch {
                    failure.set(error)
                }
                i += chunks
            }
        }
        if let error = failure.error { throw error }
    }

    /// A relative path without empty, `.` or `..` segments, or nil.
    static func safeRelative(_ path: String) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") }) else {
            return nil
        }
        return path
    }

    private static func writeFile(_ path: String, _ bytes: [UInt8]) throws(SiteWriteError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SiteWriteError(message: Messages.cannotWrite(path, errnoText())) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in
                systemWrite(fd, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw SiteWriteError(message: Messages.cannotWrite(path, errnoText())) }
            written += n
        }
    }

    private static func makeFolder(_ path: String) throws(SiteWriteError) {
        guard mkdir(path, 0o755) == 0 else { throw SiteWriteError(message: Messages.cannotWrite(path, errnoText())) }
    }

    private static func makeFolders(_ path: String) throws(SiteWriteError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw SiteWriteError(message: Messages.cannotWrite(path, String(describing: error.localizedDescription)))
        }
    }

    private static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    private static func normalized(_ path: String) -> String {
        var p = path
        while p.count > 1, p.hasSuffix("/") { p.removeLast() }
        return p
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}

/// The first error of the threads that write the files.
private final class FirstFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var first: SiteWriteError?

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return first != nil
    }
    var error: SiteWriteError? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }

    func set(_ error: SiteWriteError) {
        lock.lock()
        if first == nil { first = error }
        lock.unlock()
    }
}

/// The C library's `write`, out of reach of ``SiteWriter/write(_:to:)``'s name.
private func systemWrite(_ fd: Int32, _ pointer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(fd, pointer, count)
}

private enum Messages {
    static func badOutput(_ path: String) -> Message { Message("site.write.bad-output", ["path": .text(path)]) }
    static func notAFolder(_ path: String) -> Message { Message("site.write.not-a-folder", ["path": .text(path)]) }
    static func notASite(_ path: String) -> Message { Message("site.write.not-a-site", ["path": .text(path)]) }
    static func badPath(_ path: String) -> Message { Message("site.write.bad-path", ["path": .text(path)]) }
    static func cannotWrite(_ path: String, _ reason: String) -> Message {
        Message("site.write.cannot-write", ["path": .text(path), "reason": .text(reason)])
    }
    static func cannotMove(_ path: String, _ reason: String) -> Message {
        Message("site.write.cannot-move", ["path": .text(path), "reason": .text(reason)])
    }
}
