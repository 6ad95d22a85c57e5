/// `partner-coverage`: every partner owns an ongoing initiative on every day of the strategy period
/// on which it is a partner.
///
/// The days a partner must be covered run from when it joined (or the strategy's first day) to when
/// it left (or the strategy's last day). An initiative owned by one of the partner's units counts for
/// the partner. Gaps are reported as date ranges, with the owned initiatives around them.
struct PartnerCoverage: Rule {
    static let name = "partner-coverage"
    static let defaultSeverity = Diagnostic.Severity.error
    static let scope = RuleScope.perPartner(reads: [.strategy, .partner])
    static let summary = "Every partner owns at least one ongoing initiative on every day of the strategy period."
    static let explanation = """
        The seed (case 2018-021871, Organisering) asks that "Alle involverede forvaltninger, Nordjyllands \
        Politi og Region Nordjylland skal have mindst en igangværende indsats i hele perioden": every involved \
        department, Nordjyllands Politi and Region Nordjylland must have at least one ongoing initiative \
        throughout the period.

        For every partner, the days it must be covered are the strategy period (strategy.json "period") \
        clipped to its membership ("joined" to "left"). An initiative counts on the days of its period while \
        its status is active (an open end runs to the end of the strategy period); ended and merged \
        initiatives count up to their last day. An owner "partner/unit" counts for its partner too. Both \
        ends of a period are included, so an initiative ending on 2019-06-30 and another starting on \
        2019-07-01 leave no gap. Each gap is reported with its first and last day.
        """

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        let coverage = CoverageCheck(model: model, context: context)
        guard let period = coverage.strategyPeriod else { return [] }
        let partners = model.checkedPartners
        return partners.flatMap { partner -> [RuleFinding] in
            guard let target = partner.membership(within: period) else { return [] }
            return coverage.findings(
                Self.self, name: partner.name, target: target, owned: model.initiativeIndices(ownedBy: partner.id),
                at: partner.origin.appending("name"), exceptions: partner.exceptions)
        }
    }
}
