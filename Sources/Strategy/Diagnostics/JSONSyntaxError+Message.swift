import JSON
import Messages

extension JSONSyntaxError {
    /// The syntax error as a catalogue message (what was expected, what was found, how to fix it).
    public var text: Message {
        switch kind {
        case .empty: return Message("syntax.empty")
        case .unexpectedEnd(let expected): return Message("syntax.unexpected-end", ["expected": expectation(expected)])
        case .unexpected(let found, let expected):
            return Message("syntax.unexpected", ["found": .text(found), "expected": expectation(expected)])
        case .trailingContent(let found): return Message("syntax.trailing-content", ["found": .text(found)])
        case .invalidLiteral(let found): return Message("syntax.invalid-literal", ["found": .text(found)])
        case .invalidNumber(let why): return Message("syntax.invalid-number", ["reason": .text(why)])
        case .invalidEscape(let escape): return Message("syntax.invalid-escape", ["escape": .text(escape)])
        case .invalidUnicodeEscape(let written, let found):
            return Message("syntax.invalid-unicode-escape", ["escape": .text(written), "found": .text(found)])
        case .unpairedHighSurrogate(let escape, let found):
            return Message("syntax.unpaired-high-surrogate", ["escape": .text(escape), "found": .text(found)])
        case .unpairedLowSurrogate(let escape): return Message("syntax.unpaired-low-surrogate", ["escape": .text(escape)])
        case .controlCharacterInString(let byte):
            if byte == 0x0A { return Message("syntax.line-break-in-string") }
            return Message("syntax.control-character", ["code": .text(Self.hex4(byte)), "escape": .text(Self.escape(byte))])
        case .unterminatedString: return Message("syntax.unterminated-string")
        case .invalidUTF8(let byte): return Message("syntax.invalid-utf8", ["byte": .text(Self.hex2(byte))])
        case .byteOrderMark: return Message("syntax.byte-order-mark")
        case .tooDeep(let limit): return Message("syntax.too-deep", ["limit": .count(limit)])
        case .tooLarge(let limit): return Message("syntax.too-large", ["limit": .count(limit)])
        }
    }

    /// What the parser expected, in words. The JSON module phrases it; shown as written.
    private func expectation(_ expected: String) -> Message.Argument { .text(expected) }

    private static func escape(_ byte: UInt8) -> String {
        switch byte {
        case 0x09: return "\\t"
        case 0x0D: return "\\r"
        case 0x08: return "\\b"
        case 0x0C: return "\\f"
        default: return "\\u" + hex4(byte)
        }
    }

    private static func hex2(_ byte: UInt8) -> String { pad(String(byte, radix: 16, uppercase: true), 2) }
    private static func hex4(_ byte: UInt8) -> String { pad(String(byte, radix: 16, uppercase: true), 4) }
    private static func pad(_ s: String, _ width: Int) -> String { String(repeating: "0", count: max(0, width - s.count)) + s }
}
