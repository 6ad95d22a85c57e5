import Messages

/// `unit-coverage`: every involved unit of a partner (for Aalborg Kommune: every involved department)
/// owns an ongoing initiative on every day of the strategy period on which its partner is a partner.
///
/// Only initiatives the unit itself owns count ("partner/unit" in `owners`); an initiative owned by
/// the partner as a whole does not name the department that carries it.
struct UnitCoverage: PartnerRule {
    static let name = "unit-coverage"
    static let defaultSeverity = Diagnostic.Severity.error
    static let excusable = true
    static let reads: Set<ContentLayout.Kind> = [.strategy]

    func check(_ partner: Partner, in model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        let coverage = CoverageCheck(model: model, context: context)
        guard let period = coverage.strategyPeriod, let target = partner.membership(within: period) else { return [] }
        var out: [RuleFinding] = []
        for unit in partner.units where unit.involved {
            out += coverage.findings(
                Self.self, owner: "\(partner.id)/\(unit.id)", name: Self.displayName(unit, of: partner), target: target,
                owned: model.initiativeIndices(ownedBy: "\(partner.id)/\(unit.id)"), at: unit.origin.appending("name"),
                exceptions: unit.exceptions)
        }
        return out
    }

    fileprivate static func displayName(_ unit: Unit, of partner: Partner) -> String {
        "\(unit.name) (\(partner.name))"
    }
}
