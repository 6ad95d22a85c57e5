/// Character classes for the Bidi rule (RFC 5893) and the zero-width non-joiner rule (RFC 5892 A.1).
///
/// The Swift standard library exposes neither Bidi_Class nor Joining_Type, so both are
/// approximated from general categories and the blocks of right-to-left and joining scripts.
extension FormatChecker {
    /// The Bidi_Class values that the Bidi rule distinguishes.
    enum BidiClass { case l, r, al, an, en, es, cs, et, on, bn, nsm }

    /// Joining_Type values used by the zero-width non-joiner rule.
    enum JoiningType { case left, dual, right, transparent, none }

    /// Whether a domain, given as its U-labels, satisfies the Bidi rule of RFC 5893 section 2.
    ///
    /// The rule applies only to a "Bidi domain name", one with a right-to-left or Arabic-number character.
    static func satisfiesBidiRule(_ labels: [[Unicode.Scalar]]) -> Bool {
        // Nothing below U+0590 is right-to-left or an Arabic number: the common case is done.
        if labels.allSatisfy({ $0.allSatisfy { $0.value < 0x590 } }) { return true }
        let classes = labels.map { $0.map(bidiClass) }
        let isBidiDomain = classes.contains { $0.contains { $0 == .r || $0 == .al || $0 == .an } }
        return !isBidiDomain || classes.allSatisfy(satisfiesBidiRule(label:))
    }

    private static func satisfiesBidiRule(label: [BidiClass]) -> Bool {
        guard let first = label.first, let last = label.last(where: { $0 != .nsm }) else { return false }
        switch first {
        case .r, .al:
            return !label.contains(.l) && [.r, .al, .en, .an].contains(last)
                && !(label.contains(.en) && label.contains(.an))
        case .l:
            return !label.contains { $0 == .r || $0 == .al || $0 == .an } && (last == .l || last == .en)
        default:
            return false
        }
    }

    /// An approximation of Bidi_Class that is exact for the characters valid in host names.
    static func bidiClass(_ scalar: Unicode.Scalar) -> BidiClass {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            return byte.isASCIIAlpha ? .l : byte.isASCIIDigit ? .en : byte == UInt8(ascii: "-") ? .es : .on
        }
        switch value {
        case 0x30...0x39, 0x6F0...0x6F9, 0xB2, 0xB3, 0xB9, 0xFF10...0xFF19: return .en
        case 0x600...0x605, 0x660...0x669, 0x66B, 0x66C, 0x6DD, 0x890, 0x891, 0x8E2, 0x10D30...0x10D39,
            0x10E60...0x10E7E:
            return .an
        case 0x2B, 0x2D: return .es
        case 0x2C, 0x2E, 0x2F, 0x3A, 0xA0, 0x60C: return .cs
        case 0x23...0x25, 0xA2...0xA5, 0xB0, 0xB1, 0x66A: return .et
        case 0x200B...0x200D: return .bn
        default: break
        }
        let category = scalar.properties.generalCategory
        if category == .nonspacingMark || category == .enclosingMark { return .nsm }
        switch value {
        case 0x590...0x5FF, 0x7C0...0x85F, 0xFB1D...0xFB4F, 0x10800...0x10CFF, 0x10D40...0x10EBF,
            0x10F00...0x10F2F, 0x1E800...0x1EC6F:
            return .r
        case 0x600...0x7BF, 0x860...0x8FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF, 0x10D00...0x10D3F,
            0x10EC0...0x10EFF, 0x10F30...0x10F6F, 0x1EC70...0x1EEFF:
            return .al
        default: break
        }
        switch category {
        case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter,
            .spacingMark, .decimalNumber, .letterNumber:
            return .l
        default:
            return value == 0xF0B ? .l : .on
        }
    }

    /// An approximation of Joining_Type: marks are transparent; letters of the joining scripts are
    /// dual-joining except the listed right-joining Arabic and Syriac letters.
    static func joiningType(_ scalar: Unicode.Scalar) -> JoiningType {
        let value = scalar.value
        let category = scalar.properties.generalCategory
        if category == .nonspacingMark || category == .enclosingMark
            || (category == .format && value != 0x200C && value != 0x200D)
        {
            return .transparent
        }
        switch value {
        case 0x622...0x625, 0x627, 0x629, 0x62F...0x632, 0x648, 0x671...0x673, 0x675...0x677, 0x688...0x699,
            0x6C0, 0x6C3...0x6CB, 0x6CD, 0x6CF, 0x6D2, 0x6D3, 0x6D5, 0x6EE, 0x6EF, 0x710, 0x715...0x719,
            0x71E, 0x728, 0x72A, 0x72C, 0x72F, 0x74D, 0x759...0x75B, 0x76B, 0x76C, 0x771, 0x773, 0x774,
            0x778, 0x779, 0x8AA...0x8AC, 0x8AE, 0x8B1, 0x8B2, 0x8B9:
            return .right
        case 0x621, 0x674:
            return .none
        case 0x620...0x77F, 0x7CA...0x7EA, 0x8A0...0x8FF, 0x1820...0x1878, 0xA840...0xA872, 0x10AC0...0x10AFF,
            0x10B80...0x10BAF, 0x10D00...0x10D23, 0x10F30...0x10F54, 0x1E900...0x1E943:
            let isLetter = category == .otherLetter || category == .lowercaseLetter || category == .uppercaseLetter
            return isLetter ? .dual : .none
        default:
            return .none
        }
    }
}
