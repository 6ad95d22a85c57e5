import Foundation
import Messages

/// Standard output and error, written as bytes, with terminal detection.
///
/// Standard output is buffered and written in large pieces; a write that fails (a full disk, a
/// closed pipe, a reader that went away) is remembered and reported as a failure when the output
/// is flushed, so that output is never lost without a word.
final class Console: @unchecked Sendable {
    let descriptor: Int32
    private var buffer: [UInt8] = []
    private let buffered: Bool
    /// The first error met while writing (errno), if any.
    private var writeError: Int32?

    static let standardOutput = Console(descriptor: 1, buffered: true)
    static let standardError = Console(descriptor: 2, buffered: false)

    init(descriptor: Int32, buffered: Bool) {
        self.descriptor = descriptor
        self.buffered = buffered
    }

    /// Whether the stream is a terminal (colours and progress go only there).
    var isTerminal: Bool { isatty(descriptor) == 1 }

    /// `NO_COLOR` set to anything non-empty turns colours off (no-color.org).
    static var noColorRequested: Bool {
        guard let value = ProcessInfo.processInfo.environment["NO_COLOR"] else { return false }
        return !value.isEmpty
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if !buffered || buffer.count >= 1 << 16 { drain() }
    }

    /// Writes what is buffered.
    ///
    /// - Throws: ``Failure`` when any write of this stream failed.
    func flush() throws {
        drain()
        if let writeError, writeError != EPIPE {
            let reason = String(cString: strerror(writeError))
            throw Failure("cli.write-failed", ["reason": .text(reason)])
        }
    }

    private func drain() {
        var done = 0
        while done < buffer.count, writeError == nil {
            let n = buffer.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Foundation.write(descriptor, base + done, raw.count - done)
            }
            if n < 0, errno == EINTR { continue }
            if n <= 0 {
                writeError = n < 0 ? errno : EIO
                break
            }
            done += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// ANSI styles, applied only when colour is on.
struct Style: Sendable {
    let enabled: Bool

    func bold(_ s: String) -> String { wrap(s, "1") }
    func red(_ s: String) -> String { wrap(s, "1;31") }
    func yellow(_ s: String) -> String { wrap(s, "1;33") }
    func cyan(_ s: String) -> String { wrap(s, "1;36") }
    func green(_ s: String) -> String { wrap(s, "1;32") }
    func dim(_ s: String) -> String { wrap(s, "2") }

    private func wrap(_ s: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }
}
