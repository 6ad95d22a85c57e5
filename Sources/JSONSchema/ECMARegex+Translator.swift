import Messages

/// Translates an ECMA-262 pattern (with the `u` flag's syntax) into an ICU pattern for
/// `NSRegularExpression`, rejecting what ECMA-262 rejects.
///
/// The translator is a recursive-descent parser over the pattern's Unicode scalars that writes
/// ICU syntax as it goes. Every literal that is not an ASCII letter or digit is written as
/// `\x{…}`, so ICU never sees one of its own metacharacters by accident; ECMA constructs whose
/// meaning differs in ICU (`.`, `^`, `$`, `\b`, `\d`, `\s`, `\w`, `[^]`, backreferences) are
/// written out explicitly. It runs twice: the first pass only collects the named groups, so
/// that forward references such as `\k<later>` can be checked and numbered.
struct ECMARegexTranslator {
    private let scalars: [Unicode.Scalar]
    private let pattern: String
    var index = 0
    private var depth = 0
    var output = ""
    /// Capturing groups opened so far, and the names of all groups (from the first pass).
    private(set) var groupCount = 0
    private(set) var groupNames: [String: Int] = [:]
    private var knownGroups: (count: Int, names: [String: Int])?
    private var multiline = false
    /// Inside a lookbehind, unbounded repetition is capped (ICU needs a bounded lookbehind length).
    private var inLookbehind = false
    static let lookbehindRepetitionLimit = 1000
    /// Whether this is the pass that writes the output (the first only collects group names).
    var isFinalPass: Bool { knownGroups != nil }
    private var dotAll = false

    /// ICU refuses nesting beyond about 99 levels; the translation adds up to two (`\b`, backreferences).
    private static let maxDepth = 64
    static let lineTerminators = "\\n\\r\\x{2028}\\x{2029}"
    static let anyScalar = "[\\x{0}-\\x{10FFFF}]"

    /// Translates `pattern`, throwing the first ECMA-262 syntax error found.
    static func translate(_ pattern: String) throws(ECMARegexError) -> String {
        var first = ECMARegexTranslator(pattern: pattern, knownGroups: nil)
        try first.run()
        var second = ECMARegexTranslator(pattern: pattern, knownGroups: (first.groupCount, first.groupNames))
        try second.run()
        // ICU refuses an empty pattern; an empty group means the same (matches everywhere).
        return second.output.isEmpty ? "(?:)" : second.output
    }

    private init(pattern: String, knownGroups: (count: Int, names: [String: Int])?) {
        self.pattern = pattern
        self.scalars = Array(pattern.unicodeScalars)
        self.knownGroups = knownGroups
    }

    private mutating func run() throws(ECMARegexError) {
        try parseDisjunction()
        if let scalar = peek() {
            throw error(scalar == ")" ? .unmatchedParenthesis : .unexpected(scalar))
        }
    }

    // MARK: Reading

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    mutating func advance(_ count: Int = 1) { index += count }

    /// Consumes `text` if the pattern continues with it.
    mutating func consume(_ text: String) -> Bool {
        let expected = Array(text.unicodeScalars)
        guard index + expected.count <= scalars.count,
            Array(scalars[index..<(index + expected.count)]) == expected
        else { return false }
        index += expected.count
        return true
    }

    /// An error at the current position (1-based, in characters).
    func error(_ problem: Message) -> ECMARegexError {
        ECMARegexError(pattern: pattern, text: .at(problem, position: min(index, scalars.count) + 1))
    }

    // MARK: Structure

    private mutating func parseDisjunction() throws(ECMARegexError) {
        try parseAlternative()
        while peek() == "|" {
            advance()
            output += "|"
            try parseAlternative()
        }
    }

    private mutating func parseAlternative() throws(ECMARegexError) {
        while let scalar = peek(), scalar != "|", scalar != ")" {
            try parseTerm()
        }
    }

    private mutating func parseTerm() throws(ECMARegexError) {
        switch peek() {
        case "^":
            advance()
            output += multiline ? "(?<![^\(Self.lineTerminators)])" : "\\A"
            try rejectQuantifier()
        case "$":
            advance()
            output += multiline ? "(?![^\(Self.lineTerminators)])" : "\\z"
            try rejectQuantifier()
        case "\\" where peek(1) == "b" || peek(1) == "B":
            let negated = peek(1) == "B"
            advance(2)
            output += Self.wordBoundary(negated: negated)
            try rejectQuantifier()
        case "("
        where peek(1) == "?"
            && (peek(2) == "=" || peek(2) == "!"
                || (peek(2) == "<" && (peek(3) == "=" || peek(3) == "!"))):
            advance(2)
            let behind = consume("<")
            let kind = peek() == "=" ? "=" : "!"
            advance()
            let saved = inLookbehind
            inLookbehind = inLookbehind || behind
            try parseGroupBody(opening: "(?" + (behind ? "<" : "") + kind)
            inLookbehind = saved
            try rejectQuantifier()
        default:
            try parseAtom()
            try parseQuantifier()
        }
    }

