import Git
import Mustache
import Strategy

/// The changes page: per version, what changed from the one before; then the content's history.
struct ChangesView {
    var versions: [VersionView]
    var versionsMissing: Bool
    var commits: [CommitView]
    var commitsMissing: Bool
    var feedHref: String
}

extension ChangesView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "versions": return versions
        case "versionsMissing": return versionsMissing
        case "commits": return commits
        case "commitsMissing": return commitsMissing
        case "feedHref": return feedHref
        default: return nil
        }
    }
}

struct VersionView {
    var versionHeading: String
    var versionAnchor: String
    var versionIntro: String
    var versionKinds: [ChangeKindView]
}

extension VersionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "versionHeading": return versionHeading
        case "versionAnchor": return versionAnchor
        case "versionIntro": return versionIntro
        case "versionKinds": return versionKinds
        default: return nil
        }
    }
}

struct ChangeKindView {
    var kindHeading: String
    var kindChanges: [ChangeItemView]
}

extension ChangeKindView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "kindHeading": return kindHeading
        case "kindChanges": return kindChanges
        default: return nil
        }
    }
}

struct ChangeItemView {
    var changeName: String
    var changeHref: String?
    var changeVerdict: String
    var changeLines: [String]
}

extension ChangeItemView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "changeName": return changeName
        case "changeHref": return changeHref
        case "changeVerdict": return changeVerdict
        case "changeLines": return changeLines
        default: return nil
        }
    }
}

struct CommitView {
    var commitAnchor: String
    var commitDate: String
    var commitID: String?
    var commitSubject: String
    var commitHeadline: String
    var commitChanges: [ChangeItemView]
    var commitMore: String?
}

extension CommitView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "commitAnchor": return commitAnchor
        case "commitDate": return commitDate
        case "commitID": return commitID
        case "commitSubject": return commitSubject
        case "commitHeadline": return commitHeadline
        case "commitChanges": return commitChanges
        case "commitMore": return commitMore
        default: return nil
        }
    }
}

extension SiteRenderer {
    /// How many entities a history entry lists before "og N flere".
    static let changesPerCommit = 100

    func changesPage() -> SiteFile {
        let path = Paths.changes
        let versions = input.versions.reversed().map { version -> VersionView in
            let heading = "Version \(version.version)" + (version.period.map { " (\(Danish.years($0)))" } ?? "")
            let intro: String
            var kinds: [ChangeKindView] = []
            if let diff = version.diff, let previous = version.previous {
                intro = "I forhold til Version \(previous): \(DanishDiff.headline(diff.counts))."
                kinds = changeKinds(diff.changes, path)
            } else {
                intro = "Den første version i historikken. Den blev indsendt \(Danish.date(of: version.first))."
            }
            return VersionView(
                versionHeading: heading, versionAnchor: "version-\(version.version)", versionIntro: intro,
                versionKinds: kinds)
        }
        let commits = input.history.map { entry -> CommitView in
            let shown = entry.diff.changes.prefix(Self.changesPerCommit)
            let more = entry.diff.changes.count - shown.count
            return CommitView(
                commitAnchor: entry.commit.map { "commit-\($0.id.short)" } ?? "ikke-indsendt",
                commitDate: entry.commit.map { Danish.date(of: $0) } ?? "Ikke indsendt endnu",
                commitID: entry.commit?.id.short, commitSubject: entry.commit?.summary ?? "Ændringer i arbejdskopien",
                commitHeadline: DanishDiff.headline(entry.diff.counts), commitChanges: shown.map { changeItem($0, path) },
                commitMore: more > 0 ? "og \(Danish.count(more, "ændring mere", "ændringer mere"))" : nil)
        }
        let view = ChangesView(
            versions: Array(versions), versionsMissing: versions.isEmpty, commits: commits, commitsMissing: commits.isEmpty,
            feedHref: path.link(to: Paths.feed))
        return page(
            path, title: "Ændringer", section: .changes, crumbs: crumbs(.changes), template: "changes", view: view,
            description: "Hvad der er ændret i strategien fra version til version og fra ændring til ændring.")
    }

    private func changeKinds(_ changes: [EntityChange], _ path: SitePath) -> [ChangeKindView] {
        var kinds: [ChangeKindView] = []
        for change in changes {
            let heading = DanishDiff.heading(change.entity)
            if kinds.last?.kindHeading != heading { kinds.append(ChangeKindView(kindHeading: heading, kindChanges: [])) }
            kinds[kinds.count - 1].kindChanges.append(changeItem(change, path))
        }
        return kinds
    }

