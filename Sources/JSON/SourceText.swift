/// The bytes of one source file and the map from byte offsets to lines and columns.
///
/// Lines and columns are 1-based. A column counts Unicode scalars from the start of the line, so
/// `æ` is one column although it is two bytes. Lines end at LF, so CRLF files count alike (the CR
/// is the last column of its line); a lone CR does not end a line. Line starts are found once, when
/// first asked, and the class is safe to share between threads.
public final class SourceText: @unchecked Sendable {
    /// The UTF-8 bytes of the file, as read.
    public let bytes: [UInt8]
    private var lineStartsCache: [Int]?
    private let lock = Lock()

    /// A source over `bytes`.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A source over the UTF-8 bytes of `string`.
    public convenience init(_ string: String) {
        self.init(bytes: Array(string.utf8))
    }

    /// Byte offsets at which each line starts (line 1 starts at 0).
    public var lineStarts: [Int] {
        lock.withLock {
            if let cached = lineStartsCache { return cached }
            var starts = [0]
            for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
            lineStartsCache = starts
            return starts
        }
    }

    /// The 1-based line and column of a byte offset (offsets past the end map to the end).
    public func location(ofOffset offset: Int) -> SourceLocation {
        let offset = max(0, min(offset, bytes.count))
        let starts = lineStarts
        // Binary search for the last line start <= offset.
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        var column = 1
        for i in starts[lo]..<offset where bytes[i] & 0xC0 != 0x80 { column += 1 }  // scalars, not continuation bytes
        return SourceLocation(offset: offset, line: lo + 1, column: column)
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        let starts = lineStarts
        guard line >= 1, line <= starts.count else { return "" }
        let start = starts[line - 1]
        var end = line < starts.count ? starts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }
}

/// A place in a source file: byte offset, 1-based line and column.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// Byte offset from the start of the file.
    public var offset: Int
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int

    /// A location; the caller vouches that the three agree.
    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}
