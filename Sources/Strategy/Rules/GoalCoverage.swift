import Messages

/// `goal-coverage`: every goal has at least one active initiative working towards it.
struct GoalCoverage: ModelRule {
    static let name = "goal-coverage"
    static let defaultSeverity = Diagnostic.Severity.error
    static let excusable = true
    static let reads: Set<ContentLayout.Kind> = [.goal, .initiative]

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        var unpursued = Set(model.goals.map(\.id))
        var other: [String: Int] = [:]  // the first non-active initiative naming the goal, for the related location
        for i in model.initiatives.indices where !unpursued.isEmpty {  // by index: no copies; done once all are pursued
            let active = model.initiatives[i].status == .active
            for goal in model.initiatives[i].goals {
                if active { unpursued.remove(goal.value) } else if other[goal.value] == nil { other[goal.value] = i }
            }
        }
        return model.goals.compactMap { goal in
            guard unpursued.contains(goal.id) else { return nil }
            let related =
                other[goal.id].map { i in [model.initiatives[i].origin.related(Self.formerMessage(model.initiatives[i]))] } ?? []
            return Self.finding(
                Self.message(goal), at: goal.origin.appending("name"), hint: Self.hint(goal), related: related,
                exceptions: goal.exceptions)
        }
    }

    fileprivate static func message(_ goal: Goal) -> Message {
        guard let number = goal.number else { return Message("rule.goal-coverage.message", ["goal": .name(goal.name)]) }
        return Message("rule.goal-coverage.message.numbered", ["number": .count(number), "goal": .name(goal.name)])
    }

    fileprivate static func hint(_ goal: Goal) -> Message {
        Message("rule.goal-coverage.hint", ["id": .text(goal.id)])
    }

    fileprivate static func formerMessage(_ initiative: Initiative) -> Message {
        Message(
            "rule.goal-coverage.not-active",
            ["initiative": .name(initiative.name), "status": .text(initiative.status?.rawValue ?? "unknown")])
    }
}
