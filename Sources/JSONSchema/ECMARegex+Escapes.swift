import Foundation
import Messages

/// Escapes and character classes of ECMA-262 patterns, translated to ICU.
extension ECMARegexTranslator {
    /// ECMA `\s`: WhiteSpace and LineTerminator (tab to carriage return, space, no-break space,
    /// the Zs separators, line and paragraph separators, and the byte order mark).
    static let whitespaceBody =
        "\\x{9}-\\x{D}\\x{20}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}"

    /// One element of a character class: a single scalar (usable as a range bound) or a set.
    enum ClassAtom {
        case scalar(UInt32)
        case set(String)
    }

    /// Parses the escape after `\` outside a class and writes it.
    mutating func parseAtomEscape() throws(ECMARegexError) {
        advance()
        guard let scalar = peek() else { throw error(.escapeAtEnd) }
        if let set = try parseClassEscape() {
            output += set
        } else if ("1"..."9").contains(scalar) {
            try backreference(readNumber())
        } else if scalar == "k" {
            advance()
            try namedBackreference()
        } else if let value = try parseCharacterEscape(inClass: false) {
            output += Self.literal(value)
        } else {
            throw error(.invalidEscape(escaped: scalar))
        }
    }

    /// Parses `[…]` and writes it as an ICU set.
    mutating func parseClass() throws(ECMARegexError) {
        advance()
        let negated = consume("^")
        if consume("]") {
            // `[]` matches nothing, `[^]` matches any character including line terminators.
            output += negated ? Self.anyScalar : "[^\\x{0}-\\x{10FFFF}]"
            return
        }
        var body = ""
        while true {
            guard let scalar = peek() else { throw error(.unterminatedClass) }
            if scalar == "]" {
                advance()
                break
            }
            let first = try parseClassAtom()
            if peek() == "-", let after = peek(1), after != "]" {
                advance()
                let second = try parseClassAtom()
                guard case .scalar(let low) = first, case .scalar(let high) = second else {
                    throw error(.classEscapeAsBound)
                }
                guard low <= high else { throw error(.rangeOrder) }
                body += Self.classScalar(low) + "-" + Self.classScalar(high)
            } else {
                switch first {
                case .scalar(let value): body += Self.classScalar(value)
                case .set(let set): body += set
                }
            }
        }
        output += "[" + (negated ? "^" : "") + body + "]"
    }

    /// A scalar inside an ICU set, always escaped.
    static func classScalar(_ value: UInt32) -> String {
        "\\x{" + String(value, radix: 16, uppercase: true) + "}"
    }

    private mutating func parseClassAtom() throws(ECMARegexError) -> ClassAtom {
        guard let scalar = peek() else { throw error(.unterminatedClass) }
        advance()
        guard scalar == "\\" else { return .scalar(scalar.value) }
        guard let escaped = peek() else { throw error(.escapeAtEnd) }
        if escaped == "b" {
            advance()
            return .scalar(8)
        }
        if let set = try parseClassEscape() { return .set(set) }
        if let value = try parseCharacterEscape(inClass: true) { return .scalar(value) }
        throw error(.invalidClassEscape(escaped: escaped))
    }

    /// Parses `\d \D \s \S \w \W \p{…} \P{…}` (the `\` consumed) into an ICU set; nil for other escapes.
    private mutating func parseClassEscape() throws(ECMARegexError) -> String? {
        guard let scalar = peek() else { return nil }
        switch scalar {
        case "d":
            advance()
            return "[0-9]"
        case "D":
            advance()
            return "[^0-9]"
        case "w":
            advance()
            return "[A-Za-z0-9_]"
        case "W":
            advance()
            return "[^A-Za-z0-9_]"
        case "s":
            advance()
            return "[\(Self.whitespaceBody)]"
        case "S":
            advance()
            return "[^\(Self.whitespaceBody)]"
        case "p", "P":
            advance()
            guard consume("{") else { throw error(.propertyEscape(scalar)) }
            var name = ""
            while let next = peek(), next != "}" {
                guard next.isASCII,
                    next.properties.isAlphabetic || ("0"..."9").contains(next) || next == "_"
                        || next == "="
                else { throw error(.propertyName(scalar)) }
                name.unicodeScalars.append(next)
                advance()
            }
            guard consume("}"), !name.isEmpty else { throw error(.propertyEscape(scalar)) }
            let icu = "\\\(scalar){\(name)}"
            if isFinalPass, (try? NSRegularExpression(pattern: icu, options: [])) == nil {
                throw error(.unknownProperty(name))
            }
            return icu
        default:
            return nil
        }
    }

