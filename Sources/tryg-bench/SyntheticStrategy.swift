import Foundation

/// A deterministic synthetic strategy for benchmarks: N partners × M units, K initiatives with
/// random periods, goals, owners and participants, a Styregruppe and tovholdere, and yearly reports.
///
/// The files follow the repository's schemas (`schemas/*.schema.json`, mapped by its `tryg.json`),
/// so the whole pipeline — parsing, schemas, model, rules — runs on them as on real content. The
/// same parameters give the same bytes on every run and machine.
///
/// ```
/// var strategy = SyntheticStrategy(partners: 10, unitsPerPartner: 8, initiatives: 10_000, seed: 1)
/// try strategy.write(to: folder)          // strategy/… (add schemas/ and tryg.json yourself)
/// let changed = strategy.mutate(50)       // a "next commit": 50 initiatives edited
/// try strategy.write(changed, to: folder) // writes only those files
/// ```
struct SyntheticStrategy {
    let partnerCount: Int
    let unitsPerPartner: Int
    let initiativeCount: Int
    let seed: UInt64
    /// How many times ``mutate(_:)`` has run: each round edits different initiatives differently.
    private(set) var round = 0
    /// The files, by repository path (`strategy/…`), sorted by path.
    private(set) var contents: [String: String] = [:]

    static let goalCount = 5
    static let firstDay = "2018-01-01", lastDay = "2021-12-31"

    init(partners: Int, unitsPerPartner: Int, initiatives: Int, seed: UInt64) {
        partnerCount = max(1, partners)
        self.unitsPerPartner = max(0, unitsPerPartner)
        initiativeCount = max(0, initiatives)
        self.seed = seed
        generate()
    }

    /// Every file as (path, content), sorted by path.
    var files: [(path: String, content: String)] {
        contents.keys.sorted().map { ($0, contents[$0] ?? "") }
    }

    /// Writes every file below `folder` (creating folders).
    func write(to folder: String) throws {
        try write(contents.keys.sorted(), to: folder)
    }

    /// Writes the files at `paths` below `folder`.
    func write(_ paths: [String], to folder: String) throws {
        for path in paths {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((contents[path] ?? "").utf8).write(to: url)
        }
    }

    /// Edits `k` initiatives deterministically (a rename with a former name, or a new end of the
    /// period, or another goal) and returns the paths of the changed files: a "next commit".
    mutating func mutate(_ k: Int) -> [String] {
        round += 1
        var random = SyntheticRandom(seed &+ UInt64(round) &* 0x9E37_79B9)
        var changed: [String] = []
        guard initiativeCount > 0 else { return [] }
        for n in 0..<min(k, initiativeCount) {
            let i = (n * 7919 + round * 104_729) % initiativeCount
            let path = Self.initiativePath(i)
            guard !changed.contains(path) else { continue }
            var fields = initiativeFields(i)
            switch random.below(3) {
            case 0:
                fields.formerName = fields.name
                fields.name = "\(fields.name) (runde \(round))"
            case 1: fields.goal = "maal-\(random.below(Self.goalCount) + 1)"
            default: fields.to = "2021-0\(random.below(9) + 1)-15"
            }
            contents[path] = Self.initiative(fields)
            changed.append(path)
        }
        return changed.sorted()
    }

    // MARK: - Generation

    static func initiativePath(_ i: Int) -> String { "strategy/initiatives/indsats-\(i).json" }

    private mutating func generate() {
        contents["strategy/strategy.json"] = Self.json([
            ("$schema", q("../schemas/strategy.schema.json")), ("name", q("Syntetisk strategi")), ("version", "2"),
            ("period", Self.period(Self.firstDay, Self.lastDay)),
            ("previousVersions", "[{\"version\": 1, \"period\": \(Self.period("2014-01-01", "2017-12-31"))}]"),
            ("website", q("https://tryg.example.org")),
            ("sources", Self.sources),
        ])
        for p in 0..<partnerCount {
            let units = (0..<unitsPerPartner).map { u in
                "{\"id\": \"enhed-\(u)\", \"name\": \"Enhed \(u)\", \"involved\": \(u % 4 != 3)}"
            }
            var members: [(String, String)] = [
                ("$schema", q("../../schemas/partner.schema.json")), ("id", q("partner-\(p)")), ("name", q("Partner \(p)")),
                // Partners in the strategy's first version joined with it; every fifth joined in 2019.
                ("joined", q(p % 5 == 4 ? "2019-01-01" : "2014-01-01")),
            ]
            if !units.isEmpty { members.append(("units", "[\n    " + units.joined(separator: ",\n    ") + "\n  ]")) }
            contents["strategy/partners/partner-\(p).json"] = Self.json(members + [("sources", Self.sources)])
        }
        for g in 1...Self.goalCount {
            contents["strategy/goals/maal-\(g).json"] = Self.json([
                ("$schema", q("../../schemas/goal.schema.json")), ("id", q("maal-\(g)")), ("number", String(g)),
                ("name", q("Mål \(g)")), ("text", "{\"da\": \"Mål nummer \(g)\", \"en\": \"Goal number \(g)\"}"),
                ("sources", Self.sources),
            ])
        }
        contents["strategy/organisation.json"] = organisation()
        for i in 0..<initiativeCount {
            contents[Self.initiativePath(i)] = Self.initiative(initiativeFields(i))
            if i % 3 == 0 {
                contents["strategy/reports/2018/indsats-\(i).json"] = Self.json([
                    ("$schema", q("../../../schemas/report.schema.json")), ("initiative", q("indsats-\(i)")), ("year", "2018"),
                    ("number", "1"), ("title", q("Afrapportering \(i)")), ("sources", Self.sources),
                ])
            }
        }
    }

