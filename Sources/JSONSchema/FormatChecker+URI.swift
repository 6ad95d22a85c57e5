/// URIs, IRIs and their references (RFC 3986, RFC 3987) and URI templates (RFC 6570).
extension FormatChecker {
    /// Which characters a URI component allows besides `unreserved`, `pct-encoded` and `sub-delims`.
    private struct Component {
        var colon = false
        var at = false
        var slash = false
        var question = false
        var privateUse = false
    }

    private static let userinfo = Component(colon: true)
    private static let regName = Component()
    private static let path = Component(colon: true, at: true, slash: true)
    private static let query = Component(colon: true, at: true, slash: true, question: true, privateUse: true)
    private static let fragment = Component(colon: true, at: true, slash: true, question: true)

    /// `uri`, `uri-reference`, `iri` and `iri-reference` (RFC 3986 section 4.1, RFC 3987 section 2.2).
    ///
    /// - Parameters:
    ///   - international: allow the `ucschar` (and in queries `iprivate`) characters of IRIs.
    ///   - absolute: require a scheme (`uri`, `iri`) instead of allowing relative references.
    static func isURIReference(_ b: FormatBytes, international: Bool, absolute: Bool) -> Bool {
        var index = 0
        let schemeEnd = self.schemeEnd(b)
        if let schemeEnd { index = schemeEnd + 1 } else if absolute { return false }
        let hasAuthority = index + 1 < b.count && b[index] == UInt8(ascii: "/") && b[index + 1] == UInt8(ascii: "/")
        if hasAuthority {
            let start = index + 2
            index = start
            while index < b.count, !isDelimiter(b[index], slash: true) { index += 1 }
            guard isAuthority(b[start..<index], international: international) else { return false }
        }
        let pathStart = index
        while index < b.count, !isDelimiter(b[index], slash: false) { index += 1 }
        if schemeEnd == nil, !hasAuthority {
            // path-noscheme: no colon in the first segment of a relative path.
            let firstSegment = b[pathStart..<index].prefix { $0 != UInt8(ascii: "/") }
            guard !firstSegment.contains(UInt8(ascii: ":")) else { return false }
        }
        guard isComponent(b[pathStart..<index], path, international: international) else { return false }
        if index < b.count, b[index] == UInt8(ascii: "?") {
            let start = index + 1
            index = start
            while index < b.count, b[index] != UInt8(ascii: "#") { index += 1 }
            guard isComponent(b[start..<index], query, international: international) else { return false }
        }
        if index < b.count, b[index] == UInt8(ascii: "#") {
            return isComponent(b[(index + 1)...], fragment, international: international)
        }
        return index == b.count
    }

    /// The index of the `:` after a valid scheme (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`), or nil.
    private static func schemeEnd(_ b: FormatBytes) -> Int? {
        guard let first = b.first, first.isASCIIAlpha else { return nil }
        var index = 1
        while index < b.count {
            let byte = b[index]
            if byte == UInt8(ascii: ":") { return index }
            guard
                byte.isASCIIAlpha || byte.isASCIIDigit || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
                    || byte == UInt8(ascii: ".")
            else { return nil }
            index += 1
        }
        return nil
    }

    private static func isDelimiter(_ byte: UInt8, slash: Bool) -> Bool {
        byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") || (slash && byte == UInt8(ascii: "/"))
    }

    /// `authority = [ userinfo "@" ] host [ ":" port ]` with IP literals in brackets.
    private static func isAuthority(_ b: Slice<FormatBytes>, international: Bool) -> Bool {
        var hostStart = b.startIndex
        if let at = b.firstIndex(of: UInt8(ascii: "@")) {
            guard isComponent(b[b.startIndex..<at], userinfo, international: international) else { return false }
            hostStart = at + 1
        }
        var hostEnd: Int
        if hostStart < b.endIndex, b[hostStart] == UInt8(ascii: "[") {
            guard let close = b[hostStart...].firstIndex(of: UInt8(ascii: "]")),
                isIPLiteral(b[(hostStart + 1)..<close])
            else { return false }
            hostEnd = close + 1
        } else {
            hostEnd = hostStart
            while hostEnd < b.endIndex, b[hostEnd] != UInt8(ascii: ":") { hostEnd += 1 }
            guard isComponent(b[hostStart..<hostEnd], regName, international: international) else { return false }
        }
        guard hostEnd < b.endIndex else { return true }
        guard b[hostEnd] == UInt8(ascii: ":") else { return false }
        return b[(hostEnd + 1)...].allSatisfy(\.isASCIIDigit)
    }

    /// `IP-literal` contents: an IPv6 address or `IPvFuture` (`v` 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )).
    private static func isIPLiteral(_ b: Slice<FormatBytes>) -> Bool {
        guard let first = b.first else { return false }
        guard first | 0x20 == UInt8(ascii: "v") else { return isIPv6(b) }
        let rest = b.dropFirst()
        guard let dot = rest.firstIndex(of: UInt8(ascii: ".")), dot > rest.startIndex,
            rest[rest.startIndex..<dot].allSatisfy(\.isASCIIHexDigit), dot + 1 < b.endIndex
        else { return false }
        return b[(dot + 1)...].allSatisfy { isUnreserved($0) || isSubDelim($0) || $0 == UInt8(ascii: ":") }
    }

