import Mustache
import Strategy

/// The goals' index.
struct GoalIndexView {
    var goals: [GoalItemView]
    var goalsMissing: Bool
}

extension GoalIndexView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "goals": return goals
        case "goalsMissing": return goalsMissing
        default: return nil
        }
    }
}

/// One goal's page.
struct GoalPageView {
    var heading: String
    var facts: [FactView]
    var current: [InitiativeItemView]
    var past: [InitiativeItemView]
    var about: AboutView
}

extension GoalPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": return heading
        case "facts": return facts
        case "current": return current
        case "past": return past
        case "about": return about
        default: return nil
        }
    }
}

extension SiteRenderer {
    func goalPages() -> [SiteFile] {
        let index = GoalIndexView(goals: goalItems(Paths.goals), goalsMissing: input.model.goals.isEmpty)
        let files = [
            page(
                Paths.goals, title: "Mål", section: .goals, crumbs: crumbs(.goals), template: "goal-index",
                view: index, description: "Strategiens mål og de indsatser, der arbejder for hvert af dem.")
        ]
        return files + parallelMap(input.model.goals) { goalPage($0) }
    }

    private func goalPage(_ goal: Goal) -> SiteFile {
        let path = Paths.goal(goal.id)
        let notes = Notes(goal.origin)
        var facts = [FactView(factTerm: "Kort navn", factValues: [notes.value(goal.name, at: "name")])]
        if let number = goal.number {
            facts.append(
                FactView(
                    factTerm: "Nummer", factValues: [notes.value("Mål \(number) af \(input.model.goals.count)", at: "number")]))
        }
        if let text = goal.content.text {
            facts.insert(FactView(factTerm: "Målet", factValues: [notes.value(text.danish, at: "text", "da")]), at: 0)
        }
        let serving = input.model.initiatives.filter { i in i.goals.contains { $0.value == goal.id } }
            .sorted(by: Self.lifecycleOrder)
        let heading = goal.number.map { "Mål \($0): \(goal.name)" } ?? goal.name
        let view = GoalPageView(
            heading: heading, facts: facts,
            current: serving.filter { $0.status == .active || $0.status == .planned }.map { item($0, from: path) },
            past: serving.filter { $0.status != .active && $0.status != .planned }.map { item($0, from: path) },
            about: about(
                goal.origin, key: EntityKey(kind: .goal, id: goal.id),
                exceptions: exceptionViews(goal.exceptions, scope: goal.name)))
        return page(
            path, title: heading, section: .goals, crumbs: crumbs(.goals, heading), template: "goal", view: view,
            description: goal.content.text?.danish)
    }
}
