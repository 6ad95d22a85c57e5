import Git
import Messages
import Strategy

/// Renders a semantic diff as GitHub-flavoured markdown, for a pull-request comment or a CI job
/// summary: a heading, the headline counts in bold, the validity of both sides, one section per kind
/// of entity with a bullet per entity (linked to its file at the new revision when a link base is
/// set) and nested bullets for what changed and for the findings it introduced or fixed, then the
/// coverage effect.
///
/// Every value from the content is escaped for CommonMark and HTML (a name cannot start a heading,
/// a list, a table cell or an HTML element), and code spans are fenced longer than any backtick run
/// in their text.
struct DiffMarkdownRenderer {
    let verbose: Bool
    let speaker: Speaker
    /// Where files are linked: a URL prefix (`{revision}` replaced by the new side's commit), or nil.
    let linkBase: String?

    func render(_ comparison: StrategyComparison) -> String {
        let words = DiffSummaryWords(speaker: speaker)
        // The sides go in as code spans, already escaped: rendered without the speaker's escaping.
        let plainWords = DiffSummaryWords(speaker: .plain(speaker.language))
        var out =
            "### "
            + Speaker.plain(speaker.language).say(
                "diff.markdown.title",
                ["old": .text(code(plainWords.name(comparison.old))), "new": .text(code(plainWords.name(comparison.new)))])
            + "\n\n"
        out += "**" + speaker.say(comparison.diff.counts.headline) + "**\n\n"
        out += "- " + speaker.say("diff.side.old") + " " + words.validity(comparison.old) + "\n"
        out += "- " + speaker.say("diff.side.new") + " " + words.validity(comparison.new) + "\n"
        var group: ContentLayout.Kind?
        for change in comparison.diff.changes {
            if change.entity != group {
                group = change.entity
                out += "\n#### " + speaker.say(StrategyDiff.heading(change.entity)) + "\n\n"
            }
            out += render(change, in: comparison)
        }
        if !comparison.coverage.isEmpty {
            out += "\n#### " + speaker.say("diff.heading.coverage") + "\n\n"
            for change in comparison.coverage {
                let parts = DiffSummaryWords.coverageParts(change, comparison.words).map { part in
                    (part.bad ? "⚠️ " : part.good ? "✅ " : "") + speaker.say(part.message)
                }
                out += "- **" + speaker.value(change.name) + "**: " + parts.joined(separator: "; ") + "\n"
            }
        }
        if comparison.coverageWithheld {
            out += "\n#### " + speaker.say("diff.heading.coverage") + "\n\n_" + speaker.say("diff.coverage.withheld") + "_\n"
        }
        let other = comparison.otherFindings
        if !other.new.isEmpty || !other.fixed.isEmpty {
            out += "\n#### " + speaker.say("diff.heading.other-findings") + "\n\n"
            out += findings(other.new, other.fixed, indent: "", withPlace: true)
        }
        return out
    }

    func render(_ change: EntityChange, in comparison: StrategyComparison) -> String {
        let name = change.name.map { " " + speaker.value($0) } ?? ""
        let id = link(code(change.id), to: change.newPath ?? change.oldPath, revision: comparison.new.input.commit)
        var out = "- "
        switch change.kind {
        case .added: out += "**" + speaker.say("diff.label.added") + "** \(id)\(name)\n"
        case .removed: out += "**" + speaker.say("diff.label.removed") + "** \(id)\(name)\n"
        case .modified: out += "**" + label(change) + "** \(id)\(name)\n"
        case .idChanged(let from, let similarity):
            out +=
                "**" + speaker.say("diff.label.id-changed") + "** \(code(from)) → \(id)\(name): "
                + speaker.say("diff.id-changed", ["from": .text(from), "similarity": .count(similarity)]) + "\n"
        }
        for problem in change.problems { out += "  - ⚠️ " + speaker.say(problem) + "\n" }
        for line in comparison.words.lines(change, verbose: verbose) { out += "  - " + speaker.say(line) + "\n" }
        let found = comparison.findings(of: change)
        out += findings(found.new, found.fixed, indent: "  ", withPlace: false)
        return out
    }

    private func findings(_ new: [Diagnostic], _ fixed: [Diagnostic], indent: String, withPlace: Bool) -> String {
        var out = ""
        for d in new {
            let key =
                d.severity == .error
                ? "diff.finding.new-error" : d.severity == .warning ? "diff.finding.new-warning" : "diff.finding.new-note"
            let place = withPlace ? place(d) : ""
            out +=
                indent + "- ❌ **" + speaker.say(key) + "** " + place + speaker.say(d.message) + " " + code("[\(d.code)]") + "\n"
        }
        for d in fixed {
            out +=
                indent + "- ✅ **" + speaker.say("report.fixed-label") + "** " + (withPlace ? place(d) : "")
                + speaker.say(d.message) + " " + code("[\(d.code)]") + "\n"
        }
        return out
    }

    private func place(_ d: Diagnostic) -> String {
        guard let path = d.path else { return "" }
        return code(path + (d.location.map { ":\($0.line)" } ?? "")) + " "
    }

    /// "ended", "merged", "renamed" or "changed" for a modified entity.
    private func label(_ change: EntityChange) -> String {
        var words: [String] = []
        if change.ended { words.append(speaker.say("diff.label.ended")) }
        if change.merged { words.append(speaker.say("diff.label.merged")) }
        if change.renamed { words.append(speaker.say("diff.label.renamed")) }
        return words.isEmpty ? speaker.say("diff.label.changed") : words.joined(separator: ", ")
    }

    private func code(_ text: String) -> String { TextEscaping.markdownCode(text) }

    /// `text` linked to the file at the new revision, when a link base is set and the side is a commit.
    private func link(_ text: String, to path: String?, revision: ObjectID?) -> String {
        guard let linkBase, let path, let revision else { return text }
        let base = linkBase.replacingOccurrences(of: "{revision}", with: revision.hex)
        return "[\(text)](\(base)\(SARIFReporter.uriReference(path)))"
    }
}
