import JSON

/// Deterministic strategy-like JSON documents: initiatives with Danish names, dates, ids, numbers.
///
/// The same size gives the same bytes on every run and machine, so figures are comparable.
struct StrategyCorpus {
    /// The documents, each the UTF-8 text of one initiative file.
    private(set) var documents: [[UInt8]] = []
    var totalBytes: Int { documents.reduce(0) { $0 + $1.count } }

    /// Generates documents until their total size reaches `bytes`.
    init(bytes: Int, seed: UInt64 = 2024) {
        var random = SplitMix64(state: seed)
        var total = 0
        var number = 0
        while total < bytes {
            let text = Array(Self.initiative(number, &random).canonicalText().utf8)
            total += text.count
            documents.append(text)
            number += 1
        }
    }

    /// All documents as one JSON array, to measure one big file too.
    func asOneArray() -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (k, document) in documents.enumerated() {
            if k > 0 { out.append(contentsOf: ",\n".utf8) }
            out.append(contentsOf: document.dropLast())  // without the final line break
        }
        out.append(contentsOf: "]\n".utf8)
        return out
    }

    static let places = [
        "Aalborg Øst", "Nørresundby", "Vejgaard", "Hasseris", "Gug", "Svenstrup", "Nibe", "Vodskov", "Storvorde", "Hals",
    ]
    static let themes = [
        "Tryghed i nattelivet", "Ung på vej", "Forebyggelse af kriminalitet", "Gadeplansarbejde",
        "Tryg skolevej", "Bydelsmødre", "Exit-indsats", "Nabohjælp", "Sikre fællesarealer", "Misbrugsindsats",
    ]
    static let units = [
        "skoleforvaltningen", "familie-og-beskaeftigelse", "sundhed-og-kultur", "by-og-land",
        "aeldre-og-handicap", "nordjyllands-politi", "himmerland-boligforening", "aalborg-stift",
    ]
    static let words = [
        "tryghed", "fællesskab", "børn", "unge", "forældre", "naboer", "politi", "skole", "boligområde",
        "kriminalitet", "forebyggelse", "samarbejde", "indsats", "måling", "trivsel", "ærlighed", "øget", "åben",
    ]

    static func initiative(_ number: Int, _ random: inout SplitMix64) -> JSONValue {
        let theme = random.pick(themes), place = random.pick(places)
        let id = "indsats-\(number)"
        let fromYear = 2018 + random.below(6)
        var members: [(String, JSONValue)] = [
            ("$schema", "../../schemas/initiative.schema.json"),
            ("id", JSONValue(.string(id))),
            ("name", JSONValue(.string("\(theme) – \(place) \(number)"))),
            ("status", JSONValue(.string(random.pick(["planned", "active", "active", "ended", "merged"])))),
            ("period", ["from": date(fromYear, &random), "to": date(fromYear + 1 + random.below(5), &random)]),
            (
                "goals",
                JSONValue(.array((0..<1 + random.below(3)).map { _ in JSONValue(.string("maal-\(1 + random.below(5))")) }))
            ),
            ("owners", JSONValue(.array((0..<1 + random.below(2)).map { _ in unit(&random) }))),
            ("participants", JSONValue(.array((0..<random.below(6)).map { _ in unit(&random) }))),
            (
                "relatedInitiatives",
                JSONValue(.array((0..<random.below(8)).map { _ in JSONValue(.string("indsats-\(random.below(5000))")) }))
            ),
            (
                "budget",
                [
                    "amount": JSONValue(
                        .number(JSONNumber(literal: "\(10_000 + random.below(2_000_000)).\(random.below(100))", double: 0))),
                    "currency": "DKK",
                    "share": JSONValue(.number(JSONNumber(Double(random.below(1000)) / 1000))),
                ]
            ),
            (
                "measurements",
                JSONValue(
                    .array(
                        (0..<random.below(5)).map { k in
                            [
                                "year": JSONValue(integerLiteral: fromYear + k),
                                "value": JSONValue(.number(JSONNumber(Double(random.below(10_000)) / 100))),
                                "target": JSONValue(integerLiteral: random.below(100)),
                                "note": JSONValue(.string(sentence(&random))),
                            ]
                        }))
            ),
            ("description", JSONValue(.string((0..<2 + random.below(4)).map { _ in sentence(&random) }.joined(separator: " ")))),
        ]
        if random.below(3) == 0 {
            members.append(
                (
                    "formerNames",
                    [["name": JSONValue(.string("\(random.pick(themes)) \(place)")), "until": date(fromYear, &random)]]
                ))
        }
        return JSONValue(.object(JSONObject(members.map { JSONMember(key: $0.0, value: $0.1) })))
    }

    static func unit(_ random: inout SplitMix64) -> JSONValue {
        [
            "partner": JSONValue(.string(random.below(3) == 0 ? "nordjyllands-politi" : "aalborg-kommune")),
            "unit": JSONValue(.string(random.pick(units))),
        ]
    }

    static func date(_ year: Int, _ random: inout SplitMix64) -> JSONValue {
        let month = 1 + random.below(12), day = 1 + random.below(28)
        return JSONValue(.string("\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"))
    }

    static func sentence(_ random: inout SplitMix64) -> String {
        let text = (0..<4 + random.below(10)).map { _ in random.pick(words) }.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst() + (random.below(4) == 0 ? " (\"citat\")." : ".")
    }
}

/// A small deterministic random generator (SplitMix64).
struct SplitMix64 {
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
}
