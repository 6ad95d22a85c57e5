import Messages
import Strategy

/// Renders a semantic diff for people: a headline, the validity of both sides, the changes grouped
/// by kind of entity — added entities in full, ended ones with their reason, owners and goals by
/// name — with the findings each change introduced or fixed under its entity, then the change's
/// effect on coverage.
///
/// ```
/// diff v1 (bda1911) → v2 (36cf4e2): 2 ended, 1 merged, 3 renamed, 13 added, 3 changed
/// old: valid, 1 warning
/// new: valid, 18 warnings
///
/// Initiatives
///   ~ brobygningsforloeb (Brobygningsforløb)  strategy/initiatives/brobygningsforloeb.json
///       status: active → ended on 2017-12-31 — reason: …
///   + antiradikalisering (Antiradikalisering)  strategy/initiatives/antiradikalisering.json
///       status: active, 2018-01-01 onwards
///       goals: 1. Høj tryghed (hoej-tryghed)
///       owners: Nordjyllands Politi (nordjyllands-politi), …
/// ```
/// Markers: `+` added, `-` removed, `~` changed, `!` suspected id change (a legend ends the output).
/// Changes to `sources` and `assumptions` are summarised when nothing else changed, and listed one
/// by one with `--verbose`.
struct DiffTextRenderer {
    let style: Style
    let verbose: Bool
    let speaker: Speaker

    func render(_ comparison: StrategyComparison) -> String {
        let words = DiffSummaryWords(speaker: speaker)
        var out =
            style.bold(
                speaker.say(
                    "diff.title",
                    [
                        "old": .text(words.name(comparison.old)), "new": .text(words.name(comparison.new)),
                        "headline": .message(comparison.diff.counts.headline),
                    ])) + "\n"
        out += speaker.say("diff.side.old") + " " + colored(words.validity(comparison.old), comparison.old) + "\n"
        out += speaker.say("diff.side.new") + " " + colored(words.validity(comparison.new), comparison.new) + "\n"
        var group: ContentLayout.Kind?
        for change in comparison.diff.changes {
            if change.entity != group {
                group = change.entity
                out += "\n" + style.bold(speaker.say(StrategyDiff.heading(change.entity))) + "\n"
            }
            out += render(change, in: comparison)
        }
        out += coverage(comparison.coverage, comparison.words)
        if comparison.coverageWithheld {
            out +=
                "\n" + style.bold(speaker.say("diff.heading.coverage")) + "\n  "
                + style.dim(speaker.say("diff.coverage.withheld")) + "\n"
        }
        let other = comparison.otherFindings
        if !other.new.isEmpty || !other.fixed.isEmpty {
            out += "\n" + style.bold(speaker.say("diff.heading.other-findings")) + "\n"
            out += findingLines(other.new, other.fixed, withPlace: true, indent: "  ")
        }
        if !comparison.diff.isEmpty { out += "\n" + style.dim(speaker.say("diff.legend")) + "\n" }
        return out
    }

    private func colored(_ text: String, _ side: StrategyComparison.Side) -> String {
        guard let counts = side.report?.counts else { return style.dim(text) }
        return counts.errors > 0 ? style.red(text) : style.green(text)
    }

    func render(_ change: EntityChange, in comparison: StrategyComparison) -> String {
        let title = speaker.value(DiffSummaryWords.title(change))
        var out: String
        switch change.kind {
        case .added: out = "  " + style.green("+") + " " + title
        case .removed: out = "  " + style.red("-") + " " + title
        case .modified: out = "  " + style.yellow("~") + " " + title
        case .idChanged(let from, let similarity):
            out =
                "  " + style.red("!") + " " + title + ": "
                + style.red(speaker.say("diff.id-changed", ["from": .text(from), "similarity": .count(similarity)]))
        }
        out += "  " + style.dim(speaker.value(DiffSummaryWords.paths(change))) + "\n"
        for problem in change.problems {
            out += "      " + style.red(speaker.say("diff.problem-label")) + " " + speaker.say(problem) + "\n"
        }
        for line in comparison.words.lines(change, verbose: verbose) {
            out += "      " + speaker.say(line) + "\n"
        }
        let found = comparison.findings(of: change)
        out += findingLines(found.new, found.fixed, withPlace: false, indent: "      ")
        return out
    }

