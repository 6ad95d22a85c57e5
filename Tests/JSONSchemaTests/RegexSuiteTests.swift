import Foundation
import Testing

@testable import JSONSchema

/// The regular-expression files of the official test suite, evaluated with `ECMARegex` directly.
///
/// Only groups whose schema is a `pattern`, or `patternProperties` with `true` or
/// `{"type": "integer"}` subschemas, are evaluated; the rest of each schema (`type`,
/// `additionalProperties`) is interpreted here in the few lines it needs.
@Suite("JSON Schema Test Suite: optional regex files")
struct RegexSuiteTests {
    @Test(
        "every pattern case of the file", .enabled(if: FormatSuiteLocator.optionalDirectory != nil, FormatSuiteLocator.reason),
        arguments: ["ecmascript-regex.json", "non-bmp-regex.json"])
    func suiteFile(_ name: String) throws {
        var passed = 0, total = 0, skipped = 0
        for group in try FormatSuiteLocator.groups(name) {
            guard let schema = group["schema"] as? [String: Any], let tests = group["tests"] as? [[String: Any]] else {
                continue
            }
            for test in tests {
                guard let valid = test["valid"] as? Bool, let actual = try Self.evaluate(schema, test["data"] as Any)
                else {
                    skipped += 1
                    continue
                }
                total += 1
                if actual == valid {
                    passed += 1
                } else {
                    Issue.record("\(name): \(group["description"] ?? ""): \(test["description"] ?? "") expected \(valid)")
                }
            }
        }
        print("\(name): \(passed)/\(total) pattern tests pass, \(skipped) skipped")
        #expect(total > 0)
    }

    /// Whether `data` is valid against the pattern part of `schema`; nil when this test cannot tell.
    static func evaluate(_ schema: [String: Any], _ data: Any) throws -> Bool? {
        if let pattern = schema["pattern"] as? String {
            guard let string = data as? String else { return schema["type"] == nil ? true : nil }
            return try ECMARegex(pattern).matches(string)
        }
        guard let properties = schema["patternProperties"] as? [String: Any], properties.count == 1,
            let (pattern, subschema) = properties.first, let object = data as? [String: Any]
        else { return nil }
        let regex = try ECMARegex(pattern)
        let closed = schema["additionalProperties"] as? Bool == false
        for (key, value) in object {
            if regex.matches(key) == true {
                if subschema as? Bool == true { continue }
                guard let sub = subschema as? [String: Any], sub["type"] as? String == "integer" else { return nil }
                guard !(value is String), let number = value as? NSNumber, number.doubleValue.rounded() == number.doubleValue
                else { return false }
            } else if closed {
                return false
            }
        }
        return true
    }
}
