/*
 The reader turns UTF-8 bytes into JSONValues without recursion.

 Layout. Three stacks replace the call stack:
   frames  one entry per open array or object: where it started, and where its values and keys
           begin on the two other stacks;
   values  finished values whose container is still open, in source order;
   keys    the keys (with offsets) of the members of open objects, in source order.
 When a container closes, its slice of `values` (and of `keys`) is moved into a new array or
 object, and the stacks shrink back. Each container allocates its storage once, exactly sized.

 Example: parsing `{"a": [1, 2], "b": {}}`, just before `]`:
   frames = [object @0 values 0 keys 0, array @6 values 0 keys 1]
   values = [1, 2]          keys = [("a", @1)]
 `]` closes the array: values = [[1, 2]]; `"b"` pushes a key; `{}` closes at once:
   values = [[1, 2], {}]    keys = [("a", @1), ("b", @14)]
 `}` closes the object with members a and b, and the frames are empty: that is the document.
*/

/// The parsing state over one buffer. See the comment at the top of the file for the layout.
struct JSONReader {
    /// An array or object that is open.
    struct Frame {
        var isObject: Bool
        /// Offset of `[` or `{`.
        var start: Int
        /// Where the container's values begin on the `values` stack.
        var valueBase: Int
        /// Where the container's keys begin on the `keys` stack (objects only).
        var keyBase: Int
    }

    /// What the reader expects when it looks for a value, for messages.
    enum Expectation {
        case document, firstElement, nextElement, memberValue
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var i = 0
    var duplicates: [DuplicateKey] = []
    var frames: [Frame] = []
    var values = MovingStack<JSONValue>(capacity: 64)
    var keys = MovingStack<(key: String, offset: Int)>(capacity: 32)
    /// Reused buffer for strings with escapes.
    var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
        frames.reserveCapacity(16)
    }

    /// Frees the reader's stacks; call once, when done.
    func release() {
        values.release()
        keys.release()
    }

