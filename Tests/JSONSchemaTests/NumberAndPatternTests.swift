import JSON
import Testing
@testable import JSONSchema

/// Exact number semantics and the fast pattern matcher.
@Suite struct NumberAndPatternTests {
    func number(_ literal: String) throws -> JSONNumber {
        try #require(try JSONParser().parse(literal).root.numberValue)
    }

    @Test func integersAndComparison() throws {
        #expect(NumberMath.isInteger(try number("1.0")))
        #expect(NumberMath.isInteger(try number("1e2")))
        #expect(!NumberMath.isInteger(try number("1.5")))
        #expect(NumberMath.isInteger(try number("12345678910111213141516171819202122232425262728293031")))
        #expect(!NumberMath.isInteger(try number("1.00000000000000000001")))
        #expect(NumberMath.compare(try number("18446744073709551616"), try number("18446744073709551617")) < 0)
        #expect(NumberMath.equal(try number("1"), try number("1.0")))
        #expect(InstanceEquality.equal(JSONValue(.bool(true)), 1) == false)
        #expect(InstanceEquality.equal(try JSONParser().parse(#"{"a": 1, "b": [1.0]}"#).root, try JSONParser().parse(#"{"b": [1], "a": 1.00}"#).root))
    }

    @Test func exactMultipleOf() throws {
        #expect(NumberMath.isMultiple(try number("0.0075"), of: try number("0.0001")))
        #expect(!NumberMath.isMultiple(try number("0.00751"), of: try number("0.0001")))
        #expect(NumberMath.isMultiple(try number("1e308"), of: try number("0.5")))
        #expect(NumberMath.isMultiple(try number("12391239123"), of: try number("1e-8")))
        #expect(!NumberMath.isMultiple(try number("4.5"), of: try number("2")))
    }

    @Test(arguments: [
        "^[a-z0-9]+(-[a-z0-9]+)*$", "^\\d{4}-\\d{2}$", "a+b", "^(ab|cd){2,3}$", "[0-9]", "^$", "x?y*z+", "^[A-Z_][-A-Za-z0-9._]*$",
    ])
    func simplePatternAgreesWithECMARegex(pattern: String) throws {
        let simple = try #require(SimplePattern(pattern))
        let regex = try ECMARegex(pattern)
        let samples = ["", "a", "ab", "abab", "cdabcd", "tryg-indsats-1", "Tryg", "2024-01", "20240-1", "-a", "a-", "xyz", "z", "æøå", "a-æ", "ababababab", "_x.y-1", "b"]
        for sample in samples {
            #expect(simple.matches(sample) == regex.matches(sample), "\(pattern) on \(sample)")
        }
    }

    @Test func patternsOutsideTheSubsetUseTheFullEngine() {
        #expect(SimplePattern("^a|b$") == nil)
        #expect(SimplePattern("a.b") == nil)
        #expect(SimplePattern("[^a]") == nil)
        #expect(SimplePattern("\\p{L}") == nil)
        #expect(SimplePattern("a*?") == nil)
    }
}
