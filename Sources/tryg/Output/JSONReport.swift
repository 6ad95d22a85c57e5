import JSON
import Strategy

/// The machine-readable report of `--format json`.
///
/// Structure (stable; fields are always present, `null` when unknown):
/// ```
/// { "tool": "tryg", "formatVersion": 1, "snapshot": "HEAD" | null, "filesChecked": 42,
///   "summary": { "errors": 1, "warnings": 0, "notes": 0 },
///   "diagnostics": [ { "severity": "error", "code": "enum", "message": "…", "path": "strategy/…",
///                      "pointer": "/status", "line": 4, "column": 13, "hint": "…" | null,
///                      "related": [ { "message": "…", "path": "…", "pointer": "…", "line": 1, "column": 1 } ] } ] }
/// ```
///
/// Keys are stable English words in every language; `message`, `hint` and related messages are
/// rendered in the chosen language, and `messageId` names the catalogue entry they come from.
/// `fingerprint` identifies the finding across commits and line moves (see
/// ``Diagnostic/fingerprint``).
struct JSONReport {
    let speaker: Speaker

    func render(_ report: ValidationReport, snapshot: String) -> String {
        render(diagnostics: report.diagnostics, filesChecked: report.filesChecked, snapshot: snapshot)
    }

    func render(diagnostics: [Diagnostic], filesChecked: Int, snapshot: String?) -> String {
        let counts = DiagnosticCounts(diagnostics)
        let root = Self.object([
            ("tool", Self.string("tryg")),
            ("formatVersion", Self.number(1)),
            ("snapshot", snapshot.map(Self.string) ?? .null),
            ("filesChecked", Self.number(filesChecked)),
            (
                "summary",
                Self.object([
                    ("errors", Self.number(counts.errors)), ("warnings", Self.number(counts.warnings)),
                    ("notes", Self.number(counts.notes)),
                ])
            ),
            ("diagnostics", JSONValue(.array(diagnostics.map(encode)))),
        ])
        return JSONWriter().text(root)
    }

    func encode(_ d: Diagnostic) -> JSONValue {
        Self.object([
            ("severity", Self.string(d.severity.rawValue)),
            ("code", Self.string(d.code)),
            ("message", Self.string(speaker.say(d.message))),
            ("messageId", Self.string(d.message.key)),
            ("fingerprint", Self.string(d.fingerprint)),
            ("path", d.path.map(Self.string) ?? .null),
            ("pointer", d.pointer.map { Self.string($0.description) } ?? .null),
            ("line", d.location.map { Self.number($0.line) } ?? .null),
            ("column", d.location.map { Self.number($0.column) } ?? .null),
            ("hint", d.hint.map { Self.string(speaker.say($0)) } ?? .null),
            (
                "related",
                JSONValue(
                    .array(
                        d.related.map { r in
                            Self.object([
                                ("message", Self.string(speaker.say(r.message))),
                                ("path", Self.string(r.path)),
                                ("pointer", r.pointer.map { Self.string($0.description) } ?? .null),
                                ("line", r.location.map { Self.number($0.line) } ?? .null),
                                ("column", r.location.map { Self.number($0.column) } ?? .null),
                            ])
                        }))
            ),
        ])
    }

    static func object(_ members: [(String, JSONValue)]) -> JSONValue {
        JSONValue(.object(JSONObject(members.map { JSONMember(key: $0.0, value: $0.1) })))
    }

    static func string(_ s: String) -> JSONValue { JSONValue(.string(s)) }
    static func number(_ n: Int) -> JSONValue { JSONValue(.number(JSONNumber(n))) }
}