    /// "new error: message [code]" and "fixed: message [code]" lines, indented under an entity.
    func findingLines(_ new: [Diagnostic], _ fixed: [Diagnostic], withPlace: Bool, indent: String) -> String {
        let reporter = TextReporter(style: style, sources: [:], speaker: speaker)
        var out = ""
        for d in new {
            let label =
                d.severity == .error
                ? style.red(speaker.say("diff.finding.new-error"))
                : d.severity == .warning
                    ? style.yellow(speaker.say("diff.finding.new-warning"))
                    : style.cyan(speaker.say("diff.finding.new-note"))
            let place = withPlace ? reporter.place(d.path, d.location) + " " : ""
            out += indent + label + " " + place + speaker.say(d.message) + " " + style.dim("[\(d.code)]") + "\n"
        }
        for d in fixed {
            let place = withPlace ? reporter.place(d.path, d.location) + " " : ""
            out +=
                indent + style.green(speaker.say("report.fixed-label")) + " " + place + speaker.say(d.message) + " "
                + style.dim("[\(d.code)]") + "\n"
        }
        return out
    }

    /// The coverage section: one line per partner or department whose coverage changed.
    func coverage(_ changes: [CoverageChange], _ words: ChangeWords) -> String {
        guard !changes.isEmpty else { return "" }
        var out = "\n" + style.bold(speaker.say("diff.heading.coverage")) + "\n"
        for change in changes {
            let parts = DiffSummaryWords.coverageParts(change, words).map { part in
                let text = speaker.say(part.message)
                return part.good ? style.green(text) : part.bad ? style.red(text) : text
            }
            out += "  " + speaker.value(change.name) + ": " + parts.joined(separator: "; ") + "\n"
        }
        return out
    }
}

/// The words the text and markdown renderers share about sides, titles and coverage.
struct DiffSummaryWords {
    let speaker: Speaker

    /// "v1 (bda1911)", "the work tree".
    func name(_ side: StrategyComparison.Side) -> String {
        let label = speaker.say(side.input.label)
        guard let commit = side.input.commit, !label.hasPrefix(commit.short) else { return label }
        return "\(label) (\(commit.short))"
    }

    /// "valid", "valid, 1 warning", "2 errors, 1 warning (run tryg validate v2)", "not validated".
    func validity(_ side: StrategyComparison.Side) -> String {
        guard let counts = side.report?.counts else { return speaker.say("diff.not-validated") }
        var parts: [String] = []
        if counts.errors > 0 { parts.append(speaker.say("count.errors", ["count": .count(counts.errors)])) }
        if counts.warnings > 0 { parts.append(speaker.say("count.warnings", ["count": .count(counts.warnings)])) }
        if counts.errors == 0 { return ([speaker.say("diff.valid")] + parts).joined(separator: ", ") }
        return parts.joined(separator: ", ") + " " + speaker.say("diff.run", ["command": .text(side.input.validateCommand)])
    }

    /// The entity as a header: `id (name)`.
    static func title(_ change: EntityChange) -> String {
        change.name.map { "\(change.id) (\($0))" } ?? change.id
    }

    /// The file, or `old → new` when it moved.
    static func paths(_ change: EntityChange) -> String {
        guard let old = change.oldPath, let new = change.newPath, old != new else {
            return change.newPath ?? change.oldPath ?? ""
        }
        return "\(old) → \(new)"
    }

    /// The parts of one coverage line, each marked good (a gap closes) or bad (a gap appears).
    static func coverageParts(_ change: CoverageChange, _ words: ChangeWords) -> [(message: Message, good: Bool, bad: Bool)] {
        var parts: [(Message, Bool, Bool)] = []
        for gap in change.gapsAppeared {
            parts.append((Message("diff.coverage.gap-appears", ["period": .message(gap.message)]), false, true))
        }
        for gap in change.gapsClosed {
            parts.append((Message("diff.coverage.gap-closes", ["period": .message(gap.message)]), true, false))
        }
        if !change.gained.isEmpty {
            parts.append(
                (
                    Message("diff.coverage.gains", ["initiatives": .list(change.gained.map(words.names.initiative), .comma)]),
                    false, false
                ))
        }
        if !change.lost.isEmpty {
            parts.append(
                (
                    Message("diff.coverage.loses", ["initiatives": .list(change.lost.map(words.names.initiative), .comma)]),
                    false, false
                ))
        }
        return parts
    }
}
