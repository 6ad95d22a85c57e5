import Foundation
import TestSupport
import Testing

/// A second, independent validator — check-jsonschema (Python), installed by
/// `scripts/install-check-jsonschema` — validates every content file against the schema `tryg.json`
/// maps it to, with no network and no flags beyond `--schemafile`: the schemas resolve their
/// shared definitions (`common.schema.json`) from the files beside them, as any JSON editor must.
@Suite("check-jsonschema on the content (offline)")
struct CheckJSONSchemaTests {
    /// The check-jsonschema program, or the reason it is missing.
    static let program: Result<String, SkipReason> = {
        guard
            let result = try? runProcess(
                Locations.packageRoot + "/scripts/install-check-jsonschema", [], in: Locations.packageRoot),
            result.status == 0
        else { return .failure(SkipReason(text: "scripts/install-check-jsonschema failed (no python3 venv or no PyPI)")) }
        return .success(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
    }()

    struct SkipReason: Error { var text: String }

    /// An environment in which any attempt to reach the network fails at once.
    static let offline = [
        "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9",
        "HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9", "no_proxy": "", "NO_PROXY": "",
    ]

    /// The (files pattern, schema) pairs of this repository's tryg.json.
    static func mappings() throws -> [(files: String, schema: String)] {
        let data = try Data(contentsOf: URL(fileURLWithPath: Locations.packageRoot + "/tryg.json"))
        let config = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entries = try #require(config["schemas"] as? [[String: String]])
        return entries.compactMap { entry in entry["files"].flatMap { f in entry["schema"].map { (f, $0) } } }
    }

    /// The files a pattern of tryg.json matches, relative to `root`.
    static func expand(_ pattern: String, in root: String) throws -> [String] {
        let result = try runProcess("/bin/bash", ["-O", "nullglob", "-c", "printf '%s\\n' \(pattern)"], in: root)
        return result.stdout.split(separator: "\n").map(String.init)
    }

    func checkJSONSchema(_ arguments: [String], in root: String = Locations.packageRoot) throws -> ProcessResult {
        try runProcess(try Self.program.get(), arguments, in: root, environment: Self.offline)
    }

    @Test(
        "every content file passes its schema, offline, with only --schemafile",
        .enabled(if: (try? CheckJSONSchemaTests.program.get()) != nil, "check-jsonschema could not be installed"))
    func everyFileValidates() throws {
        var checked = 0
        for (pattern, schema) in try Self.mappings() {
            let files = try Self.expand(pattern, in: Locations.packageRoot)
            #expect(!files.isEmpty, "tryg.json's pattern \(pattern) matches no file")
            let result = try checkJSONSchema(["--schemafile", schema] + files)
            #expect(result.status == 0, "\(schema): \(result)")
            checked += files.count
        }
        #expect(checked >= 35)
    }

    @Test(
        "the schemas are valid draft 2020-12 schemas",
        .enabled(if: (try? CheckJSONSchemaTests.program.get()) != nil, "check-jsonschema could not be installed"))
    func schemasPassTheMetaschema() throws {
        let schemas = try Self.expand("schemas/*.json", in: Locations.packageRoot)
        let result = try checkJSONSchema(["--check-metaschema"] + schemas)
        #expect(result.status == 0, "\(result)")
    }

    @Test(
        "a broken date and a broken owner fail the same check (the check can fail)",
        .enabled(if: (try? CheckJSONSchemaTests.program.get()) != nil, "check-jsonschema could not be installed"))
    func brokenContentFails() throws {
        let repo = try DiffCommandSupport.realContentRepository()
        let path = "strategy/initiatives/formidling.json"
        let text = try String(contentsOfFile: repo.path + "/" + path, encoding: .utf8)
        try repo.write(path, text.replacingOccurrences(of: "\"2014-09-01\"", with: "\"2014-09-31\""))
        var result = try checkJSONSchema(["--schemafile", "schemas/initiative.schema.json", path], in: repo.path)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("2014-09-31"), "\(result)")
        try repo.write(
            path, text.replacingOccurrences(of: "\"owner\": \"region-nordjylland-psykiatrien\"", with: "\"owner\": \"Region\""))
        result = try checkJSONSchema(["--schemafile", "schemas/initiative.schema.json", path], in: repo.path)
        #expect(result.status == 1, "\(result)")
    }
}
