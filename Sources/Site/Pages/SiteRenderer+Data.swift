import Mustache
import Strategy

/// The open data page.
struct DataView {
    var jsonHref: String
    var jsonSize: String
    var csvHref: String
    var csvSize: String
    var feedHref: String
    var formatVersion: Int
    var csvColumns: [ColumnView]
    var schemas: [LinkView]
    var revisionText: String
}

extension DataView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "jsonHref": return jsonHref
        case "jsonSize": return jsonSize
        case "csvHref": return csvHref
        case "csvSize": return csvSize
        case "feedHref": return feedHref
        case "formatVersion": return formatVersion
        case "csvColumns": return csvColumns
        case "schemas": return schemas
        case "revisionText": return revisionText
        default: return nil
        }
    }
}

struct ColumnView {
    var columnName: String
    var columnMeaning: String
}

extension ColumnView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "columnName": return columnName
        case "columnMeaning": return columnMeaning
        default: return nil
        }
    }
}

/// The forwarding page at `/was` and the page for addresses that do not exist.
struct SimplePageView {
    var heading: String
    var paragraphs: [String]
    var links: [LinkView]
}

extension SimplePageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": return heading
        case "paragraphs": return paragraphs
        case "links": return links
        default: return nil
        }
    }
}

extension SiteRenderer {
    func dataFiles() -> [SiteFile] {
        let data = OpenData(input: input)
        let json = data.json()
        let csv = data.csv(partyName: partyName)
        var files = [SiteFile(path: Paths.json.path, bytes: json), SiteFile(path: Paths.csv.path, bytes: csv)]
        var schemaLinks: [LinkView] = []
        for schema in input.schemas {
            let target = Paths.schema(schema.path)
            files.append(SiteFile(path: target.path, bytes: schema.bytes))
            schemaLinks.append(LinkView(linkText: schema.path, linkHref: Paths.data.link(to: target)))
        }
        let feeds = Feeds(input: input)
        files.append(
            SiteFile(
                path: Paths.feed.path,
                bytes: feeds.atom(
                    siteName: siteName, headline: { DanishDiff.headline($0.counts) },
                    describe: { change in "\(change.name ?? change.id): \(DanishDiff.verdict(change))" })))
        let view = DataView(
            jsonHref: Paths.data.link(to: Paths.json), jsonSize: Self.size(json.count),
            csvHref: Paths.data.link(to: Paths.csv), csvSize: Self.size(csv.count),
            feedHref: Paths.data.link(to: Paths.feed), formatVersion: OpenData.formatVersion,
            csvColumns: OpenData.csvColumns.map { ColumnView(columnName: $0.0, columnMeaning: $0.1) }, schemas: schemaLinks,
            revisionText: revisionText)
        files.append(
            page(
                Paths.data, title: "Åbne data", section: .data, crumbs: crumbs(.data), template: "data", view: view,
                description: "Strategien som åbne data: JSON, CSV, skemaer og nyhedsfeed."))
        return files
    }

    /// "12,3 kB".
    static func size(_ bytes: Int) -> String {
        if bytes < 1000 { return "\(bytes) byte" }
        let tenths = (bytes + 50) / 100
        return tenths < 10_000 ? "\(tenths / 10),\(tenths % 10) kB" : "\(Danish.number((bytes + 500_000) / 1_000_000)) MB"
    }

    /// The forwarding page `/was`, the 404 page and the sitemap.
    func specialPages() -> [SiteFile] {
        var files: [SiteFile] = []
        let statement = Markup.externalURL(input.settings.statementURL)
        let was = SimplePageView(
            heading: "Tilgængelighedserklæring",
            paragraphs: statement == nil
                ? [
                    "Adressen på hjemmesidens tilgængelighedserklæring er ikke angivet endnu (indstillingen site.statementURL i tryg.json)."
                ]
                : [
                    "Tilgængelighedserklæringen for hjemmesiden findes i Digitaliseringsstyrelsens WAS-Tool. Du bliver sendt videre; ellers kan du bruge linket herunder."
                ],
            links: statement.map { [LinkView(linkText: "Læs tilgængelighedserklæringen", linkHref: $0)] } ?? [])
        files.append(
            page(
                Paths.statement, title: "Tilgængelighedserklæring", section: .none,
                crumbs: crumbs(.home, "Tilgængelighedserklæring"), template: "simple", view: was, refreshURL: statement))
        let missing = SimplePageView(
            heading: "Siden findes ikke",
            paragraphs: ["Adressen findes ikke på hjemmesiden. Måske er siden flyttet, eller adressen er skrevet forkert."],
            links: [
                LinkView(linkText: "Gå til forsiden", linkHref: Paths.notFound.link(to: Paths.home)),
                LinkView(linkText: "Se alle indsatser", linkHref: Paths.notFound.link(to: Paths.initiatives)),
            ])
        files.append(
            page(
                Paths.notFound, title: "Siden findes ikke", section: .none, crumbs: crumbs(.home, "Siden findes ikke"),
                template: "simple", view: missing))
        return files
    }

    /// The sitemap of the pages rendered so far.
    func sitemap(_ files: [SiteFile]) -> SiteFile? {
        Feeds(input: input).sitemap(pages: files.map(\.path).sorted()).map { SiteFile(path: Paths.sitemap.path, bytes: $0) }
    }
}