    /// Whether every character of `b` is allowed in `component`, checking percent-encodings and,
    /// for IRIs, the non-ASCII ranges of RFC 3987.
    private static func isComponent(_ b: Slice<FormatBytes>, _ component: Component, international: Bool) -> Bool {
        var index = b.startIndex
        while index < b.endIndex {
            let byte = b[index]
            if byte >= 0x80 {
                guard international, let (scalar, length) = decodeScalar(b, at: index),
                    isUCSChar(scalar) || (component.privateUse && isIPrivate(scalar))
                else { return false }
                index += length
                continue
            }
            if byte == UInt8(ascii: "%") {
                guard index + 2 < b.endIndex, b[index + 1].isASCIIHexDigit, b[index + 2].isASCIIHexDigit else { return false }
                index += 3
                continue
            }
            let allowed =
                isUnreserved(byte) || isSubDelim(byte) || (component.colon && byte == UInt8(ascii: ":"))
                || (component.at && byte == UInt8(ascii: "@")) || (component.slash && byte == UInt8(ascii: "/"))
                || (component.question && byte == UInt8(ascii: "?"))
            guard allowed else { return false }
            index += 1
        }
        return true
    }

    static func isUnreserved(_ byte: UInt8) -> Bool {
        byte.isASCIIAlpha || byte.isASCIIDigit || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~")
    }

    static func isSubDelim(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
            UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
            UInt8(ascii: "="):
            return true
        default:
            return false
        }
    }

    /// RFC 3987 `ucschar`.
    static func isUCSChar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF: return true
        case 0x10000...0xEFFFD: return value & 0xFFFF <= 0xFFFD
        default: return false
        }
    }

    /// RFC 3987 `iprivate`.
    static func isIPrivate(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0xE000...0xF8FF).contains(value) || (0xF0000...0xFFFFD).contains(value)
            || (0x100000...0x10FFFD).contains(value)
    }

    /// Decodes the UTF-8 scalar starting at `index` (the bytes come from a Swift string, so are valid).
    static func decodeScalar(_ b: Slice<FormatBytes>, at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = b[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= b.endIndex else { return nil }
        var value = UInt32(lead) & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
        for offset in 1..<length { value = value << 6 | UInt32(b[index + offset] & 0x3F) }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// `uri-template` (RFC 6570 section 2): literals and `{operator varspec,…}` expressions.
    ///
    /// The reserved operators `= , ! @ |` are rejected; an apostrophe is a valid literal, as the
    /// test suite expects.
    static func isURITemplate(_ b: FormatBytes) -> Bool {
        var index = 0
        while index < b.count {
            let byte = b[index]
            if byte == UInt8(ascii: "{") {
                guard let close = b[index...].firstIndex(of: UInt8(ascii: "}")),
                    isTemplateExpression(b[(index + 1)..<close])
                else { return false }
                index = close + 1
            } else if byte == UInt8(ascii: "%") {
                guard index + 2 < b.count, b[index + 1].isASCIIHexDigit, b[index + 2].isASCIIHexDigit else { return false }
                index += 3
            } else if byte >= 0x80 {
                guard let (scalar, length) = decodeScalar(b[...], at: index), isUCSChar(scalar) || isIPrivate(scalar)
                else { return false }
                index += length
            } else {
                guard byte > 0x20, byte != 0x7F, !"\"<>\\^`{|}".utf8.contains(byte) else { return false }
                index += 1
            }
        }
        return true
    }

    /// The inside of a template expression: an optional operator and a comma-separated variable list.
    private static func isTemplateExpression(_ b: Slice<FormatBytes>) -> Bool {
        var body = b
        if let first = body.first, "+#./;?&".utf8.contains(first) { body = body.dropFirst() }
        var start = body.startIndex
        for index in body.startIndex...body.endIndex where index == body.endIndex || body[index] == UInt8(ascii: ",") {
            guard isVarSpec(body[start..<index]) else { return false }
            start = index + 1
        }
        return true
    }

    /// `varspec = varname [ ":" max-length / "*" ]`, `varname = varchar *( ["."] varchar )`.
    private static func isVarSpec(_ b: Slice<FormatBytes>) -> Bool {
        var name = b
        if b.last == UInt8(ascii: "*") {
            name = b.dropLast()
        } else if let colon = b.firstIndex(of: UInt8(ascii: ":")) {
            let length = b[(colon + 1)...]
            guard (1...4).contains(length.count), let first = length.first, first != UInt8(ascii: "0"),
                length.allSatisfy(\.isASCIIDigit)
            else { return false }
            name = b[b.startIndex..<colon]
        }
        var index = name.startIndex
        var previousWasDot = true
        while index < name.endIndex {
            let byte = name[index]
            if byte == UInt8(ascii: ".") {
                guard !previousWasDot else { return false }
                previousWasDot = true
                index += 1
                continue
            }
            previousWasDot = false
            if byte == UInt8(ascii: "%") {
                guard index + 2 < name.endIndex, name[index + 1].isASCIIHexDigit, name[index + 2].isASCIIHexDigit
                else { return false }
                index += 3
            } else {
                guard byte.isASCIIAlpha || byte.isASCIIDigit || byte == UInt8(ascii: "_") else { return false }
                index += 1
            }
        }
        return !name.isEmpty && !previousWasDot
    }
}
