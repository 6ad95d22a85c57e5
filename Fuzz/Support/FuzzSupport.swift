// Shared by every harness (compiled into each): checks that stop the run with a message, and the
// split of one input into two parts.
#if canImport(Glibc)
    import Glibc
#endif

/// Stops the run (libFuzzer then records the input as a crash) when `condition` is false.
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatal(message()) }
}

/// Reports a broken invariant and aborts.
func fatal(_ message: String) -> Never {
    let line = Array("fuzz check failed: \(message)\n".utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    abort()
}

/// The input split at its first NUL byte: (before, after); the whole input and nothing without one.
func splitAtNUL(_ data: UnsafePointer<UInt8>, _ size: Int) -> ([UInt8], [UInt8]) {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let nul = bytes.firstIndex(of: 0) else { return (Array(bytes), []) }
    return (Array(bytes[..<nul]), Array(bytes[(nul + 1)...]))
}
