import Foundation
import TestSupport
import Testing

/// Content is hostile until escaped: names, notes and addresses that try to break out of text and
/// attribute positions, script URLs, and entities written literally.
@Suite("Site: hostile content")
struct HostileContentTests {
    static let hostileName = "\" onmouseover=\"alert(1)\" x=\"<script>alert(2)</script>"

    static func hostileRepository() throws -> TemporaryRepository {
        let initiative = """
            {"$schema": "../../schemas/initiative.schema.json", "id": "farlig", "name": \(json(hostileName)),
             "alsoKnownAs": ["Tom &amp; Jerry", "'single' & <b>bold</b>"],
             "status": "active", "period": {"from": "2018-01-01"}, "goals": ["maal-1"], "owners": ["politi"],
             "cooperationPartners": ["=HYPERLINK(\\"http://x\\")", "javascript:alert(3)"],
             "sources": [{"kind": "public-page", "note": "</p><script>alert(4)</script>", "url": "javascript:alert(5)"},
                         {"kind": "seed", "note": "ok", "url": "JaVaScRiPt:alert(6)"},
                         {"kind": "seed", "note": "fine", "url": "https://example.org/a?b=1&c=2"}],
             "assumptions": [{"field": "/owners/0", "kind": "inferred", "note": "\\" onfocus=\\"alert(7) is a guess"}]}
            """
        // A quote followed by a combining mark is one Character in Swift: escaping by Character
        // (as swift-mustache's own HTML escaping does) would let it close an attribute.
        let combining = """
            {"$schema": "../../schemas/initiative.schema.json", "id": "kombineret",
             "name": \(json("Tryg\"\u{301} onmouseover=\"alert(10)\" x=\"\u{301}<\u{301}script>")),
             "status": "active", "period": {"from": "2018-01-01"}, "goals": ["maal-1"], "owners": ["politi"],
             "sources": [{"kind": "seed", "note": "A test initiative."}]}
            """
        var files = SiteFixture.minimalContent(initiatives: ["farlig": initiative, "kombineret": combining])
        files["strategy/partners/politi.json"] = """
            {"$schema": "../../schemas/partner.schema.json", "id": "politi", "name": "<img src=x onerror=alert(8)>",
             "joined": "2018-01-01", "units": [{"id": "enhed", "name": "\\"><svg onload=alert(9)>", "involved": true}],
             "sources": [{"kind": "seed", "note": "A test partner."}]}
            """
        return try SiteFixture.repository(files)
    }

    static func json(_ text: String) -> String {
        String(decoding: (try? JSONSerialization.data(withJSONObject: [text])) ?? Data(), as: UTF8.self)
            .dropFirst().dropLast().description
    }

    @Test("no hostile value escapes its text or attribute position on any page")
    func escaped() throws {
        let files = try SiteFixture.build(try Self.hostileRepository(), allowErrors: true, preview: "PR <b>12</b> \" onclick=\"x")
        let pages = files.filter { $0.key.hasSuffix(".html") || $0.key.hasSuffix(".atom") || $0.key.hasSuffix(".xml") }
        #expect(!pages.isEmpty)
        for (path, bytes) in pages {
            let text = String(decoding: bytes, as: UTF8.self)
            for problem in MarkupScan.problems(text) { Issue.record("\(path): \(problem)") }
        }
        let combined = SiteFixture.text(files, "indsatser/kombineret.html")
        try #require(!combined.isEmpty, "the combining-mark initiative must be valid content, or it is left out")
        #expect(
            combined.contains("<meta name=\"description\" content=\"Tryg&quot;\u{301} onmouseover=&quot;alert(10)&quot;"),
            "\(combined)")
        let page = SiteFixture.text(files, "indsatser/farlig.html")
        try #require(!page.isEmpty, "the hostile initiative must be valid content, or it is left out")
        #expect(page.contains("<h1>&quot; onmouseover=&quot;alert(1)&quot; x=&quot;&lt;script&gt;alert(2)&lt;/script&gt;</h1>"))
        #expect(page.contains("Tom &amp;amp; Jerry"), "a literal &amp; must be shown as written, so escaped once more")
        #expect(page.contains("&#39;single&#39; &amp; &lt;b&gt;bold&lt;/b&gt;"))
        #expect(page.contains("<p lang=\"en\">&lt;/p&gt;&lt;script&gt;alert(4)&lt;/script&gt;</p>"))
        // Script URLs in sources are shown as no link at all; an http(s) URL is linked, escaped.
        #expect(!page.contains("alert(5)") && !page.contains("alert(6)"))
        #expect(page.contains("<a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>"))
        #expect(
            page.contains(
                "<p class=\"banner banner-preview\"><strong>Forhåndsvisning:</strong> PR &lt;b&gt;12&lt;/b&gt; &quot; onclick=&quot;x</p>"
            ))
    }

    @Test("the coverage picture escapes names in its SVG text")
    func svgEscaped() throws {
        let files = try SiteFixture.build(try Self.hostileRepository(), allowErrors: true)
        let page = SiteFixture.text(files, "daekning/index.html")
        #expect(page.contains("&lt;img src=x onerror=alert(8)&gt;</text>"))
        #expect(page.contains("– &quot;&gt;&lt;svg onload=alert(9)&gt;</text>"))
        #expect(page.contains("aria-hidden=\"true\""))
    }

    @Test("the CSV keeps values as text: formulas are defused and quotes doubled, with a BOM")
    func csv() throws {
        let files = try SiteFixture.build(try Self.hostileRepository(), allowErrors: true)
        let bytes = try #require(files["data/indsatser.csv"])
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.contains("\"'=HYPERLINK(\"\"http://x\"\") | javascript:alert(3)\""), "\(text)")
        #expect(text.hasPrefix("id;navn;status;fra;til;maal;ejere;"))
    }
}

