/// The entities a commit changed in place: same files, same ids, new content. A change that adds or
/// removes entities rebuilds the model and runs every rule instead.
struct ModelChange: Sendable {
    /// The files of the changed entities.
    var paths: Set<String> = []
    /// The kinds of the changed entities.
    var kinds: Set<ContentLayout.Kind> = []
    /// The partners that owned a changed initiative, before or after the change (an owner
    /// "partner/unit" names its partner).
    var owners: Set<String> = []

    var isEmpty: Bool { paths.isEmpty }
}

/// What the rules found in the last run, rule by rule, so that the next commit of a range redoes
/// only what its change requires — the one place where incremental checking is decided.
///
/// After a ``ModelChange``:
/// - a ``ModelRule`` runs again when a kind it reads changed, and keeps its findings otherwise;
/// - an ``EntityRule`` runs in full when a kind it reads changed; otherwise its findings about the
///   changed entities are dropped and those entities alone are handed to it again;
/// - a ``PartnerRule`` runs in full when a kind it reads changed; otherwise its findings about the
///   partners that owned a changed initiative (before or after) or were changed themselves are
///   dropped and those partners alone are handed to it again.
///
/// Without a change, or without a remembered run, every rule runs in full. The memory is a value:
/// copies never share what they remember.
struct RuleMemory: Sendable {
    /// Raw findings (before settings and exceptions) by rule name.
    private(set) var byRule: [String: [RuleFinding]] = [:]
    /// Whether ``byRule`` describes the model the next change starts from.
    private(set) var isValid = false

    mutating func remember(_ findings: [String: [RuleFinding]]) {
        byRule = findings
        isValid = true
    }

    /// Forgets everything: the next run checks every rule in full.
    mutating func forget() {
        byRule = [:]
        isValid = false
    }

    /// The raw findings of `rule` on `model`, redoing only what `change` requires when the memory
    /// holds the rule's findings from before it.
    func findings(
        of rule: any Rule.Type, _ model: StrategyModel, _ context: RuleContext, change: ModelChange?,
        entities: EntityList? = nil
    ) -> [RuleFinding] {
        let previous = isValid ? byRule[rule.name] : nil
        switch rule {
        case let rule as any ModelRule.Type:
            if let previous, let change, rule.reads.isDisjoint(with: change.kinds) { return previous }
            return rule.init().check(model, context)
        case let rule as any EntityRule.Type:
            return Self.entityFindings(
                rule, model, context, previous: previous, change: change, entities: entities ?? EntityList(model))
        case let rule as any PartnerRule.Type:
            return Self.partnerFindings(rule, model, context, previous: previous, change: change)
        default:
            return []
        }
    }

    private static func entityFindings(
        _ rule: any EntityRule.Type, _ model: StrategyModel, _ context: RuleContext, previous: [RuleFinding]?,
        change: ModelChange?, entities: EntityList
    ) -> [RuleFinding] {
        let checker = rule.init()
        guard let previous, let change, rule.reads.isDisjoint(with: change.kinds) else {
            var out: [RuleFinding] = []
            for kind in ContentLayout.Kind.allCases where rule.checks.contains(kind) {
                for entity in entities[kind] { out += checker.check(entity, in: model, context) }
            }
            return out
        }
        var out = previous.filter { !change.paths.contains($0.diagnostic.path ?? "") }
        for path in change.paths.sorted() {
            guard let entity = model.entity(at: path), rule.checks.contains(entity.kind) else { continue }
            out += checker.check(entity, in: model, context)
        }
        return out
    }

    private static func partnerFindings(
        _ rule: any PartnerRule.Type, _ model: StrategyModel, _ context: RuleContext, previous: [RuleFinding]?,
        change: ModelChange?
    ) -> [RuleFinding] {
        let checker = rule.init()
        guard let previous, let change, rule.reads.isDisjoint(with: change.kinds), !rule.reads.contains(.initiative) else {
            return model.partners.flatMap { checker.check($0, in: model, context) }
        }
        var ids = change.owners
        for path in change.paths {
            if let (kind, id) = ContentLayout.classify(path), kind == .partner { ids.insert(id) }
        }
        let partners = ids.sorted().compactMap { model.partner($0) }
        let paths = Set(partners.map(\.origin.path))
        return previous.filter { !paths.contains($0.diagnostic.path ?? "") }
            + partners.flatMap { checker.check($0, in: model, context) }
    }
}

/// The model's entities by kind, wrapped once per run and handed to every ``EntityRule`` (each
/// ``Entity`` is one boxed value, so the rules share it instead of copying it).
struct EntityList: Sendable {
    private var byKind: [ContentLayout.Kind: [Entity]] = [:]

    init(_ model: StrategyModel) {
        byKind[.strategy] = model.strategy.map { [.strategy($0)] } ?? []
        byKind[.organisation] = model.organisation.map { [.organisation($0)] } ?? []
        byKind[.partner] = model.partners.map(Entity.partner)
        byKind[.goal] = model.goals.map(Entity.goal)
        byKind[.initiative] = model.initiatives.map(Entity.initiative)
        byKind[.report] = model.reports.map(Entity.report)
    }

    subscript(kind: ContentLayout.Kind) -> [Entity] { byKind[kind] ?? [] }
}
