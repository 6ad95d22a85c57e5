/// Writes ``JSONValue``s as canonical JSON text.
///
/// The output is stable, so that a file written by `tryg fmt` changes only where its content does:
/// - pretty style (the default): two spaces per level (or ``indent``), one member or element per
///   line, `"key": value` with one space after the colon, empty containers as `[]` and `{}`, and a
///   final line break;
/// - compact style (`indent == nil`): no whitespace at all and no final line break;
/// - members keep their order (duplicates included); numbers are written exactly as their
///   ``JSONNumber/literal`` (a literal outside the JSON grammar, such as that of `Double.infinity`,
///   is written as `null`);
/// - strings are escaped minimally: `"` and `\` with a backslash, control characters as `\b \f \n
///   \r \t` or `\u00XX`; everything else, `/` and non-ASCII included, is written as UTF-8.
///
/// Parsing the output gives back the same value (``JSONValue/isStructurallyEqual(to:)``), literals
/// of numbers included. The writer is iterative: no value is too deep for it.
public struct JSONWriter: Sendable {
    /// Spaces per nesting level, or nil for compact output.
    public var indent: Int?
    /// Whether the text ends with a line break.
    public var trailingNewline: Bool

    /// A writer with `indent` spaces per level (nil: compact), ending with a line break unless compact.
    public init(indent: Int? = 2, trailingNewline: Bool? = nil) {
        self.indent = indent.map { max(0, $0) }
        self.trailingNewline = trailingNewline ?? (indent != nil)
    }

    /// The canonical pretty style: two spaces, final line break.
    public static let pretty = JSONWriter()
    /// The compact style: no whitespace, no final line break.
    public static let compact = JSONWriter(indent: nil)

    /// The text of `value`.
    public func text(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    /// The UTF-8 bytes of the text of `value`.
    public func bytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(value, into: &out)
        return out
    }

    /// An open container while writing.
    private struct Open {
        var elements: [JSONValue] = []
        var members: [JSONMember] = []
        var isObject: Bool
        var next = 1
        var count: Int { isObject ? members.count : elements.count }
    }

    /// Appends the text of `value` to `out`.
    public func write(_ value: JSONValue, into out: inout [UInt8]) {
        var stack: [Open] = []
        var current = value
        outer: while true {
            switch current.kind {
            case .null: out.append(contentsOf: "null".utf8)
            case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
            case .number(let n): Self.writeNumber(n, into: &out)
            case .string(let s): Self.writeString(s, into: &out)
            case .array(let elements):
                guard let first = elements.first else {
                    out.append(contentsOf: "[]".utf8)
                    break
                }
                out.append(._openBracket)
                stack.append(Open(elements: elements, isObject: false))
                newline(depth: stack.count, into: &out)
                current = first
                continue outer
            case .object(let object):
                guard let first = object.members.first else {
                    out.append(contentsOf: "{}".utf8)
                    break
                }
                out.append(._openBrace)
                stack.append(Open(members: object.members, isObject: true))
                newline(depth: stack.count, into: &out)
                writeKey(first.key, into: &out)
                current = first.value
                continue outer
            }
            // The value is written: continue its container, or close the containers that are done.
            while let top = stack.last {
                if top.next < top.count {
                    out.append(._comma)
                    newline(depth: stack.count, into: &out)
                    if top.isObject {
                        let member = top.members[top.next]
                        writeKey(member.key, into: &out)
                        current = member.value
                    } else {
                        current = top.elements[top.next]
                    }
                    stack[stack.count - 1].next += 1
                    continue outer
                }
                stack.removeLast()
                newline(depth: stack.count, into: &out)
                out.append(top.isObject ? ._closeBrace : ._closeBracket)
            }
            break
        }
        if trailingNewline { out.append(._newline) }
    }

    private func newline(depth: Int, into out: inout [UInt8]) {
        guard let indent else { return }
        out.append(._newline)
        out.append(contentsOf: repeatElement(._space, count: indent * depth))
    }

    private func writeKey(_ key: String, into out: inout [UInt8]) {
        Self.writeString(key, into: &out)
        out.append(._colon)
        if indent != nil { out.append(._space) }
    }

    static func writeNumber(_ number: JSONNumber, into out: inout [UInt8]) {
        if number.isValidLiteral {
            out.append(contentsOf: number.literal.utf8)
        } else {
            out.append(contentsOf: "null".utf8)
        }
    }

    /// Appends `string` in quotes, escaped minimally.
    static func writeString(_ string: String, into out: inout [UInt8]) {
        out.append(._quote)
        var text = string
        text.withUTF8 { bytes in
            var runStart = 0
            for k in bytes.indices {
                let byte = bytes[k]
                guard byte < 0x20 || byte == ._quote || byte == ._backslash else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<k]))
                appendEscape(for: byte, into: &out)
                runStart = k + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(._quote)
    }

    /// Appends the shortest escape of a quote, a backslash or a control character.
    private static func appendEscape(for byte: UInt8, into out: inout [UInt8]) {
        out.append(._backslash)
        switch byte {
        case ._quote, ._backslash: out.append(byte)
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x09: out.append(UInt8(ascii: "t"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x08: out.append(UInt8(ascii: "b"))
        case 0x0C: out.append(UInt8(ascii: "f"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            out.append(contentsOf: [UInt8(ascii: "u"), ._zero, ._zero, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }
}

extension JSONValue {
    /// The canonical text of this value (see ``JSONWriter``): `indent` spaces per level and a final
    /// line break, or compact text without whitespace when `indent` is nil.
    public func canonicalText(indent: Int? = 2) -> String {
        JSONWriter(indent: indent).text(self)
    }

    /// The compact text of this value: no whitespace, no final line break.
    public var compactText: String { JSONWriter.compact.text(self) }
}

extension JSONValue: CustomStringConvertible {
    /// The compact text of the value, for messages and debugging.
    public var description: String { compactText }
}
