#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small table of object keys, looked up by their UTF-8 bytes (Unicode scalars, as JSON compares keys).
///
/// Keys are compared by length first and then with `memcmp`, which for the handful of keys a
/// schema names beats hashing the instance's key.
/// - Complexity: O(k) per lookup for k keys, with one `memcmp` per key of the same length.
final class KeyTable: Sendable {
    let keys: [String]
    private let bytes: [[UInt8]]
    private let lengths: [Int]

    init(_ keys: [String]) {
        self.keys = keys
        self.bytes = keys.map { Array($0.utf8) }
        self.lengths = keys.map { $0.utf8.count }
    }

    var count: Int { keys.count }

    /// The position of `key` in the table (the first if repeated), or nil.
    func index(of key: String) -> Int? {
        let found = key.utf8.withContiguousStorageIfAvailable { input -> Int? in
            for i in lengths.indices where lengths[i] == input.count {
                let equal = bytes[i].withUnsafeBufferPointer { candidate -> Bool in
                    guard let p = candidate.baseAddress, let q = input.baseAddress else { return true }
                    return memcmp(p, q, input.count) == 0
                }
                if equal { return i }
            }
            return nil
        }
        if let found { return found }
        return keys.firstIndex { InstanceEquality.sameScalars($0, key) }
    }
}
