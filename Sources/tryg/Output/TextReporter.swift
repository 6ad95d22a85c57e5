import JSON
import Messages
import Strategy

/// Renders diagnostics for people: `path:line:col: severity: message [code]`, the source line with a
/// caret under the column, the hint, related places, and a summary line.
///
/// Every value from the content (messages' values, paths, the quoted source line) is escaped for the
/// terminal, so no file can move the cursor, recolour the screen or start a line of its own.
struct TextReporter {
    let style: Style
    /// The source of each file, to quote the offending line.
    let sources: [String: SourceText]
    let speaker: Speaker

    func render(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        var lastPath: String?? = .none
        for diagnostic in diagnostics {
            if let last = lastPath, last != diagnostic.path { out += "\n" }  // a blank line between files
            lastPath = .some(diagnostic.path)
            out += render(diagnostic)
        }
        return out
    }

    func render(_ d: Diagnostic) -> String {
        var out = style.bold(place(d.path, d.location)) + " " + severityLabel(d.severity) + " "
        out += style.bold(speaker.say(d.message)) + " " + style.dim("[\(d.code)]") + "\n"
        if let path = d.path, let location = d.location, let source = sources[path] {
            out += excerpt(source, location)
        }
        if let hint = d.hint { out += "    " + style.cyan(speaker.say("report.hint-label")) + " " + speaker.say(hint) + "\n" }
        for related in d.related {
            out +=
                "    " + style.dim(speaker.say("report.note-label")) + " " + place(related.path, related.location) + " "
                + speaker.say(related.message) + "\n"
        }
        return out
    }

    /// `path:line:col:` or just `path:`; "(repository):" for findings about no file.
    func place(_ path: String?, _ location: SourceLocation?) -> String {
        guard let path else { return speaker.say("report.no-file") }
        let shown = speaker.value(path)
        guard let location else { return shown + ":" }
        return "\(shown):\(location.line):\(location.column):"
    }

    private func severityLabel(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: return style.red(speaker.say("report.severity.error"))
        case .warning: return style.yellow(speaker.say("report.severity.warning"))
        case .note: return style.cyan(speaker.say("report.severity.note"))
        }
    }

    /// The line, numbered, and a caret under the column (tabs kept so the caret lines up; other
    /// control characters escaped, so the caret may sit a little left of a line that has them).
    private func excerpt(_ source: SourceText, _ location: SourceLocation) -> String {
        let raw = source.lineText(location.line)
        guard !raw.isEmpty, raw.unicodeScalars.count < 400 else { return "" }
        let line = TextEscaping.terminal(raw, keepTabs: true)
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        let lead = TextEscaping.terminalLead(raw, scalars: max(0, location.column - 1))
        return "    \(style.dim(number + " |")) \(line)\n    \(style.dim(gutter + " |")) \(lead)\(style.red("^"))\n"
    }

    /// "checked 42 files in HEAD: 2 errors, 1 warning" or "…: no problems found".
    func summary(filesChecked: Int, _ counts: DiagnosticCounts, what: Message) -> String {
        let head = speaker.say("report.checked-files", ["count": .count(filesChecked), "what": .message(what)])
        if counts.isEmpty { return head + style.green(speaker.say("report.no-problems")) + "\n" }
        let text = tally(counts)
        return head + (counts.errors > 0 ? style.red(text) : style.yellow(text)) + "\n"
    }

    /// "2 errors, 1 warning, 3 notes" (only the non-zero counts).
    func tally(_ counts: DiagnosticCounts) -> String {
        Self.tally(counts, speaker)
    }

    static func tally(_ counts: DiagnosticCounts, _ speaker: Speaker) -> String {
        var parts: [String] = []
        if counts.errors > 0 { parts.append(speaker.say("count.errors", ["count": .count(counts.errors)])) }
        if counts.warnings > 0 { parts.append(speaker.say("count.warnings", ["count": .count(counts.warnings)])) }
        if counts.notes > 0 { parts.append(speaker.say("count.notes", ["count": .count(counts.notes)])) }
        return parts.joined(separator: ", ")
    }
}

extension DiagnosticCounts {
    var isEmpty: Bool { errors == 0 && warnings == 0 && notes == 0 }
}
