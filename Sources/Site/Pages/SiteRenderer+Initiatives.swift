import JSON
import Mustache
import Strategy

/// The initiatives' index: by status, then by goal.
struct InitiativeIndexView {
    var total: String
    var statusSections: [StatusSectionView]
}

extension InitiativeIndexView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "total": return total
        case "statusSections": return statusSections
        default: return nil
        }
    }
}

struct StatusSectionView {
    var statusHeading: String
    var statusID: String
    var statusCount: String
    var groups: [ItemGroupView]
}

extension StatusSectionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "statusHeading": return statusHeading
        case "statusID": return statusID
        case "statusCount": return statusCount
        case "groups": return groups
        default: return nil
        }
    }
}

/// One initiative's page.
struct InitiativePageView {
    var heading: String
    var statusLine: String
    var facts: [FactView]
    var reports: [LinkView]
    var about: AboutView
}

extension InitiativePageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": return heading
        case "statusLine": return statusLine
        case "facts": return facts
        case "reports": return reports
        case "about": return about
        default: return nil
        }
    }
}

extension SiteRenderer {
    func initiativePages() -> [SiteFile] {
        [initiativeIndex()] + parallelMap(input.model.initiatives) { initiativePage($0) }
    }

    private func initiativeIndex() -> SiteFile {
        let path = Paths.initiatives
        let order: [(Initiative.Status?, String, String)] = [
            (.active, "Igangværende indsatser", "igangvaerende"), (.planned, "Planlagte indsatser", "planlagte"),
            (.ended, "Afsluttede indsatser", "afsluttede"), (.merged, "Sammenlagte indsatser", "sammenlagte"),
            (nil, "Indsatser med ukendt status", "ukendt-status"),
        ]
        let goals = orderedGoals
        let sections = order.compactMap { status, heading, id -> StatusSectionView? in
            let members = input.model.initiatives.filter { $0.status == status }.sorted(by: Self.lifecycleOrder)
            guard !members.isEmpty else { return nil }
            var groups = goals.map { goal in
                ItemGroupView(
                    groupHeading: goal.number.map { "Mål \($0): \(goal.name)" } ?? goal.name,
                    groupID: "\(id)-\(Paths.name(goal.id))",
                    groupItems: members.filter { i in i.goals.contains { $0.value == goal.id } }.map { item($0, from: path) },
                    groupEmpty: nil)
            }.filter { !$0.groupItems.isEmpty }
            let known = Set(goals.map(\.id))
            let without = members.filter { i in !i.goals.contains { known.contains($0.value) } }
            if !without.isEmpty {
                groups.append(
                    ItemGroupView(
                        groupHeading: "Mål ikke kendt", groupID: "\(id)-uden-maal",
                        groupItems: without.map { item($0, from: path) }, groupEmpty: nil))
            }
            return StatusSectionView(
                statusHeading: heading, statusID: id, statusCount: Danish.count(members.count, "indsats", "indsatser"),
                groups: groups)
        }
        let view = InitiativeIndexView(
            total: Danish.count(input.model.initiatives.count, "indsats", "indsatser"), statusSections: sections)
        return page(
            path, title: "Indsatser", section: .initiatives, crumbs: crumbs(.initiatives), template: "initiative-index",
            view: view, description: "Alle strategiens indsatser efter status og mål.")
    }