/// Reads the tags of generated markup and reports any element or attribute that tryg's templates
/// never write: content that broke out of its position shows up as one.
enum MarkupScan {
    static let elements: Set<String> = [
        "html", "head", "meta", "title", "link", "body", "a", "header", "p", "strong", "span", "div", "nav", "ul", "ol",
        "li", "main", "footer", "section", "h1", "h2", "h3", "h4", "dl", "dt", "dd", "code", "br", "table", "caption",
        "thead", "tbody", "tr", "th", "td", "svg", "defs", "pattern", "rect", "line", "text", "feed", "entry", "id",
        "updated", "author", "name", "summary", "urlset", "url", "loc", "?xml",
    ]
    static let attributes: Set<String> = [
        "lang", "charset", "name", "content", "rel", "href", "media", "type", "title", "class", "aria-label",
        "aria-labelledby", "aria-current", "aria-hidden", "id", "tabindex", "role", "scope", "http-equiv", "xmlns",
        "viewbox", "width", "height", "focusable", "x", "y", "x1", "x2", "y1", "y2", "rx", "fill", "patternunits",
        "patterntransform", "xml:lang", "version", "encoding",
    ]

    /// Scans by Unicode scalar, as an HTML tokeniser does (never by Character: a quote followed by
    /// a combining mark is one Character but still closes an attribute in a browser).
    static func problems(_ text: String) -> [String] {
        var out: [String] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "<" else {
                i += 1
                continue
            }
            guard let close = scalars[(i + 1)...].firstIndex(of: ">") else { break }
            let tag = String(String.UnicodeScalarView(scalars[(i + 1)..<close]))
            let tagScalars = scalars[(i + 1)..<close]
            i = close
            if tag.hasPrefix("/") || tag.hasPrefix("!") { continue }
            let name = String(String.UnicodeScalarView(tagScalars.prefix { $0 != " " && $0 != "\n" && $0 != "/" })).lowercased()
            if name.isEmpty { continue }
            if !elements.contains(name) { out.append("unexpected element <\(name)>") }
            // Attribute names: what stands before each `=` outside quoted values.
            var inQuote = false, current = ""
            for c in tagScalars.dropFirst(name.unicodeScalars.count) {
                if c == "\"" {
                    inQuote.toggle()
                    continue
                }
                if inQuote { continue }
                if c == "=" {
                    let attribute = current.lowercased()
                    if !attributes.contains(attribute) { out.append("unexpected attribute \(attribute)= in <\(name)>") }
                    current = ""
                } else if c == " " || c == "\n" {
                    current = ""
                } else {
                    current.unicodeScalars.append(c)
                }
            }
            if inQuote { out.append("unbalanced quote in <\(name)>") }
        }
        let lower = text.lowercased()
        if lower.contains("href=\"javascript:") || lower.contains("href=\"data:") { out.append("a script or data URL is linked") }
        return out
    }
}
