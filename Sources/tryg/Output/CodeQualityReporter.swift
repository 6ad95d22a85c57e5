import JSON
import Strategy

/// Renders diagnostics as a GitLab code-quality report (the Code Climate issue subset GitLab reads
/// from `artifacts: reports: codequality`), which GitLab shows in the merge request widget and on the
/// changed lines.
///
/// Structure: a JSON array with one object per finding:
/// ```
/// [ { "type": "issue", "check_name": "enum", "description": "status must be one of: …",
///     "severity": "major", "fingerprint": "3f0c…",
///     "location": { "path": "strategy/initiatives/x.json", "lines": { "begin": 5 } } } ]
/// ```
/// GitLab compares a merge request's report with the target branch's by `fingerprint` and lists what
/// is new and what was fixed, so the fingerprint is the finding's stable one (code, file, JSON Pointer
/// and message, never the line). GitLab reads only the first issue of a fingerprint, so a second finding
/// with the same fingerprint gets a numbered one. Severities: error → major, warning → minor,
/// note → info. A finding about the repository as a whole (no file) is placed on `tryg.json`, the
/// file that configures the check, at line 1: GitLab requires a path.
struct CodeQualityReporter {
    let speaker: Speaker

    func render(_ diagnostics: [Diagnostic]) -> String {
        var seen: [String: Int] = [:]
        let issues = diagnostics.map { d -> JSONValue in
            let count = (seen[d.fingerprint] ?? 0) + 1
            seen[d.fingerprint] = count
            return issue(d, fingerprint: count == 1 ? d.fingerprint : d.fingerprint + "-\(count)")
        }
        return JSONWriter().text(JSONValue(.array(issues)))
    }

    func issue(_ d: Diagnostic, fingerprint: String) -> JSONValue {
        var description = speaker.say(d.message)
        if let hint = d.hint { description += " (" + speaker.say("report.hint-label") + " " + speaker.say(hint) + ")" }
        let location = JSONReport.object([
            ("path", JSONReport.string(d.path ?? "tryg.json")),
            ("lines", JSONReport.object([("begin", JSONReport.number(d.location?.line ?? 1))])),
        ])
        return JSONReport.object([
            ("type", JSONReport.string("issue")),
            ("check_name", JSONReport.string(d.code)),
            ("description", JSONReport.string(description)),
            ("severity", JSONReport.string(Self.severity(d.severity))),
            ("fingerprint", JSONReport.string(fingerprint)),
            ("location", location),
        ])
    }

    /// GitLab's scale is info, minor, major, critical, blocker.
    static func severity(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: return "major"
        case .warning: return "minor"
        case .note: return "info"
        }
    }
}
