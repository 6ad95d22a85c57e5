import Messages

/// `id-matches-file`: an entity's `id` equals its file name, and a yearly report lives at
/// `reports/<its year>/<its initiative>.json`.
struct IDMatchesFile: EntityRule {
    static let name = "id-matches-file"
    static let defaultSeverity = Diagnostic.Severity.error
    static let checks: Set<ContentLayout.Kind> = [.partner, .goal, .initiative, .report]
    static let reads: Set<ContentLayout.Kind> = []

    func check(_ entity: Entity, in model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        switch entity {
        case .partner(let e): return check(id: e.id, e.origin, e.exceptions)
        case .goal(let e): return check(id: e.id, e.origin, e.exceptions)
        case .initiative(let e): return check(id: e.id, e.origin, e.exceptions)
        case .report(let report): return check(report)
        default: return []
        }
    }

    private func check(id: String, _ origin: Origin, _ exceptions: [RuleException]) -> [RuleFinding] {
        let idOrigin = origin.appending("id")
        guard let written = RuleSupport.value(at: idOrigin)?.stringValue, written != id else { return [] }
        return [Self.finding(Self.idMessage(written, id), at: idOrigin, hint: Self.idHint(id), exceptions: exceptions)]
    }

    private func check(_ report: Report) -> [RuleFinding] {
        let parts = report.origin.path.split(separator: "/")
        guard parts.count >= 2 else { return [] }
        var out: [RuleFinding] = []
        let fileName = String(parts[parts.count - 1].dropLast(5)), folder = String(parts[parts.count - 2])
        if fileName != report.initiative.value {
            out.append(
                Self.finding(
                    Self.reportFile(report.initiative.value, fileName), at: report.initiative.origin,
                    hint: Self.reportHint(report), exceptions: report.exceptions))
        }
        if folder != String(report.year) {
            out.append(
                Self.finding(
                    Self.reportYear(report.year, folder), at: report.origin.appending("year"),
                    hint: Self.yearHint(report, folder: folder), exceptions: report.exceptions))
        }
        return out
    }

    fileprivate static func idMessage(_ written: String, _ file: String) -> Message {
        Message("rule.id-matches-file.id", ["id": .text(written), "file": .text(file)])
    }

    fileprivate static func idHint(_ file: String) -> Message {
        guard IDs.isValid(file) else { return Message("rule.id-matches-file.id.rename-file.hint", ["id": .text(file)]) }
        return Message("rule.id-matches-file.id.hint", ["file": .text(file)])
    }

    fileprivate static func reportFile(_ initiative: String, _ file: String) -> Message {
        Message("rule.id-matches-file.report-file", ["initiative": .text(initiative), "file": .text(file)])
    }

    fileprivate static func reportYear(_ year: Int, _ folder: String) -> Message {
        Message("rule.id-matches-file.report-year", ["year": .count(year), "folder": .text(folder)])
    }

    fileprivate static func reportHint(_ report: Report) -> Message {
        Message(
            "rule.id-matches-file.report.hint",
            ["year": .count(report.year), "initiative": .text(report.initiative.value)])
    }

    /// A report filed under another year's folder: either its "year" or its folder is wrong, and the
    /// editor knows which; both fixes are named, neither assumes a file exists.
    fileprivate static func yearHint(_ report: Report, folder: String) -> Message {
        Message(
            "rule.id-matches-file.report-year.hint",
            ["year": .count(report.year), "folder": .text(folder), "initiative": .text(report.initiative.value)])
    }
}
