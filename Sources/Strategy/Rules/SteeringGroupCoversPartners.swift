import Messages

/// `steering-group-covers-partners`: the Styregruppe has a member from every partner.
struct SteeringGroupCoversPartners: ModelRule {
    static let name = "steering-group-covers-partners"
    static let defaultSeverity = Diagnostic.Severity.error
    static let excusable = true
    static let reads: Set<ContentLayout.Kind> = [.organisation, .partner, .strategy]

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        guard let organisation = model.organisation, let period = model.strategy?.period else { return [] }
        let represented = Set(organisation.steeringGroup.map(\.at.value.partner))
        let at = organisation.origin.appending("steeringGroup", "members")
        return model.partners.compactMap { partner in
            guard partner.membership(within: period) != nil, !represented.contains(partner.id) else { return nil }
            return Self.finding(
                Self.message(partner.name), at: at, hint: Self.hint(partner.id),
                related: [partner.origin.related(Self.partnerNote)],
                exceptions: organisation.exceptions + partner.exceptions)
        }
    }

    fileprivate static func message(_ partner: String) -> Message {
        Message("rule.steering-group-covers-partners.message", ["partner": .name(partner)])
    }

    fileprivate static func hint(_ id: String) -> Message {
        Message("rule.steering-group-covers-partners.hint", ["id": .text(id)])
    }

    fileprivate static let partnerNote = Message("rule.steering-group-covers-partners.partner-note")
}
