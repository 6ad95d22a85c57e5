/// Forms an entity's id from its Danish name, the way the strategy's ids were formed by hand:
/// lower case; æ → ae, ø → oe, å → aa; other accented letters folded to their base letter
/// (é → e, ü → u, ß → ss); everything that is not a letter or digit becomes a single hyphen; no
/// hyphen at either end; at most ``IDs/maxLength`` characters, cut at a hyphen.
///
/// `"Tryg i nattelivet 2.0"` → `tryg-i-nattelivet-2-0`; `Aalborg "FRI-TID" for handicappede` →
/// `aalborg-fri-tid-for-handicappede`; `"Bekymrende fravær i skolen"` → `bekymrende-fravaer-i-skolen`.
public enum IDDerivation {
    /// The id for `name`, or nil when the name has no letter or digit to form one from.
    public static func id(from name: String) -> String? {
        var out = ""
        var pendingHyphen = false
        for scalar in name.unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) { continue }  // a combining accent: dropped
            guard let letters = fold(scalar) else {
                pendingHyphen = !out.isEmpty
                continue
            }
            if pendingHyphen { out += "-" }
            pendingHyphen = false
            out += letters
        }
        return out.isEmpty ? nil : shortened(out)
    }

    /// The ASCII letters or digit a character folds to, or nil for a separator.
    static func fold(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "a"..."z", "0"..."9": return String(scalar)
        case "A"..."Z": return String(Character(scalar)).lowercased()
        default: break
        }
        if let special = specials[scalar] { return special }
        // Other letters: their lower case when it is ASCII (e.g. a fullwidth letter is not).
        let lower = String(Character(scalar)).lowercased()
        if lower.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) }), !lower.isEmpty {
            return lower
        }
        return nil
    }

    /// Letters beyond ASCII, as Danish ids write them.
    static let specials: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("æÆ", "ae"), ("øØ", "oe"), ("åÅ", "aa"), ("ßẞ", "ss"), ("þÞ", "th"), ("œŒ", "oe"), ("ĳĲ", "ij"),
            ("àáâãäāăąÀÁÂÃÄĀĂĄ", "a"), ("çćčÇĆČ", "c"), ("ďđðĎĐÐ", "d"), ("èéêëēėęěÈÉÊËĒĖĘĚ", "e"),
            ("ğĞ", "g"), ("ìíîïīįıÌÍÎÏĪĮİ", "i"), ("ľĺłĽĹŁ", "l"), ("ñńňÑŃŇ", "n"), ("òóôõöōőÒÓÔÕÖŌŐ", "o"),
            ("ŕřŔŘ", "r"), ("śšşŚŠŞ", "s"), ("ťţŤŢ", "t"), ("ùúûüūůűųÙÚÛÜŪŮŰŲ", "u"), ("ýÿÝŸ", "y"),
            ("źżžŹŻŽ", "z"),
        ]
        for (letters, folded) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = folded }
        }
        return table
    }()

    /// `id` cut to the longest id allowed, at a hyphen when there is one.
    static func shortened(_ id: String) -> String {
        guard id.utf8.count > IDs.maxLength else { return id }
        let head = String(id.prefix(IDs.maxLength))
        if let cut = head.lastIndex(of: "-"), cut > head.startIndex { return String(head[..<cut]) }
        return head
    }

    /// A free id near `id`: `id-2`, `id-3`, … (cut so that the suffix fits), the first that `taken`
    /// does not contain.
    public static func free(near id: String, taken: (String) -> Bool) -> String {
        var n = 2
        while true {
            let suffix = "-\(n)"
            var base = String(id.prefix(IDs.maxLength - suffix.count))
            while base.hasSuffix("-") { base.removeLast() }
            let candidate = base + suffix
            if !taken(candidate) { return candidate }
            n += 1
        }
    }
}
