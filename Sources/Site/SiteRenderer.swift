import Git
import Mustache
import Strategy

/// Renders every page and file of the site from a ``SiteInput``, in memory and deterministically:
/// the same input gives the same bytes (no clock is read; dates come from commits).
struct SiteRenderer {
    let input: SiteInput
    let danishDiff: DanishDiff

    init(input: SiteInput) {
        self.input = input
        let model = input.model
        danishDiff = DanishDiff { id in model.initiative(id)?.name ?? model.goal(id)?.name ?? model.partner(id)?.name }
    }

    /// Every file of the site, sorted by path.
    func render() -> [SiteFile] {
        var files: [SiteFile] = []
        files.append(homePage())
        files += goalPages()
        files += initiativePages()
        files += partnerPages()
        files.append(coveragePage())
        files.append(organisationPage())
        files.append(changesPage())
        files += reportPages()
        files += dataFiles()
        files += specialPages()
        files.append(SiteFile(path: Paths.style.path, bytes: Array(Stylesheet.screen.utf8)))
        files.append(SiteFile(path: Paths.print.path, bytes: Array(Stylesheet.print.utf8)))
        files.append(SiteFile(path: Paths.marker.path, bytes: Array(SiteWriter.markerText.utf8)))
        if let map = sitemap(files) { files.append(map) }
        return files.sorted { SitePath($0.path) < SitePath($1.path) }
    }

    /// The strategy's short name, for titles.
    var siteName: String {
        input.model.strategy.flatMap { $0.content.shortName ?? $0.name } ?? "Strategien"
    }

    /// Renders a page: its body through `template`, then the frame around it.
    func page<View>(
        _ path: SitePath, title: String, section: Section, crumbs: [(String, SitePath?)], template: String, view: View,
        description: String? = nil, refreshURL: String? = nil
    ) -> SiteFile {
        let body = Templates.render(view, template)
        let trail = crumbs.enumerated().map { i, crumb in
            Crumb(crumbText: crumb.0, crumbHref: i == crumbs.count - 1 ? nil : crumb.1.map { path.link(to: $0) })
        }
        let nav = Section.allCases.compactMap { s -> NavItemView? in
            s.path.map { NavItemView(
                navText: s.title, navHref: path.link(to: $0), navCurrent: $0 == path, navActive: s == section && $0 != path) }
        }
        let layout = LayoutView(
            title: title == siteName ? title : "\(title) – \(siteName)",
            description: description ?? "\(title). \(input.model.strategy?.name ?? siteName).",
            styleHref: path.link(to: Paths.style), printHref: path.link(to: Paths.print), feedHref: path.link(to: Paths.feed),
            homeHref: path.link(to: Paths.home), siteName: siteName, siteTagline: tagline, nav: nav, crumbs: trail,
            previewText: input.preview, errorNotice: input.hasErrors, refreshURL: refreshURL, body: body,
            footer: footer(path))
        return SiteFile(path: path.path, bytes: Array(Templates.render(layout, Templates.layoutName).utf8))
    }

    private var tagline: String {
        guard let strategy = input.model.strategy else { return "" }
        let short = strategy.content.shortName ?? ""
        return strategy.name.hasPrefix(short + " – ") ? String(strategy.name.dropFirst(short.count + 3)) : ""
    }

    private func footer(_ path: SitePath) -> FooterView {
        let settings = input.settings
        let contact = settings.contact
        return FooterView(
            responsible: settings.responsible, contactName: contact?.name, contactHref: Markup.externalURL(contact?.url),
            contactEmail: contact?.email, contactEmailHref: Markup.mailURL(contact?.email), contactPhone: contact?.phone,
            contactPhoneHref: Markup.phoneURL(contact?.phone),
            statementHref: Markup.externalURL(settings.statementURL) ?? path.link(to: Paths.statement),
            dataHref: path.link(to: Paths.data), footerFeedHref: path.link(to: Paths.feed), revisionText: revisionText)
    }

    /// "version 2, commit 36cf4e2 af 28. november 2026", "arbejdskopien (ikke indsendt)".
    var revisionText: String {
        let version = input.model.strategy.map { "version \($0.version), " } ?? ""
        guard let commit = input.commit else { return version + "\(input.revisionLabel) (ikke indsendt)" }
        return version + "commit \(commit.id.short) af \(Danish.date(of: commit))"
    }

    /// The crumbs of a page below one of the menu's sections.
    func crumbs(_ section: Section, _ last: String? = nil) -> [(String, SitePath?)] {
        var out: [(String, SitePath?)] = [(Section.home.title, Paths.home)]
        if section != .home { out.append((section.title, section.path)) }
        if let last { out.append((last, nil)) }
        return out
    }
}

/// The templates, compiled once from the constants in this module (so that the binary stays one file).
enum Templates {
    static let layoutName = "layout"

    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in all {
            // A template that does not compile renders as nothing; the golden tests would fail.
            if let template = try? MustacheTemplate(string: text) { library.register(template, named: name) }
        }
        return library
    }()

    static var all: [(String, String)] {
        [(layoutName, LayoutTemplates.layout)] + LayoutTemplates.partials + PageTemplates.all + MorePageTemplates.all
    }

    /// Renders a view model with a template of the library.
    static func render(_ view: Any, _ name: String) -> String {
        library.render(view, withTemplate: name) ?? ""
    }
}
