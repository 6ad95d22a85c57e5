/// `two-tovholdere`: the strategy has (at least) two tovholdere, at (at least) two partners.
struct TwoTovholdere: Rule {
    static let name = "two-tovholdere"
    static let defaultSeverity = Diagnostic.Severity.error
    static let scope = RuleScope.kinds([.organisation, .partner])
    static let summary = "The strategy has at least two tovholdere, from at least two partners."
    static let explanation = """
        The seed (case 2018-021871): "Tovholderne for den samlede strategi består af Netværkskoordinator \
        ved Aalborg Kommune og Forebyggelseskonsulent ved Nordjyllands Politi." They facilitate the Styregruppe and the \
        Koordinationsgruppe and handle the strategy's communication, as a shared task between the partners. \
        The rule asks for at least two tovholdere (organisation.json "tovholdere.members"), and for them to \
        belong to at least two different partners, as the seed's do.
        """

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        guard let organisation = model.organisation else { return [] }
        let members = organisation.tovholdere
        let at = organisation.origin.appending("tovholdere", "members")
        if members.count < 2 {
            return [Self.finding(Self.tooFew(members.count), at: at, hint: Self.hint, exceptions: organisation.exceptions)]
        }
        let partners = Set(members.map(\.at.value.partner))
        if partners.count < 2, let partner = partners.first {
            let name = model.partner(partner)?.name ?? partner
            return [Self.finding(Self.onePartner(name), at: at, hint: Self.hint, exceptions: organisation.exceptions)]
        }
        return []
    }

    fileprivate static func tooFew(_ count: Int) -> String {
        count == 0 ? "the strategy has no tovholdere; it needs two" : "the strategy has only one tovholder; it needs two"
    }

    fileprivate static func onePartner(_ partner: String) -> String {
        "all the strategy's tovholdere are at \(partner); they should come from two partners"
    }

    fileprivate static let hint =
        "list the two tovholdere as roles, e.g. {\"role\": \"Netværkskoordinator\", \"at\": \"aalborg-kommune\"} and {\"role\": \"Forebyggelseskonsulent\", \"at\": \"nordjyllands-politi\"}"
}
