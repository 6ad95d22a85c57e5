import JSON

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A small table of object keys, looked up by their UTF-8 bytes (Unicode scalars, as JSON compares keys).
///
/// An open-addressing hash table over (length, first eight bytes): a lookup loads the instance key's
/// first word, probes a slot or two and confirms the rest of the bytes with `memcmp` only for keys
/// longer than eight bytes. Everything lives in buffers the table owns, so a lookup retains nothing.
/// - Complexity: O(1) expected per lookup.
final class KeyTable: @unchecked Sendable {  // immutable after init
    let keys: [String]
    /// Slot → key position + 1, or 0 for an empty slot; the size is a power of two.
    private let slots: UnsafeMutableBufferPointer<Int32>
    private let mask: Int
    private let lengths: UnsafeMutableBufferPointer<Int>
    /// The first eight bytes of each key (zero-padded), as loaded by ``head(_:)``.
    private let heads: UnsafeMutableBufferPointer<UInt64>
    /// Where each key's bytes start in ``bytes``.
    private let starts: UnsafeMutableBufferPointer<Int>
    private let bytes: UnsafeMutableBufferPointer<UInt8>

    init(_ keys: [String]) {
        self.keys = keys
        var size = 4
        while size < keys.count * 2 { size *= 2 }
        mask = size - 1
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0)
        lengths = .allocate(capacity: keys.count)
        heads = .allocate(capacity: keys.count)
        starts = .allocate(capacity: keys.count)
        let all = keys.flatMap { Array($0.utf8) }
        bytes = .allocate(capacity: max(all.count, 1))
        _ = bytes.initialize(from: all)
        var start = 0
        for (i, key) in keys.enumerated() {
            let utf8 = Array(key.utf8)
            lengths[i] = utf8.count
            starts[i] = start
            heads[i] = utf8.withUnsafeBufferPointer { Self.head($0) }
            start += utf8.count
        }
        // Insert in order, skipping repeats, so that a lookup finds the first occurrence.
        for i in keys.indices {
            let found = Array(keys[i].utf8).withUnsafeBufferPointer { lookup($0) }
            if found != nil { continue }
            var slot = Self.hash(lengths[i], heads[i]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(i + 1)
        }
    }

    deinit {
        slots.deallocate()
        lengths.deallocate()
        heads.deallocate()
        starts.deallocate()
        bytes.deallocate()
    }

    var count: Int { keys.count }

    /// The first eight bytes of `input`, zero-padded, in two overlapping loads for shorter keys
    /// (the same length always gives the same arrangement, which is all lookups need).
    @inline(__always)
    private static func head(_ input: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = input.baseAddress else { return 0 }
        let n = input.count, raw = UnsafeRawPointer(base)
        if n >= 8 { return raw.loadUnaligned(as: UInt64.self) }
        if n >= 4 {
            let low = UInt64(raw.loadUnaligned(as: UInt32.self))
            let high = UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
            return low | high << UInt64((n - 4) * 8)
        }
        if n >= 2 {
            let low = UInt64(raw.loadUnaligned(as: UInt16.self))
            let high = UInt64(raw.loadUnaligned(fromByteOffset: n - 2, as: UInt16.self))
            return low | high << UInt64((n - 2) * 8)
        }
        return n == 1 ? UInt64(base[0]) : 0
    }

    @inline(__always)
    private static func hash(_ length: Int, _ head: UInt64) -> Int {
        let mixed = (head ^ UInt64(truncatingIfNeeded: length)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 40)
    }

    /// The position of the key whose UTF-8 bytes are `input` (the first if repeated), or nil.
    @inline(__always)
    func lookup(_ input: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = input.count
        let h = Self.head(input)
        var slot = Self.hash(n, h) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            let i = entry - 1
            if lengths[i] == n, heads[i] == h {
                if n <= 8 { return i }
                if let q = input.baseAddress, memcmp(bytes.baseAddress! + starts[i] + 8, q + 8, n - 8) == 0 { return i }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The position of `key` in the table (the first if repeated), or nil.
    @inline(__always)
    func index(of key: String) -> Int? {
        if let found = key.utf8.withContiguousStorageIfAvailable({ lookup($0) }) { return found }
        return keys.firstIndex { JSONObject.keysEqual($0, key) }
    }
}
