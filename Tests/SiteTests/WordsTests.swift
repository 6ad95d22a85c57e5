import Messages
import Strategy
import Testing

@testable import Site

/// The site's Danish words, its links and its checks of addresses.
@Suite("Site: words, links and addresses")
struct WordsTests {
    @Test("dates are written as Danes read them")
    func dates() throws {
        #expect(Danish.date(try #require(Day("2018-01-01"))) == "1. januar 2018")
        #expect(Danish.date(try #require(Day("2017-12-31"))) == "31. december 2017")
        #expect(Danish.period(Period(from: try #require(Day("2014-09-01")))) == "fra 1. september 2014")
        #expect(Danish.number(10_000) == "10.000")
        #expect(Danish.count(1, "indsats", "indsatser") == "1 indsats")
        #expect(Danish.count(2, "indsats", "indsatser") == "2 indsatser")
    }

    @Test(
        "only absolute http(s) addresses without surprises become links",
        arguments: [
            ("https://tryg.aalborg.dk", true), ("http://example.org/a?b=1", true), ("HTTPS://EXAMPLE.ORG", true),
            ("javascript:alert(1)", false), (" https://x.org", false), ("https://x.org/\"", false), ("//x.org", false),
            ("https:///x", false), ("data:text/html,x", false), ("https://x.org/<b>", false), ("/index.html", false),
        ])
    func externalURL(_ url: String, _ linked: Bool) {
        #expect((Markup.externalURL(url) != nil) == linked, "\(url)")
    }

    @Test("relative links between files of the site")
    func links() {
        #expect(SitePath("index.html").link(to: SitePath("maal/a.html")) == "maal/a.html")
        #expect(SitePath("maal/a.html").link(to: SitePath("index.html")) == "../index.html")
        #expect(SitePath("maal/a.html").link(to: SitePath("maal/b.html"), fragment: "x") == "b.html#x")
        #expect(SitePath("aarsrapporter/2017/a.html").link(to: SitePath("assets/tryg.css")) == "../../assets/tryg.css")
        #expect(SitePath("maal/index.html").link(to: SitePath("maal/index.html")) == "index.html")
        #expect(SitePath("aarsrapporter/2017/a.html").link(to: SitePath("aarsrapporter/2018/b.html")) == "../2018/b.html")
        #expect(SitePath("ab/x.html").link(to: SitePath("abc/y.html")) == "../abc/y.html")
        #expect(SitePath("maal/x.html").link(to: SitePath("maal")) == "../maal")
        #expect(SitePath("a/b/c.html").link(to: SitePath("a/b/d/e.html"), fragment: "f") == "d/e.html#f")
    }

    @Test("file names from ids never carry characters a path or URL reads differently")
    func names() {
        #expect(Paths.name("tryg-bydel") == "tryg-bydel")
        #expect(Paths.name("../etc") == "_2e2e2f657463")
        #expect(Paths.name("a b") == "_612062")
        #expect(Paths.name("strategy.schema.json") == "strategy.schema.json")
    }

    @Test("CSV cells: formulas defused, separators and quotes quoted")
    func csvCells() {
        #expect(OpenData.csvCell("Tryg Bydel") == "Tryg Bydel")
        #expect(OpenData.csvCell("=1+1") == "'=1+1")
        #expect(OpenData.csvCell("a;b") == "\"a;b\"")
        #expect(OpenData.csvCell("Aalborg \"FRI-TID\"") == "\"Aalborg \"\"FRI-TID\"\"\"")
    }

    @Test("the escaping of markup tryg writes itself")
    func escaping() {
        #expect(Markup.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(Markup.escape("a\u{0}b\u{7}c\nd") == "abc\nd")
    }

    @Test("the templates' escaping works by Unicode scalar, and its fast check agrees with it")
    func templateEscaping() {
        #expect(Markup.escape("\"\u{301} onclick=\"x\" <\u{301}b>") == "&quot;\u{301} onclick=&quot;x&quot; &lt;\u{301}b&gt;")
        #expect(Templates.EscapedHTML().escapeText("Tom &amp; 'Jerry'") == "Tom &amp;amp; &#39;Jerry&#39;")
        let samples = [
            "", "Tryg Bydel", "æøå – “citat”", "a\tb\nc", "a\u{0}b", "x\u{7F}", "x\u{80}y", "x\u{9F}", "x\u{A0}y",
            "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{EFBF}", "🙂", "&", "<", ">", "\"", "'", "\r",
        ]
        for text in samples {
            #expect(TextEscaping.htmlNeedsEscaping(text) == (Markup.escape(text) != text), "\(Array(text.utf8))")
        }
    }
}
