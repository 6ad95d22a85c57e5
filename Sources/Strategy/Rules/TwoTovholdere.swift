import Messages

/// `two-tovholdere`: the strategy has (at least) two tovholdere, at (at least) two partners.
struct TwoTovholdere: ModelRule {
    static let name = "two-tovholdere"
    static let defaultSeverity = Diagnostic.Severity.error
    static let excusable = true
    static let reads: Set<ContentLayout.Kind> = [.organisation, .partner]

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

    fileprivate static func tooFew(_ count: Int) -> Message {
        count == 0 ? Message("rule.two-tovholdere.none") : Message("rule.two-tovholdere.one")
    }

    fileprivate static func onePartner(_ partner: String) -> Message {
        Message("rule.two-tovholdere.one-partner", ["partner": .name(partner)])
    }

    fileprivate static let hint = Message("rule.two-tovholdere.hint")
}
