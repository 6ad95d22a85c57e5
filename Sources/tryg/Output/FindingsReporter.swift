import JSON
import Messages
import Strategy

/// Renders the findings of one snapshot in every format: all of them, or — compared with a base —
/// the new ones in full, the fixed ones a line each, and one line counting those left unchanged.
struct FindingsReporter {
    let format: OutputOptions.Format
    let style: Style
    let speaker: Speaker
    /// What was checked, for the summary ("the work tree", "HEAD").
    let what: Message

    /// The report of a check, with its comparison when one was asked for.
    func render(_ report: ValidationReport, comparison: FindingComparison?, base: String?) -> String {
        let shown = comparison?.new ?? report.diagnostics
        switch format {
        case .text:
            let reporter = TextReporter(style: style, sources: report.sources, speaker: speaker)
            var out = reporter.render(shown)
            if !shown.isEmpty { out += "\n" }
            if let comparison, let base {
                out += fixedLines(comparison.fixed, reporter)
                out += compareSummary(report.filesChecked, comparison, base: base, reporter)
            } else {
                out += reporter.summary(filesChecked: report.filesChecked, report.counts, what: what)
            }
            return out
        case .json:
            return json(report, comparison: comparison, base: base)
        case .github:
            return GitHubReporter(speaker: speaker).render(shown)
        case .sarif:
            return SARIFReporter(speaker: speaker).render(shown, rules: RuleEngine.codeDescriptions)
        case .codequality:
            return CodeQualityReporter(speaker: speaker).render(shown)
        }
    }

    /// "fixed: path:line: message [code]", one line per finding the change fixed.
    func fixedLines(_ fixed: [Diagnostic], _ reporter: TextReporter) -> String {
        fixed.map { d in
            style.green(speaker.say("report.fixed-label")) + " " + reporter.place(d.path, d.location) + " "
                + speaker.say(d.message) + " " + style.dim("[\(d.code)]") + "\n"
        }.joined() + (fixed.isEmpty ? "" : "\n")
    }

    /// "checked 47 files in the work tree against HEAD: 1 new error" and the count of the rest.
    func compareSummary(_ files: Int, _ comparison: FindingComparison, base: String, _ reporter: TextReporter) -> String {
        let head = speaker.say(
            "report.checked-files-against", ["count": .count(files), "what": .message(what), "base": .text(base)])
        let counts = DiagnosticCounts(comparison.new)
        var out = head
        if counts.isEmpty {
            out += style.green(speaker.say("report.no-new-problems"))
        } else {
            let text = Self.newTally(counts, speaker)
            out += counts.errors > 0 ? style.red(text) : style.yellow(text)
        }
        if !comparison.fixed.isEmpty {
            out += "; " + speaker.say("report.fixed-count", ["count": .count(comparison.fixed.count)])
        }
        out += "\n"
        if !comparison.unchanged.isEmpty {
            out +=
                style.dim(
                    speaker.say(
                        "report.unchanged", ["tally": .text(Self.earlierTally(DiagnosticCounts(comparison.unchanged), speaker))]))
                + "\n"
        }
        return out
    }

    static func newTally(_ counts: DiagnosticCounts, _ speaker: Speaker) -> String {
        var parts: [String] = []
        if counts.errors > 0 { parts.append(speaker.say("count.new-errors", ["count": .count(counts.errors)])) }
        if counts.warnings > 0 { parts.append(speaker.say("count.new-warnings", ["count": .count(counts.warnings)])) }
        if counts.notes > 0 { parts.append(speaker.say("count.new-notes", ["count": .count(counts.notes)])) }
        return parts.joined(separator: ", ")
    }

    static func earlierTally(_ counts: DiagnosticCounts, _ speaker: Speaker) -> String {
        var parts: [String] = []
        if counts.errors > 0 { parts.append(speaker.say("count.earlier-errors", ["count": .count(counts.errors)])) }
        if counts.warnings > 0 { parts.append(speaker.say("count.earlier-warnings", ["count": .count(counts.warnings)])) }
        if counts.notes > 0 { parts.append(speaker.say("count.earlier-notes", ["count": .count(counts.notes)])) }
        return parts.joined(separator: ", ")
    }

    /// The JSON report (see ``JSONReport``); compared with a base it lists the new findings under
    /// `diagnostics`, the fixed ones under `fixed`, and counts the unchanged ones.
    func json(_ report: ValidationReport, comparison: FindingComparison?, base: String?) -> String {
        let encoder = JSONReport(speaker: speaker)
        let snapshot = speaker.say(what)
        guard let comparison else { return encoder.render(report, snapshot: snapshot) }
        let counts = DiagnosticCounts(comparison.new), unchanged = DiagnosticCounts(comparison.unchanged)
        func tally(_ c: DiagnosticCounts) -> JSONValue {
            JSONReport.object([
                ("errors", JSONReport.number(c.errors)), ("warnings", JSONReport.number(c.warnings)),
                ("notes", JSONReport.number(c.notes)),
            ])
        }
        let root = JSONReport.object([
            ("tool", JSONReport.string("tryg")),
            ("formatVersion", JSONReport.number(1)),
            ("snapshot", JSONReport.string(snapshot)),
            ("base", base.map(JSONReport.string) ?? .null),
            ("filesChecked", JSONReport.number(report.filesChecked)),
            ("summary", tally(counts)),
            ("unchanged", tally(unchanged)),
            ("diagnostics", JSONValue(.array(comparison.new.map(encoder.encode)))),
            ("fixed", JSONValue(.array(comparison.fixed.map(encoder.encode)))),
        ])
        return JSONWriter().text(root)
    }
}
