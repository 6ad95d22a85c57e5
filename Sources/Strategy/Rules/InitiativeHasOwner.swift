/// `initiative-has-owner`: every active initiative names at least one owner.
struct InitiativeHasOwner: Rule {
    static let name = "initiative-has-owner"
    static let defaultSeverity = Diagnostic.Severity.warning
    static let scope = RuleScope.perEntity(reads: [])
    static let summary = "Every active initiative names at least one owner (a partner or unit responsible for it)."
    static let explanation = """
        Every initiative has someone responsible for it. The seed (case 2018-021871): "Tovholderne for de \
        enkelte indsatser er ansvarlige for "egne" prioriterede indsatser, og er ansvarlige for formidling \
        omkring "egne" indsatser." Ownership is what the coverage requirement counts ("Alle \
        involverede forvaltninger, Nordjyllands Politi og Region Nordjylland skal have mindst en \
        igangværende indsats i hele perioden"). An active initiative with an empty "owners" list counts for \
        nobody.

        The default severity is warning, not error: when the sources do not say who owns an initiative, \
        the content leaves "owners" empty and marks it as unknown in "assumptions" rather than inventing an \
        owner, and that is honest content, not a broken file.
        """

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        model.checkedInitiatives.compactMap { initiative in
            guard initiative.status == .active, initiative.owners.isEmpty else { return nil }
            return Self.finding(
                Self.message(initiative.name), at: initiative.origin.appending("owners"), hint: Self.hint,
                exceptions: initiative.exceptions)
        }
    }

    fileprivate static func message(_ name: String) -> String {
        "the active initiative “\(name)” has no owner"
    }

    fileprivate static let hint =
        "add the responsible partner or unit to \"owners\" (e.g. \"aalborg-kommune/skoleforvaltningen\") when it is known"
}
