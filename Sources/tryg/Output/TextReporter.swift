import JSON
import Strategy

/// Renders diagnostics for people: `path:line:col: severity: message [code]`, the source line with a
/// caret under the column, the hint, related places, and a summary line.
struct TextReporter {
    let style: Style
    /// The source of each file, to quote the offending line.
    let sources: [String: SourceText]

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
        var out = style.bold(Self.place(d.path, d.location)) + " " + severityLabel(d.severity) + " "
        out += style.bold(d.message) + " " + style.dim("[\(d.code)]") + "\n"
        if let path = d.path, let location = d.location, let source = sources[path] {
            out += excerpt(source, location)
        }
        if let hint = d.hint { out += "    " + style.cyan("hint:") + " " + hint + "\n" }
        for related in d.related {
            out += "    " + style.dim("note:") + " " + Self.place(related.path, related.location) + " " + related.message + "\n"
        }
        return out
    }

    /// `path:line:col:` or just `path:`; "(repository):" for findings about no file.
    static func place(_ path: String?, _ location: SourceLocation?) -> String {
        guard let path else { return "(repository):" }
        guard let location else { return path + ":" }
        return "\(path):\(location.line):\(location.column):"
    }

    private func severityLabel(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: return style.red("error:")
        case .warning: return style.yellow("warning:")
        case .note: return style.cyan("note:")
        }
    }

    /// The line, numbered, and a caret under the column (tabs kept so the caret lines up).
    private func excerpt(_ source: SourceText, _ location: SourceLocation) -> String {
        let line = source.lineText(location.line)
        guard !line.isEmpty, line.unicodeScalars.count < 400 else { return "" }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        let lead = line.unicodeScalars.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
        return "    \(style.dim(number + " |")) \(line)\n    \(style.dim(gutter + " |")) \(lead)\(style.red("^"))\n"
    }

    /// "checked 42 files: 2 errors, 1 warning" or "checked 42 files: no problems found".
    func summary(filesChecked: Int, _ counts: DiagnosticCounts, what: String) -> String {
        var parts: [String] = []
        if counts.errors > 0 { parts.append(Self.plural(counts.errors, "error")) }
        if counts.warnings > 0 { parts.append(Self.plural(counts.warnings, "warning")) }
        if counts.notes > 0 { parts.append(Self.plural(counts.notes, "note")) }
        let head = "checked \(Self.plural(filesChecked, "file")) in \(what): "
        if parts.isEmpty { return head + style.green("no problems found") + "\n" }
        let text = parts.joined(separator: ", ")
        return head + (counts.errors > 0 ? style.red(text) : style.yellow(text)) + "\n"
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
