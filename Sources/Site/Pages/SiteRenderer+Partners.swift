import Mustache
import Strategy

/// The partners' index.
struct PartnerIndexView {
    var partners: [PartnerSummaryView]
}

extension PartnerIndexView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "partners": return partners
        default: return nil
        }
    }
}

struct PartnerSummaryView {
    var summaryName: String
    var summaryID: String
    var summaryHref: String
    var summarySince: String
    var summaryUnits: [String]
    var summaryCount: String
}

extension PartnerSummaryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "summaryName": return summaryName
        case "summaryID": return summaryID
        case "summaryHref": return summaryHref
        case "summarySince": return summarySince
        case "summaryUnits": return summaryUnits
        case "summaryCount": return summaryCount
        default: return nil
        }
    }
}

/// One partner's page: its units and what each owns over time.
struct PartnerPageView {
    var heading: String
    var facts: [FactView]
    var unitRows: [UnitRowView]
    var owners: [OwnerSectionView]
    var coverageHref: String
    var about: AboutView
}

extension PartnerPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": return heading
        case "facts": return facts
        case "unitRows": return unitRows
        case "owners": return owners
        case "coverageHref": return coverageHref
        case "about": return about
        default: return nil
        }
    }
}

struct UnitRowView {
    var unitName: String
    var unitHref: String
    var unitInvolved: String
    var unitCount: String
}

extension UnitRowView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "unitName": return unitName
        case "unitHref": return unitHref
        case "unitInvolved": return unitInvolved
        case "unitCount": return unitCount
        default: return nil
        }
    }
}

/// The initiatives one owner (the partner as a whole, or one unit) owns, oldest first.
struct OwnerSectionView {
    var ownerHeading: String
    var ownerID: String
    var ownerNote: String?
    var ownerItems: [InitiativeItemView]
    var ownerEmpty: String
}

extension OwnerSectionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "ownerHeading": return ownerHeading
        case "ownerID": return ownerID
        case "ownerNote": return ownerNote
        case "ownerItems": return ownerItems
        case "ownerEmpty": return ownerEmpty
        default: return nil
        }
    }
}

extension SiteRenderer {
    func partnerPages() -> [SiteFile] {
        let path = Paths.partners
        let summaries = input.model.partners.map { partner in
            PartnerSummaryView(
                summaryName: partner.name, summaryID: "partner-\(Paths.name(partner.id))",
                summaryHref: path.link(to: Paths.partner(partner.id)),
                summarySince: partner.joined.map { "Partner siden \(Danish.date($0))" } ?? "Partner",
                summaryUnits: partner.units.map { $0.name + ($0.involved ? "" : " (ikke involveret i dækningsreglen)") },
                summaryCount: Danish.count(owned(by: partner.id).count, "indsats", "indsatser"))
        }
        let files = [
            page(
                path, title: "Partnere og forvaltninger", section: .partners, crumbs: crumbs(.partners),
                template: "partner-index", view: PartnerIndexView(partners: summaries),
                description: "Strategiens partnere, deres forvaltninger og de indsatser, de ejer.")
        ]
        return files + parallelMap(input.model.partners) { partnerPage($0) }
    }

    /// The initiatives an owner key (`partner` or `partner/unit`) owns; a partner's include its units'.
    func owned(by key: String, unitOnly: Bool = false) -> [Initiative] {
        let ref = PartyRef(key)
        return input.model.initiatives.filter { initiative in
            initiative.owners.contains { owner in
                owner.value.partner == ref.partner && (ref.unit == nil || owner.value.unit == ref.unit)
                    && (!unitOnly || owner.value.unit == nil)
            }
        }
    }

    private func partnerPage(_ partner: Partner) -> SiteFile {
        let path = Paths.partner(partner.id)
        let notes = Notes(partner.origin)
        var facts = [
            FactView(
                factTerm: "Partner siden",
                factValues: [notes.value(partner.joined.map(Danish.date) ?? "Ikke kendt", at: "joined")])
        ]
        if let left = partner.left {
            facts.append(FactView(factTerm: "Partner til og med", factValues: [notes.value(Danish.date(left), at: "left")]))
        }
        let byStart: (Initiative, Initiative) -> Bool = {
            ($0.period?.from.number ?? Int.max, $0.name) < ($1.period?.from.number ?? Int.max, $1.name)
        }
        let unitRows = partner.units.enumerated().map { i, unit in
            UnitRowView(
                unitName: unit.name, unitHref: "#enhed-\(Paths.name(unit.id))",
                unitInvolved: unit.involved ? "Ja" : "Nej",
                unitCount: Danish.count(owned(by: "\(partner.id)/\(unit.id)").count, "indsats", "indsatser"))
        }
        var owners = [
            OwnerSectionView(
                ownerHeading: "\(partner.name) som helhed", ownerID: "partner-som-helhed",
                ownerNote: partner.units.isEmpty
                    ? nil : "Indsatser, som partneren ejer uden at nævne en forvaltning eller enhed.",
                ownerItems: owned(by: partner.id, unitOnly: !partner.units.isEmpty).sorted(by: byStart).map {
                    item($0, from: path)
                },
                ownerEmpty: "Ingen indsatser.")
        ]
        for (i, unit) in partner.units.enumerated() {
            owners.append(
                OwnerSectionView(
                    ownerHeading: unit.name, ownerID: "enhed-\(Paths.name(unit.id))",
                    ownerNote: unit.involved
                        ? nil
                        : "Ikke involveret: enheden tælles ikke i reglen om dækning."
                            + (notes.marks("units", String(i)).isEmpty ? "" : " Se antagelserne nederst på siden."),
                    ownerItems: owned(by: "\(partner.id)/\(unit.id)").sorted(by: byStart).map { item($0, from: path) },
                    ownerEmpty: "Ingen indsatser."))
        }
        let exceptions =
            exceptionViews(partner.exceptions, scope: partner.name)
            + partner.units.flatMap { exceptionViews($0.exceptions, scope: $0.name) }
        let unitSources = partner.units.compactMap { unit -> (scope: String, notes: [SourceNote])? in
            let sources = unit.origin.provenance.sources
            return sources.isEmpty ? nil : (unit.name, sources)
        }
        let view = PartnerPageView(
            heading: partner.name, facts: facts, unitRows: unitRows, owners: owners,
            coverageHref: path.link(to: Paths.coverage, fragment: "partner-\(Paths.name(partner.id))"),
            about: about(
                partner.origin, key: EntityKey(kind: .partner, id: partner.id), extraSources: unitSources,
                exceptions: exceptions))
        return page(
            path, title: partner.name, section: .partners, crumbs: crumbs(.partners, partner.name),
            template: "partner", view: view, description: "\(partner.name) i \(siteName): forvaltninger og indsatser.")
    }
}