    private func organisation() -> String {
        let steering = (0..<partnerCount).map { "{\"role\": \"Leder\", \"at\": \"partner-\($0)\"}" }
        let tovholdere = (0..<min(2, partnerCount)).map { "{\"role\": \"Tovholder\", \"at\": \"partner-\($0)\"}" }
        let forum = (0..<partnerCount).map { "\"partner-\($0)\"" }.joined(separator: ", ")
        let text = "{\"da\": \"Tekst\", \"en\": \"Text\"}"
        let duty = "\"responsibilities\": [\(text)]"
        return Self.json([
            ("$schema", q("../schemas/organisation.schema.json")),
            ("steeringGroup", "{\"name\": \"Styregruppen\", \"members\": [\(steering.joined(separator: ", "))], \(duty)}"),
            (
                "coordinationGroup",
                "{\"name\": \"Koordinationsgruppen\", \"composition\": \(text), \"meetingsPerYear\": 2, \(duty)}"
            ),
            ("tovholdere", "{\"name\": \"Tovholdere\", \"members\": [\(tovholdere.joined(separator: ", "))], \(duty)}"),
            (
                "reporting",
                "{\"timesPerYear\": 1, \"timing\": \(text), \"reportedBy\": \"steeringGroup\", \"forum\": {\"name\": \"Forum\", \"partners\": [\(forum)]}}"
            ),
            ("sources", Self.sources),
        ])
    }

    /// The fields of initiative `i`, drawn from a generator seeded by (seed, i), so one initiative
    /// can be regenerated without the others.
    struct InitiativeFields {
        var id: String, name: String, status: String, from: String, to: String?
        var goal: String, owners: [String], participants: [String], formerName: String?
    }

    func initiativeFields(_ i: Int) -> InitiativeFields {
        var random = SyntheticRandom(seed &+ UInt64(i) &* 0x2545_F491_4F6C_DD1D)
        let fromYear = 2014 + random.below(8)
        let from = "\(fromYear)-\(Self.two(random.below(12) + 1))-\(Self.two(random.below(28) + 1))"
        var status = "active", to: String?
        if random.below(5) == 0 {
            status = "ended"
            to = "\(min(2021, fromYear + 1 + random.below(3)))-12-31"
        }
        func party() -> String {
            var p = random.below(partnerCount)
            // A partner that joined in 2019 owns or takes part in initiatives from then on only.
            if p % 5 == 4 && fromYear < 2019 { p -= 1 }
            return unitsPerPartner == 0 || random.below(3) == 0
                ? "partner-\(p)" : "partner-\(p)/enhed-\(random.below(unitsPerPartner))"
        }
        let owners = Array(Set((0..<(1 + random.below(3))).map { _ in party() })).sorted()
        let participants = random.below(2) == 0 ? [party()] : []
        return InitiativeFields(
            id: "indsats-\(i)", name: "Indsats \(i) – \(Self.themes[random.below(Self.themes.count)])", status: status,
            from: from, to: to, goal: "maal-\(random.below(Self.goalCount) + 1)", owners: owners,
            participants: participants.filter { !owners.contains($0) }, formerName: nil)
    }

    static func initiative(_ f: InitiativeFields) -> String {
        var members: [(String, String)] = [
            ("$schema", q("../../schemas/initiative.schema.json")), ("id", q(f.id)), ("name", q(f.name)),
        ]
        if let former = f.formerName { members.append(("formerNames", "[{\"name\": \(q(former)), \"until\": \"2019-12-31\"}]")) }
        members += [("status", q(f.status)), ("period", period(f.from, f.to))]
        if f.status == "ended" { members.append(("endedReason", "{\"da\": \"Afsluttet\", \"en\": \"Ended\"}")) }
        members += [("goals", "[\(q(f.goal))]"), ("owners", "[" + f.owners.map(q).joined(separator: ", ") + "]")]
        if !f.participants.isEmpty { members.append(("participants", "[" + f.participants.map(q).joined(separator: ", ") + "]")) }
        members.append(("sources", sources))
        return json(members)
    }

    static let themes = ["Tryg bydel", "Natteliv", "Skolevej", "Nabohjælp", "Fællesarealer", "Ung på vej", "Gadeplan"]
    static let sources = "[{\"kind\": \"assumption\", \"note\": \"Synthetic content for benchmarks.\"}]"

    static func json(_ members: [(String, String)]) -> String {
        "{\n" + members.map { "  \(q($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n}\n"
    }

    static func period(_ from: String, _ to: String?) -> String {
        to.map { "{\"from\": \(q(from)), \"to\": \(q($0))}" } ?? "{\"from\": \(q(from))}"
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

/// A JSON string literal (the generator's texts need no escapes beyond quotes and backslashes).
private func q(_ s: String) -> String {
    "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}

/// SplitMix64: a small, fast, deterministic generator.
struct SyntheticRandom {
    private var state: UInt64

    init(_ seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
}
