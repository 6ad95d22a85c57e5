import JSON
import Mustache
import Strategy

/// The organisation page.
struct OrganisationView {
    var groups: [GroupView]
    var leads: [FactView]
    var leadsMissing: Bool
    var reporting: [FactView]
    var missing: Bool
    var about: AboutView?
}

extension OrganisationView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "groups": return groups
        case "leads": return leads
        case "leadsMissing": return leadsMissing
        case "reporting": return reporting
        case "missing": return missing
        case "about": return about
        default: return nil
        }
    }
}

struct GroupView {
    var groupTitle: String
    var groupAnchor: String
    var groupFacts: [FactView]
    var groupDuties: [FactValue]
}

extension GroupView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "groupTitle": return groupTitle
        case "groupAnchor": return groupAnchor
        case "groupFacts": return groupFacts
        case "groupDuties": return groupDuties
        default: return nil
        }
    }
}

extension SiteRenderer {
    func organisationPage() -> SiteFile {
        let path = Paths.organisation
        guard let organisation = input.model.organisation else {
            let view = OrganisationView(groups: [], leads: [], leadsMissing: true, reporting: [], missing: true, about: nil)
            return page(
                path, title: "Organisering", section: .organisation, crumbs: crumbs(.organisation), template: "organisation",
                view: view)
        }
        let notes = Notes(organisation.origin)
        let content = organisation.content
        let groups = [
            group(content.steeringGroup, key: "steeringGroup", fallback: "Styregruppen", notes, path),
            group(content.coordinationGroup, key: "coordinationGroup", fallback: "Koordinationsgruppen", notes, path),
            group(content.tovholdere, key: "tovholdere", fallback: "Tovholdere for den samlede strategi", notes, path),
        ]
        let leads = input.model.initiatives.filter { $0.tovholder != nil }.sorted(by: Self.lifecycleOrder).compactMap {
            i -> FactView? in
            guard let tovholder = i.tovholder else { return nil }
            let role = i.content.tovholderRole.map { "\($0) hos " } ?? ""
            return FactView(
                factTerm: i.name,
                factValues: [
                    FactValue(
                        valueText: role + partyName(tovholder.value), valueHref: partyLink(tovholder.value, from: path),
                        valueLang: nil,
                        valueMarks: [])
                ])
        }
        let view = OrganisationView(
            groups: groups, leads: leads, leadsMissing: leads.isEmpty, reporting: reportingFacts(content, notes, path),
            missing: false, about: about(organisation.origin, key: EntityKey(kind: .organisation, id: "organisation")))
        return page(
            path, title: "Organisering", section: .organisation, crumbs: crumbs(.organisation), template: "organisation",
            view: view, description: "Styregruppen, Koordinationsgruppen, tovholderne og afrapporteringen.")
    }

    private func group(_ g: OrganisationGroup, key: String, fallback: String, _ notes: Notes, _ path: SitePath) -> GroupView {
        var facts: [FactView] = []
        if !g.formerNames.isEmpty {
            facts.append(
                FactView(
                    factTerm: "Tidligere navn",
                    factValues: g.formerNames.enumerated().map { i, former in
                        notes.value(
                            former.name + (former.until.map { " (til og med \(Danish.date($0)))" } ?? ""),
                            at: key, "formerNames", String(i))
                    }))
        }
        if let composition = g.composition {
            facts.append(
                FactView(factTerm: "Sammensætning", factValues: [notes.value(composition.danish, at: key, "composition")]))
        }
        if !g.members.isEmpty {
            facts.append(
                FactView(
                    factTerm: "Medlemmer",
                    factValues: g.members.enumerated().map { i, member in
                        notes.value(
                            "\(member.role), \(partyName(member.at.value))", href: partyLink(member.at.value, from: path),
                            at: key, "members", String(i))
                    }))
        }
        if let meetings = g.meetingsPerYear {
            facts.append(
                FactView(
                    factTerm: "Møder",
                    factValues: [
                        notes.value(
                            meetings == 1 ? "Én gang om året" : "\(meetings) gange om året", at: key, "meetingsPerYear")
                    ]))
        }
        return GroupView(
            groupTitle: g.name ?? fallback, groupAnchor: Paths.name(key.lowercased()), groupFacts: facts,
            groupDuties: g.responsibilities.enumerated().map { i, duty in
                notes.value(duty.danish, at: key, "responsibilities", String(i))
            })
    }

    private func reportingFacts(_ content: OrganisationContent, _ notes: Notes, _ path: SitePath) -> [FactView] {
        var facts: [FactView] = []
        if let times = content.reportingTimesPerYear {
            facts.append(
                FactView(
                    factTerm: "Hvor ofte",
                    factValues: [
                        notes.value(
                            times == 1 ? "Én gang om året" : "\(times) gange om året", at: "reporting", "timesPerYear")
                    ]))
        }
        if let timing = content.reportingTiming {
            facts.append(FactView(factTerm: "Hvornår", factValues: [notes.value(timing.danish, at: "reporting", "timing")]))
        }
        if let by = content.reportedBy {
            let name = by == "steeringGroup" ? (content.steeringGroup.name ?? "Styregruppen") : by
            facts.append(FactView(factTerm: "Afrapporterer", factValues: [notes.value(name, at: "reporting", "reportedBy")]))
        }
        if let forum = content.forumName {
            let partners = input.model.organisation?.forumPartners ?? []
            var values = [notes.value(forum, at: "reporting", "forum", "name")]
            values += partners.enumerated().map { i, p in
                notes.value(
                    "Med ledelsesrepræsentanter fra \(partyName(p.value))", href: partyLink(p.value, from: path),
                    at: "reporting", "forum", "partners", String(i))
            }
            facts.append(FactView(factTerm: "Forum", factValues: values))
        }
        return facts
    }
}
