import Foundation
import Testing

@testable import JSONSchema

/// Locates the official JSON Schema Test Suite next to the repository (`<repo root>/../shared`).
enum FormatSuiteLocator {
    /// `tests/draft2020-12/optional` of the suite, or nil when it is not there.
    static let optionalDirectory: URL? = {
        // #filePath may be a symlink in a development package: resolve it, then walk up to the
        // directory that holds Sources/JSONSchema (the repository root).
        var directory = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while directory.path != "/" {
            let sources = directory.appendingPathComponent("Sources/JSONSchema").path
            if FileManager.default.fileExists(atPath: sources) {
                let optional = directory.deletingLastPathComponent()
                    .appendingPathComponent("shared/conformance/JSON-Schema-Test-Suite/tests/draft2020-12/optional")
                return FileManager.default.fileExists(atPath: optional.path) ? optional : nil
            }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }()

    static let reason: Comment = "the JSON Schema Test Suite is not at <repo root>/../shared/conformance"

    /// The groups (`schema`, `tests`) of one suite file, decoded with JSONSerialization.
    static func groups(_ relativePath: String) throws -> [[String: Any]] {
        guard let directory = optionalDirectory else { return [] }
        let data = try Data(contentsOf: directory.appendingPathComponent(relativePath))
        return try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
    }
}

@Suite("JSON Schema Test Suite: optional/format")
struct FormatSuiteTests {
    static let files = [
        "date", "date-time", "time", "duration", "email", "idn-email", "hostname", "idn-hostname", "ipv4",
        "ipv6", "uri", "uri-reference", "iri", "iri-reference", "uri-template", "uuid", "regex",
        "ecmascript-regex", "json-pointer", "relative-json-pointer", "unknown",
    ]

    @Test(
        "every string datum of the file", .enabled(if: FormatSuiteLocator.optionalDirectory != nil, FormatSuiteLocator.reason),
        arguments: files)
    func suiteFile(_ name: String) throws {
        var passed = 0, total = 0
        for group in try FormatSuiteLocator.groups("format/\(name).json") {
            guard let schema = group["schema"] as? [String: Any], let format = schema["format"] as? String,
                let tests = group["tests"] as? [[String: Any]]
            else { continue }
            for test in tests {
                // Formats apply only to strings; other instances are the validator's business.
                guard let data = test["data"] as? String, let valid = test["valid"] as? Bool else { continue }
                total += 1
                let actual = FormatChecker.isValid(data, format: format) ?? true
                if actual == valid {
                    passed += 1
                } else {
                    let description = test["description"] as? String ?? ""
                    Issue.record("\(name): \(description): \(data.debugDescription) expected \(valid), got \(actual)")
                }
            }
        }
        print("format/\(name).json: \(passed)/\(total) string tests pass")
        #expect(total > 0)
    }
}
