/// The languages tryg speaks: Danish for the strategy's editors, English on request.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case da, en

    /// The language to speak, chosen as documented in the README: the command line's `--lang`
    /// first, then `TRYG_LANG`, then the repository's `tryg.json` (`"language"`), then the POSIX
    /// locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, in that order, the first one set and non-empty
    /// deciding), and English when nothing says otherwise.
    ///
    /// A locale decides only when it names a language: `C` and `POSIX` say nothing, so a repository
    /// that asks for Danish stays Danish on a CI runner whose locale is `C.UTF-8`.
    public static func choose(flag: Language?, environment: [String: String], repository: Language?) -> Language {
        if let flag { return flag }
        if let value = environment["TRYG_LANG"], let chosen = Language(prefixOf: value) { return chosen }
        if let repository { return repository }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return Language(prefixOf: value) ?? .en
        }
        return .en
    }

    /// The language a locale or language name begins with (`da_DK.UTF-8` → Danish, `en_GB` →
    /// English); nil for anything else.
    public init?(prefixOf value: String) {
        let lower = value.lowercased()
        if lower == "da" || lower.hasPrefix("da_") || lower.hasPrefix("da-") || lower.hasPrefix("da.") {
            self = .da
        } else if lower == "en" || lower.hasPrefix("en_") || lower.hasPrefix("en-") || lower.hasPrefix("en.") {
            self = .en
        } else {
            return nil
        }
    }
}
