/// `partner-coverage`: every partner owns an ongoing initiative on every day of the strategy period
/// on which it is a partner.
///
/// The days a partner must be covered run from when it joined (or the strategy's first day) to when
/// it left (or the strategy's last day). An initiative owned by one of the partner's units counts for
/// the partner. Gaps are reported as date ranges, with the owned initiatives around them.
struct PartnerCoverage: PartnerRule {
    static let name = "partner-coverage"
    static let defaultSeverity = Diagnostic.Severity.error
    static let excusable = true
    static let reads: Set<ContentLayout.Kind> = [.strategy]

    func check(_ partner: Partner, in model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        let coverage = CoverageCheck(model: model, context: context)
        guard let period = coverage.strategyPeriod, let target = partner.membership(within: period) else { return [] }
        return coverage.findings(
            Self.self, owner: partner.id, name: partner.name, target: target, owned: model.initiativeIndices(ownedBy: partner.id),
            at: partner.origin.appending("name"), exceptions: partner.exceptions)
    }
}