    /// Parses a CharacterEscape (the `\` consumed) into a scalar value; nil if it is not one.
    private mutating func parseCharacterEscape(inClass: Bool) throws(ECMARegexError) -> UInt32? {
        guard let scalar = peek() else { return nil }
        switch scalar {
        case "t":
            advance()
            return 0x09
        case "n":
            advance()
            return 0x0A
        case "v":
            advance()
            return 0x0B
        case "f":
            advance()
            return 0x0C
        case "r":
            advance()
            return 0x0D
        case "c":
            guard let letter = peek(1), letter.isASCII, letter.properties.isAlphabetic else {
                throw error(.controlEscape)
            }
            advance(2)
            return letter.value % 32
        case "0":
            if let next = peek(1), ("0"..."9").contains(next) { throw error(.octalEscape) }
            advance()
            return 0
        case "x":
            advance()
            guard let value = readHex(count: 2) else { throw error(.hexEscape) }
            return value
        case "u":
            advance()
            return try parseUnicodeEscape()
        case "^", "$", "\\", ".", "*", "+", "?", "(", ")", "[", "]", "{", "}", "|", "/":
            advance()
            return scalar.value
        case "-" where inClass:
            advance()
            return scalar.value
        default:
            return nil
        }
    }

    /// Parses `\uXXXX` (joining an escaped surrogate pair) or `\u{X…}` after the `u`.
    private mutating func parseUnicodeEscape() throws(ECMARegexError) -> UInt32 {
        if consume("{") {
            var value: UInt32 = 0
            var digits = 0
            while let scalar = peek(), let digit = Self.hexValue(scalar) {
                value = min(value * 16 + digit, 0x110000)
                digits += 1
                advance()
            }
            guard digits > 0, consume("}"), value <= 0x10FFFF else {
                throw error(.codePointEscape)
            }
            return value
        }
        guard let value = readHex(count: 4) else { throw error(.unicodeEscape) }
        if (0xD800...0xDBFF).contains(value), peek() == "\\", peek(1) == "u" {
            let saved = index
            advance(2)
            if let low = readHex(count: 4), (0xDC00...0xDFFF).contains(low) {
                return 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            }
            index = saved
        }
        return value
    }

    /// Reads exactly `count` hex digits, or consumes nothing and returns nil.
    private mutating func readHex(count: Int) -> UInt32? {
        var value: UInt32 = 0
        for offset in 0..<count {
            guard let scalar = peek(offset), let digit = Self.hexValue(scalar) else { return nil }
            value = value * 16 + digit
        }
        advance(count)
        return value
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 0x30
        case "a"..."f": return scalar.value - 0x61 + 10
        case "A"..."F": return scalar.value - 0x41 + 10
        default: return nil
        }
    }
}

// MARK: - Messages

extension Message {
    fileprivate static let escapeAtEnd = Message("schema-compile.regex.escape-at-end")
    fileprivate static let unterminatedClass = Message("schema-compile.regex.unterminated-class")
    fileprivate static let classEscapeAsBound = Message("schema-compile.regex.class-escape-bound")
    fileprivate static let rangeOrder = Message("schema-compile.regex.range-order")
    fileprivate static let controlEscape = Message("schema-compile.regex.c-escape")
    fileprivate static let octalEscape = Message("schema-compile.regex.octal")
    fileprivate static let hexEscape = Message("schema-compile.regex.x-escape")
    fileprivate static let codePointEscape = Message("schema-compile.regex.u-brace-escape")
    fileprivate static let unicodeEscape = Message("schema-compile.regex.u-escape")

    fileprivate static func invalidEscape(escaped: Unicode.Scalar) -> Message {
        Message("schema-compile.regex.escape", ["character": .text(String(escaped))])
    }

    fileprivate static func invalidClassEscape(escaped: Unicode.Scalar) -> Message {
        Message("schema-compile.regex.class-escape", ["character": .text(String(escaped))])
    }

    /// `\p` or `\P` without a `{Name}`; the example names the placeholder in the reader's language.
    fileprivate static func propertyEscape(_ letter: Unicode.Scalar) -> Message {
        let example = "\\" + String(letter)
        return Message(
            "schema-compile.regex.property-escape", ["expected": .localized(da: example + "{Navn}", en: example + "{Name}")])
    }

    fileprivate static func propertyName(_ letter: Unicode.Scalar) -> Message {
        Message("schema-compile.regex.property-name", ["letter": .text(String(letter))])
    }

    fileprivate static func unknownProperty(_ name: String) -> Message {
        Message("schema-compile.regex.unknown-property", ["name": .text(name)])
    }
}
