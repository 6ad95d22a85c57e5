import Messages

/// `owner-is-partner`: an owner is a partner of the strategy (joined and not left) on every day it
/// owns an initiative, and an owner's own dates lie within the initiative's period.
///
/// An owner owns an initiative for its whole period, or — written `{"owner": …, "from": …, "to": …}`
/// — on its own days within it. A unit is a partner when its partner is. The finding names the days
/// outside the partnership and gives the exact entry that fixes it. Owners that name no partner are
/// `reference-resolves`' findings, not this rule's.
///
/// From the seed: "Fra 2018 indgår Nordjyllands Politi og Aalborg Kommune i et partnerskab med Region
/// Nordjylland – Psykiatrien" — a partner can only own what the strategy does while it takes part.
struct OwnerIsPartner: EntityRule {
    static let name = "owner-is-partner"
    static let defaultSeverity = Diagnostic.Severity.error
    static let excusable = true
    static let checks: Set<ContentLayout.Kind> = [.initiative]
    static let reads: Set<ContentLayout.Kind> = [.partner]

    func check(_ entity: Entity, in model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        guard case .initiative(let initiative) = entity, let period = initiative.period else { return [] }
        var out: [RuleFinding] = []
        for (i, owner) in initiative.owners.enumerated() {
            let dates = initiative.ownerDates.indices.contains(i) ? initiative.ownerDates[i] : OwnerDates()
            if let problem = Self.datesProblem(dates, period) {
                out.append(Self.finding(problem, at: owner.origin, hint: Self.datesHint, exceptions: initiative.exceptions))
                continue
            }
            guard let partner = model.partner(owner.value.partner), let days = initiative.ownership(i) else { continue }
            out += Self.outside(days, partner, owner, initiative)
        }
        return out
    }

    /// What is wrong with an entry's own dates, if anything.
    static func datesProblem(_ dates: OwnerDates, _ period: Period) -> Message? {
        if let from = dates.from, let to = dates.to, to < from {
            return Message("rule.owner-is-partner.backwards", ["from": .day(from), "to": .day(to)])
        }
        if let from = dates.from, from < period.from || (period.to.map { from > $0 } ?? false) {
            return Message("rule.owner-is-partner.from-outside", ["day": .day(from), "period": RuleSupport.describe(period)])
        }
        if let to = dates.to, to < period.from || (period.to.map { to > $0 } ?? false) {
            return Message("rule.owner-is-partner.to-outside", ["day": .day(to), "period": RuleSupport.describe(period)])
        }
        return nil
    }

    /// The findings for the days `days` an owner of `partner` owns the initiative outside the partnership.
    static func outside(_ days: Period, _ partner: Partner, _ owner: Located<PartyRef>, _ initiative: Initiative) -> [RuleFinding]
    {
        var out: [RuleFinding] = []
        let ref = owner.value.description
        if let joined = partner.joined, days.from < joined {
            out.append(
                finding(
                    Message(
                        "rule.owner-is-partner.before-joining",
                        [
                            "owner": .name(partner.name), "initiative": .name(initiative.name), "from": .day(days.from),
                            "joined": .day(joined),
                        ]),
                    at: owner.origin,
                    hint: days.to.map { $0 < joined } ?? false
                        ? neverHint(partner, initiative.id) : fromHint(ref, joined, days.to, initiative.id),
                    related: [partner.origin.appending("joined").related(Message("rule.owner-is-partner.joined-here"))],
                    exceptions: initiative.exceptions))
        }
        if let left = partner.left, days.to.map({ $0 > left }) ?? true {
            out.append(
                finding(
                    Message(
                        "rule.owner-is-partner.after-leaving",
                        [
                            "owner": .name(partner.name), "initiative": .name(initiative.name), "left": .day(left),
                        ]),
                    at: owner.origin,
                    hint: days.from > left
                        ? neverHint(partner, initiative.id)
                        : toHint(ref, max(days.from, partner.joined ?? days.from), left, initiative.id),
                    related: [partner.origin.appending("left").related(Message("rule.owner-is-partner.left-here"))],
                    exceptions: initiative.exceptions))
        }
        return out
    }

    fileprivate static func fromHint(_ ref: String, _ joined: Day, _ to: Day?, _ id: String) -> Message {
        let entry =
            to.map { #"{"owner": "\#(ref)", "from": "\#(joined)", "to": "\#($0)"}"# }
            ?? #"{"owner": "\#(ref)", "from": "\#(joined)"}"#
        return Message("rule.owner-is-partner.hint", ["entry": .text(entry), "id": .text(id)])
    }

    /// For an owner whose days all lie outside the partnership: no dates of its own can fix it.
    fileprivate static func neverHint(_ partner: Partner, _ id: String) -> Message {
        Message("rule.owner-is-partner.never.hint", ["owner": .name(partner.name), "id": .text(id)])
    }

    fileprivate static func toHint(_ ref: String, _ from: Day, _ left: Day, _ id: String) -> Message {
        let entry = #"{"owner": "\#(ref)", "from": "\#(from)", "to": "\#(left)"}"#
        return Message("rule.owner-is-partner.hint", ["entry": .text(entry), "id": .text(id)])
    }

    fileprivate static let datesHint = Message("rule.owner-is-partner.dates.hint")
}
