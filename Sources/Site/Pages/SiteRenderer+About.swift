import Git
import JSON
import Strategy

/// The assumptions of one page's file, numbered as the "Om oplysningerne" block lists them, so that
/// every fact shown on the page can carry the marks of the assumptions it rests on.
struct Notes {
    let provenance: Provenance

    init(_ origin: Origin) {
        provenance = origin.provenance
    }

    init(_ provenance: Provenance) {
        self.provenance = provenance
    }

    /// The marks for the fact at `tokens` (a path of member names and indices from the file's root).
    func marks(_ tokens: String...) -> [MarkView] {
        marks(JSONPointer(tokens: tokens))
    }

    func marks(_ pointer: JSONPointer) -> [MarkView] {
        provenance.assumptions.enumerated().compactMap { i, assumption in
            guard assumption.concerns(pointer) else { return nil }
            return MarkView(
                markText: "\(Danish.assumption(assumption.kind)), se note \(i + 1)", markHref: "#antagelse-\(i + 1)",
                markKind: assumption.kind?.rawValue ?? "unknown")
        }
    }

    /// A fact's value with its marks.
    func value(_ text: String, href: String? = nil, lang: String? = nil, at tokens: String...) -> FactValue {
        FactValue(valueText: text, valueHref: href, valueLang: lang, valueMarks: marks(JSONPointer(tokens: tokens)))
    }
}

extension SiteRenderer {
    /// The "Om oplysningerne" block of an entity's page.
    func about(
        _ origin: Origin, key: EntityKey?, extraSources: [(scope: String, notes: [SourceNote])] = [],
        exceptions: [ExceptionView] = [], notes: Notes? = nil
    ) -> AboutView {
        let provenance = notes?.provenance ?? origin.provenance
        var sources = provenance.sources.map { sourceView($0, scope: nil) }
        for extra in extraSources { sources += extra.notes.map { sourceView($0, scope: extra.scope) } }
        let assumptions = provenance.assumptions.enumerated().map { i, a in
            AssumptionView(
                assumptionAnchor: "antagelse-\(i + 1)", assumptionNumber: i + 1, assumptionField: Danish.field(a.fieldText),
                assumptionPointer: a.fieldText, assumptionKind: Danish.assumption(a.kind).capitalizedFirst,
                assumptionKindClass: a.kind?.rawValue ?? "unknown", assumptionMeaning: Danish.assumptionMeaning(a.kind),
                assumptionNote: a.note)
        }
        let history = key.map { entityHistory($0) } ?? []
        return AboutView(
            aboutFile: origin.path, aboutSources: sources, aboutAssumptions: assumptions,
            aboutLastChanged: history.first.map { "\($0.historyDate)" + ($0.historyCommit.map { " (commit \($0))" } ?? "") },
            aboutHistory: history, aboutExceptions: exceptions)
    }

    private func sourceView(_ note: SourceNote, scope: String?) -> SourceView {
        SourceView(
            sourceScope: scope, sourceKind: Danish.source(note.kind), sourceNote: note.note,
            sourceHref: Markup.externalURL(note.url))
    }

    /// An entity's own history, newest first.
    func entityHistory(_ key: EntityKey) -> [HistoryLineView] {
        (input.entityHistory[key] ?? []).map { entry in
            HistoryLineView(
                historyDate: entry.commit.map { Danish.date(of: $0) } ?? "Ikke indsendt endnu",
                historyCommit: entry.commit?.id.short, historySubject: entry.commit?.summary ?? "Ændringer i arbejdskopien",
                historyVerdict: DanishDiff.verdict(entry.change), historyLines: danishDiff.lines(entry.change))
        }
    }

    /// The exceptions of an entity as the page shows them.
    func exceptionViews(_ exceptions: [RuleException], scope: String) -> [ExceptionView] {
        exceptions.map { e in
            ExceptionView(
                exceptionScope: scope, exceptionRule: Self.ruleName(e.rule), exceptionReason: e.reason,
                exceptionUntil: e.until.map(Danish.date))
        }
    }

    /// The rules an exception can name, as the site says them.
    static func ruleName(_ rule: String) -> String {
        switch rule {
        case "unit-coverage":
            return "Hver involveret forvaltning har mindst én igangværende indsats i hele perioden (unit-coverage)"
        case "partner-coverage": return "Hver partner har mindst én igangværende indsats i hele perioden (partner-coverage)"
        case "goal-coverage": return "Hvert mål har mindst én igangværende indsats (goal-coverage)"
        default: return rule
        }
    }

    /// The name of a partner or unit reference, "Skoleforvaltningen (Aalborg Kommune)".
    func partyName(_ ref: PartyRef) -> String {
        guard let partner = input.model.partner(ref.partner) else { return ref.description }
        guard let unitID = ref.unit else { return partner.name }
        return "\(input.model.unit(ref)?.name ?? unitID) (\(partner.name))"
    }

    /// The link to a partner or unit (its section of the partner's page), when the partner exists.
    func partyLink(_ ref: PartyRef, from path: SitePath) -> String? {
        guard input.model.partner(ref.partner) != nil else { return nil }
        let fragment = ref.unit.flatMap { input.model.unit(ref) != nil ? "enhed-" + Paths.name($0) : nil }
        return path.link(to: Paths.partner(ref.partner), fragment: fragment)
    }

    /// An initiative as an item of a list.
    func item(_ initiative: Initiative, from path: SitePath) -> InitiativeItemView {
        let owners = initiative.owners.map { partyName($0.value) }
        return InitiativeItemView(
            itemName: initiative.name, itemHref: path.link(to: Paths.initiative(initiative.id)),
            itemStatus: Danish.status(initiative.status), itemStatusClass: initiative.status?.rawValue ?? "unknown",
            itemPeriod: initiative.period.map(Danish.period) ?? "periode ukendt",
            itemOwners: owners.isEmpty ? nil : owners.joined(separator: ", "))
    }

    /// Active and planned initiatives first, then ended and merged ones; by name within each.
    static func lifecycleOrder(_ a: Initiative, _ b: Initiative) -> Bool {
        let rank: (Initiative) -> Int = { i in i.status == .active ? 0 : i.status == .planned ? 1 : 2 }
        if rank(a) != rank(b) { return rank(a) < rank(b) }
        return (a.name, a.id) < (b.name, b.id)
    }
}

extension String {
    /// The string with its first letter upper-cased ("udledt" → "Udledt").
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
