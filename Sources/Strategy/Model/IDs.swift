/// The form of the content's ids: lower-case letters a–z, digits and single hyphens, at most 80
/// characters (`schemas/common.schema.json`, `$defs/id`).
public enum IDs {
    /// The longest id the schemas allow.
    public static let maxLength = 80

    /// Whether `text` is a well-formed id.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= maxLength else { return false }
        var previousWasHyphen = true  // no hyphen first
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-"):
                if previousWasHyphen { return false }
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !previousWasHyphen
    }
}
