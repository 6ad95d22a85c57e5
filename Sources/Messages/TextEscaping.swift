/// Escapes values from the content for where they land, so that no value can act as markup or as a
/// terminal command: a name holding an escape sequence, a newline or `<script>` is shown, never obeyed.
public enum TextEscaping {
    /// A value for a terminal or a plain-text log: control characters (C0, DEL, C1), line and
    /// paragraph separators and bidirectional overrides are written as `\u{1B}`; everything else is
    /// kept. `keepTabs` keeps tabs (for quoting a source line under which a caret must line up).
    public static func terminal(_ text: String, keepTabs: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepTabs: keepTabs) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepTabs: keepTabs) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Blanks as wide as ``terminal(_:keepTabs:)`` with tabs kept writes the first `count` scalars of
    /// `text`: a space per column, a tab for a tab, so a caret under them points at scalar `count`.
    public static func terminalLead(_ text: String, scalars count: Int) -> String {
        var out = ""
        var left = count
        for scalar in text.unicodeScalars {
            guard left > 0 else { break }
            left -= 1
            if scalar == "\t" {
                out.unicodeScalars.append("\t")
            } else if needsEscape(scalar, keepTabs: true) {
                // "\u{" + hex digits + "}"
                let digits = String(scalar.value, radix: 16).count
                out.append(String(repeating: " ", count: 4 + digits))
            } else {
                out.unicodeScalars.append(" ")
            }
        }
        return out
    }

    /// Whether a scalar is a control character or an invisible direction override.
    static func needsEscape(_ scalar: Unicode.Scalar, keepTabs: Bool) -> Bool {
        switch scalar.value {
        case 0x09: return !keepTabs
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }

    /// A value inside CommonMark text (GitHub and GitLab markdown), never at the start of a line:
    /// the punctuation that can start emphasis, code, links, images, tables, autolinks or escapes
    /// mid-line is backslash-escaped, `<`, `>` and `&` become HTML entities (raw HTML is allowed in
    /// those dialects), line breaks become spaces (so a value can start no heading, list or block of
    /// its own), and control characters are written as `\u{…}`.
    public static func markdown(_ text: String) -> String {
        var out = ""
        for scalar in terminal(text.replacingLineBreaks()).unicodeScalars {
            switch scalar {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "#", "!", "|", "~", "$":
                out += "\\" + String(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A value as an inline code span: fenced by one more backtick than the longest run of backticks
    /// in it, padded with spaces when it begins or ends with a backtick; line breaks become spaces.
    /// Inside a code span nothing else is markup (CommonMark 6.1), so no other escaping is needed —
    /// and none is possible, so control characters are written as `\u{…}`.
    public static func markdownCode(_ text: String) -> String {
        let flat = terminal(text.replacingLineBreaks())
        var longest = 0, run = 0
        for scalar in flat.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let pad = flat.hasPrefix("`") || flat.hasSuffix("`") || flat.isEmpty ? " " : ""
        return fence + pad + flat + pad + fence
    }

    /// Text escaped for HTML and XML text and attribute values: `& < > " '`, and control characters
    /// other than tab and newline dropped (XML 1.0 does not allow them).
    public static func html(_ text: String) -> String {
        if !htmlNeedsEscaping(text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE
                    || scalar.value == 0xFFFF
                {
                    continue
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether ``html(_:)`` would change `text`, decided on its UTF-8 bytes (most texts need no
    /// escaping and are returned as they are).
    public static func htmlNeedsEscaping(_ text: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0x7F:
                return true
            case 0x80...0x9F where previous == 0xC2:  // U+0080…U+009F
                return true
            case 0xBE...0xBF where previous == 0xBF && beforePrevious == 0xEF:  // U+FFFE, U+FFFF
                return true
            case ..<0x20 where byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\n"):
                return true
            default:
                break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}

extension String {
    /// The text with CR, LF and CRLF replaced by single spaces.
    func replacingLineBreaks() -> String {
        guard unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) else { return self }
        var out = ""
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\n" {
                if !previousWasCR { out += " " }
                previousWasCR = false
            } else if scalar == "\r" {
                out += " "
                previousWasCR = true
            } else {
                out.unicodeScalars.append(scalar)
                previousWasCR = false
            }
        }
        return out
    }
}
