import Git
import JSON
import Strategy

/// How to build the site.
public struct SiteOptions: Sendable {
    /// A banner shown on every page (pull-request previews), or nil.
    public var preview: String?
    /// Build even when the content has errors (files with schema errors are left out of the pages).
    public var allowErrors = false
    /// The day time-dependent rules are checked as of.
    public var asOf: Day = .today

    public init() {}
}

/// One file of the built site.
public struct SiteFile: Sendable {
    /// The path from the site's root (`indsatser/tryg-bydel.html`).
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// A built site, in memory: nothing is written until ``SiteWriter`` writes it.
public struct SiteBuild: Sendable {
    /// Every file, sorted by path.
    public var files: [SiteFile]
    /// The check of the content the site was built from.
    public var report: ValidationReport
    /// Things the person building the site should know (a setting missing from `tryg.json`).
    public var notices: [SiteNotice]

    /// The bytes of all files.
    public var size: Int { files.reduce(0) { $0 + $1.bytes.count } }
}

/// Something the person building the site should know; not a failure.
public enum SiteNotice: Sendable, Hashable {
    /// `tryg.json` has no `site.statementURL`: the footer links to a page saying so.
    case noStatementURL
    /// `tryg.json` has no `site.baseURL`: the sitemap is left out.
    case noBaseURL
}

/// The outcome of ``SiteGenerator/build(in:source:label:options:)``.
public enum SiteOutcome: Sendable {
    case built(SiteBuild)
    /// The content has errors and `allowErrors` was not set: nothing was built.
    case refused(ValidationReport)
}

/// Builds the strategy's website from one revision of the repository: checks the content, reads
/// its history and versions through the same model, diff and history code as the rest of tryg, and
/// renders every page and data file in memory.
public enum SiteGenerator {
    /// Builds the site of `source` (a revision, the index or the work tree).
    /// - Parameter label: how the person named the revision (`v2`, `HEAD`); the index and the work
    ///   tree are named in Danish by the site itself.
    /// - Throws: `GitError` when the repository cannot be read.
    public static func build(in repository: Repository, source: SnapshotSource, label: String, options: SiteOptions)
        throws(GitError) -> SiteOutcome
    {
        let snapshot = try repository.snapshot(source)
        var validation = ValidationOptions()
        validation.asOf = options.asOf
        // One parse per blob for the check, the history and the versions' diffs.
        let documents = DocumentCache()
        let report = try ContentValidator(options: validation, documents: documents).validate(snapshot)
        if report.counts.errors > 0, !options.allowErrors { return .refused(report) }

        var start = snapshot.commitID
        if start == nil, !repository.isHeadUnborn { start = try repository.resolveCommit("HEAD") }
        var commit: CommitSummary?
        if let id = snapshot.commitID { commit = CommitSummary(try repository.commit(id)) }
        var input = SiteInput(
            model: report.model, settings: report.config?.site ?? SiteConfig(), commit: commit,
            revisionLabel: snapshot.commitID == nil ? (source == .index ? "indekset" : "arbejdskopien") : label, history: [],
            versions: [], schemas: try schemas(snapshot),
            hasErrors: report.counts.errors > 0, preview: options.preview)
        if let start {
            input.history = try history(repository, start: start, snapshot: snapshot, documents: documents)
            input.versions = try versions(repository, start: start, documents: documents)
        }
        input.indexHistory()
        var notices: [SiteNotice] = []
        if input.settings.statementURL.flatMap(Markup.externalURL) == nil { notices.append(.noStatementURL) }
        if input.settings.baseURL.flatMap(Markup.externalURL) == nil { notices.append(.noBaseURL) }
        let files = SiteRenderer(input: input).render()
        return .built(SiteBuild(files: files, report: report, notices: notices))
    }

    /// The content history of `start`'s main line, with the changes not committed yet first when
    /// the snapshot is the index or the work tree.
    static func history(_ repository: Repository, start: ObjectID, snapshot: Snapshot, documents: DocumentCache)
        throws(GitError) -> [SiteInput.HistoryEntry]
    {
        var entries = try ContentHistory.read(in: repository, from: start, documents: documents).commits.map {
            SiteInput.HistoryEntry(commit: $0.commit, diff: $0.diff)
        }
        if snapshot.commitID == nil {
            let pending = try StrategyDiffer(repository: repository, documents: documents)
                .diff(from: .commit(start), to: .snapshot(snapshot))
            if !pending.isEmpty { entries.insert(SiteInput.HistoryEntry(commit: nil, diff: pending), at: 0) }
        }
        return entries
    }

    /// The strategy's versions on `start`'s main line, each with what changed from the one before.
    static func versions(_ repository: Repository, start: ObjectID, documents: DocumentCache) throws(GitError)
        -> [SiteInput.VersionEntry]
    {
        let found = try StrategyHistory.versions(in: repository, from: start)
        let differ = StrategyDiffer(repository: repository, documents: documents)
        var entries: [SiteInput.VersionEntry] = []
        for (i, version) in found.enumerated() {
            let previous = i > 0 ? found[i - 1] : nil
            let diff = try previous.map { p throws(GitError) in
                try differ.diff(from: .commit(p.last.id), to: .commit(version.last.id))
            }
            let period = version.periodFrom.flatMap(Day.init).map { Period(from: $0, to: version.periodTo.flatMap(Day.init)) }
            entries.append(
                SiteInput.VersionEntry(
                    version: version.version, period: period, first: version.first, last: version.last,
                    previous: previous?.version, diff: diff))
        }
        return entries
    }

    /// The JSON Schemas of the snapshot, to publish beside the data.
    static func schemas(_ snapshot: Snapshot) throws(GitError) -> [(path: String, bytes: [UInt8])] {
        var out: [(path: String, bytes: [UInt8])] = []
        for file in try snapshot.files(under: "schemas")
        where file.path.hasSuffix(".json") && !file.path.dropFirst(8).contains("/") {
            out.append((file.path, try snapshot.read(file)))
        }
        return out
    }
}
