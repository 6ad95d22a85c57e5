import Strategy

/// Renders a semantic diff as GitHub-flavoured markdown, for a pull-request comment or a CI job
/// summary: a heading, the headline counts in bold ("2 ended, 1 merged, 2 renamed, 12 added"),
/// the validity of both sides, then one section per kind of entity with a bullet per entity and
/// nested bullets per event, each with its `path:line`.
struct DiffMarkdownRenderer {
    let verbose: Bool

    func render(_ report: DiffReport) -> String {
        var out = "### Strategy changes: \(code(DiffWording.name(report.old))) → \(code(DiffWording.name(report.new)))\n\n"
        out += "**\(report.diff.counts.headline)**\n\n"
        out += "- old: \(escape(DiffWording.validity(report.old)))\n"
        out += "- new: \(escape(DiffWording.validity(report.new)))\n"
        var group: ContentLayout.Kind?
        for change in report.diff.changes {
            if change.entity != group {
                group = change.entity
                out += "\n#### \(StrategyDiff.heading(change.entity))\n\n"
            }
            out += render(change)
        }
        return out
    }

    func render(_ change: EntityChange) -> String {
        let name = change.name.map { " " + escape($0) } ?? ""
        var out = "- "
        switch change.kind {
        case .added:
            out += "**added** \(code(change.id))\(name)" + (change.summary.map { " — " + escape($0) } ?? "")
                + " (\(code((change.newPath ?? "") + ":1")))\n"
        case .removed:
            out += "**removed** \(code(change.id))\(name)" + (change.summary.map { " — was " + escape($0) } ?? "")
                + " (\(code((change.oldPath ?? "") + ":1")))\n"
        case .modified:
            out += "\(label(change)) \(code(change.id))\(name)\n"
        case .idChanged(let from, let similarity):
            out += "**suspected id change** \(code(from)) → \(code(change.id))\(name): the file was renamed "
                + "(\(similarity)% alike); ids are meant never to change\n"
        }
        for problem in change.problems { out += "  - ⚠️ \(escape(problem))\n" }
        let (events, bookkeeping) = DiffWording.visibleEvents(change, verbose: verbose)
        for event in events {
            out += "  - \(escape(DiffWording.describe(event)))\(places(event))\n"
        }
        if let bookkeeping { out += "  - _\(escape(bookkeeping))_\n" }
        return out
    }

    /// "**ended**", "**merged**", "**renamed**" or "**changed**" for a modified entity.
    private func label(_ change: EntityChange) -> String {
        let words = [change.ended ? "ended" : nil, change.merged ? "merged" : nil, change.renamed ? "renamed" : nil]
            .compactMap { $0 }
        return "**" + (words.isEmpty ? "changed" : words.joined(separator: ", ")) + "**"
    }

    private func places(_ event: ChangeEvent) -> String {
        let parts = [event.old.map { "old " + code($0.description) }, event.new.map { "new " + code($0.description) }]
            .compactMap { $0 }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }

    private func code(_ text: String) -> String { "`" + text.replacingOccurrences(of: "`", with: "'") + "`" }

    /// Escapes the characters markdown would read as formatting.
    private func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
