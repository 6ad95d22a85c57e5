import Git
import Strategy

/// The Atom feed of the content's changes and the sitemap, both written by hand with every value
/// escaped by ``Markup/escape(_:)``.
struct Feeds {
    let input: SiteInput
    /// The site's live address ending in `/`, when `tryg.json` gives a usable one.
    let base: String?

    init(input: SiteInput) {
        self.input = input
        base = Markup.externalURL(input.settings.baseURL).map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }

    /// The newest content commits as Atom entries (changes not committed yet have no date and are left out).
    func atom(siteName: String, headline: (StrategyDiff) -> String, describe: (EntityChange) -> String) -> [UInt8] {
        let entries = input.history.compactMap { entry in entry.commit.map { ($0, entry.diff) } }.prefix(50)
        let feedID = base.map { $0 + Paths.feed.path } ?? "urn:x-tryg:feed"
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"da\">\n"
        out += "<title>\(Markup.escape("Ændringer i \(siteName)"))</title>\n"
        out += "<id>\(Markup.escape(feedID))</id>\n"
        out +=
            "<updated>\(entries.first.map { Self.timestamp($0.0.author) } ?? input.commit.map { Self.timestamp($0.author) } ?? "1970-01-01T00:00:00Z")</updated>\n"
        out += "<link rel=\"self\" href=\"\(Markup.escape(link(Paths.feed)))\"/>\n"
        out += "<link rel=\"alternate\" type=\"text/html\" href=\"\(Markup.escape(link(Paths.changes)))\"/>\n"
        out += "<author><name>\(Markup.escape(input.settings.responsible ?? siteName))</name></author>\n"
        for (commit, diff) in entries {
            let anchor = "commit-\(commit.id.short)"
            out += "<entry>\n<title>\(Markup.escape(commit.summary))</title>\n"
            out +=
                "<id>\(Markup.escape(base.map { $0 + Paths.changes.path + "#" + anchor } ?? "urn:x-tryg:commit:\(commit.id.hex)"))</id>\n"
            out += "<updated>\(Self.timestamp(commit.author))</updated>\n"
            out +=
                "<link rel=\"alternate\" type=\"text/html\" href=\"\(Markup.escape(link(Paths.changes, fragment: anchor)))\"/>\n"
            let lines = diff.changes.prefix(20).map(describe)
            let more =
                diff.changes.count > 20 ? ["og \(Danish.count(diff.changes.count - 20, "ændring mere", "ændringer mere"))"] : []
            out +=
                "<summary>\(Markup.escape(([headline(diff) + "."] + lines + more).joined(separator: "\n")))</summary>\n</entry>\n"
        }
        return Array((out + "</feed>\n").utf8)
    }

    /// A link from the feed: absolute at the live address when it is known, else relative to the feed.
    private func link(_ target: SitePath, fragment: String? = nil) -> String {
        if let base { return base + target.path + (fragment.map { "#" + $0 } ?? "") }
        return Paths.feed.link(to: target, fragment: fragment)
    }

    /// The sitemap of every page but the error and forwarding pages; nil without a live address.
    func sitemap(pages: [String]) -> [UInt8]? {
        guard let base else { return nil }
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages where page.hasSuffix(".html") && page != Paths.notFound.path && page != Paths.statement.path {
            let address = page == Paths.home.path ? base : base + page
            out += "<url><loc>\(Markup.escape(address))</loc></url>\n"
        }
        return Array((out + "</urlset>\n").utf8)
    }

    /// RFC 3339 time of a signature in its own time zone: `2018-01-01T12:00:00+01:00`.
    static func timestamp(_ signature: Signature) -> String {
        let offset = Int(signature.offsetMinutes)
        let local = Int(signature.time) + offset * 60
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let seconds = local - days * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let zone = offset == 0 ? "Z" : (offset < 0 ? "-" : "+") + two(abs(offset) / 60) + ":" + two(abs(offset) % 60)
        return "\(Day(number: days))T\(two(seconds / 3600)):\(two(seconds % 3600 / 60)):\(two(seconds % 60))\(zone)"
    }
}
