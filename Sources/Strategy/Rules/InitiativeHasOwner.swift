import Messages

/// `initiative-has-owner`: every active initiative names at least one owner.
struct InitiativeHasOwner: EntityRule {
    static let name = "initiative-has-owner"
    static let defaultSeverity = Diagnostic.Severity.warning
    static let excusable = true
    static let checks: Set<ContentLayout.Kind> = [.initiative]
    static let reads: Set<ContentLayout.Kind> = []

    func check(_ entity: Entity, in model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        guard case .initiative(let initiative) = entity, initiative.status == .active, initiative.owners.isEmpty else {
            return []
        }
        return [
            Self.finding(
                Self.message(initiative.name), at: initiative.origin.appending("owners"), hint: Self.hint,
                exceptions: initiative.exceptions)
        ]
    }

    fileprivate static func message(_ name: String) -> Message {
        Message("rule.initiative-has-owner.message", ["initiative": .name(name)])
    }

    fileprivate static let hint = Message("rule.initiative-has-owner.hint")
}
