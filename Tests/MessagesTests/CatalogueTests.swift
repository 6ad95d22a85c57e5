import Foundation
import Testing

@testable import Messages

@Suite("Message catalogue")
struct CatalogueTests {
    @Test("every key exists in Danish and English, with the same placeholders")
    func bothLanguagesHaveEveryKeyWithTheSamePlaceholders() {
        let english = Catalogue.templates(.en), danish = Catalogue.templates(.da)
        #expect(Set(english.keys).subtracting(danish.keys).sorted() == [], "missing in Danish")
        #expect(Set(danish.keys).subtracting(english.keys).sorted() == [], "missing in English")
        for (key, template) in english {
            guard let translation = danish[key] else { continue }
            #expect(
                Catalogue.placeholders(in: template) == Catalogue.placeholders(in: translation),
                "\(key): English uses \(Catalogue.placeholders(in: template).sorted()), Danish \(Catalogue.placeholders(in: translation).sorted())"
            )
        }
    }

    @Test("no key is defined twice across the areas' tables", arguments: Language.allCases)
    func noKeyIsDefinedTwice(_ language: Language) {
        var seen: [String: Int] = [:]
        for table in Catalogue.tables(language) { for key in table.keys { seen[key, default: 0] += 1 } }
        #expect(seen.filter { $0.value > 1 }.keys.sorted() == [])
    }

    @Test("placeholders, plural forms and literal braces")
    func rendersPlaceholdersPluralsAndBraces() {
        let one = Catalogue.fill("{n} {n:fil|filer}", ["n": .count(1)], .da)
        let two = Catalogue.fill("{n} {n:fil|filer}", ["n": .count(2)], .da)
        #expect(one == "1 fil")
        #expect(two == "2 filer")
        #expect(
            Catalogue.fill(#"{"role": "…", "at": "{id}"}"#, ["id": .text("politi")], .en) == #"{"role": "…", "at": "politi"}"#)
        #expect(Catalogue.fill("{missing} stays", [:], .en) == "{missing} stays")
    }

    @Test("Danish dates are written as Danes read them; English keeps ISO")
    func dates() {
        #expect(Catalogue.render(.date(year: 2018, month: 1, day: 1), in: .da) == "1. januar 2018")
        #expect(Catalogue.render(.date(year: 2021, month: 12, day: 31), in: .da) == "31. december 2021")
        #expect(Catalogue.render(.date(year: 2018, month: 1, day: 1), in: .en) == "2018-01-01")
    }

    @Test("lists join with og/and, eller/or")
    func lists() {
        let items: [Message.Argument] = [.count(2018), .count(2019), .count(2020)]
        #expect(Catalogue.render(.list(items, .and), in: .da) == "2018, 2019 og 2020")
        #expect(Catalogue.render(.list(items, .and), in: .en) == "2018, 2019 and 2020")
        #expect(Catalogue.render(.list(items, .or), in: .da) == "2018, 2019 eller 2020")
        #expect(Catalogue.render(.list([.text("a")], .and), in: .en) == "a")
    }

    @Test("a message's identity leaves display names out")
    func identityIgnoresNames() {
        let before = Message("rule.coverage.gap", ["owner": .name("Skoleforvaltningen"), "from": .count(1)])
        let after = Message("rule.coverage.gap", ["owner": .name("Skole- og Uddannelsesforvaltningen"), "from": .count(1)])
        #expect(before.identity == after.identity)
        #expect(before.identity != Message("rule.coverage.gap", ["owner": .name("x"), "from": .count(2)]).identity)
    }

    @Test("language choice: --lang, TRYG_LANG, tryg.json, locale, English")
    func languageChoice() {
        #expect(Language.choose(flag: .en, environment: ["TRYG_LANG": "da"], repository: .da) == .en)
        #expect(Language.choose(flag: nil, environment: ["TRYG_LANG": "da"], repository: .en) == .da)
        #expect(Language.choose(flag: nil, environment: ["LANG": "en_US.UTF-8"], repository: .da) == .da)
        #expect(Language.choose(flag: nil, environment: ["LANG": "da_DK.UTF-8"], repository: nil) == .da)
        #expect(Language.choose(flag: nil, environment: ["LC_ALL": "C", "LANG": "da_DK.UTF-8"], repository: nil) == .en)
        #expect(Language.choose(flag: nil, environment: ["LC_MESSAGES": "da_DK", "LANG": "en_GB"], repository: nil) == .da)
        #expect(Language.choose(flag: nil, environment: [:], repository: nil) == .en)
        #expect(Language.choose(flag: nil, environment: ["TRYG_LANG": "fr"], repository: nil) == .en)
    }

    @Test("a caret's lead is as wide as the escaped text before it, tabs kept")
    func terminalLead() {
        let samples = ["  \"name\": \"x\"", "\t\"a\u{1B}[31mb\": 1", "æøå\u{202E}x\u{7F}\u{9B}y", "\t\t\u{0}z", ""]
        for text in samples {
            for count in 0...(text.unicodeScalars.count + 2) {
                let prefix = String(String.UnicodeScalarView(text.unicodeScalars.prefix(count)))
                let expected = TextEscaping.terminal(prefix, keepTabs: true).unicodeScalars.map { $0 == "\t" ? "\t" : " " }
                    .joined()
                #expect(TextEscaping.terminalLead(text, scalars: count) == expected, "\(text.debugDescription) \(count)")
            }
        }
    }
}
