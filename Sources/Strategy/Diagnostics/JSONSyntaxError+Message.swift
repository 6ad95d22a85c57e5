import JSON
import Messages

extension JSONSyntaxError {
    /// The syntax error as a catalogue message (what was expected, what was found, how to fix it).
    public var text: Message {
        switch kind {
        case .empty: return Message("syntax.empty")
        case .unexpectedEnd(let expected): return Message("syntax.unexpected-end", ["expected": Self.argument(expected)])
        case .unexpected(let found, let expected):
            return Message("syntax.unexpected", ["found": Self.argument(found), "expected": Self.argument(expected)])
        case .trailingContent(let found): return Message("syntax.trailing-content", ["found": Self.argument(found)])
        case .invalidLiteral(let found): return Message("syntax.invalid-literal", ["found": .text(found)])
        case .invalidNumber(let why): return Message("syntax.invalid-number", ["reason": Self.argument(why)])
        case .invalidEscape(let escape): return Message("syntax.invalid-escape", ["escape": .text(escape)])
        case .invalidUnicodeEscape(let written, let found):
            return Message("syntax.invalid-unicode-escape", ["escape": .text(written), "found": Self.argument(found)])
        case .unpairedHighSurrogate(let escape, let found):
            return Message("syntax.unpaired-high-surrogate", ["escape": .text(escape), "found": Self.argument(found)])
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

    static func argument(_ expected: Expected) -> Message.Argument {
        switch expected {
        case .document: return .message(Message("syntax.expected.document"))
        case .firstElement: return .message(Message("syntax.expected.first-element"))
        case .nextElement: return .message(Message("syntax.expected.next-element"))
        case .memberValue(let key): return .message(Message("syntax.expected.member-value", ["key": .text(key)]))
        case .continueObject: return .message(Message("syntax.expected.continue-object"))
        case .continueArray: return .message(Message("syntax.expected.continue-array"))
        case .afterMember: return .message(Message("syntax.expected.after-member"))
        case .afterElement: return .message(Message("syntax.expected.after-element"))
        case .valueNotTrailingComma: return .message(Message("syntax.expected.value-not-trailing-comma"))
        case .memberNameNotTrailingComma: return .message(Message("syntax.expected.member-name-not-trailing-comma"))
        case .memberName: return .message(Message("syntax.expected.member-name"))
        case .memberNameOrClose: return .message(Message("syntax.expected.member-name-or-close"))
        case .colonAfter(let key): return .message(Message("syntax.expected.colon-after", ["key": .text(key)]))
        case .nothing: return .text("")
        }
    }

    static func argument(_ found: Found) -> Message.Argument {
        switch found {
        case .endOfFile: return .message(Message("syntax.found.end-of-file"))
        case .singleQuote: return .message(Message("syntax.found.single-quote"))
        case .lineBreak: return .message(Message("syntax.found.line-break"))
        case .character(let text): return .message(Message("syntax.found.character", ["character": .text(text)]))
        case .controlCharacter(let byte): return .message(Message("syntax.found.control-character", ["code": .text(hex4(byte))]))
        case .invalidByte(let byte): return .message(Message("syntax.found.invalid-byte", ["byte": .text(hex2(byte))]))
        case .escape(let text): return .text(text)
        }
    }

    static func argument(_ problem: NumberProblem) -> Message.Argument {
        switch problem {
        case .plusSign: return .message(Message("syntax.number.plus-sign"))
        case .leadingDot: return .message(Message("syntax.number.leading-dot"))
        case .leadingZeros: return .message(Message("syntax.number.leading-zeros"))
        case .minusWithoutDigit(let found): return .message(Message("syntax.number.minus", ["found": argument(found)]))
        case .fractionWithoutDigit(let found): return .message(Message("syntax.number.fraction", ["found": argument(found)]))
        case .exponentWithoutDigit(let found): return .message(Message("syntax.number.exponent", ["found": argument(found)]))
        case .unexpected(let found): return .message(Message("syntax.number.unexpected", ["found": argument(found)]))
        }
    }

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
