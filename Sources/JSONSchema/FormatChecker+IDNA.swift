import Foundation

/// Internationalised host names (IDNA2008: RFC 5890, 5891, 5892 and the Bidi rule of RFC 5893).
///
/// The derived property of RFC 5892 is computed from the Unicode properties of the Swift standard
/// library rather than from a table. Contextual rules that need data the standard library does not
/// expose (Script, Joining_Type, Bidi_Class) use block ranges: exact for the cases of the test
/// suite and common text, approximate at the edges of rarely used scripts.
extension FormatChecker {
    /// The label separators of RFC 3490 section 3.1: full stop and its ideographic forms.
    private static func isLabelSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x3002, 0xFF0E, 0xFF61: return true
        default: return false
        }
    }

    /// `idn-hostname`: labels that are ASCII host name labels, valid A-labels or valid U-labels,
    /// each at most 63 octets in A-label form, at most 253 octets in all, satisfying the Bidi rule.
    ///
    /// - Parameter requireNFC: whether U-labels must be in Unicode Normalization Form C, as RFC 5891
    ///   requires (`idn-email` domains are not held to it, as the test suite expects).
    static func isIDNHostname(_ value: String, requireNFC: Bool) -> Bool {
        // Every scalar is at least one octet of the A-label form: this bounds the work below.
        guard value.unicodeScalars.count <= 253 else { return false }
        // Plain ASCII without "--" has no A-label and no right-to-left text: the ASCII rules decide.
        if value.utf8.allSatisfy({ $0 < 0x80 }), !value.utf8.contains(UInt8(ascii: "-")) || !value.contains("--") {
            return withBytes(value, isHostname)
        }
        var labels: [[Unicode.Scalar]] = [[]]
        for scalar in value.unicodeScalars {
            if isLabelSeparator(scalar) {
                labels.append([])
            } else if scalar.isASCII, (0x41...0x5A).contains(scalar.value) {
                labels[labels.count - 1].append(Unicode.Scalar(UInt8(scalar.value) | 0x20))
            } else {
                labels[labels.count - 1].append(scalar)
            }
        }
        var total = labels.count - 1
        var uLabels: [[Unicode.Scalar]] = []
        for label in labels {
            guard let (uLabel, length) = checkLabel(label, requireNFC: requireNFC) else { return false }
            uLabels.append(uLabel)
            total += length
        }
        return total <= 253 && satisfiesBidiRule(uLabels)
    }

    /// Checks one label; returns its U-label form and its length in octets as an A-label.
    private static func checkLabel(_ label: [Unicode.Scalar], requireNFC: Bool) -> ([Unicode.Scalar], Int)? {
        guard !label.isEmpty else { return nil }
        if label.allSatisfy(\.isASCII) {
            let bytes = label.map { UInt8($0.value) }
            let ok = bytes.withUnsafeBufferPointer { isLDHLabel($0[...]) }
            guard ok else { return nil }
            guard bytes.count >= 4, bytes[2] == UInt8(ascii: "-"), bytes[3] == UInt8(ascii: "-") else {
                return (label, label.count)
            }
            // isLDHLabel has checked that a label with "--" here starts with "xn--".
            guard let decoded = uLabel(fromALabel: String(decoding: bytes, as: UTF8.self)) else { return nil }
            return (decoded, label.count)
        }
        guard label.count <= 59, isValidULabel(label, requireNFC: requireNFC) else { return nil }
        let length = 4 + Punycode.encode(label).utf8.count
        return length <= 63 ? (label, length) : nil
    }

    /// Decodes and validates a lower-case A-label (`xn--…`); nil unless it is a valid A-label.
    ///
    /// Valid means: the Punycode decodes, contains a non-ASCII character, encodes back to the same
    /// text, and the result is a valid U-label.
    static func uLabel(fromALabel text: String) -> [Unicode.Scalar]? {
        let body = String(text.dropFirst(4))
        guard let scalars = Punycode.decode(body), scalars.contains(where: { !$0.isASCII }),
            Punycode.encode(scalars) == body, isValidULabel(scalars, requireNFC: true)
        else { return nil }
        return scalars
    }

    /// Whether `label` is a valid U-label (RFC 5891 section 5.4) apart from the Bidi rule.
    static func isValidULabel(_ label: [Unicode.Scalar], requireNFC: Bool) -> Bool {
        guard let first = label.first, let last = label.last, first != "-", last != "-",
            !(label.count >= 4 && label[2] == "-" && label[3] == "-")
        else { return false }
        guard !isMark(first) else { return false }
        // A character that is not NFC on its own is DISALLOWED (Unstable) anyway, so only
        // sequences with a combining mark can fail the NFC check: skip the costly call otherwise.
        if requireNFC, label.contains(where: isMark) {
            let text = String(String.UnicodeScalarView(label))
            guard Array(text.precomposedStringWithCanonicalMapping.unicodeScalars) == label else { return false }
        }
        for index in label.indices {
            switch idnaProperty(label[index]) {
            case .pvalid: continue
            case .disallowed: return false
            case .contextJ: guard satisfiesContextJ(label, at: index) else { return false }
            case .contextO: guard satisfiesContextO(label, at: index) else { return false }
            }
        }
        return true
    }

    /// Whether `scalar` is a combining mark (general category M).
    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// The IDNA2008 derived property values (RFC 5892 section 2).
    enum IDNAProperty { case pvalid, contextJ, contextO, disallowed }

    /// Computes the derived property of `scalar` in the order of RFC 5892 section 3.
    static func idnaProperty(_ scalar: Unicode.Scalar) -> IDNAProperty {
        let value = scalar.value
        switch value {
        case 0xDF, 0x3C2, 0x6FD, 0x6FE, 0xF0B, 0x3007: return .pvalid
        case 0xB7, 0x375, 0x5F3, 0x5F4, 0x30FB, 0x660...0x669, 0x6F0...0x6F9: return .contextO
        case 0x640, 0x7FA, 0x302E, 0x302F, 0x3031...0x3035, 0x303B: return .disallowed
        case 0x61...0x7A, 0x30...0x39, 0x2D: return .pvalid
        case 0x200C, 0x200D: return .contextJ
        case 0...0x7F: return .disallowed  // upper case (Unstable), controls, space, punctuation
        default: break
        }
        let properties = scalar.properties
        if properties.generalCategory == .unassigned || properties.changesWhenNFKCCaseFolded
            || properties.isDefaultIgnorableCodePoint || properties.isWhitespace
            || properties.isNoncharacterCodePoint
        {
            return .disallowed
        }
        switch value {
        case 0x20D0...0x20FF, 0x1D100...0x1D24F, 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF:
            return .disallowed
        default: break
        }
        switch properties.generalCategory {
        case .lowercaseLetter, .uppercaseLetter, .otherLetter, .decimalNumber, .modifierLetter,
            .nonspacingMark, .spacingMark:
            return .pvalid
        default:
            return .disallowed
        }
    }

    /// The CONTEXTJ rules of RFC 5892 appendix A.1 and A.2 (zero width non-joiner and joiner).
    private static func satisfiesContextJ(_ label: [Unicode.Scalar], at index: Int) -> Bool {
        if index > 0, label[index - 1].properties.canonicalCombiningClass == .virama { return true }
        guard label[index].value == 0x200C else { return false }
        var before = index - 1
        while before >= 0, joiningType(label[before]) == .transparent { before -= 1 }
        guard before >= 0, [.left, .dual].contains(joiningType(label[before])) else { return false }
        var after = index + 1
        while after < label.count, joiningType(label[after]) == .transparent { after += 1 }
        return after < label.count && [.right, .dual].contains(joiningType(label[after]))
    }

    /// The CONTEXTO rules of RFC 5892 appendix A.3 to A.9.
    private static func satisfiesContextO(_ label: [Unicode.Scalar], at index: Int) -> Bool {
        let previous = index > 0 ? label[index - 1] : nil
        let next = index + 1 < label.count ? label[index + 1] : nil
        switch label[index].value {
        case 0xB7: return previous == "l" && next == "l"
        case 0x375: return next.map(isGreek) ?? false
        case 0x5F3, 0x5F4: return previous.map(isHebrew) ?? false
        case 0x30FB: return label.contains { $0.value != 0x30FB && isHiraganaKatakanaOrHan($0) }
        case 0x660...0x669: return !label.contains { (0x6F0...0x6F9).contains($0.value) }
        default: return !label.contains { (0x660...0x669).contains($0.value) }
        }
    }

    private static func isGreek(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x370...0x373, 0x376...0x3E1, 0x3F0...0x3FF, 0x1D26...0x1D2A, 0x1F00...0x1FFF, 0x10140...0x1018E:
            return scalar.value != 0x37E && scalar.value != 0x387
        default: return false
        }
    }

    private static func isHebrew(_ scalar: Unicode.Scalar) -> Bool {
        (0x591...0x5F4).contains(scalar.value) || (0xFB1D...0xFB4F).contains(scalar.value)
    }

    private static func isHiraganaKatakanaOrHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3041...0x309F, 0x30A0...0x30FF, 0x31F0...0x31FF, 0x32D0...0x32FE, 0x3300...0x3357,
            0xFF66...0xFF9D, 0x1B000...0x1B16F, 0x2E80...0x2FDF, 0x3005, 0x3007, 0x3021...0x3029,
            0x3038...0x303B, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF:
            return true
        default: return false
        }
    }
}