    /// ECMA `\b`/`\B`: a boundary between an ASCII word character and anything else.
    static func wordBoundary(negated: Bool) -> String {
        let word = "[A-Za-z0-9_]"
        return negated
            ? "(?:(?<=\(word))(?=\(word))|(?<!\(word))(?!\(word)))"
            : "(?:(?<=\(word))(?!\(word))|(?<!\(word))(?=\(word)))"
    }

    private mutating func parseAtom() throws(ECMARegexError) {
        guard let scalar = peek() else { return }
        switch scalar {
        case ".":
            advance()
            output += dotAll ? Self.anyScalar : "[^\(Self.lineTerminators)]"
        case "(":
            try parseGroup()
        case "[":
            try parseClass()
        case "\\":
            try parseAtomEscape()
        case "*", "+", "?":
            throw error(.nothingToRepeat)
        case "{":
            throw error(isQuantifierBrace() ? .nothingToRepeat : .loneOpeningBrace)
        case "}":
            throw error(.loneClosingBrace)
        case "]":
            throw error(.loneBracket)
        default:
            advance()
            output += Self.literal(scalar.value)
        }
    }

    /// A literal scalar in ICU syntax outside a class: ASCII letters and digits as is, the rest escaped.
    static func literal(_ value: UInt32) -> String {
        if let scalar = Unicode.Scalar(value), scalar.isASCII,
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
        {
            return String(Character(scalar))
        }
        return "\\x{" + String(value, radix: 16, uppercase: true) + "}"
    }

    // MARK: Groups

    private mutating func parseGroup() throws(ECMARegexError) {
        advance()
        guard peek() == "?" else {
            groupCount += 1
            try parseGroupBody(opening: "(")
            return
        }
        advance()
        if consume(":") {
            try parseGroupBody(opening: "(?:")
        } else if peek() == "<" {
            advance()
            let name = try parseGroupName()
            if knownGroups == nil {
                guard groupNames[name] == nil else { throw error(.duplicateGroupName(name)) }
                groupNames[name] = groupCount + 1
            }
            groupCount += 1
            try parseGroupBody(opening: "(")
        } else {
            try parseModifierGroup()
        }
    }

    /// Parses up to and including the `>` of a group name or `\k<name>`.
    mutating func parseGroupName() throws(ECMARegexError) -> String {
        var name = ""
        while let scalar = peek(), scalar != ">" {
            let valid =
                name.isEmpty
                ? scalar.properties.isIDStart || scalar == "$" || scalar == "_"
                : scalar.properties.isIDContinue || scalar == "$" || scalar == "\u{200C}" || scalar == "\u{200D}"
            guard valid else { throw error(.groupNameCharacter(scalar)) }
            name.unicodeScalars.append(scalar)
            advance()
        }
        guard peek() == ">", !name.isEmpty else { throw error(.invalidGroupName) }
        advance()
        return name
    }

    /// Pattern modifiers (ECMAScript 2025): `(?ims-ims:…)`.
    private mutating func parseModifierGroup() throws(ECMARegexError) {
        var adding = Set<Unicode.Scalar>(), removing = Set<Unicode.Scalar>()
        var inRemove = false
        while let scalar = peek(), scalar != ":" {
            if scalar == "-", !inRemove {
                inRemove = true
            } else if "ims".unicodeScalars.contains(scalar), !adding.contains(scalar), !removing.contains(scalar) {
                if inRemove { removing.insert(scalar) } else { adding.insert(scalar) }
            } else {
                throw error(.invalidGroup)
            }
            advance()
        }
        guard peek() == ":", !(adding.isEmpty && removing.isEmpty) else {
            throw error(.invalidGroup)
        }
        advance()
        let saved = (multiline, dotAll)
        if adding.contains("m") { multiline = true } else if removing.contains("m") { multiline = false }
        if adding.contains("s") { dotAll = true } else if removing.contains("s") { dotAll = false }
        let opening = adding.contains("i") ? "(?i:" : removing.contains("i") ? "(?-i:" : "(?:"
        try parseGroupBody(opening: opening)
        (multiline, dotAll) = saved
    }

    /// Writes `opening`, the group's disjunction and `)`, checking nesting and termination.
    private mutating func parseGroupBody(opening: String) throws(ECMARegexError) {
        depth += 1
        guard depth <= Self.maxDepth else { throw error(.groupsTooDeep(Self.maxDepth)) }
        output += opening
        try parseDisjunction()
        guard peek() == ")" else { throw error(.unterminatedGroup) }
        advance()
        output += ")"
        depth -= 1
    }

    // MARK: Quantifiers

    /// Whether the pattern continues with a `{n}`, `{n,}` or `{n,m}` quantifier.
    private func isQuantifierBrace() -> Bool {
        var offset = 1
        var digits = 0
        while let scalar = peek(offset), ("0"..."9").contains(scalar) {
            offset += 1
            digits += 1
        }
        guard digits > 0 else { return false }
        if peek(offset) == "," {
            offset += 1
            while let scalar = peek(offset), ("0"..."9").contains(scalar) { offset += 1 }
        }
        return peek(offset) == "}"
    }

