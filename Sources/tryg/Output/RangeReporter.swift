import Git
import JSON
import Messages
import Strategy

/// Renders the outcome of checking every commit of a range.
///
/// - text, new findings only (the default): a header per commit that introduced or fixed findings
///   (`commit 1a2b3c4 Add Tryg Bydel: 1 new error`), then what it introduced, as `tryg validate`
///   prints findings, and what it fixed, a line each; a summary names the failing commits and counts
///   the findings the range left as they were.
/// - text with `--all`: a header per commit that has findings, then those the commit before it did
///   not have, with one line counting the rest ("and 3 findings as in commit 0c37892"), one for
///   those it fixed, or "the same findings as commit 0c37892" when the two agree exactly.
/// - json: one object with a `commits` array, oldest first; each commit has its id, summary, counts
///   and diagnostics in the shape of `tryg validate --format json` (see ``JSONReport``), and, compared
///   with its parent, the `new` and `fixed` findings.
/// - github and sarif: each distinct finding once (the same finding in several commits is one
///   annotation; only new ones unless `--all`), its message ending with the first commit it appears
///   in; annotations carry the path and line of that first commit.
struct RangeReporter {
    let style: Style
    let strict: Bool
    let newOnly: Bool
    let speaker: Speaker

    /// The text report.
    func text(_ report: RangeReport) -> String {
        var out = ""
        var previous: CommitValidation?
        for commit in report.commits {
            defer { previous = commit }
            out += newOnly ? newFindingsText(commit) : allFindingsText(commit, previous: previous)
        }
        return out + summary(report)
    }

    private func newFindingsText(_ commit: CommitValidation) -> String {
        let shown = commit.comparison?.new ?? commit.report.diagnostics
        let fixed = commit.comparison?.fixed ?? []
        guard !shown.isEmpty || !fixed.isEmpty else { return "" }
        let reporter = TextReporter(style: style, sources: commit.report.sources, speaker: speaker)
        var out = header(commit, counts: DiagnosticCounts(shown), fixed: fixed.count, compared: commit.comparison != nil) + "\n"
        out += reporter.render(shown)
        out += FindingsReporter(format: .text, style: style, speaker: speaker, what: Message("snapshot.work-tree"))
            .fixedLines(fixed, reporter)
        return out + (fixed.isEmpty ? "\n" : "")
    }

    private func allFindingsText(_ commit: CommitValidation, previous: CommitValidation?) -> String {
        guard !commit.report.diagnostics.isEmpty else { return "" }
        var out = header(commit, counts: commit.report.counts, fixed: 0, compared: false) + "\n"
        guard let previous else {
            return out
                + TextReporter(style: style, sources: commit.report.sources, speaker: speaker)
                .render(commit.report.diagnostics) + "\n"
        }
        let comparison = FindingComparison(base: previous.report, change: commit.report)
        let short = previous.id.short
        if comparison.isEmpty {
            return out + "    " + style.dim(speaker.say("range.same-findings", ["commit": .text(short)])) + "\n\n"
        }
        out += TextReporter(style: style, sources: commit.report.sources, speaker: speaker).render(comparison.new)
        if !comparison.unchanged.isEmpty {
            out +=
                "    "
                + style.dim(
                    speaker.say(
                        "range.findings-as-in", ["count": .count(comparison.unchanged.count), "commit": .text(short)])) + "\n"
        }
        if !comparison.fixed.isEmpty {
            out +=
                "    "
                + style.dim(
                    speaker.say(
                        "range.findings-fixed-since", ["count": .count(comparison.fixed.count), "commit": .text(short)])) + "\n"
        }
        return out + "\n"
    }

    /// `commit 1a2b3c4 Add Tryg Bydel: 1 new error, 1 fixed` (or `: 1 error, 1 warning` without a
    /// comparison).
    func header(_ commit: CommitValidation, counts: DiagnosticCounts, fixed: Int, compared: Bool) -> String {
        var tally = compared ? FindingsReporter.newTally(counts, speaker) : TextReporter.tally(counts, speaker)
        if fixed > 0 {
            tally += (tally.isEmpty ? "" : ", ") + speaker.say("report.fixed-count", ["count": .count(fixed)])
        }
        let coloured = counts.errors > 0 ? style.red(tally) : counts.warnings > 0 ? style.yellow(tally) : style.green(tally)
        return style.bold(speaker.say("range.commit", ["commit": .text(commit.id.short)])) + " "
            + speaker.value(commit.summary) + ": " + coloured
    }

