import Clibgit2

/// The name of a git object: a SHA-1 hash of 20 bytes (40 hex digits).
///
/// An id is a plain value: it can be compared, hashed, sorted and sent between tasks.
/// The text form of a SHA-256 id (64 hex digits) is accepted by ``init(hex:)`` so that
/// such ids can be carried and compared, but libgit2 1.5.1 cannot look them up: asking a
/// repository for one gives a ``GitError``.
///
/// The bytes are kept in four words (big-endian), so an id needs no heap storage and
/// orders exactly as its hex text does.
public struct ObjectID: Hashable, Sendable, Comparable, CustomStringConvertible {
    private var w0: UInt64
    private var w1: UInt64
    private var w2: UInt64
    private var w3: UInt64
    /// The number of bytes: 20 (SHA-1) or 32 (SHA-256).
    public let byteCount: Int

    /// Creates an id from its raw bytes (20 or 32 of them).
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 20 || bytes.count == 32 else { return nil }
        var words: [UInt64] = [0, 0, 0, 0]
        for (offset, byte) in bytes.enumerated() {
            words[offset / 8] |= UInt64(byte) << UInt64(56 - 8 * (offset % 8))
        }
        (w0, w1, w2, w3) = (words[0], words[1], words[2], words[3])
        byteCount = bytes.count
    }

    /// Parses 40 (SHA-1) or 64 (SHA-256) hex digits, upper or lower case.
    ///
    /// Returns `nil` for anything else, including abbreviated ids: resolve those with
    /// ``Repository/resolve(_:)``.
    public init?(hex: String) {
        let utf8 = Array(hex.utf8)
        guard utf8.count == 40 || utf8.count == 64 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count / 2)
        var index = 0
        while index < utf8.count {
            guard let high = Self.nibble(utf8[index]), let low = Self.nibble(utf8[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        self.init(bytes: bytes)
    }

    /// Copies a libgit2 object id.
    init(_ oid: git_oid) {
        (w0, w1, w2) = withUnsafeBytes(of: oid.id) { raw in
            (
                UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
                UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)),
                UInt64(UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self))) << 32
            )
        }
        w3 = 0
        byteCount = 20
    }

    /// Copies the object id libgit2 points at.
    init(_ oid: UnsafePointer<git_oid>) {
        self.init(oid.pointee)
    }

    /// The id made of 20 zero bytes, which git uses to mean "no object".
    public static let zero = ObjectID(words: 0, 0, 0, 0, byteCount: 20)

    private init(words a: UInt64, _ b: UInt64, _ c: UInt64, _ d: UInt64, byteCount: Int) {
        (w0, w1, w2, w3) = (a, b, c, d)
        self.byteCount = byteCount
    }

    /// The raw bytes of the id.
    public var bytes: [UInt8] {
        let words = [w0, w1, w2, w3]
        return (0..<byteCount).map { UInt8(truncatingIfNeeded: words[$0 / 8] >> UInt64(56 - 8 * ($0 % 8))) }
    }

    /// The full id as lowercase hex digits.
    public var hex: String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(byteCount * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The full id as lowercase hex digits.
    public var description: String { hex }

    /// The first seven hex digits, as `git log --oneline` shows them.
    public var short: String { String(hex.prefix(7)) }

    /// Whether the id is the all-zero id.
    public var isZero: Bool { w0 == 0 && w1 == 0 && w2 == 0 && w3 == 0 }

    /// Orders ids as their hex text orders.
    public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool {
        (lhs.w0, lhs.w1, lhs.w2, lhs.w3, lhs.byteCount) < (rhs.w0, rhs.w1, rhs.w2, rhs.w3, rhs.byteCount)
    }

    /// The libgit2 form of the id, or an error for SHA-256 ids, which the libgit2 tryg is built with (1.5.1) cannot use.
    func oid() throws(GitError) -> git_oid {
        guard byteCount == 20 else {
            throw GitError(
                code: GitError.Code.invalidSpec, klass: GitError.Class.invalid,
                message: Messages.sha256ID("object id \(hex)")
            )
        }
        var oid = git_oid()
        let raw = bytes
        withUnsafeMutableBytes(of: &oid.id) { target in
            for (offset, byte) in raw.enumerated() { target[offset] = byte }
        }
        return oid
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
