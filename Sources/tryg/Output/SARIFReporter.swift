import JSON
import Strategy

/// Renders diagnostics as a SARIF 2.1.0 log, for code-scanning dashboards.
///
/// Every code that occurs (and every rule passed in) is listed in the tool driver with its summary and
/// default level; results point at rules by id and index; columns count Unicode code points, as tryg's
/// do; each result has a fingerprint built from code, file, JSON Pointer and message, so it stays the
/// same when unrelated lines move.
enum SARIFReporter {
    static func render(_ diagnostics: [Diagnostic], rules: [CodeDescription] = []) -> String {
        var descriptions: [String: CodeDescription] = [:]
        for rule in rules { descriptions[rule.code] = rule }
        for d in diagnostics where descriptions[d.code] == nil {
            descriptions[d.code] = CodeCatalog.describe(d.code, rules: rules)
        }
        let ordered = descriptions.values.sorted { $0.code < $1.code }
        let index = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1.code, $0) })
        let driver = JSONReport.object([
            ("name", JSONReport.string("tryg")),
            ("version", JSONReport.string(Tryg.version)),
            ("informationUri", JSONReport.string("https://tryg.aalborg.dk")),
            ("rules", JSONValue(.array(ordered.map(rule)))),
        ])
        let run = JSONReport.object([
            ("tool", JSONReport.object([("driver", driver)])),
            ("columnKind", JSONReport.string("unicodeCodePoints")),
            ("results", JSONValue(.array(diagnostics.map { result($0, ruleIndex: index[$0.code] ?? 0) }))),
        ])
        let log = JSONReport.object([
            ("$schema", JSONReport.string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", JSONReport.string("2.1.0")),
            ("runs", JSONValue(.array([run]))),
        ])
        return JSONWriter().text(log)
    }

    static func level(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "note"
        }
    }

    static func rule(_ description: CodeDescription) -> JSONValue {
        JSONReport.object([
            ("id", JSONReport.string(description.code)),
            ("shortDescription", JSONReport.object([("text", JSONReport.string(description.summary))])),
            ("defaultConfiguration", JSONReport.object([("level", JSONReport.string(level(description.defaultSeverity)))])),
        ])
    }

    static func result(_ d: Diagnostic, ruleIndex: Int) -> JSONValue {
        var message = d.message
        if let hint = d.hint { message += " (hint: \(hint))" }
        var members: [(String, JSONValue)] = [
            ("ruleId", JSONReport.string(d.code)),
            ("ruleIndex", JSONReport.number(ruleIndex)),
            ("level", JSONReport.string(level(d.severity))),
            ("message", JSONReport.object([("text", JSONReport.string(message))])),
        ]
        if let path = d.path {
            members.append(("locations", JSONValue(.array([location(path, d.location, d.pointer)]))))
        }
        if !d.related.isEmpty {
            members.append(("relatedLocations", JSONValue(.array(d.related.enumerated().map { i, r in
                var related = location(r.path, r.location, r.pointer)
                if case .object(var object) = related.kind {
                    object.append(JSONMember(key: "id", value: JSONReport.number(i + 1)))
                    object.append(JSONMember(key: "message", value: JSONReport.object([("text", JSONReport.string(r.message))])))
                    related = JSONValue(.object(object))
                }
                return related
            }))))
        }
        members.append(("partialFingerprints", JSONReport.object([("trygFinding/v1", JSONReport.string(fingerprint(d)))])))
        return JSONReport.object(members)
    }

    static func location(_ path: String, _ source: SourceLocation?, _ pointer: JSONPointer?) -> JSONValue {
        var physical: [(String, JSONValue)] = [
            ("artifactLocation", JSONReport.object([("uri", JSONReport.string(path)), ("uriBaseId", JSONReport.string("%SRCROOT%"))])),
        ]
        if let source {
            physical.append(("region", JSONReport.object([
                ("startLine", JSONReport.number(source.line)), ("startColumn", JSONReport.number(source.column)),
            ])))
        }
        var members: [(String, JSONValue)] = [("physicalLocation", JSONReport.object(physical))]
        if let pointer {
            members.append(("logicalLocations", JSONValue(.array([JSONReport.object([
                ("fullyQualifiedName", JSONReport.string(path + "#" + pointer.description)), ("kind", JSONReport.string("object")),
            ])]))))
        }
        return JSONReport.object(members)
    }

    /// A stable 64-bit FNV-1a hash of what identifies the finding (not its line, which moves).
    static func fingerprint(_ d: Diagnostic) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(d.code)|\(d.path ?? "")|\(d.pointer?.description ?? "")|\(d.message)".utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