    /// Parses the whole buffer as one JSON text.
    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            throw JSONSyntaxError(.byteOrderMark, offset: 0)
        }
        skipWhitespace()
        if i == bytes.count { throw JSONSyntaxError(.empty, offset: i) }
        var expectation = Expectation.document
        while true {
            guard let value = try startValue(&expectation) else { continue }
            if let root = try finish(value, &expectation) { return root }
        }
    }

    /// Reads the value that starts at `i`: returns it when it is complete (a scalar or an empty
    /// container), or nil after opening a container, with `expectation` set for its first value.
    @inline(__always)
    mutating func startValue(_ expectation: inout Expectation) throws(JSONSyntaxError) -> JSONValue? {
        guard i < bytes.count else {
            throw JSONSyntaxError(.unexpectedEnd(expected: expected(expectation)), offset: i)
        }
        switch bytes[i] {
        case ._openBracket:
            try open(isObject: false)
            guard i < bytes.count, bytes[i] == ._closeBracket else {
                expectation = .firstElement
                return nil
            }
            i += 1
            return closeArray()
        case ._openBrace:
            try open(isObject: true)
            guard i < bytes.count, bytes[i] == ._closeBrace else {
                try readKey(afterComma: false)
                expectation = .memberValue
                return nil
            }
            i += 1
            return closeObject()
        default:
            return try parseScalar(expectation)
        }
    }

    /// Hands a complete value to its container, closing the containers that end after it.
    ///
    /// Returns the root when the document is complete, or nil when a next value is expected
    /// (after a `,` and, in an object, the next key), with `expectation` set for it.
    @inline(__always)
    mutating func finish(_ complete: JSONValue, _ expectation: inout Expectation) throws(JSONSyntaxError) -> JSONValue? {
        var value = complete
        while let top = frames.last {
            values.push(value)
            skipWhitespace()
            guard i < bytes.count else {
                throw JSONSyntaxError(.unexpectedEnd(expected: top.isObject ? .continueObject : .continueArray), offset: i)
            }
            let byte = bytes[i]
            if byte == ._comma {
                i += 1
                skipWhitespace()
                if top.isObject {
                    try readKey(afterComma: true)
                    expectation = .memberValue
                } else {
                    if i < bytes.count, bytes[i] == ._closeBracket {
                        throw unexpected(expected: .valueNotTrailingComma)
                    }
                    expectation = .nextElement
                }
                return nil
            }
            if top.isObject, byte == ._closeBrace {
                i += 1
                value = closeObject()
            } else if !top.isObject, byte == ._closeBracket {
                i += 1
                value = closeArray()
            } else {
                throw unexpected(expected: top.isObject ? .afterMember : .afterElement)
            }
        }
        skipWhitespace()
        if i < bytes.count { throw unexpected(trailing: true, expected: .nothing) }
        return value
    }

    /// The words for what a value position expects.
    func expected(_ expectation: Expectation) -> JSONSyntaxError.Expected {
        switch expectation {
        case .document: return .document
        case .firstElement: return .firstElement
        case .nextElement: return .nextElement
        case .memberValue: return .memberValue(keys.last?.key ?? "")
        }
    }

    @inline(__always) mutating func skipWhitespace() {
        while i < bytes.count {
            let b = bytes[i]
            guard b == ._space || b == ._newline || b == ._return || b == ._tab else { return }
            i += 1
        }
    }

    /// Opens an array or object at `i`, checking the depth, and skips the bracket and whitespace.
    mutating func open(isObject: Bool) throws(JSONSyntaxError) {
        if frames.count >= maxDepth { throw JSONSyntaxError(.tooDeep(limit: maxDepth), offset: i) }
        frames.append(Frame(isObject: isObject, start: i, valueBase: values.count, keyBase: keys.count))
        i += 1
        skipWhitespace()
    }

    /// Reads `"key" :` and the whitespace after it, pushing the key.
    mutating func readKey(afterComma: Bool) throws(JSONSyntaxError) {
        guard i < bytes.count else {
            throw JSONSyntaxError(.unexpectedEnd(expected: afterComma ? .memberName : .memberNameOrClose), offset: i)
        }
        guard bytes[i] == ._quote else {
            if afterComma, bytes[i] == ._closeBrace {
                throw unexpected(expected: .memberNameNotTrailingComma)
            }
            throw unexpected(expected: afterComma ? .memberName : .memberNameOrClose)
        }
        let keyOffset = i
        let key = try parseString()
        keys.push((key, keyOffset))
        skipWhitespace()
        guard i < bytes.count else {
            throw JSONSyntaxError(.unexpectedEnd(expected: .colonAfter(key)), offset: i)
        }
        guard bytes[i] == ._colon else { throw unexpected(expected: .colonAfter(key)) }
        i += 1
        skipWhitespace()
    }

    /// Closes the innermost frame, an array, and returns it.
    mutating func closeArray() -> JSONValue {
        let frame = frames.removeLast()
        return JSONValue(.array(values.popArray(from: frame.valueBase)), offset: frame.start)
    }

    /// Closes the innermost frame, an object, records its duplicate keys, and returns it.
    mutating func closeObject() -> JSONValue {
        let frame = frames.removeLast()
        let count = values.count - frame.valueBase
        let members = [JSONMember](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let target = buffer.baseAddress else { return }
            for k in 0..<count {
                let key = keys.take(frame.keyBase + k)
                (target + k).initialize(
                    to: JSONMember(key: key.key, keyOffset: key.offset, value: values.take(frame.valueBase + k)))
            }
            initialized = count
        }
        values.forget(from: frame.valueBase)
        keys.forget(from: frame.keyBase)
        let object = JSONObject(members)
        if count > 1 { recordDuplicates(object) }
        return JSONValue(.object(object), offset: frame.start)
    }

    /// Appends the repeated keys of `object` to ``duplicates``.
    mutating func recordDuplicates(_ object: JSONObject) {
        guard object.hasDuplicateKeys else { return }
        let members = object.members
        var first: [String: Int] = [:]
        for (position, member) in members.enumerated() {
            guard let earlier = first[member.key] else {
                first[member.key] = position
                continue
            }
            // The dictionary groups canonically equivalent keys; confirm the bytes.
            let firstPosition =
                JSONObject.keysEqual(members[earlier].key, member.key)
                ? earlier : (object.firstIndex(forKey: member.key) ?? position)
            if firstPosition < position {
                duplicates.append(
                    DuplicateKey(
                        key: member.key, offset: member.keyOffset, firstOffset: members[firstPosition].keyOffset))
            }
        }
    }
}
