/// `goal-coverage`: every goal has at least one active initiative working towards it.
struct GoalCoverage: Rule {
    static let name = "goal-coverage"
    static let defaultSeverity = Diagnostic.Severity.error
    static let scope = RuleScope.kinds([.goal, .initiative])
    static let summary = "Every goal has at least one active initiative."
    static let explanation = """
        The strategy's goals (mål) are pursued through its prioritised initiatives. The seed (case \
        2018-021871, Mål): "For hvert mål er der prioriterede tryghedsskabende handlingsorienterede \
        indsatser" – for every goal there are prioritised, action-oriented initiatives. A goal that no active \
        initiative names in its "goals" is a goal nobody works on.

        An initiative counts when its status is "active". Initiatives whose goal is not known (an empty \
        "goals" list) are allowed and simply count for no goal.
        """

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
            let related = other[goal.id].map { i in [model.initiatives[i].origin.related(Self.formerMessage(model.initiatives[i]))] } ?? []
            return Self.finding(
                Self.message(goal), at: goal.origin.appending("name"), hint: Self.hint(goal), related: related,
                exceptions: goal.exceptions)
        }
    }

    fileprivate static func message(_ goal: Goal) -> String {
        "no active initiative works towards the goal \(goal.number.map { "\($0) " } ?? "")“\(goal.name)”"
    }

    fileprivate static func hint(_ goal: Goal) -> String {
        "add \"\(goal.id)\" to the goals of an active initiative, or record an exception with the reason"
    }

    fileprivate static func formerMessage(_ initiative: Initiative) -> String {
        "“\(initiative.name)” names this goal, but its status is \(initiative.status?.rawValue ?? "unknown")"
    }
}
