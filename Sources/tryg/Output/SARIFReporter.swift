import JSON
import Strategy

/// Renders diagnostics as a SARIF 2.1.0 log, for code-scanning dashboards.
///
/// Every code that occurs (and every rule passed in) is listed in the tool driver with its summary and
/// default level; results point at rules by id and index; columns count Unicode code points, as tryg's
/// do; each result has a fingerprint built from code, file, JSON Pointer and message, so it stays the
/// same when unrelated lines move.
struct SARIFReporter {
    let speaker: Speaker

    func render(_ diagnostics: [Diagnostic], rules: [CodeDescription] = []) -> String {
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

    func level(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "note"
        }
    }

    func rule(_ description: CodeDescription) -> JSONValue {
        JSONReport.object([
            ("id", JSONReport.string(description.code)),
            ("shortDescription", JSONReport.object([("text", JSONReport.string(speaker.say(description.summary)))])),
            ("defaultConfiguration", JSONReport.object([("level", JSONReport.string(level(description.defaultSeverity)))])),
        ])
    }

    func result(_ d: Diagnostic, ruleIndex: Int) -> JSONValue {
        var message = speaker.say(d.message)
        if let hint = d.hint { message += " (" + speaker.say("report.hint-label") + " " + speaker.say(hint) + ")" }
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
            members.append(
                (
                    "relatedLocations",
                    JSONValue(
                        .array(
                            d.related.enumerated().map { i, r in
                                var related = location(r.path, r.location, r.pointer)
                                if case .object(var object) = related.kind {
                                    object.append(JSONMember(key: "id", value: JSONReport.number(i + 1)))
                                    object.append(
                                        JSONMember(
                                            key: "message",
                                            value: JSONReport.object([("text", JSONReport.string(speaker.say(r.message)))])))
                                    related = JSONValue(.object(object))
                                }
                                return related
                            }))
                ))
        }
        members.append(("partialFingerprints", JSONReport.object([("trygFinding/v1", JSONReport.string(d.fingerprint))])))
        return JSONReport.object(members)
    }

    func location(_ path: String, _ source: SourceLocation?, _ pointer: JSONPointer?) -> JSONValue {
        var physical: [(String, JSONValue)] = [
            (
                "artifactLocation",
                JSONReport.object([
                    ("uri", JSONReport.string(Self.uriReference(path))), ("uriBaseId", JSONReport.string("%SRCROOT%")),
                ])
            )
        ]
        if let source {
            physical.append(
                (
                    "region",
                    JSONReport.object([
                        ("startLine", JSONReport.number(source.line)), ("startColumn", JSONReport.number(source.column)),
                    ])
                ))
        }
        var members: [(String, JSONValue)] = [("physicalLocation", JSONReport.object(physical))]
        if let pointer {
            members.append(
                (
                    "logicalLocations",
                    JSONValue(
                        .array([
                            JSONReport.object([
                                ("fullyQualifiedName", JSONReport.string(path + "#" + pointer.description)),
                                ("kind", JSONReport.string("object")),
                            ])
                        ]))
                ))
        }
        return JSONReport.object(members)
    }

    /// The finding's stable fingerprint (see ``Diagnostic/fingerprint``): the same in every language.
    static func fingerprint(_ d: Diagnostic) -> String { d.fingerprint }

    /// A repository path as a relative URI reference (RFC 3986): each segment percent-encoded
    /// except for unreserved characters, so spaces, `#`, `?`, `%` and non-ASCII letters cannot change
    /// what the URI names.
    static func uriReference(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
