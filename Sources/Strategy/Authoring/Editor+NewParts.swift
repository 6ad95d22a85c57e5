import JSON
import Messages

extension Editor {
    /// `tryg new report ID YEAR`: the yearly report of an initiative, numbered like the other
    /// reports of that year (or one after the latest), titled as the report forms are.
    public func newReport(_ text: String, year: Int, number: Int?, title: String?, source: String?) throws(StrategyError) -> Edit
    {
        let (initiative, _, _) = try initiative(text)
        guard (2000...2999).contains(year) else {
            throw StrategyError(Message("authoring.report.year", ["year": .text(String(year))]))
        }
        let path = ContentLayout.reports + "\(year)/\(initiative.id).json"
        guard !workspace.hasFile(path) else { throw StrategyError(Message("authoring.exists", ["path": .text(path)])) }
        let sameYear = model.reports.filter { $0.year == year }.compactMap(\.number)
        let number = number ?? sameYear.first ?? ((model.reports.compactMap(\.number).max() ?? 0) + 1)
        let title = title?.trimmingSpaces ?? "\(number). Afrapporteringsskema - \(initiative.name)"
        var members: [(String, JSONValue)] = []
        if let schema = workspace.schemaReference(for: path) { members.append(("$schema", .text(schema))) }
        members += [
            ("initiative", .text(initiative.id)), ("year", JSONValue(integerLiteral: year)),
            ("number", JSONValue(integerLiteral: number)), ("title", .text(title)),
            ("sources", JSONValue(.array([self.source(source, url: nil)]))),
        ]
        var edit = Edit(
            commitMessage: Message("authoring.new.report.commit", ["id": .text(initiative.id), "year": .text(String(year))]))
        edit.documents[path] = .object(members)
        edit.summary.append(Message("authoring.new.report.done", ["name": .text(initiative.name), "year": .text(String(year))]))
        return edit
    }

    /// `tryg new goal`: a goal, numbered after the last one unless a number is given.
    public func newGoal(name: String, text: String, english: String?, number: Int?, source: String?) throws(StrategyError) -> Edit
    {
        let name = name.trimmingSpaces
        guard let id = IDDerivation.id(from: name) else {
            throw StrategyError(Message("authoring.id.no-letters", ["name": .text(name)]))
        }
        let path = ContentLayout.goals + id + ".json"
        if workspace.hasFile(path) || model.goal(id) != nil {
            throw StrategyError(
                Message(
                    "authoring.id.exists",
                    [
                        "id": .text(id), "owner": .text(id),
                        "suggestion": .text(
                            IDDerivation.free(near: id) { workspace.hasFile(ContentLayout.goals + $0 + ".json") }),
                    ]))
        }
        let number = number ?? ((model.goals.compactMap(\.number).max() ?? 0) + 1)
        var texts: [(String, JSONValue)] = [("da", .text(text.trimmingSpaces))]
        if let english = english?.trimmingSpaces, !english.isEmpty { texts.append(("en", .text(english))) }
        var members: [(String, JSONValue)] = []
        if let schema = workspace.schemaReference(for: path) { members.append(("$schema", .text(schema))) }
        members += [
            ("id", .text(id)), ("number", JSONValue(integerLiteral: number)), ("name", .text(name)),
            ("text", .object(texts)), ("sources", JSONValue(.array([self.source(source, url: nil)]))),
        ]
        var edit = Edit(commitMessage: Message("authoring.new.goal.commit", ["name": .text(name)]))
        edit.documents[path] = .object(members)
        edit.summary.append(Message("authoring.new.goal.done", ["name": .text(name), "id": .text(id), "number": .count(number)]))
        return edit
    }

    /// `tryg new unit PARTNER "Name"`: a unit (for Aalborg Kommune: a department) of a partner.
    public func newUnit(partner text: String, name: String, involved: Bool) throws(StrategyError) -> Edit {
        let partnerID = try ReferenceLookup.partners(model).resolve(text).get()
        guard let partner = model.partner(partnerID), let document = workspace.document(at: partner.origin.path) else {
            throw StrategyError(Message("authoring.unreadable", ["path": .text(ContentLayout.partners + partnerID + ".json")]))
        }
        let name = name.trimmingSpaces
        guard let id = IDDerivation.id(from: name) else {
            throw StrategyError(Message("authoring.id.no-letters", ["name": .text(name)]))
        }
        if partner.units.contains(where: { $0.id == id }) {
            throw StrategyError(Message("authoring.unit.taken", ["id": .text(id), "partner": .text(partner.name)]))
        }
        let unit = JSONValue.object([("id", .text(id)), ("name", .text(name)), ("involved", JSONValue(booleanLiteral: involved))])
        var edit = Edit(
            commitMessage: Message("authoring.new.unit.commit", ["name": .text(name), "partner": .text(partner.name)]))
        edit.documents[partner.origin.path] = document.appending(unit, to: "units")
        edit.summary.append(Message("authoring.new.unit.done", ["name": .text(name), "ref": .text("\(partnerID)/\(id)")]))
        return edit
    }
}
