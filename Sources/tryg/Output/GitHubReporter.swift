import Strategy

/// Renders diagnostics as GitHub Actions workflow commands, which the runner turns into annotations
/// on the pull request: `::error file=…,line=…,col=…,title=…::message`.
///
/// Messages are rendered without terminal escaping (the runner shows them in the browser) but with
/// the workflow command's own escaping, so no value can end the command or start another one.
struct GitHubReporter {
    let speaker: Speaker

    func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(line).joined()
    }

    func line(_ d: Diagnostic) -> String {
        let command: String
        switch d.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .note: command = "notice"
        }
        var properties: [String] = []
        if let path = d.path { properties.append("file=" + Self.escapeProperty(path)) }
        if let location = d.location {
            properties.append("line=\(location.line)")
            properties.append("col=\(location.column)")
        }
        properties.append("title=" + Self.escapeProperty("tryg [\(d.code)]"))
        var message = speaker.say(d.message)
        if let hint = d.hint { message += "\n" + speaker.say("report.hint-label") + " " + speaker.say(hint) }
        return "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(message))\n"
    }

    /// Escapes the message part: `%`, CR and LF.
    static func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escapes a property value: as data, plus `:` and `,`.
    static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
