import JSON
import Messages

/// `assumption-field-resolves`: every `assumptions[].field` points at a field the file has.
///
/// An assumption of kind "unknown" may point at a field that is absent: the sources are silent, so
/// the field is empty or left out.
struct AssumptionFieldResolves: EntityRule {
    static let name = "assumption-field-resolves"
    static let defaultSeverity = Diagnostic.Severity.warning
    static let checks = Set(ContentLayout.Kind.allCases)
    static let reads: Set<ContentLayout.Kind> = []

    func check(_ entity: Entity, in model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        let origin = entity.origin
        guard let root = RuleSupport.value(at: origin), let assumptions = root["assumptions"]?.arrayValue else { return [] }
        return assumptions.enumerated().compactMap { i, assumption in
            guard let field = assumption["field"]?.stringValue, assumption["kind"]?.stringValue != "unknown" else { return nil }
            let pointer = try? JSONPointer(parsing: field)
            if let pointer, pointer.resolve(in: root) != nil { return nil }
            return Self.finding(
                pointer == nil ? Self.notAPointer(field) : Self.missing(field),
                at: origin.appending("assumptions", String(i), "field"), hint: Self.hint, exceptions: entity.exceptions)
        }
    }

    fileprivate static func missing(_ field: String) -> Message {
        Message("rule.assumption-field-resolves.missing", ["field": .text(field)])
    }

    fileprivate static func notAPointer(_ field: String) -> Message {
        Message("rule.assumption-field-resolves.not-a-pointer", ["field": .text(field)])
    }

    fileprivate static let hint = Message("rule.assumption-field-resolves.hint")
}
