import Foundation
import Git
import Mustache
import Strategy

/// Renders every page and file of the site from a ``SiteInput``, in memory and deterministically:
/// the same input gives the same bytes (no clock is read; dates come from commits).
struct SiteRenderer {
    let input: SiteInput
    let danishDiff: DanishDiff
    /// The model's reports by initiative id.
    let reportsByInitiative: [String: [Report]]
    /// The header and footer markup already rendered, by folder and section.
    let frames = FrameCache()

    init(input: SiteInput) {
        self.input = input
        let model = input.model
        reportsByInitiative = Dictionary(grouping: model.reports, by: { $0.initiative.value })
        danishDiff = DanishDiff { id in
            if id.contains("/") {
                let ref = PartyRef(id)
                guard let partner = model.partner(ref.partner), let unit = model.unit(ref) else { return nil }
                return "\(unit.name) (\(partner.name))"
            }
            return model.initiative(id)?.name ?? model.goal(id)?.name ?? model.partner(id)?.name
        }
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

    /// `transform` applied to every element, on all cores; the results in the elements' order.
    /// Rendering a page reads only the input, so pages can be rendered side by side.
    func parallelMap<T>(_ elements: [T], _ transform: (T) -> SiteFile) -> [SiteFile] {
        guard elements.count > 1 else { return elements.map(transform) }
        let results = ResultSlots(count: elements.count)
        withoutActuallyEscaping(transform) { transform in
            let work = UncheckedBox((elements, transform))
            DispatchQueue.concurrentPerform(iterations: elements.count) { i in
                results.set(i, work.value.1(work.value.0[i]))
            }
        }
        return results.values
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
        let layout = LayoutView(
            title: title == siteName ? title : "\(title) – \(siteName)",
            description: description ?? "\(title). \(input.model.strategy?.name ?? siteName).",
            styleHref: path.link(to: Paths.style), printHref: path.link(to: Paths.print), feedHref: path.link(to: Paths.feed),
            siteName: siteName, crumbs: trail, refreshURL: refreshURL, frameTop: frameTop(path, section),
            body: body, frameBottom: frameBottom(path))
        return SiteFile(path: path.path, bytes: Array(Templates.render(layout, Templates.layoutName).utf8))
    }

    /// The header of a page: rendered once per folder and section, except for the menu's own pages.
    private func frameTop(_ path: SitePath, _ section: Section) -> String {
        let isMenuPage = Section.allCases.contains { $0.path == path }
        let key = "top|\(path.folder)|\(section.rawValue)|\(isMenuPage ? path.path : "")"
        return frames.value(key) {
            let nav = Section.allCases.compactMap { s -> NavItemView? in
                s.path.map {
                    NavItemView(
                        navText: s.title, navHref: path.link(to: $0), navCurrent: $0 == path,
                        navActive: s == section && $0 != path)
                }
            }
            let view = FrameTopView(
                previewText: input.preview, errorNotice: input.hasErrors, homeHref: path.link(to: Paths.home),
                siteName: siteName, siteTagline: tagline, nav: nav)
            return Templates.render(view, "frame-top")
        }
    }

    /// The footer of a page: rendered once per folder.
    private func frameBottom(_ path: SitePath) -> String {
        frames.value("bottom|\(path.folder)") { Templates.render(footer(path), "frame-bottom") }
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

/// One slot per result of ``SiteRenderer/parallelMap(_:_:)``; each slot is written by one thread.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [SiteFile?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ file: SiteFile) {
        lock.lock()
        slots[index] = file
        lock.unlock()
    }

    var values: [SiteFile] { slots.compactMap { $0 } }
}

/// Hands a value that is only read to the threads of ``SiteRenderer/parallelMap(_:_:)``.
private struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Markup rendered once and reused, by key; safe to use from several threads.
final class FrameCache: @unchecked Sendable {
    private var values: [String: String] = [:]
    private let lock = NSLock()

    /// The value for `key`, made by `make` the first time.
    func value(_ key: String, make: () -> String) -> String {
        lock.lock()
        if let known = values[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let made = make()
        lock.lock()
        values[key] = made
        lock.unlock()
        return made
    }
}

/// The templates, compiled once from the constants in this module (so that the binary stays one file).
enum Templates {
    static let layoutName = "layout"

    static let library: MustacheLibrary = {
        MustacheContentTypes.register(EscapedHTML(), named: EscapedHTML.name)
        var library = MustacheLibrary()
        for (name, text) in all {
            // Every template escapes its values with EscapedHTML. A template that does not compile
            // renders as nothing; the golden tests would fail.
            let typed = "{{% CONTENT_TYPE: \(EscapedHTML.name)}}" + text
            if let template = try? MustacheTemplate(string: typed) { library.register(template, named: name) }
        }
        return library
    }()

    /// The templates' escaping: ``Markup/escape(_:)``, by Unicode scalar. swift-mustache's own HTML
    /// escaping goes by Character, and a quote or `<` followed by a combining mark is one Character
    /// that it leaves as it is — in an attribute value, that quote ends the attribute in a browser.
    /// (It is also a dictionary lookup per Character: most of the site's rendering time.)
    struct EscapedHTML: MustacheContentType {
        static let name = "TRYG_HTML"
        func escapeText(_ text: String) -> String { Markup.escape(text) }
    }

    static var all: [(String, String)] {
        [(layoutName, LayoutTemplates.layout)] + LayoutTemplates.partials + PageTemplates.all + MorePageTemplates.all
    }

    /// Renders a view model with a template of the library.
    static func render(_ view: Any, _ name: String) -> String {
        observer?(view)
        return library.render(view, withTemplate: name) ?? ""
    }

    /// Sees every view model rendered (for tests that check the view models' lookups); nil otherwise.
    nonisolated(unsafe) static var observer: ((Any) -> Void)?
}
