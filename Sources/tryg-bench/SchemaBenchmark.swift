import JSON
import JSONSchema

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Measures schema validation: a schema compiled once, then many pre-parsed documents validated on
/// the fast path (`isValid`) and the detailed path (`validate`). Two sets: initiative-like ~1 KB
/// documents (``SchemaBenchmarkData``), and documents of numbers (``NumberBenchmarkData``: bounds,
/// `multipleOf`, integers, `enum`/`const` and `uniqueItems` over numbers).
///
/// Arguments: `[count]` — how many documents per set (default 20,000); `--only fast|fast-invalid|detailed|detailed-invalid`
/// runs a single measurement of the initiative set (for profilers such as callgrind). Only validation is timed.
func runSchemaBenchmark(arguments: [String]) throws {
    let count = arguments.lazy.compactMap { Int($0) }.first ?? 20_000
    var only: String?
    if let i = arguments.firstIndex(of: "--only"), i + 1 < arguments.count { only = arguments[i + 1] }
    try measureSchema(
        "initiatives", schema: SchemaBenchmarkData.schema, count: count, only: only,
        document: SchemaBenchmarkData.document(_:broken:))
    if only == nil {
        try measureSchema(
            "numbers", schema: NumberBenchmarkData.schema, count: count, only: nil,
            document: NumberBenchmarkData.document(_:broken:))
    }
}

/// Compiles `schema`, makes `count` valid and `count` invalid documents, and times both paths on each set.
private func measureSchema(
    _ name: String, schema text: String, count: Int, only: String?, document: (Int, Bool) -> String
) throws {
    let registry = SchemaRegistry()
    let uri = "https://tryg.example/schemas/\(name).schema.json"
    try registry.add(try JSONParser().parse(text), uri: uri)
    let compileStart = ContinuousClock.now
    let schema = try registry.compile(uri: uri)
    let compileTime = ContinuousClock.now - compileStart

    var valid: [JSONValue] = []
    var invalid: [JSONValue] = []
    var bytes = 0
    for i in 0..<count {
        let good = document(i, false)
        bytes += good.utf8.count
        valid.append(try JSONParser().parse(good).root)
        invalid.append(try JSONParser().parse(document(i, true)).root)
    }
    print("schema benchmark, \(name): \(count) documents per set, average \(bytes / max(count, 1)) bytes; compile \(compileTime)")
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
        print(
            "  \(label): \(String(Int(rate))) documents/s, \(formatted(perDocument)) µs/document (CPU time) (checksum \(checksum))"
        )
    }
    measure("isValid,  valid set  ", valid) { schema.isValid($0) ? 1 : 0 }
    measure("isValid,  invalid set", invalid) { schema.isValid($0) ? 1 : 0 }
    measure("validate, valid set  ", valid) { schema.validate($0).count }
    measure("validate, invalid set", invalid) { schema.validate($0).count }
    if only == nil, let sample = invalid.first {
        for error in schema.validate(sample).prefix(4) { print("    e.g. \(error.instanceLocation): \(error.message)") }
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

/// A schema and documents that exercise number keywords: about 20 measurements per document.
enum NumberBenchmarkData {
    static let schema = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "required": ["year", "measurements"],
          "properties": {
            "year": {"type": "integer", "minimum": 2014, "maximum": 2030},
            "budget": {"type": "number", "minimum": 0, "multipleOf": 0.01},
            "measurements": {
              "type": "array", "uniqueItems": true,
              "items": {
                "type": "object", "required": ["value", "count"],
                "properties": {
                  "value": {"type": "number", "minimum": 0, "maximum": 1000000, "multipleOf": 0.01},
                  "count": {"type": "integer", "minimum": 0},
                  "share": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
                  "scale": {"enum": [1, 10, 100, 1000]},
                  "version": {"const": 1}
                },
                "additionalProperties": false
              }
            }
          }
        }
        """#

    /// A document of 20 distinct measurements; `broken` puts a value out of range in the last one.
    static func document(_ i: Int, broken: Bool) -> String {
        var items: [String] = []
        for k in 0..<20 {
            let cents = (i * 37 + k * 101) % 100_000_00
            let value = broken && k == 19 ? "-1.5" : "\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)"
            let share = "0.\(1 + (i + k) % 98)"
            items.append(
                #"{"value": \#(value), "count": \#(k + i % 7), "share": \#(share), "scale": \#([1, 10, 100, 1000][k % 4]), "version": 1.0}"#
            )
        }
        return #"{"year": \#(2014 + i % 12), "budget": 125000.50, "measurements": [\#(items.joined(separator: ", "))]}"#
    }
}