    /// "checked 10 commits in main..feature: 1 commit fails (1a2b3c4)" or "…: no problems found".
    func summary(_ report: RangeReport) -> String {
        let head = speaker.say(
            "range.checked", ["count": .count(report.commits.count), "range": .text(report.name)])
        if report.commits.isEmpty { return head + speaker.say("range.empty") + "\n" }
        let failing = report.failing(strict: strict, newOnly: newOnly)
        var out = head
        if failing.isEmpty {
            let shown = report.commits.filter {
                !(newOnly ? $0.comparison?.new ?? $0.report.diagnostics : $0.report.diagnostics).isEmpty
            }
            if shown.isEmpty {
                out += style.green(speaker.say(newOnly ? "report.no-new-problems" : "report.no-problems"))
            } else {
                out += style.green(speaker.say("range.no-commit-fails", ["count": .count(shown.count)]))
            }
        } else {
            let ids = failing.prefix(10).map(\.id.short).joined(separator: ", ") + (failing.count > 10 ? ", …" : "")
            out += style.red(speaker.say("range.commits-fail", ["count": .count(failing.count)])) + " (\(ids))"
        }
        out += "\n"
        if newOnly, let last = report.commits.last, let comparison = last.comparison, !comparison.unchanged.isEmpty {
            let tally = FindingsReporter.earlierTally(DiagnosticCounts(comparison.unchanged), speaker)
            out += style.dim(speaker.say("report.unchanged", ["tally": .text(tally)])) + "\n"
        }
        return out
    }

    /// The JSON report: `{ "tool", "formatVersion", "range", "newOnly", "commitsChecked", "summary",
    /// "commits": [...] }`.
    func json(_ report: RangeReport) -> String {
        let counts = report.counts
        let failing = report.failing(strict: strict, newOnly: newOnly)
        let root = JSONReport.object([
            ("tool", JSONReport.string("tryg")),
            ("formatVersion", JSONReport.number(1)),
            ("range", JSONReport.string(report.name)),
            ("newOnly", JSONValue(.bool(newOnly))),
            ("commitsChecked", JSONReport.number(report.commits.count)),
            (
                "summary",
                JSONReport.object([
                    ("failingCommits", JSONReport.number(failing.count)),
                    ("errors", JSONReport.number(counts.errors)), ("warnings", JSONReport.number(counts.warnings)),
                    ("notes", JSONReport.number(counts.notes)),
                ])
            ),
            ("commits", JSONValue(.array(report.commits.map(commit)))),
        ])
        return JSONWriter().text(root)
    }

    private func commit(_ commit: CommitValidation) -> JSONValue {
        let counts = commit.report.counts
        let encoder = JSONReport(speaker: speaker)
        var members: [(String, JSONValue)] = [
            ("id", JSONReport.string(commit.id.hex)),
            ("summary", JSONReport.string(commit.summary)),
            ("fails", JSONValue(.bool(commit.fails(strict: strict, newOnly: newOnly)))),
            ("filesChecked", JSONReport.number(commit.report.filesChecked)),
            (
                "counts",
                JSONReport.object([
                    ("errors", JSONReport.number(counts.errors)), ("warnings", JSONReport.number(counts.warnings)),
                    ("notes", JSONReport.number(counts.notes)),
                ])
            ),
            ("diagnostics", JSONValue(.array(commit.report.diagnostics.map(encoder.encode)))),
            ("base", commit.baseID.map { JSONReport.string($0.hex) } ?? .null),
        ]
        if let comparison = commit.comparison {
            members.append(("new", JSONValue(.array(comparison.new.map(encoder.encode)))))
            members.append(("fixed", JSONValue(.array(comparison.fixed.map(encoder.encode)))))
        }
        return JSONReport.object(members)
    }

    /// Each distinct finding of the range once (only those a commit introduced, unless `--all`), its
    /// message naming the first commit it appears in.
    func distinctFindings(_ report: RangeReport) -> [Diagnostic] {
        var order: [Diagnostic] = []
        var seen: [String: (first: CommitValidation, later: Int)] = [:]
        for commit in report.commits {
            let findings = newOnly ? commit.comparison?.new ?? commit.report.diagnostics : commit.report.diagnostics
            for diagnostic in findings {
                let key = diagnostic.fingerprint
                if let known = seen[key] {
                    seen[key] = (known.first, known.later + 1)
                } else {
                    seen[key] = (commit, 0)
                    order.append(diagnostic)
                }
            }
        }
        return order.map { diagnostic in
            guard let (first, later) = seen[diagnostic.fingerprint] else { return diagnostic }
            var named = diagnostic
            named.message = Message(
                later == 0 ? "range.first-seen" : "range.first-seen.later",
                [
                    "finding": .message(diagnostic.message), "commit": .text(first.id.short), "summary": .text(first.summary),
                    "later": .count(later),
                ])
            return named
        }
    }
}
