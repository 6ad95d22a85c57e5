import JSON
import Testing

@Suite("Writer")
struct WriterTests {
    @Test func prettyLayout() {
        let value = parse(#"{"navn":"Tryg by","mål":[1,2.50,{"a":[]}],"tom":{},"ja":true,"nej":null}"#).root
        #expect(
            value.canonicalText() == """
                {
                  "navn": "Tryg by",
                  "mål": [
                    1,
                    2.50,
                    {
                      "a": []
                    }
                  ],
                  "tom": {},
                  "ja": true,
                  "nej": null
                }

                """)
        #expect(value.canonicalText(indent: 4).hasPrefix("{\n    \"navn\""))
        #expect(value.compactText == #"{"navn":"Tryg by","mål":[1,2.50,{"a":[]}],"tom":{},"ja":true,"nej":null}"#)
    }

    @Test func scalarsAndEmptyContainers() {
        #expect(JSONValue("x").canonicalText() == "\"x\"\n")
        #expect(JSONValue(.array([])).canonicalText() == "[]\n")
        #expect(JSONValue(.object(JSONObject())).compactText == "{}")
        #expect(JSONValue.null.compactText == "null")
        #expect(JSONWriter(indent: 2, trailingNewline: false).text([1]) == "[\n  1\n]")
    }

    @Test func stringsAreEscapedMinimally() {
        let value = JSONValue(.string("q\"b\\s/æ😀\n\t\r\u{08}\u{0C}\u{01}\u{1F}\u{7F}"))
        #expect(value.compactText == #""q\"b\\s/æ😀\n\t\r\b\f\u0001\u001f\#u{7F}""#)
        #expect(parse(value.compactText).root.stringValue == value.stringValue)
    }

    @Test func numbersAreWrittenAsTheirLiterals() {
        let text = "[1.0, 1E+2, -0, 1e400, 0.000100, 123456789012345678901234567890]"
        #expect(parse(text).root.compactText == "[1.0,1E+2,-0,1e400,0.000100,123456789012345678901234567890]")
        #expect(JSONValue(.number(JSONNumber(.nan))).compactText == "null")
        #expect(JSONValue(.number(JSONNumber(literal: "1x", double: 1))).compactText == "null")
    }

    @Test func duplicateKeysAndMemberOrderAreKept() {
        let text = #"{"b":1,"a":2,"b":3}"#
        #expect(parse(text).root.compactText == text)
    }

    @Test func writingIsIdempotentOnRealisticText() {
        let text =
            "{\r\n\t\"id\" : \"tryghed-i-nattelivet\" ,\"periode\":{\"fra\":\"2024-01-01\"},\"ejere\":[ \"politi\" ,\"kommune\" ] }"
        let once = parse(text).root.canonicalText()
        #expect(parse(once).root.canonicalText() == once)
        #expect(parse(once).root.isStructurallyEqual(to: parse(text).root))
    }
}

@Suite("Equality")
struct EqualityTests {
    @Test func structuralEqualityComparesLiteralsAndOrder() {
        #expect(parse("[1.0]").root.isStructurallyEqual(to: parse("[ 1.0 ]").root))
        #expect(!parse("[1.0]").root.isStructurallyEqual(to: parse("[1]").root))
        #expect(!parse(#"{"a":1,"b":2}"#).root.isStructurallyEqual(to: parse(#"{"b":2,"a":1}"#).root))
        #expect(!parse("[1]").root.isStructurallyEqual(to: parse("[1, 2]").root))
        #expect(!parse("true").root.isStructurallyEqual(to: parse("1").root))
    }

    @Test(arguments: [
        (#"{"a":1,"b":[1.0,"x"]}"#, #"{"b":[1,"x"],"a":1e0}"#, true),
        ("[1, 2]", "[2, 1]", false),
        ("true", "1", false),
        ("false", "0", false),
        ("null", "false", false),
        (#"{"a":1}"#, #"{"a":1,"b":2}"#, false),
        (#"{"a":1,"b":2}"#, #"{"a":1}"#, false),
        (#"{"a":1,"a":2}"#, #"{"a":2}"#, true),
        (#"{"a":1,"a":2}"#, #"{"a":1}"#, false),
        (#"{"a":2,"x":0}"#, #"{"a":1,"a":2,"x":0}"#, true),
        (#"{"a":1,"a":2}"#, #"{"a":2,"b":3}"#, false),
        ("\"é\"", "\"e\\u0301\"", false),
        ("1e400", "10e399", true),
        ("[]", "{}", false),
        ("-0", "0", true),
    ])
    func jsonEquality(_ a: String, _ b: String, _ expected: Bool) {
        #expect(parse(a).root.jsonEquals(parse(b).root) == expected)
        #expect(parse(b).root.jsonEquals(parse(a).root) == expected)
    }
}

/// Round trips over generated values: parse(write(v)) is structurally v, in both styles.
@Suite("Writer round trips")
struct RoundTripTests {
    /// A small deterministic generator (SplitMix64).
    struct Generator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

        mutating func pick<T>(_ options: [T]) -> T { options[below(options.count)] }

        mutating func string() -> String {
            let pieces = [
                "a", "Z", "æ", "ø", "Å", " ", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1F}", "\u{7F}",
                "😀", "€", "e\u{301}", "\u{E9}", "tryg", "2024-01-01", "\u{2028}", "\u{FEFF}",
            ]
            return (0..<below(6)).map { _ in pick(pieces) }.joined()
        }

        mutating func number() -> JSONNumber {
            let sign = pick(["", "-"])
            let integer = pick(["0", "1", "7", "42", "2024", "9007199254740993", String(repeating: "9", count: 30)])
            let fraction = pick(["", "", ".0", ".5", ".25", ".000100", ".14159265358979323846"])
            let exponent = pick(["", "", "", "e5", "E+2", "e-7", "E400", "e-400"])
            let literal = sign + integer + fraction + exponent
            return JSONNumber(literal: literal) ?? JSONNumber(0)
        }

        mutating func value(depth: Int) -> JSONValue {
            let choice = below(depth >= 5 ? 4 : 7)
            switch choice {
            case 0: return .null
            case 1: return JSONValue(.bool(below(2) == 0))
            case 2: return JSONValue(.number(number()))
            case 3: return JSONValue(.string(string()))
            case 4, 5:
                if below(2) == 0 {
                    return JSONValue(.array((0..<below(5)).map { _ in value(depth: depth + 1) }))
                }
                fallthrough
            default:
                var object = JSONObject()
                for _ in 0..<below(6) {
                    let key = below(8) == 0 ? "dup" : string()
                    object.append(key: key, value: value(depth: depth + 1))
                }
                return JSONValue(.object(object))
            }
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func generatedValuesRoundTrip(seed: UInt64) throws {
        var generator = Generator(state: seed)
        for _ in 0..<150 {
            let value = generator.value(depth: 0)
            for writer in [JSONWriter.pretty, JSONWriter.compact, JSONWriter(indent: 1)] {
                let text = writer.text(value)
                let reparsed = try JSONParser().parse(text).root
                #expect(reparsed.isStructurallyEqual(to: value), "\(text)")
                #expect(reparsed.jsonEquals(value))
                #expect(writer.text(reparsed) == text)
            }
        }
    }

    @Test func offsetsOfReparsedValuesPointIntoTheWrittenText() throws {
        let text = parse(#"{"a":[1,{"b":"c"}]}"#).root.canonicalText()
        let document = try JSONParser().parse(text)
        let c = document.root["a"]?[1]?["b"]
        #expect(c.map { document.location(ofOffset: $0.offset).description } == "5:12")
    }
}
