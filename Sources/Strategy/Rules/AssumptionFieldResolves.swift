import JSON

/// `assumption-field-resolves`: every `assumptions[].field` points at a field the file has.
///
/// An assumption of kind "unknown" may point at a field that is absent: the sources are silent, so
/// the field is empty or left out.
struct AssumptionFieldResolves: Rule {
    static let name = "assumption-field-resolves"
    static let defaultSeverity = Diagnostic.Severity.warning
    static let scope = RuleScope.perEntity(reads: [])
    static let summary = "Every assumption names, as a JSON Pointer, a field its file has (unless the field is unknown)."
    static let explanation = """
        Everything the sources do not establish is marked in the file's "assumptions", field by field, as \
        "inferred", "chosen" or "unknown" (strategy/README.md, Sources and assumptions). The mark must sit on \
        a field that is there: a pointer like "/owners/0" that no longer resolves after an edit leaves a \
        value looking sourced when it is not.

        "field" is a JSON Pointer into the same file ("/period/from", "/owners/0"). For kind "unknown" the \
        field may be absent, since the sources are silent and the value is left out.
        """

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        var roots: [(Origin, [RuleException])] = []
        if let s = model.checkedStrategy { roots.append((s.origin, s.exceptions)) }
        if let o = model.checkedOrganisation { roots.append((o.origin, o.exceptions)) }
        roots += model.checkedPartners.map { ($0.origin, $0.exceptions) }
        roots += model.checkedGoals.map { ($0.origin, $0.exceptions) }
        roots += model.checkedInitiatives.map { ($0.origin, $0.exceptions) }
        roots += model.checkedReports.map { ($0.origin, $0.exceptions) }
        return roots.flatMap { check($0.0, $0.1) }
    }

    /// The assumptions of one file whose field does not resolve.
    func check(_ entity: Origin, _ exceptions: [RuleException]) -> [RuleFinding] {
        guard let assumptions = RuleSupport.value(at: entity)?["assumptions"]?.arrayValue else { return [] }
        let root = RuleSupport.value(at: entity) ?? .null
        return assumptions.enumerated().compactMap { i, assumption in
            guard let field = assumption["field"]?.stringValue, assumption["kind"]?.stringValue != "unknown" else { return nil }
            let pointer = try? JSONPointer(parsing: field)
            if let pointer, pointer.resolve(in: root) != nil { return nil }
            return Self.finding(
                pointer == nil ? Self.notAPointer(field) : Self.missing(field), at: entity.appending("assumptions", String(i), "field"),
                hint: Self.hint, exceptions: exceptions)
        }
    }

    fileprivate static func missing(_ field: String) -> String {
        "this assumption is about \"\(field)\", but the file has no such field"
    }

    fileprivate static func notAPointer(_ field: String) -> String {
        "this assumption's field \"\(field)\" is not a JSON Pointer"
    }

    fileprivate static let hint =
        "point at the field the assumption is about (e.g. \"/owners/0\"), or use kind \"unknown\" if the field is absent because nothing is known"
}
