/// `steering-group-covers-partners`: the Styregruppe has a member from every partner.
struct SteeringGroupCoversPartners: Rule {
    static let name = "steering-group-covers-partners"
    static let defaultSeverity = Diagnostic.Severity.error
    static let scope = RuleScope.kinds([.organisation, .partner, .strategy])
    static let summary = "The Styregruppe has a member from every partner of the strategy."
    static let explanation = """
        The seed (case 2018-021871, Styregruppen): "Socialchef ved Aalborg Kommune, \
        Vicepolitiinspektør/Leder af Patruljecenter Aalborg ved Nordjyllands Politi og Ledende Socialrådgiver \
        ved Aalborg Universitetshospital – Psykiatrien. Styregruppen har det overordnede ansvar for \
        strategien." – one leader from each partner. Every partner that takes part in \
        the strategy period (from "joined", until "left") has a member there; a member tied to one of the \
        partner's units counts for the partner.
        """

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        guard let organisation = model.organisation, let period = model.strategy?.period else { return [] }
        let represented = Set(organisation.steeringGroup.map(\.at.value.partner))
        let at = organisation.origin.appending("steeringGroup", "members")
        return model.partners.compactMap { partner in
            guard partner.membership(within: period) != nil, !represented.contains(partner.id) else { return nil }
            return Self.finding(
                Self.message(partner.name), at: at, hint: Self.hint(partner.id), related: [partner.origin.related(Self.partnerNote)],
                exceptions: organisation.exceptions + partner.exceptions)
        }
    }

    fileprivate static func message(_ partner: String) -> String {
        "the Styregruppe has no member from \(partner)"
    }

    fileprivate static func hint(_ id: String) -> String {
        "add the partner's member as a role: {\"role\": \"…\", \"at\": \"\(id)\"}"
    }

    fileprivate static let partnerNote = "the partner"
}
