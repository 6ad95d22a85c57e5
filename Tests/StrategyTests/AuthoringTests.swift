import Foundation
import Git
import JSON
import Messages
import TestSupport
import Testing

@testable import Strategy

/// The pieces of authoring that need no repository: ids from Danish names, the canonical format on
/// every file of this repository, the lookup of goals and owners, owner dates and the rules about them.
@Suite("Authoring")
struct AuthoringTests {
    @Test(
        "ids from Danish names",
        arguments: [
            ("Tryg i nattelivet 2.0", "tryg-i-nattelivet-2-0"),
            ("Bekymrende fravær i skolen", "bekymrende-fravaer-i-skolen"),
            ("Sikkerhed på havnefronten", "sikkerhed-paa-havnefronten"),
            (
                "Trivsel for pårørende til psykisk syge – Center for Pårørende",
                "trivsel-for-paaroerende-til-psykisk-syge-center-for-paaroerende"
            ),
            (#"Aalborg "FRI-TID" for handicappede"#, "aalborg-fri-tid-for-handicappede"),
            ("Børne- og ungesamråd – Aalborgmodellen", "boerne-og-ungesamraad-aalborgmodellen"),
            ("ÆØÅ æøå", "aeoeaa-aeoeaa"),
            ("Café Ümlaut Straße", "cafe-umlaut-strasse"),
            ("Cafe\u{301} decomposed", "cafe-decomposed"),
            ("  --Tryghedsvandringer!!  ", "tryghedsvandringer"),
            ("\"En Vej Ind\" for unge", "en-vej-ind-for-unge"),
            ("Drop-out-elever – en styrket indsats", "drop-out-elever-en-styrket-indsats"),
        ])
    func idFromName(_ name: String, _ id: String) {
        #expect(IDDerivation.id(from: name) == id)
        #expect(IDs.isValid(id))
    }

    @Test("names without a letter or digit give no id; long names are cut at a hyphen")
    func idEdges() {
        #expect(IDDerivation.id(from: "– ? –") == nil)
        #expect(IDDerivation.id(from: "") == nil)
        let long = IDDerivation.id(from: String(repeating: "tryghed ", count: 20)) ?? ""
        #expect(long.utf8.count <= IDs.maxLength && IDs.isValid(long) && !long.hasSuffix("-"))
        #expect(IDDerivation.free(near: "tryg-bydel") { $0 == "tryg-bydel-2" } == "tryg-bydel-3")
    }

    /// The repository's own files, by path.
    static func repositoryFiles() throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let root = Locations.packageRoot
        for folder in ["strategy", "schemas"] {
            let enumerator = FileManager.default.enumerator(atPath: root + "/" + folder)
            while let name = enumerator?.nextObject() as? String {
                guard name.hasSuffix(".json") else { continue }
                files[folder + "/" + name] = Array(try Data(contentsOf: URL(fileURLWithPath: root + "/" + folder + "/" + name)))
            }
        }
        files["tryg.json"] = Array(try Data(contentsOf: URL(fileURLWithPath: root + "/tryg.json")))
        return files
    }

    static func format(_ files: [String: [UInt8]]) throws -> CanonicalFormat {
        var schemas: [String: JSONValue] = [:]
        for (path, bytes) in files where path.hasPrefix("schemas/") { schemas[path] = try JSONParser().parse(bytes).root }
        let config = RepositoryConfig.read(try JSONParser().parse(files["tryg.json"] ?? [])).0
        return CanonicalFormat(schemas: schemas, config: config)
    }

