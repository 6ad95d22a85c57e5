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
enum JSONReport {
    static func render(_ report: ValidationReport, snapshot: String) -> String {
        render(diagnostics: report.diagnostics, filesChecked: report.filesChecked, snapshot: snapshot)
    }

    static func render(diagnostics: [Diagnostic], filesChecked: Int, snapshot: String?) -> String {
        let counts = DiagnosticCounts(diagnostics)
        let root = object([
            ("tool", string("tryg")),
            ("formatVersion", number(1)),
            ("snapshot", snapshot.map(string) ?? .null),
            ("filesChecked", number(filesChecked)),
            ("summary", object([
                ("errors", number(counts.errors)), ("warnings", number(counts.warnings)), ("notes", number(counts.notes)),
            ])),
            ("diagnostics", JSONValue(.array(diagnostics.map(encode)))),
        ])
        return JSONWriter().text(root)
    }

    static func encode(_ d: Diagnostic) -> JSONValue {
        object([
            ("severity", string(d.severity.rawValue)),
            ("code", string(d.code)),
            ("message", string(d.message)),
            ("path", d.path.map(string) ?? .null),
            ("pointer", d.pointer.map { string($0.description) } ?? .null),
            ("line", d.location.map { number($0.line) } ?? .null),
            ("column", d.location.map { number($0.column) } ?? .null),
            ("hint", d.hint.map(string) ?? .null),
            ("related", JSONValue(.array(d.related.map { r in
                object([
                    ("message", string(r.message)),
                    ("path", string(r.path)),
                    ("pointer", r.pointer.map { string($0.description) } ?? .null),
                    ("line", r.location.map { number($0.line) } ?? .null),
                    ("column", r.location.map { number($0.column) } ?? .null),
                ])
            }))),
        ])
    }

    static func object(_ members: [(String, JSONValue)]) -> JSONValue {
        JSONValue(.object(JSONObject(members.map { JSONMember(key: $0.0, value: $0.1) })))
    }

    static func string(_ s: String) -> JSONValue { JSONValue(.string(s)) }
    static func number(_ n: Int) -> JSONValue { JSONValue(.number(JSONNumber(n))) }
}
