import Mustache
import Strategy

/// Where each page and file of the site lives.
enum Paths {
    static let home = SitePath("index.html")
    static let goals = SitePath("maal/index.html")
    static let initiatives = SitePath("indsatser/index.html")
    static let partners = SitePath("partnere/index.html")
    static let coverage = SitePath("daekning/index.html")
    static let organisation = SitePath("organisering/index.html")
    static let changes = SitePath("aendringer/index.html")
    static let reports = SitePath("aarsrapporter/index.html")
    static let data = SitePath("data/index.html")
    static let statement = SitePath("was/index.html")
    static let notFound = SitePath("404.html")
    static let sitemap = SitePath("sitemap.xml")
    static let feed = SitePath("data/aendringer.atom")
    static let json = SitePath("data/tryg-aalborg.json")
    static let csv = SitePath("data/indsatser.csv")
    static let style = SitePath("assets/tryg.css")
    static let print = SitePath("assets/print.css")
    static let marker = SitePath(".tryg-site")

    static func goal(_ id: String) -> SitePath { SitePath("maal/\(name(id)).html") }
    static func initiative(_ id: String) -> SitePath { SitePath("indsatser/\(name(id)).html") }
    static func partner(_ id: String) -> SitePath { SitePath("partnere/\(name(id)).html") }
    static func report(year: Int, initiative: String) -> SitePath { SitePath("aarsrapporter/\(year)/\(name(initiative)).html") }
    static func schema(_ repositoryPath: String) -> SitePath {
        SitePath("data/skemaer/" + name(String(repositoryPath.split(separator: "/").last ?? "")))
    }

    /// The page of an entity of the history, when the site has one.
    static func page(of key: EntityKey) -> SitePath? {
        switch key.kind {
        case .strategy: return home
        case .organisation: return organisation
        case .partner: return partner(key.id)
        case .goal: return goal(key.id)
        case .initiative: return initiative(key.id)
        case .report:
            let parts = key.id.split(separator: "/")
            guard parts.count == 2, let year = Int(parts[0]) else { return nil }
            return report(year: year, initiative: String(parts[1]))
        }
    }

    /// A file name made from an id: the id itself when it is a well-formed id (lower-case letters,
    /// digits, single hyphens, as the schemas require; or a schema file name), otherwise `_` and
    /// the hex of its UTF-8 bytes — never a character a path or a URL would read differently.
    static func name(_ id: String) -> String {
        let bytes = Array(id.utf8)
        let plain =
            !bytes.isEmpty && bytes.count <= 120
            && bytes.allSatisfy { b in
                (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2E
            } && bytes.first != 0x2E && bytes.first != 0x2D
        if plain { return id }
        let hex = Array("0123456789abcdef")
        return "_" + String(bytes.prefix(100).flatMap { [hex[Int($0 >> 4)], hex[Int($0 & 15)]] })
    }
}

/// A link as templates show it.
struct LinkView: Sendable {
    var linkText: String
    var linkHref: String
}

extension LinkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "linkText": return linkText
        case "linkHref": return linkHref
        default: return nil
        }
    }
}

/// The crumbs above a page's heading.
struct Crumb: Sendable {
    var crumbText: String
    var crumbHref: String?
}

extension Crumb: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "crumbText": return crumbText
        case "crumbHref": return crumbHref
        default: return nil
        }
    }
}

/// The sections of the main menu.
enum Section: Int, CaseIterable, Sendable {
    case home, goals, initiatives, partners, coverage, organisation, changes, reports, data, none

    var title: String {
        switch self {
        case .home: return "Forside"
        case .goals: return "Mål"
        case .initiatives: return "Indsatser"
        case .partners: return "Partnere"
        case .coverage: return "Dækning"
        case .organisation: return "Organisering"
        case .changes: return "Ændringer"
        case .reports: return "Årsrapporter"
        case .data: return "Data"
        case .none: return ""
        }
    }

    var path: SitePath? {
        switch self {
        case .home: return Paths.home
        case .goals: return Paths.goals
        case .initiatives: return Paths.initiatives
        case .partners: return Paths.partners
        case .coverage: return Paths.coverage
        case .organisation: return Paths.organisation
        case .changes: return Paths.changes
        case .reports: return Paths.reports
        case .data: return Paths.data
        case .none: return nil
        }
    }
}
