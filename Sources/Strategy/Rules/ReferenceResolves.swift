/// `reference-resolves`: every id the content refers to names an entity that exists.
///
/// Checked: an initiative's goals, owners, participants, mergedInto, absorbed, replaces and
/// tovholder; the organisation's members (Styregruppe, tovholdere) and forum partners; a report's
/// initiative. A near miss is suggested by edit distance.
struct ReferenceResolves: Rule {
    static let name = "reference-resolves"
    static let defaultSeverity = Diagnostic.Severity.error
    static let scope = RuleScope.perEntity(reads: [.partner])
    static let summary = "Every reference names a goal, partner, unit or initiative that exists."
    static let explanation = """
        The strategy ties its parts together by id: initiatives name their goals ("For hvert mål er der \
        prioriterede tryghedsskabende handlingsorienterede indsatser", case 2018-021871), their owners \
        and participants as "partner" or "partner/unit", what they were merged into, absorbed or replaced; \
        the organisation names the partners and units its members belong to; a yearly report names its \
        initiative. A reference that names nothing is a typo or a removed entity, and every rule that \
        counts would silently count wrong.

        Goals and initiatives are referred to by id (their file name); partners by id and units as \
        "partner-id/unit-id". The message suggests the closest existing id.
        """

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        var out: [RuleFinding] = []
        // The candidates for "did you mean", made only when a reference misses.
        var goalIDs: [String] { model.goals.map(\.id) }
        var initiativeIDs: [String] { model.initiatives.map(\.id) }
        var partyIDs: [String] { model.partners.flatMap { p in [p.id] + p.units.map { "\(p.id)/\($0.id)" } } }
        func goal(_ ref: Located<String>, _ exceptions: [RuleException]) {
            guard model.goal(ref.value) == nil else { return }
            out.append(Self.finding(
                Self.unknown("goal", ref.value, RuleSupport.didYouMean(ref.value, among: goalIDs)), at: ref.origin,
                hint: Self.goalHint, exceptions: exceptions))
        }
        func initiative(_ ref: Located<String>, _ exceptions: [RuleException]) {
            guard model.initiative(ref.value) == nil else { return }
            out.append(Self.finding(
                Self.unknown("initiative", ref.value, RuleSupport.didYouMean(ref.value, among: initiativeIDs)),
                at: ref.origin, hint: Self.initiativeHint, exceptions: exceptions))
        }
        func party(_ ref: Located<PartyRef>, _ exceptions: [RuleException]) {
            guard !model.resolves(ref.value) else { return }
            let what = model.partner(ref.value.partner) == nil ? "partner" : "unit"
            let text = ref.value.description
            out.append(Self.finding(
                Self.unknown(what, text, RuleSupport.didYouMean(text, among: partyIDs)), at: ref.origin,
                hint: Self.partyHint, exceptions: exceptions))
        }
        for i in model.checkedInitiatives {
            i.goals.forEach { goal($0, i.exceptions) }
            (i.owners + i.participants).forEach { party($0, i.exceptions) }
            i.tovholder.map { party($0, i.exceptions) }
            ([i.mergedInto].compactMap { $0 } + i.absorbed + i.replaces).forEach { initiative($0, i.exceptions) }
        }
        if let organisation = model.checkedOrganisation {
            let members = organisation.steeringGroup.map(\.at) + organisation.tovholdere.map(\.at)
            (members + organisation.forumPartners).forEach { party($0, organisation.exceptions) }
        }
        for report in model.checkedReports { initiative(report.initiative, report.exceptions) }
        return out
    }

    fileprivate static func unknown(_ kind: String, _ id: String, _ suggestion: String) -> String {
        "there is no \(kind) \"\(id)\"\(suggestion)"
    }

    fileprivate static let goalHint = "goals are named by the file name of strategy/goals/<id>.json"
    fileprivate static let initiativeHint = "initiatives are named by the file name of strategy/initiatives/<id>.json"
    fileprivate static let partyHint =
        "write \"<partner-id>\" or \"<partner-id>/<unit-id>\", as in strategy/partners/<partner-id>.json and its units"
}
