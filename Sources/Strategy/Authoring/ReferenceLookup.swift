import Messages

/// Finds the entity an editor means: by id, by name, by number (goals), with Danish letters or
/// different case in either (`"høj-tryghed"`, `"Høj tryghed"`, `"1"` all mean `hoej-tryghed`), and a
/// unit by its own name (`"Skoleforvaltningen"` → `aalborg-kommune/skoleforvaltningen`).
///
/// A miss gives a message with the closest candidate ("did you mean") and, when there are few, the
/// list of valid ones.
public struct ReferenceLookup: Sendable {
    /// One thing that can be meant: its id and the words it may be called by.
    public struct Candidate: Sendable {
        public var id: String
        public var name: String
        public var aliases: [String]

        public init(id: String, name: String, aliases: [String] = []) {
            self.id = id
            self.name = name
            self.aliases = aliases
        }
    }

    /// What is looked up (for messages): "goal", "owner", "initiative", "partner".
    public let kind: String
    public let candidates: [Candidate]

    public init(kind: String, candidates: [Candidate]) {
        self.kind = kind
        self.candidates = candidates
    }

    /// The goals of a model: id, name, number.
    public static func goals(_ model: StrategyModel) -> ReferenceLookup {
        ReferenceLookup(
            kind: "goal",
            candidates: model.goals.map { goal in
                Candidate(id: goal.id, name: goal.name, aliases: goal.number.map { [String($0)] } ?? [])
            })
    }

    /// The partners and their units: "partner" and "partner/unit", by id or name.
    public static func owners(_ model: StrategyModel) -> ReferenceLookup {
        var candidates: [Candidate] = []
        for partner in model.partners {
            candidates.append(Candidate(id: partner.id, name: partner.name))
            for unit in partner.units {
                candidates.append(
                    Candidate(
                        id: "\(partner.id)/\(unit.id)", name: "\(unit.name) (\(partner.name))",
                        aliases: [unit.name, unit.id]))
            }
        }
        return ReferenceLookup(kind: "owner", candidates: candidates)
    }

    /// The partners alone, by id or name.
    public static func partners(_ model: StrategyModel) -> ReferenceLookup {
        ReferenceLookup(kind: "partner", candidates: model.partners.map { Candidate(id: $0.id, name: $0.name) })
    }

    /// The initiatives, by id, name or former name.
    public static func initiatives(_ model: StrategyModel) -> ReferenceLookup {
        ReferenceLookup(
            kind: "initiative",
            candidates: model.initiatives.map { initiative in
                Candidate(id: initiative.id, name: initiative.name, aliases: initiative.formerNames.map(\.name))
            })
    }

    /// The id `text` means, or a message saying why there is none.
    public func resolve(_ text: String) -> Result<String, StrategyError> {
        let trimmed = text.trimmingSpaces
        if let exact = candidates.first(where: { $0.id == trimmed }) { return .success(exact.id) }
        let key = Self.key(trimmed)
        let matches = candidates.filter { c in
            ([c.id, c.name] + c.aliases).contains { Self.key($0) == key }
        }
        if matches.count == 1, let only = matches.first { return .success(only.id) }
        if matches.count > 1 {
            return .failure(
                StrategyError(
                    Message(
                        "authoring.lookup.ambiguous",
                        [
                            "kind": .message(Message("authoring.kind.one.\(kind)")), "text": .text(text),
                            "candidates": .list(matches.map { .text($0.id) }, .or),
                        ])))
        }
        return .failure(StrategyError(unknown(text)))
    }

    /// The "did you mean" of a reference that names nothing, for the rules' findings: the entity
    /// the text means by name, number or Danish letters (`"høj-tryghed"` → `hoej-tryghed`), else the
    /// closest id; followed by the valid ids when there are few.
    public func suggestion(for text: String) -> Message.Argument {
        let meant = (try? resolve(text).get()) ?? closest(to: text)
        return .message(
            Message(
                "authoring.suggestion",
                [
                    "suggestion": RuleSupport.didYouMean(meant), "valid": meant == nil ? validList : .text(""),
                ]))
    }

    /// "; the valid ones are: …" when there are few candidates, else nothing.
    var validList: Message.Argument {
        candidates.count <= 12
            ? .message(Message("authoring.lookup.valid", ["ids": .list(candidates.map { .text($0.id) }, .comma)])) : .text("")
    }

    /// The candidate id closest to `text` after folding, if one is near.
    func closest(to text: String) -> String? {
        let key = Self.key(text)
        return RuleSupport.closest(to: key, among: candidates.map { Self.key($0.id) })
            .flatMap { folded in candidates.first { Self.key($0.id) == folded }?.id }
    }

    /// "there is no goal "x" (did you mean "y"?); the goals are: …".
    public func unknown(_ text: String) -> Message {
        let meant = closest(to: text)
        return Message(
            "authoring.lookup.unknown",
            [
                "kind": .message(Message("authoring.kind.none.\(kind)")), "text": .text(text),
                "suggestion": RuleSupport.didYouMean(meant), "valid": meant == nil ? validList : .text(""),
            ])
    }

    /// A form that ignores case, Danish letters, accents and punctuation: the id the text would give.
    static func key(_ text: String) -> String { IDDerivation.id(from: text) ?? text }
}

extension String {
    /// The string without spaces, tabs and line breaks at either end.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
