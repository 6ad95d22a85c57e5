import JSON
import Testing

/// Numbers beyond a `Double`'s range, in both directions, and exponents of any length: comparison,
/// the integer test and `multipleOf` are exact, and nothing expands a number into its digits.
@Suite("Exact numbers")
struct ExactNumberTests {
    @Test(arguments: [
        ("1e99999999999999999999", "1e99999999999999999998", 1),
        ("10e99999999999999999998", "1e99999999999999999999", 0),
        ("0.01e99999999999999999999", "1e99999999999999999997", 0),
        ("1e99999999999999999999", "1e100000000000000000000", -1),
        ("-1e99999999999999999999", "-1e99999999999999999998", -1),
        ("1e-99999999999999999999", "0", 1),
        ("-1e-99999999999999999999", "-0.0", -1),
        ("1e-99999999999999999999", "1e-99999999999999999998", -1),
        ("1e-9223372036854775808000", "1e-9223372036854775807999", -1),
        ("1e+0000000000000000000000001", "10", 0),
        ("1e999999999", "1e999999998", 1),
        ("15e-1000000000", "1.5e-999999999", 0),
        ("1.5e-999999999", "1.6e-999999999", -1),
        ("1e400", "1e-400", 1),
        ("1e-400", "2e-400", -1),
        ("123e-402", "1.23e-400", 0),
    ])
    func hugeExponentsCompareExactly(_ a: String, _ b: String, _ expected: Int) {
        let x = NumberTests.number(a), y = NumberTests.number(b)
        #expect(JSONNumber.compare(x, y) == expected, "\(a) vs \(b)")
        #expect(JSONNumber.compare(y, x) == -expected, "\(b) vs \(a)")
        if expected == 0 { #expect(x.hashValue == y.hashValue) }
    }

    @Test(arguments: [
        ("1.5e-999999999", false), ("1.5e999999999", true), ("1e-99999999999999999999", false),
        ("1e99999999999999999999", true), ("123.456e2", false), ("123.456e3", true), ("1e-400", false),
        ("0e-99999999999999999999", true), ("-2.5e-1", false), ("25e-1", false), ("250e-1", true),
    ])
    func integerTestIsExact(_ literal: String, _ expected: Bool) {
        #expect(NumberTests.number(literal).isInteger == expected, "\(literal)")
    }

    @Test(arguments: [
        // Exponents of any size, with divisors of up to 19 digits.
        ("3e-400", "1e-400", true), ("1.5e-400", "1e-400", false), ("1", "1e-400", true), ("1e-401", "1e-400", false),
        ("1e400", "1024", true), ("5e9", "1024", false), ("1e10", "1024", true), ("1e99999999999999999999", "1024", true),
        ("3e99999999999999999999", "7", false), ("7e-99999999999999999999", "7e-99999999999999999999", true),
        ("1e-99999999999999999999", "1e99999999999999999999", false),
        // Divisors of more than 19 digits.
        ("12193263112482853211248204540743", "98765432109876543210987", true),
        ("12193263112482853211248204540744", "98765432109876543210987", false),
        ("12193263112482853211248204540743e5", "98765432109876543210987e2", true),
        ("12193263112482853211248204540743e2", "98765432109876543210987e5", false),
        ("-1.2193263112482853211248204540743e-400", "9.8765432109876543210987e-409", true),
        ("17708874310761169551360", "3541774862152233910272", true),  // 5 × 2^70 × 3
        ("3e21", "3541774862152233910272", false), ("3e69", "3541774862152233910272", false),
        ("3e70", "3541774862152233910272", true), ("3e1000", "3541774862152233910272", true),
        ("3e99999999999999999999999", "3541774862152233910272", true),
        ("3541774862152233910271", "3541774862152233910272", false),
        ("0", "3541774862152233910272", true),
    ])
    func multipleOfIsExact(_ value: String, _ divisor: String, _ expected: Bool) {
        #expect(NumberTests.number(value).isMultiple(of: NumberTests.number(divisor)) == expected, "\(value) / \(divisor)")
    }

    @Test func longDivisionAgreesWithSmallArithmetic() {
        // A 21-digit divisor d = 10^20 + 7 against multiples and near-multiples of it, built as text.
        let divisor = NumberTests.number("100000000000000000007")
        for k in [1, 2, 9, 10, 999_999_999, 1_000_000_001, 123_456_789_123] {
            let multiple = NumberTests.number(Self.times("100000000000000000007", k))
            #expect(multiple.isMultiple(of: divisor) == true, "\(k) × d")
            let near = NumberTests.number(Self.times("100000000000000000007", k) + "1")
            #expect(near.isMultiple(of: divisor) == false, "\(k) × d × 10 + 1")
        }
    }

    /// `number × k` in decimal (schoolbook, for the test's own arithmetic).
    static func times(_ number: String, _ k: Int) -> String {
        var digits = number.utf8.map { Int($0) - 48 }.reversed().map { $0 * k }
        var i = 0
        while i < digits.count {
            if digits[i] >= 10 {
                if i + 1 == digits.count { digits.append(0) }
                digits[i + 1] += digits[i] / 10
                digits[i] %= 10
            }
            i += 1
        }
        return String(digits.reversed().map { Character(String($0)) })
    }

    @Test func significantDigits() {
        #expect(NumberTests.number("0.00120e5").significantDigitCount == 2)
        #expect(NumberTests.number("-0.0").significantDigitCount == 0)
        #expect(NumberTests.number("1e99999999999999999999").significantDigitCount == 1)
        #expect(JSONNumber(.infinity).significantDigitCount == 0)
    }
}
