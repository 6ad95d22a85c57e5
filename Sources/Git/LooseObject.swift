import Clibgit2

/// A loose object file read by tryg itself, with a bounded inflater: every step of the zlib stream
/// must make progress, the content must be exactly as long as the header says, and nothing may
/// follow the stream — as git reads loose objects. libgit2 1.5.1 loops forever on a cut-short
/// stream (libgit2 issue #7342) and writes past its buffer when the content is longer than the
/// header says (issue #7177); tryg's reader answers both with ``Damage``.
enum LooseObject {
    /// What is wrong with a loose object file.
    enum Damage: Error, Equatable {
        case truncated
        case longerThanHeader
        case shorterThanHeader
        case trailingData
        case badHeader
        case corrupt(String)
    }

    /// An object's type and content size, as its header gives them.
    struct Header: Equatable {
        var type: git_object_t
        var size: Int
    }

    /// Whether the bytes start as a zlib stream does (deflate, a valid header checksum); loose
    /// objects of git's old pack-like format do not, and are left to libgit2.
    static func isZlib(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 2 else { return false }
        return bytes[0] & 0x8F == 0x08 && (UInt16(bytes[0]) << 8 | UInt16(bytes[1])) % 31 == 0
    }

    /// Reads the header from the first bytes of the stream only.
    static func header(_ compressed: [UInt8]) throws(Damage) -> Header {
        let inflater = try Inflater()
        defer { inflater.end() }
        return try compressed.withUnsafeBufferPointer { (input) throws(Damage) -> Header in
            try inflater.readHeader(input).header
        }
    }

    /// Inflates the whole object into a buffer from `allocate` (the content's size plus one byte,
    /// which is set to zero, as libgit2 does) and returns the header.
    static func content(
        _ compressed: [UInt8], allocate: (Int) -> UnsafeMutableRawPointer?, release: (UnsafeMutableRawPointer) -> Void
    ) throws(Damage) -> (header: Header, data: UnsafeMutableRawPointer) {
        let inflater = try Inflater()
        defer { inflater.end() }
        return try compressed.withUnsafeBufferPointer { (input) throws(Damage) in
            let (header, extra) = try inflater.readHeader(input)
            guard extra.count <= header.size else { throw .longerThanHeader }
            guard let data = allocate(header.size + 1) else { throw .corrupt("out of memory") }
            let target = data.assumingMemoryBound(to: UInt8.self)
            target.update(from: extra, count: extra.count)
            do throws(Damage) {
                try inflater.inflateRest(into: target, size: header.size, written: extra.count)
            } catch {
                release(data)
                throw error
            }
            target[header.size] = 0
            return (header, data)
        }
    }
}

/// A zlib inflater whose every call must make progress. zlib keeps the address of its stream
/// structure, so the structure lives at one place in memory until ``end()``.
private struct Inflater {
    private let streamPointer: UnsafeMutablePointer<z_stream>
    private var stream: z_stream {
        get { streamPointer.pointee }
        nonmutating set { streamPointer.pointee = newValue }
    }

    init() throws(LooseObject.Damage) {
        streamPointer = .allocate(capacity: 1)
        streamPointer.initialize(to: z_stream())
        guard tryg_inflate_init(streamPointer) == Z_OK else {
            streamPointer.deallocate()
            throw .corrupt("zlib could not start")
        }
    }

    /// Frees zlib's state and the structure; the inflater is not used afterwards.
    func end() {
        inflateEnd(streamPointer)
        streamPointer.deinitialize(count: 1)
        streamPointer.deallocate()
    }

    /// Inflates up to 64 bytes, enough for any header ("commit 18446744073709551615" and a
    /// zero byte), and parses it. Returns the content bytes inflated after the header.
    func readHeader(
        _ input: UnsafeBufferPointer<UInt8>
    ) throws(LooseObject.Damage) -> (header: LooseObject.Header, extra: [UInt8]) {
        guard let base = input.baseAddress, input.count <= Int(UInt32.max) else { throw .truncated }
        streamPointer.pointee.next_in = UnsafeMutablePointer(mutating: base)
        streamPointer.pointee.avail_in = UInt32(input.count)
        var output = [UInt8](repeating: 0, count: 64)
        var produced = 0
        while produced < output.count, !output[0..<produced].contains(0) {
            let (status, progress) = output.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress.map { step(into: $0 + produced, room: buffer.count - produced) } ?? (Z_BUF_ERROR, 0)
            }
            produced += progress
            if status == Z_STREAM_END || (status == Z_OK && progress == 0) || status == Z_BUF_ERROR { break }
            if status != Z_OK { throw .corrupt(message(status)) }
        }
        guard let end = output[0..<produced].firstIndex(of: 0) else {
            throw produced < output.count ? .truncated : .badHeader
        }
        let header = try Self.parse(output[0..<end])
        return (header, Array(output[(end + 1)..<produced]))
    }

    /// Inflates the rest of the content, giving zlib one byte more than the header allows so
    /// that a longer stream is noticed.
    func inflateRest(
        into target: UnsafeMutablePointer<UInt8>, size: Int, written start: Int
    ) throws(LooseObject.Damage) {
        var written = start
        while true {
            let room = min(size + 1 - written, Int(UInt32.max))
            let availableBefore = stream.avail_in
            let (status, produced) = step(into: target + written, room: room)
            written += produced
            if written > size { throw .longerThanHeader }
            if status == Z_STREAM_END { break }
            let moved = produced > 0 || stream.avail_in != availableBefore
            if (status == Z_OK || status == Z_BUF_ERROR) && !moved {
                throw stream.avail_in == 0 ? .truncated : .corrupt("zlib made no progress")
            }
            if status != Z_OK && status != Z_BUF_ERROR { throw .corrupt(message(status)) }
        }
        if written < size { throw .shorterThanHeader }
        if stream.avail_in != 0 { throw .trailingData }
    }

    /// One call of `inflate`; returns its status and how many bytes it wrote.
    private func step(into target: UnsafeMutablePointer<UInt8>, room: Int) -> (Int32, Int) {
        streamPointer.pointee.next_out = target
        streamPointer.pointee.avail_out = UInt32(room)
        let status = inflate(streamPointer, Z_NO_FLUSH)
        return (status, room - Int(streamPointer.pointee.avail_out))
    }

    private func message(_ status: Int32) -> String {
        stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
    }

    /// Parses "type size" (the bytes before the header's zero byte).
    static func parse(_ text: ArraySlice<UInt8>) throws(LooseObject.Damage) -> LooseObject.Header {
        guard let space = text.firstIndex(of: UInt8(ascii: " ")) else { throw .badHeader }
        let type: git_object_t
        switch String(decoding: text[..<space], as: UTF8.self) {
        case "commit": type = GIT_OBJECT_COMMIT
        case "tree": type = GIT_OBJECT_TREE
        case "blob": type = GIT_OBJECT_BLOB
        case "tag": type = GIT_OBJECT_TAG
        default: throw .badHeader
        }
        let digits = text[(space + 1)...]
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy({ (48...57).contains($0) }),
            digits.count == 1 || digits.first != UInt8(ascii: "0")
        else { throw .badHeader }
        let size = digits.reduce(0) { $0 * 10 + Int($1 - 48) }
        return LooseObject.Header(type: type, size: size)
    }
}
