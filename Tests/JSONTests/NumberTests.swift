import JSON
import Testing

@Suite("Numbers")
struct NumberTests {
    static func number(_ literal: String) -> JSONNumber {
        guard let n = JSONNumber(literal: literal) else {
            Issue.record("not a JSON number: \(literal)")
            return JSONNumber(0)
        }
        return n
    }

    @Test func hugeAndSpecialNumbersKeepTheirLiterals() {
        let digits400 = "1" + String(repeating: "234567890", count: 44) + "123"
        let literals = [
            "1e400", "-1e400", "1e-400", digits400, "-" + digits400, "-0", "1.0", "1E+2", "0.000", "-0.0e-0", "12.50e+3",
        ]
        let root = parse("[" + literals.joined(separator: ", ") + "]").root
        #expect(root.arrayValue?.compactMap(\.numberValue?.literal) == literals)
        let doubles = root.arrayValue?.compactMap(\.numberValue?.double) ?? []
        #expect(doubles.count == literals.count)
        guard doubles.count == literals.count else { return }
        #expect(doubles[0] == .infinity && doubles[1] == -.infinity && doubles[2] == 0)
        #expect(doubles[3] == .infinity && doubles[4] == -.infinity)
        #expect(doubles[5] == 0 && doubles[5].sign == .minus)
        #expect(doubles[6] == 1 && doubles[7] == 100 && doubles[10] == 12500)
    }

    @Test func doublesAreCorrectlyRounded() {
        let literals = [
            "0.1", "1.7976931348623157e308", "5e-324", "2.2250738585072014e-308", "9007199254740993",
            "123456789012345678901234567890", "3.141592653589793238462643383279", "1e22", "1e23", "-7.25",
        ]
        for literal in literals {
            let parsed = parse(literal).root.numberValue?.double
            #expect(parsed == Double(literal), "\(literal)")
        }
    }

    @Test(arguments: [
        ("1", true), ("1.0", true), ("1e2", true), ("10.0e-1", true), ("1e400", true), ("-0", true), ("0.0e-9", true),
        ("1.5", false), ("1e-400", false), ("12.5e1", true), ("12.55e1", false), ("9007199254740993.0000", true),
        ("9007199254740993.0001", false), ("100e-2", true), ("100e-3", false),
    ])
    func isInteger(_ literal: String, _ expected: Bool) {
        #expect(Self.number(literal).isInteger == expected)
    }

    @Test func intValue() {
        #expect(Self.number("42").intValue == 42)
        #expect(Self.number("1.0").intValue == 1)
        #expect(Self.number("1e2").intValue == 100)
        #expect(Self.number("-12.5e1").intValue == -125)
        #expect(Self.number("1e18").intValue == 1_000_000_000_000_000_000)
        #expect(Self.number("-9223372036854775808").intValue == Int.min)
        #expect(Self.number("-92233720368547758.08e2").intValue == Int.min)
        #expect(Self.number("9223372036854775808").intValue == nil)
        #expect(Self.number("1e19").intValue == nil)
        #expect(Self.number("1.5").intValue == nil)
        #expect(JSONNumber(7).intValue == 7)
    }

    @Test(arguments: [
        ("1", "1.0", 0), ("1", "1e0", 0), ("100", "1e2", 0), ("10.0e-1", "1", 0), ("-0", "0", 0), ("0.0", "-0e5", 0),
        ("1", "2", -1), ("-1", "-2", 1), ("-1", "1", -1), ("0", "-0.5", 1), ("1e400", "1e401", -1),
        ("-1e400", "-1e401", 1), ("1e400", "9e399", 1), ("1e-400", "0", 1), ("-1e-400", "0", -1),
        ("123456789012345678901234567890", "123456789012345678901234567891", -1),
        ("123456789012345678901234567890", "1.2345678901234567890123456789e29", 0),
        ("0.1", "0.10000000000000001", -1), ("9007199254740993", "9007199254740992", 1), ("12", "1.2e1", 0),
        ("1.25", "1.2500", 0), ("1.25", "1.251", -1), ("99", "100", -1), ("0.001", "1e-3", 0),
    ])
    func exactComparison(_ a: String, _ b: String, _ expected: Int) {
        let x = Self.number(a), y = Self.number(b)
        #expect(JSONNumber.compare(x, y) == expected)
        #expect(JSONNumber.compare(y, x) == -expected)
        #expect((x == y) == (expected == 0))
        #expect((x < y) == (expected < 0))
        if expected == 0 { #expect(x.hashValue == y.hashValue) }
    }

    @Test func setsUseMathematicalValues() {
        let set: Set<JSONNumber> = [
            Self.number("1"), Self.number("1.0"), Self.number("1e0"), Self.number("2"), Self.number("-0"), Self.number("0"),
        ]
        #expect(set.count == 3)
    }

    @Test func literalValidation() {
        #expect(JSONNumber(literal: "01") == nil)
        #expect(JSONNumber(literal: "1.") == nil)
        #expect(JSONNumber(literal: "+1") == nil)
        #expect(JSONNumber(literal: " 1") == nil)
        #expect(JSONNumber(literal: "") == nil)
        #expect(JSONNumber(literal: "-") == nil)
        #expect(JSONNumber(literal: "1e+") == nil)
        #expect(JSONNumber(literal: "-0.5E-7")?.double == -0.5e-7)
        #expect(JSONNumber(.infinity).isValidLiteral == false)
        #expect(JSONNumber(0.1).literal == "0.1")
        #expect(JSONNumber(3.0).literal == "3")
        #expect(JSONNumber(1e20).isValidLiteral)
        #expect(JSONNumber(1e20) == Self.number("100000000000000000000"))
    }

    @Test(arguments: [
        ("0.3", "0.1", true), ("0.35", "0.1", false), ("10", "3", false), ("9", "3", true), ("-6", "3", true),
        ("1e400", "7", false), ("7e400", "7", true), ("1e400", "2", true), ("1e400", "1e-5", true), ("1e-5", "1e400", false),
        ("0", "5", true), ("4.5", "1.5", true), ("19.99", "0.01", true), ("0.0075", "0.0001", true), ("0.0075", "0.002", false),
        ("123456789012345678901234567890", "10", true), ("123456789012345678901234567890", "7", true),
        ("123456789012345678901234567891", "7", false),
        ("123456789012345678901234567893", "3", true), ("1e400", "13", false), ("1.0", "1", true), ("2.5", "1", false),
        ("18446744073709551616", "9999999999999999999", false), ("99999999999999999980000000000", "9999999999999999998", true),
    ])
    func exactMultipleOf(_ value: String, _ divisor: String, _ expected: Bool) {
        #expect(Self.number(value).isMultiple(of: Self.number(divisor)) == expected)
    }

    @Test func multipleOfWithoutAnExactAnswer() {
        #expect(Self.number("5").isMultiple(of: Self.number("0")) == nil)
        #expect(Self.number("5").isMultiple(of: Self.number("0.0")) == nil)
        // Divisors of more than 19 digits have an exact answer (they had none before).
        #expect(Self.number("5").isMultiple(of: Self.number("12345678901234567891")) == false)
        #expect(JSONNumber(.infinity).isMultiple(of: Self.number("1")) == nil)
    }
}
