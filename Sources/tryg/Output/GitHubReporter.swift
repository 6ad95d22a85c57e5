import Strategy

/// Renders diagnostics as GitHub Actions workflow commands, which the runner turns into annotations
/// on the pull request: `::error file=…,line=…,col=…,title=…::message`.
enum GitHubReporter {
    static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(line).joined()
    }

    static func line(_ d: Diagnostic) -> String {
        let command: String
        switch d.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .note: command = "notice"
        }
        var properties: [String] = []
        if let path = d.path { properties.append("file=" + escapeProperty(path)) }
        if let location = d.location {
            properties.append("line=\(location.line)")
            properties.append("col=\(location.column)")
        }
        properties.append("title=" + escapeProperty("tryg [\(d.code)]"))
        var message = d.message
        if let hint = d.hint { message += "\nhint: " + hint }
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))\n"
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
