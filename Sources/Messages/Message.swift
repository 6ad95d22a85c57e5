/// A sentence for people, as data: a catalogue key and the values that fill its placeholders.
///
/// Nothing below the command line builds user-facing text itself; it builds messages, and the edge
/// renders them in the language chosen (``Catalogue/render(_:in:)``). Keys are stable across
/// languages and releases; the catalogue holds one template per key and language.
public struct Message: Sendable, Hashable, CustomStringConvertible {
    /// The catalogue key, e.g. `rule.coverage.gap`.
    public let key: String
    /// The values of the template's placeholders, by name.
    public let arguments: [String: Argument]

    public init(_ key: String, _ arguments: [String: Argument] = [:]) {
        self.key = key
        self.arguments = arguments
    }

    /// The message in English, for logs, debugging and tests.
    public var description: String { Catalogue.render(self, in: .en) }

    /// The message in English (the same as ``description``).
    public var english: String { Catalogue.render(self, in: .en) }

    /// The message in Danish.
    public var danish: String { Catalogue.render(self, in: .da) }

    /// A value that fills a placeholder.
    public indirect enum Argument: Sendable, Hashable {
        /// A value shown as written: a content value, a path, an id, a command.
        case text(String)
        /// An entity's display name. Names change when an entity is renamed, so they are left out of
        /// a message's ``Message/identity``.
        case name(String)
        /// A whole number; also chooses the plural form of `{name:one|other}`.
        case count(Int)
        /// A calendar day: "1. januar 2018" in Danish prose, "2018-01-01" in English.
        case date(year: Int, month: Int, day: Int)
        /// Another message, rendered in the same language.
        case message(Message)
        /// Items joined as a list: "a, b og c" / "a, b and c" (or "eller" / "or").
        case list([Argument], Conjunction)
        /// A text the content gives in both languages; the reader's is shown (the other when it is empty).
        case localized(da: String, en: String)
    }

    /// How the last two items of a list are joined.
    public enum Conjunction: Sendable, Hashable {
        /// "a, b og c" / "a, b and c".
        case and
        /// "a, b eller c" / "a, b or c".
        case or
        /// "a, b, c" in both languages.
        case comma
        /// "a; b; c" in both languages.
        case semicolon
    }

    /// The message without the values that do not identify what it is about (display names), so
    /// that a finding keeps its identity when an entity it mentions is renamed.
    public var identity: String {
        var out = key
        for name in arguments.keys.sorted() {
            guard let value = arguments[name] else { continue }
            out += "|" + name + "=" + Self.identity(of: value)
        }
        return out
    }

    private static func identity(of argument: Argument) -> String {
        switch argument {
        case .text(let text): return text
        case .name: return "*"
        case .count(let n): return String(n)
        case .date(let y, let m, let d): return "\(y)-\(m)-\(d)"
        case .message(let message): return "(" + message.identity + ")"
        case .list(let items, _): return "[" + items.map(identity(of:)).joined(separator: ",") + "]"
        case .localized(let da, let en): return da + "|" + en
        }
    }
}

extension Message.Argument: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .count(value) }
}
