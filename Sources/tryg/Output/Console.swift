import Foundation

/// Standard output and error, written as bytes, with terminal detection.
struct Console: Sendable {
    let descriptor: Int32

    static let standardOutput = Console(descriptor: 1)
    static let standardError = Console(descriptor: 2)

    /// Whether the stream is a terminal (colours and progress go only there).
    var isTerminal: Bool { isatty(descriptor) == 1 }

    /// `NO_COLOR` set to anything non-empty turns colours off (no-color.org).
    static var noColorRequested: Bool {
        guard let value = ProcessInfo.processInfo.environment["NO_COLOR"] else { return false }
        return !value.isEmpty
    }

    func write(_ text: String) {
        var bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.write(descriptor, base + done, buffer.count - done)
            }
            if n <= 0 {
                if n < 0, errno == EINTR { continue }
                return  // a closed pipe: nothing more can be written
            }
            done += n
        }
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
