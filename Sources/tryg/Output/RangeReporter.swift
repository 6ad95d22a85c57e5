import Git
import JSON
import Strategy

/// Renders the outcome of checking every commit of a range.
///
/// - text: a header per commit that has findings (`commit 1a2b3c4 Add Tryg Bydel: 1 error`), then its
///   findings as `tryg validate` prints them — only those the commit before it did not have, with one
///   line counting the others ("and 3 findings as in commit 0c37892", or "the same findings as commit
///   0c37892" when nothing is new), so a long series stays readable. A summary names the failing commits.
/// - json: one object with a `commits` array, oldest first; each commit has its id, summary, counts and
///   diagnostics in the shape of `tryg validate --format json` (see ``JSONReport``).
/// - github and sarif: each distinct finding once (the same finding in several commits is one
///   annotation), its message ending with the first commit it appears in, e.g. `(commit 1a2b3c4 "Add
///   Tryg Bydel", and 2 later commits)`; annotations carry the path and line of that first commit.
struct RangeReporter {
    let style: Style
    let strict: Bool

    /// The text report.
    func text(_ report: RangeReport) -> String {
        var out = ""
        var previous: CommitValidation?
        for commit in report.commits {
            defer { previous = commit }
            guard !commit.report.diagnostics.isEmpty else { continue }
            out += header(commit) + "\n"
            let known = Set((previous?.report.diagnostics ?? []).map(Self.identity))
            let fresh = commit.report.diagnostics.filter { !known.contains(Self.identity($0)) }
            let repeated = commit.report.diagnostics.count - fresh.count
            if let previous, fresh.isEmpty {
                out += "    " + style.dim("the same findings as commit \(previous.id.short)") + "\n\n"
                continue
            }
            out += TextReporter(style: style, sources: commit.report.sources).render(fresh)
            if let previous, repeated > 0 {
                out += "    " + style.dim("and \(TextReporter.plural(repeated, "finding")) as in commit \(previous.id.short)") + "\n"
            }
            out += "\n"
        }
        return out + summary(report)
    }

    /// `commit 1a2b3c4 Add Tryg Bydel: 1 error, 1 warning`.
    func header(_ commit: CommitValidation) -> String {
        let counts = commit.report.counts
        var parts: [String] = []
        if counts.errors > 0 { parts.append(TextReporter.plural(counts.errors, "error")) }
        if counts.warnings > 0 { parts.append(TextReporter.plural(counts.warnings, "warning")) }
        if counts.notes > 0 { parts.append(TextReporter.plural(counts.notes, "note")) }
        let tally = parts.joined(separator: ", ")
        let coloured = counts.errors > 0 ? style.red(tally) : style.yellow(tally)
        return style.bold("commit \(commit.id.short)") + " " + commit.summary + ": " + coloured
    }

    /// "checked 10 commits in main..feature: 1 commit fails (1a2b3c4)" or "…: no problems found".
    func summary(_ report: RangeReport) -> String {
        let head = "checked \(TextReporter.plural(report.commits.count, "commit")) in \(report.name): "
        if report.commits.isEmpty { return head + "nothing to check (the range is empty)\n" }
        let failing = report.failing(strict: strict)
        if failing.isEmpty {
            let withFindings = report.commits.filter { !$0.report.diagnostics.isEmpty }.count
            if withFindings == 0 { return head + style.green("no problems found") + "\n" }
            return head + style.green("no commit fails") + " (\(TextReporter.plural(withFindings, "commit")) with warnings or notes)\n"
        }
        let ids = failing.prefix(10).map(\.id.short).joined(separator: ", ") + (failing.count > 10 ? ", …" : "")
        let verb = failing.count == 1 ? "fails" : "fail"
        return head + style.red("\(TextReporter.plural(failing.count, "commit")) \(verb)") + " (\(ids))\n"
    }

    /// The JSON report: `{ "tool", "formatVersion", "range", "commitsChecked", "summary", "commits": [...] }`.
    static func json(_ report: RangeReport, strict: Bool) -> String {
        let counts = report.counts
        let failing = report.failing(strict: strict)
        let root = JSONReport.object([
            ("tool", JSONReport.string("tryg")),
            ("formatVersion", JSONReport.number(1)),
            ("range", JSONReport.string(report.name)),
            ("commitsChecked", JSONReport.number(report.commits.count)),
            ("summary", JSONReport.object([
                ("failingCommits", JSONReport.number(failing.count)),
                ("errors", JSONReport.number(counts.errors)), ("warnings", JSONReport.number(counts.warnings)),
                ("notes", JSONReport.number(counts.notes)),
            ])),
            ("commits", JSONValue(.array(report.commits.map { commit(in: $0, strict: strict) }))),
        ])
        return JSONWriter().text(root)
    }

    private static func commit(in commit: CommitValidation, strict: Bool) -> JSONValue {
        let counts = commit.report.counts
        return JSONReport.object([
            ("id", JSONReport.string(commit.id.hex)),
            ("summary", JSONReport.string(commit.summary)),
            ("fails", JSONValue(.bool(commit.fails(strict: strict)))),
            ("filesChecked", JSONReport.number(commit.report.filesChecked)),
            ("counts", JSONReport.object([
                ("errors", JSONReport.number(counts.errors)), ("warnings", JSONReport.number(counts.warnings)),
                ("notes", JSONReport.number(counts.notes)),
            ])),
            ("diagnostics", JSONValue(.array(commit.report.diagnostics.map(JSONReport.encode)))),
        ])
    }

    /// Each distinct finding of the range once, its message naming the first commit it occurs in.
    static func distinctFindings(_ report: RangeReport) -> [Diagnostic] {
        var order: [Diagnostic] = []
        var seen: [Diagnostic: (first: CommitValidation, later: Int)] = [:]
        for commit in report.commits {
            for diagnostic in commit.report.diagnostics {
                let key = identity(diagnostic)
                if let known = seen[key] {
                    seen[key] = (known.first, known.later + 1)
                } else {
                    seen[key] = (commit, 0)
                    order.append(diagnostic)
                }
            }
        }
        return order.map { diagnostic in
            guard let (first, later) = seen[identity(diagnostic)] else { return diagnostic }
            var named = diagnostic
            let more = later == 0 ? "" : later == 1 ? ", and 1 later commit" : ", and \(later) later commits"
            named.message += " (commit \(first.id.short) \"\(first.summary)\"\(more))"
            return named
        }
    }

    /// A finding without byte offsets: the same finding in two commits is the same although an edit
    /// earlier in the file moved its bytes (line and column still tell where it is).
    static func identity(_ d: Diagnostic) -> Diagnostic {
        var key = d
        key.location = d.location.map { SourceLocation(offset: 0, line: $0.line, column: $0.column) }
        key.related = d.related.map { related in
            var copy = related
            copy.location = related.location.map { SourceLocation(offset: 0, line: $0.line, column: $0.column) }
            return copy
        }
        return key
    }
}
