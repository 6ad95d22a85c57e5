/// `unique-ids`: the units of a partner have different ids, and the goals different numbers.
///
/// Partners, goals and initiatives are unique by construction (one file each, the file name is the
/// id); what files cannot guarantee is checked here.
struct UniqueIDs: Rule {
    static let name = "unique-ids"
    static let defaultSeverity = Diagnostic.Severity.error
    static let scope = RuleScope.kinds([.partner, .goal])
    static let summary = "The units of a partner have different ids; the goals have different numbers."
    static let explanation = """
        References name a unit as "partner-id/unit-id" (strategy/README.md, References), so two units of \
        one partner with the same id make every reference to either ambiguous, and the coverage rules \
        ("Alle involverede forvaltninger … skal have mindst en igangværende indsats i hele perioden") could \
        not tell which department owns what. The goals are numbered (the seed lists five, "Målene i Tryk \
        Aalborg Version 2 er: …"): two goals with the same number are a mistake.
        """

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        var out: [RuleFinding] = []
        for partner in model.partners {
            var first: [String: Unit] = [:]
            for unit in partner.units {
                if let earlier = first[unit.id] {
                    out.append(Self.finding(
                        Self.duplicateUnit(unit.id, partner.name), at: unit.origin.appending("id"), hint: Self.unitHint,
                        related: [earlier.origin.related(Self.firstUse)], exceptions: unit.exceptions))
                } else {
                    first[unit.id] = unit
                }
            }
        }
        var numbered: [Int: Goal] = [:]
        for goal in model.goals {
            guard let number = goal.number else { continue }
            if let earlier = numbered[number] {
                out.append(Self.finding(
                    Self.duplicateNumber(number, earlier.name), at: goal.origin.appending("number"), hint: Self.goalHint,
                    related: [earlier.origin.related(Self.firstUse)], exceptions: goal.exceptions))
            } else {
                numbered[number] = goal
            }
        }
        return out
    }

    fileprivate static func duplicateUnit(_ id: String, _ partner: String) -> String {
        "\(partner) has two units with the id \"\(id)\""
    }

    fileprivate static func duplicateNumber(_ number: Int, _ other: String) -> String {
        "goal number \(number) is already used by “\(other)”"
    }

    fileprivate static let firstUse = "the first one is here"
    fileprivate static let unitHint = "give each unit its own id; references name units as \"partner-id/unit-id\""
    fileprivate static let goalHint = "number the goals 1, 2, 3, … without repeats"
}
