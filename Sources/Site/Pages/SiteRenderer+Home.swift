import Git
import JSON
import Mustache
import Strategy

/// The front page's view model.
struct HomeView {
    var heading: String
    var lead: [FactValue]
    var purpose: String
    var adoption: [FactView]
    var adoptionLists: [ListBlockView]
    var goals: [GoalItemView]
    var partners: [PartnerItemView]
    var measurement: [FactView]
    var economy: FactValue?
    var communication: FactValue?
    var channels: [ChannelView]
    var latest: LatestChangeView?
    var changesHref: String
    var about: AboutView?
}

extension HomeView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": return heading
        case "lead": return lead
        case "purpose": return purpose
        case "adoption": return adoption
        case "adoptionLists": return adoptionLists
        case "goals": return goals
        case "partners": return partners
        case "measurement": return measurement
        case "economy": return economy
        case "communication": return communication
        case "channels": return channels
        case "latest": return latest
        case "changesHref": return changesHref
        case "about": return about
        default: return nil
        }
    }
}

struct ListBlockView {
    var listHeading: String
    var listEntries: [String]
}

extension ListBlockView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "listHeading": return listHeading
        case "listEntries": return listEntries
        default: return nil
        }
    }
}

struct GoalItemView {
    var goalNumber: String
    var goalName: String
    var goalHref: String
    var goalText: String
    var goalCount: String
}

extension GoalItemView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "goalNumber": return goalNumber
        case "goalName": return goalName
        case "goalHref": return goalHref
        case "goalText": return goalText
        case "goalCount": return goalCount
        default: return nil
        }
    }
}

struct PartnerItemView {
    var partnerName: String
    var partnerHref: String
    var partnerSince: String
}

extension PartnerItemView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "partnerName": return partnerName
        case "partnerHref": return partnerHref
        case "partnerSince": return partnerSince
        default: return nil
        }
    }
}

struct ChannelView {
    var channelName: String
    var channelHref: String?
}

extension ChannelView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "channelName": return channelName
        case "channelHref": return channelHref
        default: return nil
        }
    }
}

struct LatestChangeView {
    var latestDate: String
    var latestSubject: String
    var latestHeadline: String
    var latestEntities: [LinkView]
    var latestMore: String?
}

extension LatestChangeView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "latestDate": return latestDate
        case "latestSubject": return latestSubject
        case "latestHeadline": return latestHeadline
        case "latestEntities": return latestEntities
        case "latestMore": return latestMore
        default: return nil
        }
    }
}

extension SiteRenderer {
    func homePage() -> SiteFile {
        let path = Paths.home
        guard let strategy = input.model.strategy else {
            let view = HomeView(
                heading: siteName, lead: [], purpose: "Indholdet har ingen strategifil (strategy/strategy.json).", adoption: [],
                adoptionLists: [], goals: goalItems(path), partners: partnerItems(path), measurement: [], economy: nil,
                communication: nil, channels: [], latest: latestChange(path), changesHref: path.link(to: Paths.changes),
                about: nil)
            return page(path, title: siteName, section: .home, crumbs: crumbs(.home), template: "home", view: view)
        }
        let content = strategy.content
        let notes = Notes(strategy.origin)
        var lead = [notes.value("Version \(strategy.version)", at: "version")]
        if let period = strategy.period {
            lead.append(
                FactValue(
                    valueText: "gælder \(Danish.period(period))", valueHref: nil, valueLang: nil,
                    valueMarks: notes.marks("period")))
        }
        let view = HomeView(
            heading: strategy.name, lead: lead, purpose: purpose(), adoption: adoptionFacts(content.adoption, notes),
            adoptionLists: adoptionLists(content.adoption), goals: goalItems(path), partners: partnerItems(path),
            measurement: measurementFacts(content, notes),
            economy: content.economy.map { notes.value($0.danish, at: "economy") },
            communication: content.communicationPrinciple.map { notes.value($0.danish, at: "communication", "principle") },
            channels: content.channels.map { ChannelView(channelName: $0.name, channelHref: Markup.externalURL($0.url)) },
            latest: latestChange(path), changesHref: path.link(to: Paths.changes),
            about: about(strategy.origin, key: EntityKey(kind: .strategy, id: "strategy")))
        return page(
            path, title: siteName, section: .home, crumbs: crumbs(.home), template: "home", view: view,
            description: "\(strategy.name): mål, indsatser, partnere og ændringer.")
    }

    /// One sentence on what the strategy is, made from the content: its partners and goals.
    private func purpose() -> String {
        let model = input.model
        let partners = model.partners.map(\.name)
        let names =
            partners.count > 1
            ? partners.dropLast().joined(separator: ", ") + " og " + (partners.last ?? "")
            : partners.first ?? "partnerne"
        let active = model.initiatives.filter { $0.status == .active }.count
        return "\(siteName) er den fælles tryghedsstrategi for \(names). Partnerne arbejder sammen om "
            + "\(Danish.count(active, "igangværende tryghedsfremmende indsats", "igangværende tryghedsfremmende indsatser")) "
            + "for at nå strategiens \(Danish.count(model.goals.count, "mål", "mål"))."
    }

