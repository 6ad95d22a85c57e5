/// `id-matches-file`: an entity's `id` equals its file name, and a yearly report lives at
/// `reports/<its year>/<its initiative>.json`.
struct IDMatchesFile: Rule {
    static let name = "id-matches-file"
    static let defaultSeverity = Diagnostic.Severity.error
    static let scope = RuleScope.perEntity(reads: [])
    static let summary = "Every id equals its file name; a report is filed as reports/<year>/<initiative>.json."
    static let explanation = """
        One entity per file, and the file name is the entity's id; an id never changes (strategy/README.md: \
        "The file name is the id, and an id never changes"). References, the diff and the history follow \
        ids, so an "id" field that disagrees with the file name makes the same entity look like two.

        Partners, goals and initiatives write their id in "id", which must equal the file name without \
        ".json". A yearly report has no id of its own: its file name must be the id of the initiative it \
        reports on, and its folder the year it is filed under.
        """

    func check(_ model: StrategyModel, _ context: RuleContext) -> [RuleFinding] {
        var out: [RuleFinding] = []
        func entity(_ id: String, _ origin: Origin, _ exceptions: [RuleException]) {
            let idOrigin = origin.appending("id")
            guard let written = RuleSupport.value(at: idOrigin)?.stringValue, written != id else { return }
            out.append(Self.finding(Self.idMessage(written, id), at: idOrigin, hint: Self.idHint(id), exceptions: exceptions))
        }
        model.checkedPartners.forEach { entity($0.id, $0.origin, $0.exceptions) }
        model.checkedGoals.forEach { entity($0.id, $0.origin, $0.exceptions) }
        model.checkedInitiatives.forEach { entity($0.id, $0.origin, $0.exceptions) }
        for report in model.checkedReports {
            let parts = report.origin.path.split(separator: "/")
            guard parts.count >= 2 else { continue }
            let fileName = String(parts[parts.count - 1].dropLast(5)), folder = String(parts[parts.count - 2])
            if fileName != report.initiative.value {
                out.append(Self.finding(
                    Self.reportFile(report.initiative.value, fileName), at: report.initiative.origin,
                    hint: Self.reportHint(report), exceptions: report.exceptions))
            }
            if folder != String(report.year) {
                out.append(Self.finding(
                    Self.reportYear(report.year, folder), at: report.origin.appending("year"), hint: Self.reportHint(report),
                    exceptions: report.exceptions))
            }
        }
        return out
    }

    fileprivate static func idMessage(_ written: String, _ file: String) -> String {
        "the id \"\(written)\" differs from the file name \"\(file).json\""
    }

    fileprivate static func idHint(_ file: String) -> String {
        "ids never change: set \"id\" to \"\(file)\" (to rename the entity, change its \"name\" instead)"
    }

    fileprivate static func reportFile(_ initiative: String, _ file: String) -> String {
        "this report is about \"\(initiative)\", but its file is named \"\(file).json\""
    }

    fileprivate static func reportYear(_ year: Int, _ folder: String) -> String {
        "this report is for \(year), but it is filed in the folder \"\(folder)\""
    }

    fileprivate static func reportHint(_ report: Report) -> String {
        "file the report as strategy/reports/\(report.year)/\(report.initiative.value).json"
    }
}
