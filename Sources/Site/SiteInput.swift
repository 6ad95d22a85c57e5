import Git
import JSON
import Strategy

/// Everything the pages are made from, read once from the repository: the typed model of the
/// revision, its content history and versions with their diffs, the schemas, and the settings.
struct SiteInput {
    /// One entry of the content history: a commit of the main line, or the changes not committed yet
    /// (`commit` nil) when the site is built from the work tree or the index.
    struct HistoryEntry {
        var commit: CommitSummary?
        var diff: StrategyDiff
    }

    /// A version of the strategy and what changed from the version before it.
    struct VersionEntry {
        var version: Int
        var period: Period?
        var first: CommitSummary
        var last: CommitSummary
        var previous: Int?
        /// nil for the first version.
        var diff: StrategyDiff?
    }

    var model: StrategyModel
    var settings: SiteConfig
    /// The commit the site shows, when it is one (nil for the work tree or the index).
    var commit: CommitSummary?
    /// How the revision was named ("HEAD", "v2", "arbejdskopien").
    var revisionLabel: String
    /// Newest first.
    var history: [HistoryEntry]
    /// Oldest first.
    var versions: [VersionEntry]
    /// The schema files at the revision: repository path and bytes.
    var schemas: [(path: String, bytes: [UInt8])]
    /// Whether the content has errors (the site was built with `--allow-errors`).
    var hasErrors: Bool
    var preview: String?

    /// Each entity's own history, newest first (derived from ``history``).
    var entityHistory: [EntityKey: [(commit: CommitSummary?, change: EntityChange)]] = [:]

    mutating func indexHistory() {
        entityHistory = [:]
        for entry in history {
            for change in entry.diff.changes {
                entityHistory[EntityKey(kind: change.entity, id: change.id), default: []].append((entry.commit, change))
            }
        }
    }

    /// The period the pages and the coverage picture span: from the first day of the first version
    /// the content lists to the last day of the current one (nil without a strategy period).
    var span: Period? {
        guard let strategy = model.strategy, let current = strategy.period else { return nil }
        let first = ([current.from] + strategy.content.previousVersions.map(\.period.from)).min() ?? current.from
        return Period(from: first, to: current.to ?? current.from)
    }

    /// The name of an entity by id, for the diff's words.
    func name(of id: String) -> String? {
        model.initiative(id)?.name ?? model.goal(id)?.name ?? model.partner(id)?.name
    }
}