    @Test("every file of the repository is canonical: formatting changes no byte")
    func repositoryIsCanonical() throws {
        let files = try Self.repositoryFiles()
        #expect(files.count >= 45)
        let format = try Self.format(files)
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
            let formatted = format.bytes(try JSONParser().parse(bytes).root, path: path)
            #expect(formatted == bytes, "\(path) is not canonical")
        }
    }

    @Test("formatting keeps every value and number literal, reorders by the schema, and is idempotent")
    func formattingPreservesContent() throws {
        let files = try Self.repositoryFiles()
        let format = try Self.format(files)
        // Files whose schema lists every member (the content); schemas keep the order they are written in.
        for (path, bytes) in files where path.hasPrefix("strategy/") {
            let original = try JSONParser().parse(bytes).root
            // Scramble: reverse every object's members and write compactly, then format back.
            let scrambled = JSONParser().parseOrNil(JSONWriter.compact.bytes(Self.reversed(original)))
            let formatted = format.bytes(scrambled ?? .null, path: path)
            #expect(formatted == bytes, "\(path): formatting a scrambled copy did not give the file back")
            let again = format.bytes(try JSONParser().parse(formatted).root, path: path)
            #expect(again == formatted, "\(path): not idempotent")
            #expect(Self.sameValues(original, try JSONParser().parse(formatted).root), "\(path): a value changed")
        }
    }

    @Test("numbers are written exactly as they were; unknown members keep their order after known ones")
    func numbersAndUnknownMembers() throws {
        let format = try Self.format(try Self.repositoryFiles())
        let text = #"{"zeta": 1.50, "sources": [], "alpha": 1e2, "id": "x", "number": 10.0, "$schema": "s"}"#
        let out = String(decoding: format.bytes(try JSONParser().parse(text).root, path: "strategy/goals/x.json"), as: UTF8.self)
        #expect(
            out
                == "{\n  \"$schema\": \"s\",\n  \"id\": \"x\",\n  \"number\": 10.0,\n  \"sources\": [],\n  \"zeta\": 1.50,\n  \"alpha\": 1e2\n}\n"
        )
    }

    /// `value` with every object's members in reverse order.
    static func reversed(_ value: JSONValue) -> JSONValue {
        switch value.kind {
        case .object(let o):
            return JSONValue(.object(JSONObject(o.members.reversed().map { JSONMember(key: $0.key, value: reversed($0.value)) })))
        case .array(let a): return JSONValue(.array(a.map(reversed)))
        default: return value
        }
    }

    /// Whether two values hold the same data: objects by key, numbers by literal.
    static func sameValues(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a.kind, b.kind) {
        case (.object(let x), .object(let y)):
            return x.count == y.count && x.members.allSatisfy { m in y[m.key].map { sameValues(m.value, $0) } ?? false }
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy(sameValues)
        case (.number(let x), .number(let y)): return x.literal == y.literal
        case (.string(let x), .string(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.null, .null): return true
        default: return false
        }
    }

    @Test("goals, owners and initiatives by id, name, number, Danish letters or a unit's name")
    func lookup() throws {
        var f = RuleFixture.minimal()
        f.files["strategy/goals/hoej-tryghed.json"] = RuleFixture.object([
            ("id", "\"hoej-tryghed\""), ("name", "\"Høj tryghed\""), ("number", "2"),
        ])
        let model = try f.model()
        let goals = ReferenceLookup.goals(model)
        for text in ["hoej-tryghed", "høj-tryghed", "Høj tryghed", "HØJ TRYGHED", "2"] {
            #expect((try? goals.resolve(text).get()) == "hoej-tryghed", "\(text)")
        }
        let owners = ReferenceLookup.owners(model)
        #expect(
            ReferenceLookup.goals(model).suggestion(for: "Høj tryghed")
                == .message(
                    Message(
                        "authoring.suggestion",
                        [
                            "suggestion": .message(Message("common.did-you-mean", ["candidate": .text("hoej-tryghed")])),
                            "valid": .text(""),
                        ])))
        #expect((try? owners.resolve("Skole").get()) == "kommune/skole")
        #expect((try? owners.resolve("politi").get()) == "politi")
        guard case .failure(let error) = owners.resolve("polti") else {
            Issue.record("a misspelt owner resolved")
            return
        }
        #expect(error.message.english == #"there is no owner "polti" (did you mean "politi"?)"#)
        #expect(error.message.danish == #"der findes ingen ejer "polti" (mente du "politi"?)"#)
    }

    @Test("a hand-written reference by name, number or with Danish letters is suggested as the right id")
    func referenceSuggestions() throws {
        var f = RuleFixture.minimal()
        f.initiative("a", from: "2018-01-01", goals: ["Mål 1", "1"], owners: ["Skole", "politi"])
        expectLines(
            try f.check(ReferenceResolves.self),
            [
                #"strategy/initiatives/a.json:6:13: error: there is no goal "Mål 1" (did you mean "maal"?) [reference-resolves]"#,
                #"strategy/initiatives/a.json:6:22: error: there is no goal "1" (did you mean "maal"?) [reference-resolves]"#,
                #"strategy/initiatives/a.json:7:14: error: there is no partner "Skole" (did you mean "kommune/skole"?) [reference-resolves]"#,
            ])
    }

    @Test("coverage counts an owner only on its own days; owner-is-partner catches ownership before joining")
    func ownerDates() throws {
        var f = RuleFixture.minimal()
        f.partner("region", name: "Region", joined: "2019-01-01")
        f.files["strategy/initiatives/r.json"] = RuleFixture.object([
            ("id", "\"r\""), ("name", "\"R\""), ("status", "\"active\""), ("period", #"{"from": "2018-01-01"}"#),
            ("goals", #"["maal"]"#), ("owners", #"[{"owner": "region", "from": "2019-07-01"}]"#),
        ])
        expectLines(
            try f.check(PartnerCoverage.self, asOf: "2022-06-01"),
            [
                "strategy/partners/region.json:3:11: error: Region owns no active initiative from 2019-01-01 to 2019-06-30 [partner-coverage]\n"
                    + "  related: strategy/initiatives/r.json:1:1 “R” (owned) is active from 2019-07-01"
            ])
        expectLines(try f.check(OwnerIsPartner.self), [])
        f.files["strategy/initiatives/r.json"] = f.files["strategy/initiatives/r.json"]?.replacingOccurrences(
            of: #"[{"owner": "region", "from": "2019-07-01"}]"#, with: #"["region"]"#)
        expectLines(
            try f.check(OwnerIsPartner.self),
            [
                "strategy/initiatives/r.json:7:14: error: Region owns “R” from 2018-01-01, but joined the strategy only on 2019-01-01 [owner-is-partner]\n"
                    + "  related: strategy/partners/region.json:4:13 the day the partner joined"
            ])
    }

    @Test("an ownership wholly before joining or after leaving is not told to take dates that run backwards")
    func ownerNeverPartnerHint() throws {
        var f = RuleFixture.minimal()
        f.partner("region", name: "Region", joined: "2019-01-01")
        f.files["strategy/initiatives/r.json"] = RuleFixture.object([
            ("id", "\"r\""), ("name", "\"R\""), ("status", "\"ended\""),
            ("period", #"{"from": "2018-01-01", "to": "2018-06-30"}"#), ("goals", #"["maal"]"#), ("owners", #"["region"]"#),
        ])
        let findings = RuleEngine.findings(of: OwnerIsPartner.self, in: try f.model(), RuleContext(asOf: Day("2022-06-01")!))
        #expect(findings.count == 1)
        let hint = findings.first?.diagnostic.hint?.english ?? ""
        #expect(hint.hasPrefix("Region was a partner on none of these days"), "\(hint)")
        #expect(!hint.contains(#""to": "2018-06-30""#))
    }
}

extension JSONParser {
    /// The parsed value, or nil for text that is not JSON.
    func parseOrNil(_ bytes: [UInt8]) -> JSONValue? { (try? parse(bytes))?.root }
}
