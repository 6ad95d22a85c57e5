import Testing

@testable import JSONSchema

@Suite("FormatChecker: hand-written cases")
struct FormatCheckerTests {
    /// (format, value, expected result)
    static let cases: [(String, String, Bool)] = [
        ("date", "2024-02-29", true), ("date", "2023-02-29", false), ("date", "2000-02-29", true),
        ("date", "1900-02-29", false), ("date", "2024-2-29", false), ("date", "2024-04-31", false),
        ("date-time", "2024-01-01T00:00:00+01:00", true), ("date-time", "2024-01-01t00:00:00z", true),
        ("date-time", "2024-01-01T00:00:00", false), ("date-time", "2024-01-01T00:00:00.Z", false),
        ("date-time", "2024-01-01 00:00:00Z", false), ("date-time", "2024-06-30T23:59:60Z", true),
        ("date-time", "2024-06-30T23:59:60+00:01", false), ("date-time", "2024-01-01T12:00:00.5-00:00", true),
        ("time", "23:59:60Z", true), ("time", "00:29:60-23:30", true), ("time", "12:00:00+2:00", false),
        ("time", "12:00:00+02:00:00", false), ("time", "12:00:00.123456789z", true), ("time", "12:00Z", false),
        ("duration", "P1W", true), ("duration", "PT1H", true), ("duration", "P1Y2M3DT4H5M6S", true),
        ("duration", "P1DT", false), ("duration", "P1H", false), ("duration", "PT1D", false),
        ("duration", "P1W2D", false), ("duration", "PT1H1H", false), ("duration", "p1d", false),
        ("email", "a@b.c", true), ("email", "a@[IPv6:::1]", true), ("email", "a@[ipv6:::1]", true),
        ("email", "a@[1.2.3]", false), ("email", "\"a\\\"b\"@x.y", true), ("email", "a@-x.com", false),
        ("email", "a.b@localhost", true), ("email", "a@b@c.d", false), ("email", "é@example.com", false),
        ("email", String(repeating: "a", count: 65) + "@example.com", false), ("email", "a@[IPv7:::1]", false),
        ("idn-email", "é@example.com", true), ("idn-email", "δ@δοκιμή.gr", true), ("idn-email", "a@b..c", false),
        ("hostname", "example.com", true), ("hostname", "EXAMPLE.COM", true), ("hostname", "ex_ample.com", false),
        ("hostname", "xn--bcher-kva.example", true), ("hostname", "XN--BCHER-KVA.example", true),
        ("hostname", "bücher.example", false), ("hostname", "ab--cd.example", false), ("hostname", "1.2.3.4", true),
        ("hostname", String(repeating: "a.", count: 126) + "a", true),
        ("hostname", String(repeating: "a.", count: 127) + "a", false),
        ("idn-hostname", "bücher.example", true), ("idn-hostname", "BÜCHER.example", false),
        ("idn-hostname", "Bücher.example", true), ("idn-hostname", "münchen.de", true),
        ("idn-hostname", "xn--mnchen-3ya.de", true), ("idn-hostname", "xn--mnchen-3yb.de", true),
        ("idn-hostname", "xn--a.de", false),
        ("idn-hostname", "例え.テスト", true), ("idn-hostname", "a b.com", false), ("idn-hostname", "a_b.com", false),
        ("idn-hostname", "e\u{301}cole.fr", false), ("idn-hostname", "\u{E9}cole.fr", true),
        ("idn-hostname", "ا\u{200C}ب", false), ("idn-hostname", "ب\u{200C}ب", true),
        ("idn-hostname", String(repeating: "ü", count: 200), false),
        ("ipv4", "0.0.0.0", true), ("ipv4", "255.255.255.255", true), ("ipv4", "01.0.0.0", false),
        ("ipv4", "1.2.3.4 ", false), ("ipv4", "1.2.3.", false), ("ipv4", "1..2.3", false), ("ipv4", "1000.2.3.4", false),
        ("ipv6", "::ffff:1.2.3.4", true), ("ipv6", "1:2:3:4:5:6:7::", true), ("ipv6", "::1.2.3.4", true),
        ("ipv6", "1:2:3:4:5:6:7:8:9", false), ("ipv6", ":::", false), ("ipv6", "1:2:3:4:5:6:1.2.3.4", true),
        ("ipv6", "1:2:3:4:5:6:7:1.2.3.4", false), ("ipv6", "1::2::3", false), ("ipv6", "", false),
        ("uri", "https://example.com/a?b#c", true), ("uri", "https://例子.com", false), ("uri", "a:b", true),
        ("uri", "http://[v7.fe80::a]", true), ("uri", "http://[fe80::a%25eth0]", false), ("uri", "http://h:8080/", true),
        ("uri", "http://h/#a#b", false), ("uri", "http://u:p@h/", true), ("uri", "http://[::1", false),
        ("uri-reference", "../a", true), ("uri-reference", "a b", false), ("uri-reference", "?#", true),
        ("iri", "https://例子.com/路径", true), ("iri", "https://example.com/\u{E000}", false),
        ("iri", "https://example.com/?\u{E000}", true), ("iri", "https://example.com/\u{FFFE}", false),
        ("iri-reference", "例子", true), ("iri-reference", "例:子", false),
        ("uri-template", "{/list*}", true), ("uri-template", "{x", false), ("uri-template", "{x:1234}", true),
        ("uri-template", "{x:12345}", false), ("uri-template", "{=x}", false), ("uri-template", "{x.}", false),
        ("uri-template", "%zz", false), ("uri-template", "/{a}{b}/{c,d:3}", true),
        ("uuid", "123e4567-e89b-12d3-a456-426614174000", true), ("uuid", "123e4567-e89b-12d3-a456-42661417400g", false),
        ("json-pointer", "/a~1b", true), ("json-pointer", "/~", false), ("json-pointer", "", true),
        ("relative-json-pointer", "0", true), ("relative-json-pointer", "0/a~0", true),
        ("relative-json-pointer", "00", false), ("relative-json-pointer", "1#a", false),
        ("regex", "[a-z]+", true), ("regex", "(", false), ("regex", "\\d{2,1}", false),
    ]

    @Test("each format accepts and rejects the right values", arguments: cases)
    func format(_ format: String, _ value: String, _ expected: Bool) {
        #expect(FormatChecker.isValid(value, format: format) == expected)
    }

    @Test func unknownFormatIsNil() {
        #expect(FormatChecker.isValid("x", format: "no-such-format") == nil)
        #expect(FormatChecker.isValid("x", format: "DATE") == nil)
    }

    @Test func everyKnownFormatIsChecked() {
        #expect(FormatChecker.knownFormats.count == 19)
        for format in FormatChecker.knownFormats {
            #expect(FormatChecker.isValid("", format: format) != nil, "\(format)")
        }
    }

    @Test func punycodeRoundTrips() {
        let word = Array("bücher-ß-例え".unicodeScalars)
        let encoded = Punycode.encode(word)
        #expect(Punycode.decode(encoded) == word)
        #expect(Punycode.encode(Array("münchen".unicodeScalars)) == "mnchen-3ya")
        #expect(Punycode.decode("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz") == nil)
    }

    @Test func hostileInputIsRejectedQuickly() {
        let long = String(repeating: "ü", count: 100_000)
        #expect(FormatChecker.isValid(long, format: "idn-hostname") == false)
        #expect(FormatChecker.isValid("a@" + long, format: "idn-email") == false)
        #expect(FormatChecker.isValid("xn--" + String(repeating: "9", count: 59), format: "hostname") == false)
    }
}
