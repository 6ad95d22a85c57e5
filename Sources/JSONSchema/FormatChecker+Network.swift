/// IP addresses, host names and e-mail addresses.
extension FormatChecker {
    /// `ipv4` (RFC 2673 dotted-quad): four decimal octets 0–255 without leading zeros.
    static func isIPv4(_ b: Slice<FormatBytes>) -> Bool {
        var parts = 0
        var index = b.startIndex
        while true {
            let start = index
            var value = 0
            while index < b.endIndex, b[index].isASCIIDigit, index - start < 3 {
                value = value * 10 + Int(b[index] - 0x30)
                index += 1
            }
            let length = index - start
            guard length > 0, value <= 255, !(length > 1 && b[start] == UInt8(ascii: "0")) else { return false }
            parts += 1
            if parts == 4 { return index == b.endIndex }
            guard index < b.endIndex, b[index] == UInt8(ascii: ".") else { return false }
            index += 1
        }
    }

    /// `ipv6` (RFC 4291 section 2.2): eight hex groups, one `::` for a run of zero groups, and an
    /// optional trailing dotted-quad IPv4 address; no zone identifier, prefix length or brackets.
    static func isIPv6(_ b: Slice<FormatBytes>) -> Bool {
        var index = b.startIndex
        var groups = 0
        var compressed = false
        if b.count >= 2, b[index] == UInt8(ascii: ":") {
            guard b[index + 1] == UInt8(ascii: ":") else { return false }
            compressed = true
            index += 2
        }
        while index < b.endIndex {
            let start = index
            while index < b.endIndex, b[index].isASCIIHexDigit || b[index] == UInt8(ascii: ".") { index += 1 }
            if b[start..<index].contains(UInt8(ascii: ".")) {
                guard index == b.endIndex, isIPv4(b[start..<index]) else { return false }
                groups += 2
                break
            }
            guard (1...4).contains(index - start) else { return false }
            groups += 1
            if index == b.endIndex { break }
            guard b[index] == UInt8(ascii: ":"), index + 1 < b.endIndex else { return false }
            index += 1
            if b[index] == UInt8(ascii: ":") {
                guard !compressed else { return false }
                compressed = true
                index += 1
            }
        }
        return compressed ? groups <= 7 : groups == 8
    }

    /// `hostname` (RFC 1123 section 2.1, with RFC 5890 A-labels): ASCII letter-digit-hyphen labels
    /// of 1–63 octets, at most 253 octets in all, no trailing dot.
    ///
    /// A label with `--` in its third and fourth positions must be a valid A-label (`xn--` and
    /// Punycode that decodes to a valid U-label and encodes back to itself).
    static func isHostname(_ b: FormatBytes) -> Bool {
        guard !b.isEmpty, b.count <= 253 else { return false }
        var start = 0
        var hasALabel = false
        for index in 0...b.count where index == b.count || b[index] == UInt8(ascii: ".") {
            guard isLDHLabel(b[start..<index]) else { return false }
            // An A-label has "--" in its third and fourth positions ("ab-cd" is an ordinary label;
            // treating it as an A-label sent a plain ASCII name back and forth without end).
            hasALabel =
                hasALabel
                || (index - start >= 4 && b[start + 2] == UInt8(ascii: "-") && b[start + 3] == UInt8(ascii: "-"))
            start = index + 1
        }
        // A-labels are decoded and checked there, with the Bidi rule that looks at the whole domain.
        return !hasALabel || isIDNHostname(String(decoding: b, as: UTF8.self), requireNFC: true)
    }

    /// Whether `label` is an ASCII host name label; a label with `--` in positions 3 and 4 must
    /// start with `xn--` (whether it is a valid A-label is checked by `isIDNHostname`).
    static func isLDHLabel(_ label: Slice<FormatBytes>) -> Bool {
        guard (1...63).contains(label.count), label.first != UInt8(ascii: "-"), label.last != UInt8(ascii: "-")
        else { return false }
        for byte in label where !(byte.isASCIIAlpha || byte.isASCIIDigit || byte == UInt8(ascii: "-")) { return false }
        let base = label.startIndex
        guard label.count >= 4, label[base + 2] == UInt8(ascii: "-"), label[base + 3] == UInt8(ascii: "-")
        else { return true }
        return label[base] | 0x20 == UInt8(ascii: "x") && label[base + 1] | 0x20 == UInt8(ascii: "n")
    }

    /// `email` and `idn-email` (RFC 5321 section 4.1.2 `Mailbox`, RFC 6531 for the international form).
    ///
    /// The local part is a dot-string of atoms or a quoted string of at most 64 octets; the domain
    /// is a host name (an internationalised one for `idn-email`) or an address literal in brackets
    /// (`[192.0.2.1]`, `[IPv6:…]`). With `international`, non-ASCII characters are allowed in atoms
    /// and quoted strings.
    static func isEmail(_ b: FormatBytes, international: Bool) -> Bool {
        guard let at = localPartEnd(b, international: international), at <= 64 else { return false }
        let domain = b[(at + 1)...]
        guard let first = domain.first else { return false }
        if first == UInt8(ascii: "[") { return isAddressLiteral(domain) }
        if international {
            return isIDNHostname(String(decoding: domain, as: UTF8.self), requireNFC: false)
        }
        return isHostname(FormatBytes(rebasing: domain))
    }

    /// Returns the index of the `@` that ends a valid local part, or nil.
    private static func localPartEnd(_ b: FormatBytes, international: Bool) -> Int? {
        var index = 0
        if b.first == UInt8(ascii: "\"") {
            index = 1
            while index < b.count, b[index] != UInt8(ascii: "\"") {
                let byte = b[index]
                if byte == UInt8(ascii: "\\") {
                    index += 1
                    guard index < b.count, b[index] >= 0x20, b[index] <= 0x7E else { return nil }
                } else if !((byte >= 0x20 && byte <= 0x7E) || (international && byte >= 0x80)) {
                    return nil
                }
                index += 1
            }
            index += 1
        } else {
            var atomStart = 0
            while index < b.count, b[index] != UInt8(ascii: "@") {
                let byte = b[index]
                if byte == UInt8(ascii: ".") {
                    guard index > atomStart else { return nil }
                    atomStart = index + 1
                } else if !(isAtext(byte) || (international && byte >= 0x80)) {
                    return nil
                }
                index += 1
            }
            guard index > atomStart else { return nil }
        }
        guard index < b.count, b[index] == UInt8(ascii: "@") else { return nil }
        return index
    }

    /// RFC 5322 `atext`: letters, digits and ``!#$%&'*+-/=?^_`{|}~``.
    private static func isAtext(_ byte: UInt8) -> Bool {
        if byte.isASCIIAlpha || byte.isASCIIDigit { return true }
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "/"),
            UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"),
            UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// An RFC 5321 address literal: `[IPv4]` or `[IPv6:address]` (tag case-insensitive).
    private static func isAddressLiteral(_ b: Slice<FormatBytes>) -> Bool {
        guard b.count >= 3, b.last == UInt8(ascii: "]") else { return false }
        let inner = b[(b.startIndex + 1)..<(b.endIndex - 1)]
        let tag = Array("ipv6:".utf8)
        if inner.count > tag.count, zip(inner, tag).allSatisfy({ $0 | 0x20 == $1 }) {
            return isIPv6(inner.dropFirst(tag.count))
        }
        return isIPv4(inner)
    }
}
