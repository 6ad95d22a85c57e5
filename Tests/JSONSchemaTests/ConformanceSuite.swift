import Foundation
import JSON

@testable import JSONSchema

/// Runs files of the official JSON Schema Test Suite (draft 2020-12) against the validator.
///
/// The suite lives at `<repo root>/../shared/conformance/JSON-Schema-Test-Suite`; its `remotes/`
/// folder is registered under `http://localhost:1234/` (never fetched). Each test case gets a fresh
/// registry so that cases reusing the same `$id` do not interfere.
struct ConformanceSuite {
    /// The outcome of one suite file.
    struct FileResult {
        var file: String
        var passed = 0
        var failures: [String] = []
        var skipped: [String] = []
    }

    /// The suite's folder, or nil when the shared folder is absent.
    static let root: URL? = {
        // #filePath may go through a symlinked test folder (a development package): resolve it first.
        let file = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        let repository = file.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let suite = repository.deletingLastPathComponent().appendingPathComponent("shared/conformance/JSON-Schema-Test-Suite")
        return FileManager.default.fileExists(atPath: suite.appendingPathComponent("tests/draft2020-12").path) ? suite : nil
    }()

    let root: URL
    let remotes: [(String, JSONValue)]

    init?() {
        guard let root = Self.root else { return nil }
        self.root = root
        var remotes: [(String, JSONValue)] = []
        let base = root.appendingPathComponent("remotes")
        let enumerator = FileManager.default.enumerator(atPath: base.path)
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".json"),
                let data = FileManager.default.contents(atPath: base.appendingPathComponent(relative).path),
                let document = try? JSONParser().parse([UInt8](data))
            else { continue }
            remotes.append(("http://localhost:1234/" + relative, document.root))
        }
        self.remotes = remotes.sorted { $0.0 < $1.0 }
    }

    /// The `.json` files of a folder of the suite, sorted.
    func files(in folder: String) -> [URL] {
        let url = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { url.appendingPathComponent($0) }
    }

    /// Runs every case of one file.
    func run(_ file: URL, options: SchemaOptions) -> FileResult {
        var result = FileResult(file: file.lastPathComponent)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            result.failures.append("cannot read the file")
            return result
        }
        let document: JSONDocument
        do { document = try JSONParser().parse([UInt8](data)) } catch {
            result.skipped.append("whole file: it cannot be parsed (\(error)); our parser rejects such JSON by design")
            return result
        }
        for (index, testCase) in (document.root.arrayValue ?? []).enumerated() {
            run(testCase, index: index, file: file.lastPathComponent, options: options, into: &result)
        }
        return result
    }

    private func run(_ testCase: JSONValue, index: Int, file: String, options: SchemaOptions, into result: inout FileResult) {
        let description = testCase["description"]?.stringValue ?? "case \(index)"
        let tests = testCase["tests"]?.arrayValue ?? []
        guard let schemaValue = testCase["schema"] else { return }
        let registry = SchemaRegistry(options: options)
        for (uri, value) in remotes { try? registry.add(value, uri: uri) }
        let schema: Schema
        do {
            schema = try registry.compile(schemaValue, uri: "https://tryg.test/suite/\(file)/\(index).json")
        } catch {
            for test in tests {
                result.failures.append(
                    "\(file) | \(description) | \(test["description"]?.stringValue ?? "?"): schema did not compile: \(error)")
            }
            return
        }
        for test in tests {
            let name = test["description"]?.stringValue ?? "?"
            guard let data = test["data"], let expected = test["valid"]?.boolValue else { continue }
            let fast = schema.isValid(data)
            let errors = schema.validate(data)
            if fast == expected && errors.isEmpty == expected {
                result.passed += 1
            } else {
                let detail = errors.prefix(3).map { "\($0.keywordLocation): \($0.message)" }.joined(separator: "; ")
                result.failures.append(
                    "\(file) | \(description) | \(name): expected \(expected ? "valid" : "invalid"), isValid=\(fast), errors=\(errors.count) \(detail)"
                )
            }
        }
    }
}
