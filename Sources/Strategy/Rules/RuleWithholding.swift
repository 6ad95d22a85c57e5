import Messages

/// Holds back the rules' findings that could be wrong because content files have errors.
///
/// A file with errors is not in the model, so a rule that reads its kind may report what the file,
/// once fixed, would settle (a coverage gap its initiative closes, a reference to it that seems to
/// name nothing). Those findings are withheld with one note naming the files; everything the broken
/// files cannot affect is reported, so an editor fixing one file does not meet a second wave of
/// findings afterwards.
struct RuleWithholding {
    /// The content files that did not pass, sorted.
    let brokenFiles: [String]

    func apply(to findings: [Diagnostic]) -> [Diagnostic] {
        guard !brokenFiles.isEmpty else { return findings }
        let broken = brokenFiles.compactMap(ContentLayout.classify)
        let kinds = Set(broken.map(\.kind)), ids = Set(broken.map(\.id))
        var kept: [Diagnostic] = [], withheldRules = Set<String>(), withheld = 0
        for finding in findings {
            if let rule = RuleEngine.rule(named: finding.code), Self.depends(rule, finding, on: kinds, ids: ids) {
                withheld += 1
                withheldRules.insert(rule.name)
            } else {
                kept.append(finding)
            }
        }
        // An exception to a rule whose findings were withheld may look unused only because of that.
        kept.removeAll { finding in
            guard finding.code == "unused-exception", case .text(let rule)? = finding.message.arguments["rule"],
                withheldRules.contains(rule)
            else { return false }
            withheld += 1
            return true
        }
        guard withheld > 0 else { return kept }
        return kept + [
            Diagnostic(
                severity: .note, code: "rules-withheld",
                message: Message(
                    "validate.rules-withheld",
                    [
                        "count": .count(withheld), "files": .list(brokenFiles.map { .text($0) }, .and),
                        "fileCount": .count(brokenFiles.count),
                    ]),
                hint: Message("validate.rules-withheld.hint"))
        ]
    }

    /// Whether this withholding holds back `finding` (a rule's finding that could depend on the broken files).
    func withholds(_ finding: Diagnostic) -> Bool {
        let broken = brokenFiles.compactMap(ContentLayout.classify)
        guard let rule = RuleEngine.rule(named: finding.code) else { return false }
        return Self.depends(rule, finding, on: Set(broken.map(\.kind)), ids: Set(broken.map(\.id)))
    }

    /// Whether a finding of `rule` could depend on entities of the broken `kinds` or with the broken `ids`.
    static func depends(
        _ rule: any Rule.Type, _ finding: Diagnostic, on kinds: Set<ContentLayout.Kind>, ids: Set<String>
    ) -> Bool {
        if rule == ReferenceResolves.self {
            guard case .text(let id)? = finding.message.arguments["id"] else { return true }
            return ids.contains(id) || ids.contains(PartyRef(id).partner)
        }
        return !dependencies(of: rule).isDisjoint(with: kinds)
    }

    /// The kinds of entity a rule's findings can depend on, besides the entity they are about.
    static func dependencies(of rule: any Rule.Type) -> Set<ContentLayout.Kind> {
        switch rule {
        case let rule as any ModelRule.Type: return rule.reads
        case let rule as any EntityRule.Type: return rule.reads
        case let rule as any PartnerRule.Type: return rule.reads.union([.initiative])
        default: return Set(ContentLayout.Kind.allCases)
        }
    }
}
