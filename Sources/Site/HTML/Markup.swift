import Messages

/// Escaping and links for markup that tryg builds itself (SVG, the feed, the sitemap, the few
/// inline elements of the templates' raw slots). Templates escape their `{{values}}` themselves;
/// everything here is for text that does not pass through a template's escaping.
enum Markup {
    /// Text escaped for HTML and XML text and attribute values (``TextEscaping/html(_:)``).
    static func escape(_ text: String) -> String { TextEscaping.html(text) }

    /// An address from the content or the configuration, when it may become a link: an absolute
    /// `http:` or `https:` URL with a host, without spaces, control characters, quotes or angle
    /// brackets. Anything else (`javascript:`, `data:`, relative paths, protocol-relative `//x`)
    /// gives nil, and the page shows the text without a link.
    static func externalURL(_ text: String?) -> String? {
        guard let text, text.utf8.count <= 2048 else { return nil }
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = text.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            rest = text.dropFirst(7)
        } else {
            return nil
        }
        guard let first = rest.unicodeScalars.first, first != "/", first != "?", first != "#" else { return nil }
        for scalar in text.unicodeScalars {
            if scalar.value <= 0x20 || scalar.value == 0x7F || "\"'<>\\`{}|^".unicodeScalars.contains(scalar) {
                return nil
            }
        }
        return text
    }

    /// A `mailto:` link for an e-mail address that has the shape `local@domain` and nothing a URL
    /// would read differently.
    static func mailURL(_ address: String?) -> String? {
        guard let address, address.utf8.count <= 254 else { return nil }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains(".") else { return nil }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_+")
        guard address.allSatisfy({ allowed.contains($0) || $0 == "@" }) else { return nil }
        return "mailto:" + address
    }

    /// A `tel:` link for a telephone number written with digits, spaces and a leading `+`.
    static func phoneURL(_ number: String?) -> String? {
        guard let number, !number.isEmpty, number.count <= 24 else { return nil }
        let digits = number.filter { $0 != " " }
        guard digits.enumerated().allSatisfy({ i, c in c.isASCII && (c.isNumber || (c == "+" && i == 0)) }) else {
            return nil
        }
        return "tel:" + digits
    }
}

/// A file of the site by its path from the site's root (`indsatser/tryg-bydel.html`), and the
/// relative links between files, so that the same output works from `file://`, under a preview
/// sub-path and at the live address.
struct SitePath: Hashable, Comparable, Sendable {
    /// The path from the site's root, without a leading slash.
    let path: String

    init(_ path: String) {
        self.path = path
    }

    /// The folder of the file ("" at the root).
    var folder: Substring {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return path[..<slash]
    }

    /// How many folders deep the file is.
    var depth: Int { path.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) } }

    /// The link from this file to `target` (`../maal/hoej-tryghed.html`), optionally with a fragment.
    func link(to target: SitePath, fragment: String? = nil) -> String {
        // By UTF-8 byte, without splitting into components: every page links dozens of files.
        let slash = UInt8(ascii: "/")
        let from = Array(path.utf8), to = Array(target.path.utf8)
        // The end of the folders both paths share: just after their last common "/".
        var common = 0, i = 0
        while i < from.count, i < to.count, from[i] == to[i] {
            if from[i] == slash { common = i + 1 }
            i += 1
        }
        var out = ""
        for byte in from[common...] where byte == slash { out += "../" }
        out += String(decoding: to[common...], as: UTF8.self)
        if let fragment { out += "#" + fragment }
        return out
    }

    static func < (a: SitePath, b: SitePath) -> Bool { a.path.utf8.lexicographicallyPrecedes(b.path.utf8) }
}
