/// The message catalogue: one template per key and language, and the renderer.
///
/// A template is plain text with placeholders: `{name}` is replaced by the argument `name`, and
/// `{name:one|other}` by the first or second word as the count `name` is 1 or not ("{n} {n:fil|filer}"
/// → "1 fil", "2 filer"). Braces that do not enclose a name (`{"files": …}`) are plain text. The
/// templates live in `Catalogue+Danish.swift` and `Catalogue+English.swift`; a test checks that both
/// have the same keys and that each template uses the same placeholders in both languages.
public enum Catalogue {
    /// The templates of a language, by key.
    public static func templates(_ language: Language) -> [String: String] {
        switch language {
        case .da: return danish
        case .en: return english
        }
    }

    /// A message in a language. A key that the language lacks falls back to English, and a key
    /// that no language has is shown as itself, so that nothing is ever silently dropped.
    ///
    /// `escape` is applied to every value that comes from outside tryg (texts and names), never to
    /// the catalogue's own words: values are hostile until escaped for where they land.
    public static func render(_ message: Message, in language: Language, escape: Escape? = nil) -> String {
        guard let template = parsed(language)[message.key] ?? parsedEnglish[message.key] else {
            return message.key
        }
        return fill(template, message.arguments, language, escape)
    }

    /// How values are escaped for where the text lands (a terminal, markdown, …).
    public typealias Escape = @Sendable (String) -> String

    /// One piece of a parsed template.
    enum Segment: Sendable {
        case literal(String)
        case argument(String)
        case plural(String, one: String, other: String)
    }

    /// The templates of each language, parsed once.
    static let parsedEnglish: [String: [Segment]] = english.mapValues(parse)
    static let parsedDanish: [String: [Segment]] = danish.mapValues(parse)

    static func parsed(_ language: Language) -> [String: [Segment]] {
        language == .da ? parsedDanish : parsedEnglish
    }

    /// A template as literal text and placeholders.
    static func parse(_ template: String) -> [Segment] {
        var segments: [Segment] = []
        var literal = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let placeholder = Placeholder(after), let close = after.firstIndex(of: "}") else {
                literal += "{"
                rest = after
                continue
            }
            if !literal.isEmpty { segments.append(.literal(literal)) }
            literal = ""
            if let forms = placeholder.forms {
                segments.append(.plural(placeholder.name, one: String(forms.one), other: String(forms.other)))
            } else {
                segments.append(.argument(placeholder.name))
            }
            rest = after[after.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { segments.append(.literal(literal)) }
        return segments
    }

    /// The template with its placeholders replaced.
    static func fill(
        _ template: String, _ arguments: [String: Message.Argument], _ language: Language, _ escape: Escape? = nil
    ) -> String {
        fill(parse(template), arguments, language, escape)
    }

    static func fill(
        _ segments: [Segment], _ arguments: [String: Message.Argument], _ language: Language, _ escape: Escape?
    ) -> String {
        var out = ""
        for segment in segments {
            switch segment {
            case .literal(let text):
                out += text
            case .argument(let name):
                guard let argument = arguments[name] else {
                    out += "{" + name + "}"
                    continue
                }
                out += render(argument, in: language, escape: escape)
            case .plural(let name, let one, let other):
                guard case .count(let n)? = arguments[name] else {
                    out += arguments[name] == nil ? "{" + name + ":" + one + "|" + other + "}" : other
                    continue
                }
                out += n == 1 ? one : other
            }
        }
        return out
    }

    /// The placeholder names a template uses, for the catalogue's own tests.
    public static func placeholders(in template: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            if let placeholder = Placeholder(after) { names.insert(placeholder.name) }
            rest = after
        }
        return names
    }

    /// An argument rendered on its own.
    public static func render(_ argument: Message.Argument, in language: Language, escape: Escape? = nil) -> String {
        switch argument {
        case .text(let text), .name(let text): return escape?(text) ?? text
        case .count(let n): return String(n)
        case .date(let year, let month, let day): return date(year, month, day, language)
        case .message(let message): return render(message, in: language, escape: escape)
        case .list(let items, let conjunction):
            return list(items.map { render($0, in: language, escape: escape) }, conjunction, language)
        case .localized(let da, let en):
            let text = language == .da ? (da.isEmpty ? en : da) : (en.isEmpty ? da : en)
            return escape?(text) ?? text
        }
    }

    /// "1. januar 2018" in Danish, "2018-01-01" in English.
    static func date(_ year: Int, _ month: Int, _ day: Int, _ language: Language) -> String {
        switch language {
        case .da:
            let months = [
                "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
                "november", "december",
            ]
            let name = (1...12).contains(month) ? months[month - 1] : String(month)
            return "\(day). \(name) \(year)"
        case .en:
            func pad(_ n: Int, _ width: Int) -> String {
                let s = String(n)
                return String(repeating: "0", count: max(0, width - s.count)) + s
            }
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }
    }

    /// Items joined: "a, b og c", "a, b or c", "a, b, c".
    static func list(_ items: [String], _ conjunction: Message.Conjunction, _ language: Language) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        let word: String
        switch (conjunction, language) {
        case (.comma, _): return items.joined(separator: ", ")
        case (.semicolon, _): return items.joined(separator: "; ")
        case (.and, .da): word = "og"
        case (.and, .en): word = "and"
        case (.or, .da): word = "eller"
        case (.or, .en): word = "or"
        }
        return items.dropLast().joined(separator: ", ") + " \(word) " + last
    }
}

/// One `{name}` or `{name:one|other}` placeholder, read from the text after its opening brace.
struct Placeholder {
    var name: String
    var forms: (one: Substring, other: Substring)?

    init?(_ text: Substring) {
        guard let close = text.firstIndex(of: "}") else { return nil }
        let body = text[..<close]
        let parts = body.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let head = parts.first, let first = head.unicodeScalars.first,
            first.properties.isAlphabetic, first.isASCII,
            head.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) })
        else { return nil }
        name = String(head)
        if parts.count == 2 {
            let words = parts[1].split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            guard words.count == 2 else { return nil }
            forms = (words[0], words[1])
        }
    }

    func render(_ arguments: [String: Message.Argument], _ language: Language, _ escape: Catalogue.Escape?) -> String {
        guard let argument = arguments[name] else { return "{" + name + "}" }
        if let forms {
            guard case .count(let n) = argument else { return String(forms.other) }
            return String(n == 1 ? forms.one : forms.other)
        }
        return Catalogue.render(argument, in: language, escape: escape)
    }
}
