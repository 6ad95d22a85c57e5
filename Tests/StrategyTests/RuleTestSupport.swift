import JSON
import Testing

@testable import Strategy

/// A small strategy held in memory, as file texts by path, for testing one rule at a time.
///
/// ``RuleFixture/minimal()`` is valid under every rule: strategy period 2018-01-01 – 2021-12-31; partners
/// "kommune" (unit "skole", involved) and "politi", both joined 2018-01-01; goal "maal"; initiative "a"
/// (active from 2018-01-01, owned by "kommune/skole" and "politi"); an organisation with a Styregruppe
/// member and a tovholder from each partner; a report for 2018. Tests change only what they vary.
///
/// Entity files are written one member per line, so line numbers in expectations are easy to read:
/// line 1 `{`, line 2 `"id"`, line 3 `"name"`, then the members in the order given.
struct RuleFixture {
    var files: [String: String] = [:]

    static func minimal() -> RuleFixture {
        var f = RuleFixture()
        f.strategy(period: #"{"from": "2018-01-01", "to": "2021-12-31"}"#)
        f.partner(
            "kommune", name: "Kommune", joined: "2018-01-01", units: [#"{"id": "skole", "name": "Skole", "involved": true}"#])
        f.partner("politi", name: "Politi", joined: "2018-01-01")
        f.goal("maal", number: 1)
        f.initiative("a", from: "2018-01-01", owners: ["kommune/skole", "politi"])
        f.organisation(steering: ["kommune", "politi"], tovholdere: ["kommune", "politi"])
        f.report("a", year: 2018)
        return f
    }

    /// An object written one member per line: `{`, then `  "key": value` lines, then `}`.
    static func object(_ members: [(String, String)]) -> String {
        "{\n" + members.map { "  \"\($0.0)\": \($0.1)" }.joined(separator: ",\n") + "\n}\n"
    }

    static func list(_ items: [String]) -> String { "[" + items.map { "\"\($0)\"" }.joined(separator: ", ") + "]" }

    mutating func strategy(period: String, extra: [(String, String)] = []) {
        files["strategy/strategy.json"] = Self.object(
            [("name", #""Tryg Test""#), ("version", "2"), ("period", period)] + extra)
    }

    mutating func partner(_ id: String, name: String, joined: String, units: [String] = [], extra: [(String, String)] = []) {
        var members: [(String, String)] = [("id", "\"\(id)\""), ("name", "\"\(name)\""), ("joined", "\"\(joined)\"")]
        if !units.isEmpty { members.append(("units", "[\n    " + units.joined(separator: ",\n    ") + "\n  ]")) }
        files["strategy/partners/\(id).json"] = Self.object(members + extra)
    }

    mutating func goal(_ id: String, number: Int, extra: [(String, String)] = []) {
        files["strategy/goals/\(id).json"] = Self.object(
            [("id", "\"\(id)\""), ("name", "\"Mål \(number)\""), ("number", String(number))] + extra)
    }

    /// An initiative named by its id in upper case ("a" → "A").
    mutating func initiative(
        _ id: String, status: String = "active", from: String, to: String? = nil, goals: [String] = ["maal"],
        owners: [String], extra: [(String, String)] = []
    ) {
        let period = to.map { #"{"from": "\#(from)", "to": "\#($0)"}"# } ?? #"{"from": "\#(from)"}"#
        files["strategy/initiatives/\(id).json"] = Self.object(
            [
                ("id", "\"\(id)\""), ("name", "\"\(id.uppercased())\""), ("status", "\"\(status)\""), ("period", period),
                ("goals", Self.list(goals)), ("owners", Self.list(owners)),
            ] + extra)
    }

    mutating func organisation(steering: [String], tovholdere: [String], extra: [(String, String)] = []) {
        func group(_ ats: [String]) -> String {
            #"{"members": ["# + ats.map { #"{"role": "R", "at": "\#($0)"}"# }.joined(separator: ", ") + "]}"
        }
        files["strategy/organisation.json"] = Self.object(
            [("steeringGroup", group(steering)), ("tovholdere", group(tovholdere))] + extra)
    }

    mutating func report(_ initiative: String, year: Int, folder: Int? = nil, file: String? = nil, extra: [(String, String)] = [])
    {
        files["strategy/reports/\(folder ?? year)/\(file ?? initiative).json"] = Self.object(
            [("initiative", "\"\(initiative)\""), ("year", String(year)), ("number", "1")] + extra)
    }

    /// The typed model of the files.
    func model() throws -> StrategyModel {
        var documents: [String: JSONDocument] = [:]
        for (path, text) in files { documents[path] = try JSONParser().parse(text) }
        return StrategyModel.build(from: documents)
    }

    /// The findings of one rule, at its default severity, rendered as lines (see ``ruleLine(_:)``).
    func check(_ rule: any Rule.Type, asOf: String = "2018-06-01") throws -> [String] {
        let context = RuleContext(asOf: Day(asOf) ?? .today)
        return Diagnostic.sortedForOutput(RuleEngine.findings(of: rule, in: try model(), context).map(\.diagnostic)).map(ruleLine)
    }

    /// Everything the engine reports (all rules, configuration, exceptions), rendered as lines.
    func run(asOf: String = "2018-06-01", config: RepositoryConfig? = RepositoryConfig(), configDocument: JSONDocument? = nil)
        throws -> [String]
    {
        let context = RuleContext(asOf: Day(asOf) ?? .today, configDocument: configDocument)
        return Diagnostic.sortedForOutput(RuleEngine(config: config, context: context).run(try model())).map(ruleLine)
    }
}

/// `path:line:col: severity: message [code]`, then `  related: path:line:col message` per related location.
func ruleLine(_ d: Diagnostic) -> String {
    var out =
        "\(d.path ?? "-"):\(d.location.map { "\($0.line):\($0.column)" } ?? "-"): \(d.severity.rawValue): \(d.message) [\(d.code)]"
    for r in d.related {
        out += "\n  related: \(r.path):\(r.location.map { "\($0.line):\($0.column)" } ?? "-") \(r.message)"
    }
    return out
}

/// Expects exactly these finding lines, printing the actual ones when they differ.
func expectLines(_ actual: [String], _ expected: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(actual == expected, "actual:\n\(actual.joined(separator: "\n"))", sourceLocation: sourceLocation)
}
