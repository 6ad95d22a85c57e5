import Strategy

/// Renders a semantic diff for people: a headline, the validity of both sides, then the changes
/// grouped by kind of entity, each event with its lines on both sides (`[old → new]`).
///
/// ```
/// diff v1 (bda1911) → v2 (36cf4e2): 2 ended, 1 merged, 3 renamed, 13 added, 3 changed
/// old: valid
/// new: valid
///
/// Initiatives
///   ~ brobygningsforloeb (Brobygningsforløb)  strategy/initiatives/brobygningsforloeb.json
///       status: active → ended on 2017-12-31  [8 → 8]
///   + antiradikalisering (Antiradikalisering): added, active from 2018-01-01  strategy/initiatives/antiradikalisering.json:1
/// ```
/// Markers: `+` added, `-` removed, `~` changed, `!` suspected id change. Changes to `sources` and
/// `assumptions` are summarised ("sources: 1 added") when nothing else changed, and listed one by
/// one with `--verbose`.
struct DiffTextRenderer {
    let style: Style
    let verbose: Bool

    func render(_ report: DiffReport) -> String {
        let counts = report.diff.counts
        var out = style.bold("diff \(DiffWording.name(report.old)) → \(DiffWording.name(report.new)): \(counts.headline)") + "\n"
        out += "old: " + colored(DiffWording.validity(report.old), report.old) + "\n"
        out += "new: " + colored(DiffWording.validity(report.new), report.new) + "\n"
        var group: ContentLayout.Kind?
        for change in report.diff.changes {
            if change.entity != group {
                group = change.entity
                out += "\n" + style.bold(StrategyDiff.heading(change.entity)) + "\n"
            }
            out += render(change)
        }
        return out
    }

    private func colored(_ text: String, _ side: DiffReport.Side) -> String {
        guard let counts = side.validation else { return style.dim(text) }
        return counts.errors > 0 ? style.red(text) : style.green(text)
    }

    func render(_ change: EntityChange) -> String {
        let title = DiffWording.title(change)
        var out: String
        switch change.kind {
        case .added:
            out = "  " + style.green("+") + " " + title + ": added" + (change.summary.map { ", " + $0 } ?? "")
                + "  " + style.dim((change.newPath ?? "") + ":1") + "\n"
        case .removed:
            out = "  " + style.red("-") + " " + title + ": removed" + (change.summary.map { ", was " + $0 } ?? "")
                + "  " + style.dim((change.oldPath ?? "") + ":1") + "\n"
        case .modified:
            out = "  " + style.yellow("~") + " " + title + "  " + style.dim(paths(change)) + "\n"
        case .idChanged(let from, let similarity):
            out = "  " + style.red("!") + " " + title + ": " + style.red("suspected id change from \(from)")
                + " (file renamed, \(similarity)% alike; ids are meant never to change)  " + style.dim(paths(change)) + "\n"
        }
        for problem in change.problems { out += "      " + style.red("problem:") + " " + problem + "\n" }
        let (events, bookkeeping) = DiffWording.visibleEvents(change, verbose: verbose)
        for event in events {
            let place = DiffWording.lines(event, oldPath: change.oldPath, newPath: change.newPath)
            out += "      " + DiffWording.describe(event) + (place.isEmpty ? "" : "  " + style.dim(place)) + "\n"
        }
        if let bookkeeping { out += "      " + style.dim(bookkeeping) + "\n" }
        return out
    }

    private func paths(_ change: EntityChange) -> String {
        guard let old = change.oldPath, let new = change.newPath, old != new else { return change.newPath ?? change.oldPath ?? "" }
        return "\(old) → \(new)"
    }
}