    private func adoptionFacts(_ adoption: AdoptionContent?, _ notes: Notes) -> [FactView] {
        guard let a = adoption else { return [] }
        var facts: [FactView] = []
        func add(_ term: String, _ text: String?, _ tokens: String...) {
            guard let text else { return }
            facts.append(
                FactView(
                    factTerm: term,
                    factValues: [
                        FactValue(
                            valueText: text, valueHref: nil, valueLang: nil,
                            valueMarks: notes.marks(JSONPointer(tokens: ["adoption"] + tokens)))
                    ]))
        }
        add("Sag", a.caseNumber, "case")
        add("Dagsordenspunkt", a.agendaItem.map { "Punkt \($0)" }, "agendaItem")
        add("Overskrift", a.title, "title")
        add("Indstillet af", a.proposedBy, "proposedBy")
        add("Godkendes af", a.body, "body")
        add("Beslutning", a.decision, "decision")
        let dateMarks = notes.marks("adoption", "date")
        if a.date != nil || !dateMarks.isEmpty {
            facts.append(
                FactView(
                    factTerm: "Mødedato",
                    factValues: [
                        FactValue(
                            valueText: a.date.map(Danish.date) ?? "Ikke kendt", valueHref: nil, valueLang: nil,
                            valueMarks: dateMarks)
                    ]))
        }
        for decision in a.priorDecisions {
            let text =
                [decision.body, decision.date.map(Danish.date)].compactMap { $0 }.joined(separator: ", ")
                + (decision.text.map { ": " + $0.danish } ?? "")
            facts.append(
                FactView(
                    factTerm: "Tidligere beslutning",
                    factValues: [
                        FactValue(
                            valueText: text, valueHref: nil, valueLang: nil, valueMarks: [])
                    ]))
        }
        return facts
    }

    private func adoptionLists(_ adoption: AdoptionContent?) -> [ListBlockView] {
        guard let a = adoption else { return [] }
        return [
            ListBlockView(listHeading: "Sendt i høring i", listEntries: a.hearings),
            ListBlockView(listHeading: "Behandlet af", listEntries: a.treatedBy),
            ListBlockView(listHeading: "Endelig behandling", listEntries: a.finalBodies),
        ].filter { !$0.listEntries.isEmpty }
    }

    private func measurementFacts(_ content: StrategyContent, _ notes: Notes) -> [FactView] {
        var facts: [FactView] = []
        if let indicator = content.measurementIndicator {
            facts.append(FactView(factTerm: "Indikator", factValues: [notes.value(indicator, at: "measurement", "indicator")]))
        }
        if let description = content.measurementDescription {
            facts.append(
                FactView(
                    factTerm: "Sådan måles trygheden",
                    factValues: [notes.value(description.danish, at: "measurement", "description")]))
        }
        return facts
    }

    func goalItems(_ path: SitePath) -> [GoalItemView] {
        orderedGoals.map { goal in
            let active = input.model.initiatives.filter { i in
                i.status == .active && i.goals.contains { $0.value == goal.id }
            }.count
            return GoalItemView(
                goalNumber: goal.number.map { "Mål \($0)" } ?? "Mål", goalName: goal.name,
                goalHref: path.link(to: Paths.goal(goal.id)), goalText: goal.content.text?.danish ?? "",
                goalCount: Danish.count(active, "igangværende indsats", "igangværende indsatser"))
        }
    }

    /// The goals in the strategy's order (by number, then id).
    var orderedGoals: [Goal] {
        input.model.goals.sorted { ($0.number ?? Int.max, $0.id) < ($1.number ?? Int.max, $1.id) }
    }

    func partnerItems(_ path: SitePath) -> [PartnerItemView] {
        input.model.partners.map { partner in
            PartnerItemView(
                partnerName: partner.name, partnerHref: path.link(to: Paths.partner(partner.id)),
                partnerSince: partner.joined.map { "partner siden \(Danish.date($0))" } ?? "")
        }
    }

    private func latestChange(_ path: SitePath) -> LatestChangeView? {
        guard let entry = input.history.first else { return nil }
        let links = entry.diff.changes.prefix(12).compactMap { change -> LinkView? in
            guard let target = Paths.page(of: EntityKey(kind: change.entity, id: change.id)) else { return nil }
            return LinkView(
                linkText: "\(change.name ?? change.id) (\(DanishDiff.verdict(change)))", linkHref: path.link(to: target))
        }
        let more = entry.diff.changes.count - 12
        return LatestChangeView(
            latestDate: entry.commit.map { Danish.date(of: $0) } ?? "Ikke indsendt endnu",
            latestSubject: entry.commit?.summary ?? "Ændringer i arbejdskopien",
            latestHeadline: DanishDiff.headline(entry.diff.counts),
            latestEntities: links, latestMore: more > 0 ? "og \(Danish.count(more, "ændring mere", "ændringer mere"))" : nil)
    }
}
