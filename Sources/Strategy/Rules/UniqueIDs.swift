import Messages

/// `unique-ids`: the units of a partner have different ids, and the goals different numbers.
///
/// Partners, goals and initiatives are unique by construction (one file each, the file name is the
/// id); what files cannot guarantee is checked here.
struct UniqueIDs: ModelRule {
    static let name = "unique-ids"
    static let defaultSeverity = Diagnostic.Severity.error
    static let reads: Set<ContentLayout.Kind> = [.partner, .goal]

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        var out: [RuleFinding] = []
        for partner in model.partners {
            var first: [String: Unit] = [:]
            for unit in partner.units {
                if let earlier = first[unit.id] {
                    out.append(
                        Self.finding(
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
                out.append(
                    Self.finding(
                        Self.duplicateNumber(number, earlier.name), at: goal.origin.appending("number"), hint: Self.goalHint,
                        related: [earlier.origin.related(Self.firstUse)], exceptions: goal.exceptions))
            } else {
                numbered[number] = goal
            }
        }
        return out
    }

    fileprivate static func duplicateUnit(_ id: String, _ partner: String) -> Message {
        Message("rule.unique-ids.unit", ["partner": .name(partner), "id": .text(id)])
    }

    fileprivate static func duplicateNumber(_ number: Int, _ other: String) -> Message {
        Message("rule.unique-ids.goal-number", ["number": .count(number), "goal": .name(other)])
    }

    fileprivate static let firstUse = Message("rule.unique-ids.first-use")
    fileprivate static let unitHint = Message("rule.unique-ids.unit.hint")
    fileprivate static let goalHint = Message("rule.unique-ids.goal-number.hint")
}