    func changeItem(_ change: EntityChange, _ path: SitePath) -> ChangeItemView {
        let key = EntityKey(kind: change.entity, id: change.id)
        let exists: Bool
        switch change.entity {
        case .initiative: exists = input.model.initiative(change.id) != nil
        case .goal: exists = input.model.goal(change.id) != nil
        case .partner: exists = input.model.partner(change.id) != nil
        case .strategy: exists = input.model.strategy != nil
        case .organisation: exists = input.model.organisation != nil
        case .report: exists = input.model.reports.contains { "\($0.year)/\($0.initiative.value)" == change.id }
        }
        let title =
            change.entity == .strategy
            ? "Strategien"
            : change.entity == .organisation
                ? "Organiseringen"
                : change.name ?? change.id
        return ChangeItemView(
            changeName: title, changeHref: exists ? Paths.page(of: key).map { path.link(to: $0) } : nil,
            changeVerdict: DanishDiff.verdict(change), changeLines: danishDiff.lines(change))
    }
}

/// The yearly reports' index.
struct ReportIndexView {
    var years: [ReportYearView]
    var reportsMissing: Bool
}

extension ReportIndexView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "years": return years
        case "reportsMissing": return reportsMissing
        default: return nil
        }
    }
}

struct ReportYearView {
    var yearHeading: String
    var yearAnchor: String
    var yearReports: [ReportItemView]
}

extension ReportYearView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "yearHeading": return yearHeading
        case "yearAnchor": return yearAnchor
        case "yearReports": return yearReports
        default: return nil
        }
    }
}

struct ReportItemView {
    var reportTitle: String
    var reportHref: String
    var reportInitiative: String
    var reportCovers: String?
}

extension ReportItemView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "reportTitle": return reportTitle
        case "reportHref": return reportHref
        case "reportInitiative": return reportInitiative
        case "reportCovers": return reportCovers
        default: return nil
        }
    }
}

/// One yearly report's page.
struct ReportPageView {
    var heading: String
    var facts: [FactView]
    var about: AboutView
}

extension ReportPageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": return heading
        case "facts": return facts
        case "about": return about
        default: return nil
        }
    }
}

extension SiteRenderer {
    func reportPages() -> [SiteFile] {
        let path = Paths.reports
        let years = Set(input.model.reports.map(\.year)).sorted(by: >).map { year in
            ReportYearView(
                yearHeading: "Afrapportering for \(year)", yearAnchor: "aar-\(year)",
                yearReports: input.model.reports.filter { $0.year == year }.map { report in
                    ReportItemView(
                        reportTitle: report.content.title ?? "Afrapportering",
                        reportHref: path.link(to: Paths.report(year: report.year, initiative: report.initiative.value)),
                        reportInitiative: input.model.initiative(report.initiative.value)?.name ?? report.initiative.value,
                        reportCovers: report.covers.map(Danish.period))
                })
        }
        var files = [
            page(
                path, title: "Årsrapporter", section: .reports, crumbs: crumbs(.reports), template: "report-index",
                view: ReportIndexView(years: years, reportsMissing: years.isEmpty),
                description: "Indsatsernes årlige afrapporteringer.")
        ]
        return files + parallelMap(input.model.reports) { reportPage($0) }
    }

    private func reportPage(_ report: Report) -> SiteFile {
        let path = Paths.report(year: report.year, initiative: report.initiative.value)
        let notes = Notes(report.origin)
        let initiative = input.model.initiative(report.initiative.value)
        var facts = [
            FactView(
                factTerm: "Indsats",
                factValues: [
                    notes.value(
                        initiative?.name ?? report.initiative.value,
                        href: initiative.map { path.link(to: Paths.initiative($0.id)) }, at: "initiative")
                ]),
            FactView(factTerm: "År", factValues: [notes.value(String(report.year), at: "year")]),
        ]
        if let number = report.number {
            facts.append(FactView(factTerm: "Afrapportering nr.", factValues: [notes.value("\(number)", at: "number")]))
        }
        if let covers = report.covers {
            facts.append(FactView(factTerm: "Dækker", factValues: [notes.value(Danish.period(covers), at: "covers")]))
        }
        let title = report.content.title ?? "Afrapportering \(report.year)"
        let key = EntityKey(kind: .report, id: "\(report.year)/\(report.initiative.value)")
        let view = ReportPageView(heading: title, facts: facts, about: about(report.origin, key: key, notes: notes))
        return page(path, title: title, section: .reports, crumbs: crumbs(.reports, title), template: "report", view: view)
    }
}
