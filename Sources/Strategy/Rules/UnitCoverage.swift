/// `unit-coverage`: every involved unit of a partner (for Aalborg Kommune: every involved department)
/// owns an ongoing initiative on every day of the strategy period on which its partner is a partner.
///
/// Only initiatives the unit itself owns count ("partner/unit" in `owners`); an initiative owned by
/// the partner as a whole does not name the department that carries it.
struct UnitCoverage: Rule {
    static let name = "unit-coverage"
    static let defaultSeverity = Diagnostic.Severity.error
    static let scope = RuleScope.perPartner(reads: [.strategy, .partner])
    static let summary = "Every involved unit owns at least one ongoing initiative on every day of the strategy period."
    static let explanation = """
        The seed (case 2018-021871, Organisering) asks that "Alle involverede forvaltninger, Nordjyllands \
        Politi og Region Nordjylland skal have mindst en igangværende indsats i hele perioden": every involved \
        department must have at least one ongoing initiative throughout the period.

        For every unit with "involved": true, the days it must be covered are the strategy period clipped to \
        its partner's membership. Only initiatives that name the unit itself among their owners \
        ("aalborg-kommune/skoleforvaltningen") count; their days are counted as for partner-coverage \
        (active: the whole period, an open end to the end of the strategy; ended or merged: up to the last \
        day; both ends included). A unit that is not involved ("involved": false) is not checked.
        """

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        let coverage = CoverageCheck(model: model, context: context)
        guard let period = coverage.strategyPeriod else { return [] }
        let partners = model.checkedPartners
        var out: [RuleFinding] = []
        for partner in partners {
            guard let target = partner.membership(within: period) else { continue }
            for unit in partner.units where unit.involved {
                out += coverage.findings(
                    Self.self, name: Self.displayName(unit, of: partner), target: target,
                    owned: model.initiativeIndices(ownedBy: "\(partner.id)/\(unit.id)"), at: unit.origin.appending("name"),
                    exceptions: unit.exceptions)
            }
        }
        return out
    }

    fileprivate static func displayName(_ unit: Unit, of partner: Partner) -> String {
        "\(unit.name) (\(partner.name))"
    }
}
