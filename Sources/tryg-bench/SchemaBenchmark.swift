#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JSON
import JSONSchema

/// Measures schema validation: an initiative-like schema compiled once, then many pre-parsed ~1 KB
/// documents validated on the fast path (`isValid`) and the detailed path (`validate`).
///
/// Arguments: `[count]` — how many documents per set (default 20,000); `--only fast|fast-invalid|detailed|detailed-invalid`
/// runs a single measurement (for profilers such as callgrind). Only validation is timed.
func runSchemaBenchmark(arguments: [String]) throws {
    let count = arguments.lazy.compactMap { Int($0) }.first ?? 20_000
    var only: String?
    if let i = arguments.firstIndex(of: "--only"), i + 1 < arguments.count { only = arguments[i + 1] }
    let registry = SchemaRegistry()
    let schemaDocument = try JSONParser().parse(SchemaBenchmarkData.schema)
    try registry.add(schemaDocument, uri: "https://tryg.example/schemas/initiative.schema.json")
    let compileStart = ContinuousClock.now
    let schema = try registry.compile(uri: "https://tryg.example/schemas/initiative.schema.json")
    let compileTime = ContinuousClock.now - compileStart

    var valid: [JSONValue] = []
    var invalid: [JSONValue] = []
    var bytes = 0
    for i in 0..<count {
        let good = SchemaBenchmarkData.document(i, broken: false)
        bytes += good.utf8.count
        valid.append(try JSONParser().parse(good).root)
        invalid.append(try JSONParser().parse(SchemaBenchmarkData.document(i, broken: true)).root)
    }
    print("schema benchmark: \(count) documents per set, average \(bytes / max(count, 1)) bytes; compile \(compileTime)")

    func measure(_ label: String, _ documents: [JSONValue], _ body: (JSONValue) -> Int) {
        if let only, only != measurementName(label) { return }
        var checksum = 0
        for document in documents.prefix(200) { checksum &+= body(document) }  // warm up
        // Thread CPU time, so that other processes on a busy machine do not count.
        let start = threadCPUSeconds()
        for document in documents { checksum &+= body(document) }
        let seconds = max(threadCPUSeconds() - start, 1e-9)
        let perDocument = seconds / Double(documents.count) * 1e6
        let rate = Double(documents.count) / seconds
        print("  \(label): \(String(Int(rate))) documents/s, \(formatted(perDocument)) µs/document (CPU time) (checksum \(checksum))")
    }
    measure("isValid,  valid set  ", valid) { schema.isValid($0) ? 1 : 0 }
    measure("isValid,  invalid set", invalid) { schema.isValid($0) ? 1 : 0 }
    measure("validate, valid set  ", valid) { schema.validate($0).count }
    measure("validate, invalid set", invalid) { schema.validate($0).count }
    if only == nil, let sample = invalid.first {
        for error in schema.validate(sample) { print("    e.g. \(error.instanceLocation): \(error.message)") }
    }
}

/// The `--only` name of a measurement label.
private func measurementName(_ label: String) -> String {
    let fast = label.hasPrefix("isValid")
    let invalid = label.contains("invalid")
    return (fast ? "fast" : "detailed") + (invalid ? "-invalid" : "")
}

/// CPU time used by the calling thread, in seconds.
private func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

private func formatted(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
}

/// The schema and documents of the schema benchmark.
enum SchemaBenchmarkData {
    static let schema = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://tryg.example/schemas/initiative.schema.json",
      "title": "Initiative",
      "type": "object",
      "required": ["id", "name", "status", "period", "goals", "owners"],
      "properties": {
        "$schema": {"type": "string"},
        "id": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "maxLength": 80},
        "name": {"type": "string", "minLength": 3, "maxLength": 200},
        "status": {"enum": ["planned", "active", "ended", "merged"]},
        "period": {"$ref": "#/$defs/period"},
        "goals": {"type": "array", "minItems": 1, "uniqueItems": true, "items": {"$ref": "#/$defs/id"}},
        "owners": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/unitRef"}},
        "participants": {"type": "array", "items": {"$ref": "#/$defs/unitRef"}},
        "partners": {"type": "array", "items": {"type": "string", "minLength": 1}},
        "formerNames": {
          "type": "array",
          "items": {
            "type": "object", "required": ["name", "until"],
            "properties": {"name": {"type": "string"}, "until": {"type": "string", "format": "date"}},
            "additionalProperties": false
          }
        },
        "mergedInto": {"$ref": "#/$defs/id"},
        "description": {"type": "string", "maxLength": 4000},
        "source": {"type": "string"}
      },
      "allOf": [
        {"if": {"properties": {"status": {"const": "merged"}}}, "then": {"required": ["mergedInto"]}}
      ],
      "unevaluatedProperties": false,
      "$defs": {
        "id": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
        "date": {"type": "string", "format": "date"},
        "period": {
          "type": "object", "required": ["from"],
          "properties": {"from": {"$ref": "#/$defs/date"}, "to": {"$ref": "#/$defs/date"}},
          "additionalProperties": false
        },
        "unitRef": {
          "type": "object", "required": ["partner"],
          "properties": {"partner": {"$ref": "#/$defs/id"}, "unit": {"$ref": "#/$defs/id"}},
          "additionalProperties": false
        }
      }
    }
    """#

    static let partners = ["aalborg-kommune", "nordjyllands-politi", "region-nordjylland", "aalborg-universitet"]
    static let units = ["skoleforvaltningen", "familie-og-beskaeftigelse", "sundhed-og-kultur", "by-og-land"]
    static let statuses = ["planned", "active", "ended", "merged"]

    /// A realistic initiative of about 1 KB; `broken` adds typical mistakes.
    static func document(_ i: Int, broken: Bool) -> String {
        let status = broken ? "actve" : statuses[i % 3]
        let owner = #"{"partner": "\#(partners[i % 4])", "unit": "\#(units[i % 4])"}"#
        let participant = #"{"partner": "\#(partners[(i + 1) % 4])", "unit": "\#(units[(i + 2) % 4])"}"#
        let month = broken ? "13" : String(format2(1 + i % 12))
        return """
            {
              "$schema": "../../schemas/initiative.schema.json",
              "id": "tryg-indsats-\(i)",
              "\(broken ? "nmae" : "name")": "Tryghedsvandring i bydel \(i) med borgere, politi og kommune",
              "status": "\(status)",
              "period": {"from": "2023-\(month)-01", "to": "2026-12-31"},
              "goals": ["goal-\(1 + i % 5)", "goal-\(1 + (i + 2) % 5)"],
              "owners": [\(owner)],
              "participants": [\(participant), \(owner)],
              "partners": ["Boligforeningen", "SSP Aalborg", "Natteravnene"],
              "formerNames": [{"name": "Tryg bydel \(i)", "until": "2022-06-30"}],
              "description": "Borgere, politi og kommune går sammen gennem bydelen om aftenen, taler med beboere og noterer steder, der føles utrygge: mørke stier, ødelagt belysning og tilgroede buske. Fundene følges op af kommunen inden for fire uger, og resultaterne præsenteres på et åbent møde.",
              "source": "Strategi for Tryg Aalborg, afsnit \(1 + i % 9)"
            }
            """
    }

    private static func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