    private mutating func rejectQuantifier() throws(ECMARegexError) {
        if let scalar = peek(), scalar == "*" || scalar == "+" || scalar == "?" || (scalar == "{" && isQuantifierBrace()) {
            throw error(.nothingToRepeat)
        }
    }

    private mutating func parseQuantifier() throws(ECMARegexError) {
        guard let scalar = peek() else { return }
        switch scalar {
        case "*", "+", "?":
            advance()
            let limit = Self.lookbehindRepetitionLimit
            switch scalar {
            case "*" where inLookbehind: output += "{0,\(limit)}"
            case "+" where inLookbehind: output += "{1,\(limit)}"
            default: output.unicodeScalars.append(scalar)
            }
        case "{":
            guard isQuantifierBrace() else { throw error(.incompleteQuantifier) }
            advance()
            let lower = readNumber()
            var upper: Int? = lower
            if consume(",") { upper = peek() == "}" ? nil : readNumber() }
            advance()
            if let upper, upper < lower { throw error(.quantifierOrder) }
            if upper == nil, inLookbehind { upper = lower + Self.lookbehindRepetitionLimit }
            let low = min(lower, Self.maxRepetition), high = upper.map { min($0, Self.maxRepetition) }
            output += "{\(low)" + (high == low ? "}" : ",\(high.map(String.init) ?? "")}")
        default:
            return
        }
        if consume("?") { output += "?" }
        try rejectQuantifier()
    }

    /// The largest repetition count ICU accepts; larger ECMA bounds are lowered to it.
    static let maxRepetition = 16_777_215

    /// Reads decimal digits, saturating at `Int32.max`.
    mutating func readNumber() -> Int {
        var value = 0
        while let scalar = peek(), ("0"..."9").contains(scalar) {
            value = min(value * 10 + Int(scalar.value - 0x30), Int(Int32.max))
            advance()
        }
        return value
    }

    // MARK: Backreferences

    /// Writes a backreference to group `number`, checking it exists (only known in the second pass).
    mutating func backreference(_ number: Int) throws(ECMARegexError) {
        if let knownGroups, number > knownGroups.count {
            throw error(.missingGroup(number))
        }
        output += "(?:\\\(number))"
    }

    /// Writes a named backreference `\k<name>` (the `\k` already consumed).
    mutating func namedBackreference() throws(ECMARegexError) {
        guard peek() == "<" else { throw error(.invalidNamedBackreference) }
        advance()
        let name = try parseGroupName()
        guard let knownGroups else { return }
        guard let number = knownGroups.names[name] else { throw error(.undefinedGroup(name)) }
        output += "(?:\\\(number))"
    }
}

// MARK: - Messages

extension Message {
    /// A problem of a pattern at a position (1-based, in characters).
    fileprivate static func at(_ problem: Message, position: Int) -> Message {
        Message("schema-compile.regex.at", ["problem": .message(problem), "position": .count(position)])
    }

    fileprivate static let unmatchedParenthesis = Message("schema-compile.regex.unmatched-paren")
    fileprivate static let nothingToRepeat = Message("schema-compile.regex.nothing-to-repeat")
    fileprivate static let loneOpeningBrace = Message("schema-compile.regex.lone-open-brace")
    fileprivate static let loneClosingBrace = Message("schema-compile.regex.lone-close-brace")
    fileprivate static let loneBracket = Message("schema-compile.regex.lone-bracket")
    fileprivate static let invalidGroupName = Message("schema-compile.regex.group-name")
    fileprivate static let invalidGroup = Message("schema-compile.regex.group")
    fileprivate static let unterminatedGroup = Message("schema-compile.regex.unterminated-group")
    fileprivate static let incompleteQuantifier = Message("schema-compile.regex.incomplete-quantifier")
    fileprivate static let quantifierOrder = Message("schema-compile.regex.quantifier-order")
    fileprivate static let invalidNamedBackreference = Message("schema-compile.regex.k-escape")

    fileprivate static func unexpected(_ scalar: Unicode.Scalar) -> Message {
        Message("schema-compile.regex.unexpected", ["character": .text(String(scalar))])
    }

    fileprivate static func duplicateGroupName(_ name: String) -> Message {
        Message("schema-compile.regex.duplicate-group-name", ["name": .text(name)])
    }

    fileprivate static func groupNameCharacter(_ scalar: Unicode.Scalar) -> Message {
        Message("schema-compile.regex.group-name-character", ["character": .text(String(scalar))])
    }

    fileprivate static func groupsTooDeep(_ limit: Int) -> Message {
        Message("schema-compile.regex.too-deep", ["limit": .count(limit)])
    }

    fileprivate static func missingGroup(_ number: Int) -> Message {
        Message("schema-compile.regex.missing-group", ["number": .count(number)])
    }

    fileprivate static func undefinedGroup(_ name: String) -> Message {
        Message("schema-compile.regex.undefined-group", ["name": .text(name)])
    }
}
