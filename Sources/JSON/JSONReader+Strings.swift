#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// MARK: - Strings

extension JSONReader {
    /// Parses a string starting at its opening quote; validates UTF-8 and escapes.
    ///
    /// Strings without escapes (the common case) become a `String` straight from the source bytes;
    /// strings with escapes are decoded into a reused scratch buffer first.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        let open = i
        i += 1
        let contentStart = i
        var seen: UInt8 = skipPlainBytes()  // bit 7 set when a non-ASCII byte was seen
        while i < bytes.count {
            let b = bytes[i]
            if b == ._quote {
                let slice = UnsafeBufferPointer(rebasing: bytes[contentStart..<i])
                i += 1
                let string = String(decoding: slice, as: UTF8.self)
                // ASCII needs no check; otherwise the decoder must not have repaired anything.
                if seen >= 0x80, !Self.isUnrepaired(string, slice) {
                    try checkUTF8(contentStart..<i - 1)
                }
                return string
            }
            if b == ._backslash { return try parseEscapedString(open: open, contentStart: contentStart) }
            if b < 0x20 {
                try checkUTF8(contentStart..<i)
                throw JSONSyntaxError(.controlCharacterInString(b), offset: i)
            }
            seen |= b
            i += 1
        }
        try checkUTF8(contentStart..<i)
        throw JSONSyntaxError(.unterminatedString, offset: open)
    }

    /// Whether `string` holds exactly the bytes of `source`, i.e. decoding replaced no ill-formed sequence.
    @inline(__always)
    static func isUnrepaired(_ string: String, _ source: UnsafeBufferPointer<UInt8>) -> Bool {
        guard string.utf8.count == source.count else { return false }
        let same = string.utf8.withContiguousStorageIfAvailable { decoded in
            guard let a = decoded.baseAddress, let b = source.baseAddress else { return decoded.count == 0 }
            return memcmp(a, b, source.count) == 0
        }
        return same ?? false
    }

    /// Moves `i` past the bytes that need no attention in a string, eight at a time, stopping
    /// before the word that holds a quote, a backslash or a control character.
    ///
    /// Returns the bytes seen or-ed together (bit 7 tells whether any was non-ASCII).
    @inline(__always)
    private mutating func skipPlainBytes() -> UInt8 {
        guard let base = bytes.baseAddress else { return 0 }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var seen: UInt64 = 0
        while i + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let quotes = word ^ (ones &* UInt64(UInt8._quote))
            let backslashes = word ^ (ones &* UInt64(UInt8._backslash))
            // A byte is zero (or below 0x20) exactly when the classic SWAR test flags some byte.
            let special = ((quotes &- ones) & ~quotes) | ((backslashes &- ones) & ~backslashes) | ((word &- ones &* 0x20) & ~word)
            if special & highs != 0 { break }
            seen |= word
            i += 8
        }
        return seen & highs != 0 ? 0x80 : 0
    }

    /// Continues ``parseString()`` at the first backslash.
    private mutating func parseEscapedString(open: Int, contentStart: Int) throws(JSONSyntaxError) -> String {
        scratch.removeAll(keepingCapacity: true)
        var runStart = contentStart
        while i < bytes.count {
            let b = bytes[i]
            if b != ._quote, b != ._backslash, b >= 0x20 {
                i += 1
                continue
            }
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            if b == ._quote {
                i += 1
                // Escapes decode to whole sequences, so the source is valid exactly when the result is.
                try checkUTF8(contentStart..<i - 1)
                return String(decoding: scratch, as: UTF8.self)
            }
            if b < 0x20 {
                try checkUTF8(contentStart..<i)
                throw JSONSyntaxError(.controlCharacterInString(b), offset: i)
            }
            try parseEscape(open: open, contentStart: contentStart)
            runStart = i
        }
        try checkUTF8(contentStart..<i)
        throw JSONSyntaxError(.unterminatedString, offset: open)
    }

    /// Decodes the escape at `i` (a backslash) into ``scratch`` and moves past it.
    private mutating func parseEscape(open: Int, contentStart: Int) throws(JSONSyntaxError) {
        let escapeStart = i
        i += 1
        guard i < bytes.count else { throw JSONSyntaxError(.unterminatedString, offset: open) }
        let b = bytes[i]
        let decoded: UInt8
        switch b {
        case ._quote, ._backslash, ._slash: decoded = b
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = 0x0A
        case UInt8(ascii: "r"): decoded = 0x0D
        case UInt8(ascii: "t"): decoded = 0x09
        case UInt8(ascii: "u"):
            i += 1
            appendUTF8(try parseUnicodeEscape(open: open, escapeStart: escapeStart))
            return
        default:
            if b < 0x20 {
                try checkUTF8(contentStart..<i)
                throw JSONSyntaxError(.controlCharacterInString(b), offset: i)
            }
            guard let length = utf8SequenceLength(at: i) else {
                try checkUTF8(contentStart..<i)
                throw JSONSyntaxError(.invalidUTF8(b), offset: i)
            }
            let character = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<i + length]), as: UTF8.self)
            try checkUTF8(contentStart..<escapeStart)
            throw JSONSyntaxError(.invalidEscape("\\" + character), offset: escapeStart)
        }
        scratch.append(decoded)
        i += 1
    }

    /// Reads the four hex digits after `\u` at `i`, and the low surrogate escape after a high one.
    private mutating func parseUnicodeEscape(open: Int, escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        let first = try readHex4(open: open, escapeStart: escapeStart)
        if first >= 0xDC00, first <= 0xDFFF {
            throw JSONSyntaxError(.unpairedLowSurrogate(written(escapeStart)), offset: escapeStart)
        }
        guard first >= 0xD800, first <= 0xDBFF else { return first }
        guard i < bytes.count else { throw JSONSyntaxError(.unterminatedString, offset: open) }
        guard i + 1 < bytes.count, bytes[i] == ._backslash, bytes[i + 1] == UInt8(ascii: "u") else {
            throw JSONSyntaxError(.unpairedHighSurrogate(written(escapeStart), found: describe(at: i)), offset: escapeStart)
        }
        let lowStart = i
        i += 2
        let second = try readHex4(open: open, escapeStart: lowStart)
        guard second >= 0xDC00, second <= 0xDFFF else {
            throw JSONSyntaxError(
                .unpairedHighSurrogate(written(escapeStart), found: .escape(written(lowStart))), offset: escapeStart)
        }
        return 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
    }

    /// The six-byte `\uXXXX` escape at `offset`, as written.
    private func written(_ offset: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<min(bytes.count, offset + 6)]), as: UTF8.self)
    }

    private mutating func readHex4(open: Int, escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard i < bytes.count else { throw JSONSyntaxError(.unterminatedString, offset: open) }
            let b = bytes[i]
            let digit: UInt8
            switch b {
            case UInt8._zero...UInt8._nine: digit = b - ._zero
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default:
                if b >= 0x80, utf8SequenceLength(at: i) == nil { throw JSONSyntaxError(.invalidUTF8(b), offset: i) }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[escapeStart..<i]), as: UTF8.self)
                throw JSONSyntaxError(.invalidUnicodeEscape(text, found: describe(at: i)), offset: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            i += 1
        }
        return value
    }

    /// Appends the UTF-8 encoding of a scalar value (never a surrogate) to ``scratch``.
    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case 0..<0x80:
            scratch.append(UInt8(scalar))
        case 0x80..<0x800:
            scratch.append(0xC0 | UInt8(scalar >> 6))
            scratch.append(0x80 | UInt8(scalar & 0x3F))
        case 0x800..<0x10000:
            scratch.append(0xE0 | UInt8(scalar >> 12))
            scratch.append(0x80 | UInt8((scalar >> 6) & 0x3F))
            scratch.append(0x80 | UInt8(scalar & 0x3F))
        default:
            scratch.append(0xF0 | UInt8(scalar >> 18))
            scratch.append(0x80 | UInt8((scalar >> 12) & 0x3F))
            scratch.append(0x80 | UInt8((scalar >> 6) & 0x3F))
            scratch.append(0x80 | UInt8(scalar & 0x3F))
        }
    }
}