    private func initiativePage(_ initiative: Initiative) -> SiteFile {
        let path = Paths.initiative(initiative.id)
        let notes = Notes(initiative.origin)
        let content = initiative.content
        var facts: [FactView] = []
        func fact(_ term: String, _ values: [FactValue]) {
            if !values.isEmpty { facts.append(FactView(factTerm: term, factValues: values)) }
        }
        fact("Beskrivelse", content.description.map { [notes.value($0, at: "description")] } ?? [])
        fact("Status", [notes.value(Danish.status(initiative.status).capitalizedFirst, at: "status")])
        fact("Periode", periodValues(initiative.period, notes))
        fact(
            "Tidligere navne",
            initiative.formerNames.enumerated().map { i, former in
                notes.value(
                    former.name + (former.until.map { " (til og med \(Danish.date($0)))" } ?? ""), at: "formerNames", String(i))
            })
        fact(
            "Også kendt som", content.alsoKnownAs.enumerated().map { i, name in notes.value(name, at: "alsoKnownAs", String(i)) })
        fact(
            "Mål",
            listValues(initiative.goals.map(\.value), "goals", notes, unknown: "Ikke kendt") { id in
                let goal = input.model.goal(id)
                return (
                    goal.map { g in g.number.map { "Mål \($0): \(g.name)" } ?? g.name } ?? id,
                    goal.map { _ in path.link(to: Paths.goal(id)) }
                )
            })
        fact(
            "Ejere",
            listValues(initiative.owners.map(\.value.description), "owners", notes, unknown: "Ikke kendt") { ref in
                (partyName(PartyRef(ref)), partyLink(PartyRef(ref), from: path))
            })
        fact(
            "Deltagere",
            listValues(initiative.participants.map(\.value.description), "participants", notes, unknown: nil) { ref in
                (partyName(PartyRef(ref)), partyLink(PartyRef(ref), from: path))
            })
        if let tovholder = initiative.tovholder {
            let role = content.tovholderRole.map { "\($0) hos " } ?? ""
            fact(
                "Tovholder",
                [notes.value(role + partyName(tovholder.value), href: partyLink(tovholder.value, from: path), at: "tovholder")])
        }
        fact(
            "Samarbejdspartnere",
            initiative.cooperationPartners.enumerated().map { i, name in
                notes.value(name, at: "cooperationPartners", String(i))
            })
        fact("Sammenlagt med", initiative.mergedInto.map { [initiativeValue($0.value, "mergedInto", notes, path)] } ?? [])
        fact(
            "Har optaget",
            initiative.absorbed.enumerated().map { i, id in initiativeValue(id.value, "absorbed", notes, path, index: i) })
        fact(
            "Afløser",
            initiative.replaces.enumerated().map { i, id in initiativeValue(id.value, "replaces", notes, path, index: i) })
        fact("Begrundelse for afslutning", initiative.endedReason.map { [notes.value($0.danish, at: "endedReason")] } ?? [])
        let reports = (reportsByInitiative[initiative.id] ?? []).map { report in
            LinkView(
                linkText: report.content.title ?? "Afrapportering \(report.year)",
                linkHref: path.link(to: Paths.report(year: report.year, initiative: report.initiative.value)))
        }
        let statusLine =
            "\(Danish.status(initiative.status).capitalizedFirst) indsats"
            + (initiative.period.map { ", \(Danish.period($0))" } ?? "")
        let view = InitiativePageView(
            heading: initiative.name, statusLine: statusLine, facts: facts, reports: reports,
            about: about(
                initiative.origin, key: EntityKey(kind: .initiative, id: initiative.id),
                exceptions: exceptionViews(initiative.exceptions, scope: initiative.name), notes: notes))
        return page(
            path, title: initiative.name, section: .initiatives, crumbs: crumbs(.initiatives, initiative.name),
            template: "initiative", view: view, description: "\(initiative.name): \(statusLine).")
    }

    /// "fra 1. september 2014" and "til 31. december 2017", each with its marks; "Løbende" for an open end.
    func periodValues(_ period: Period?, _ notes: Notes) -> [FactValue] {
        guard let period else { return [notes.value("Ikke kendt", at: "period")] }
        return [
            notes.value("Fra \(Danish.date(period.from))", at: "period", "from"),
            notes.value(period.to.map { "Til og med \(Danish.date($0))" } ?? "Løbende (ingen slutdato)", at: "period", "to"),
        ]
    }

    /// The members of a list field, each with its marks; an empty list says `unknown` with the marks
    /// of the list itself.
    private func listValues(
        _ values: [String], _ field: String, _ notes: Notes, unknown: String?, describe: (String) -> (String, String?)
    ) -> [FactValue] {
        if values.isEmpty {
            guard let unknown else { return [] }
            return [notes.value(unknown, at: field)]
        }
        return values.enumerated().map { i, value in
            let (text, href) = describe(value)
            return notes.value(text, href: href, at: field, String(i))
        }
    }

    private func initiativeValue(_ id: String, _ field: String, _ notes: Notes, _ path: SitePath, index: Int? = nil) -> FactValue
    {
        let tokens = [field] + (index.map { [String($0)] } ?? [])
        let target = input.model.initiative(id)
        return FactValue(
            valueText: target?.name ?? id, valueHref: target.map { _ in path.link(to: Paths.initiative(id)) }, valueLang: nil,
            valueMarks: notes.marks(JSONPointer(tokens: tokens)))
    }
}
