import Git

/// A commit of the strategy's main line that changed its content, with what it changed.
public struct ContentCommit: Sendable {
    public var commit: CommitSummary
    /// The semantic difference from the commit's first parent (from nothing for a root commit).
    public var diff: StrategyDiff
}

/// An entity as the history knows it: its kind and id (`2017/dit-kvarter` for a report).
public struct EntityKey: Sendable, Hashable, Comparable {
    public var kind: ContentLayout.Kind
    public var id: String

    public init(kind: ContentLayout.Kind, id: String) {
        self.kind = kind
        self.id = id
    }

    public static func < (a: EntityKey, b: EntityKey) -> Bool {
        (StrategyDiff.order(a.kind), a.id) < (StrategyDiff.order(b.kind), b.id)
    }
}

/// The content history of the strategy on the first-parent history of a commit — what the main
/// line did to the content, commit by commit — and, derived from it, each entity's own history and
/// the commit that last changed it.
///
/// Commits that did not touch `strategy/` are left out. Two neighbouring trees are compared side by
/// side (an unchanged `strategy/` folder is not entered), and only changed files are parsed, each
/// blob once for the whole walk.
public struct ContentHistory: Sendable {
    /// The commits that changed the content, newest first.
    public var commits: [ContentCommit]

    public init(commits: [ContentCommit]) {
        self.commits = commits
    }

    /// Reads the history of `start`'s first-parent line.
    /// - Parameters:
    ///   - limit: stop after this many content commits (nil: all).
    ///   - documents: the parse cache to share with other readers of the same repository.
    /// - Throws: `GitError` when a commit or file cannot be read.
    public static func read(
        in repository: Repository, from start: ObjectID, limit: Int? = nil, documents: DocumentCache = DocumentCache()
    ) throws(GitError) -> ContentHistory {
        let differ = StrategyDiffer(repository: repository, documents: documents)
        var commits: [ContentCommit] = []
        for id in try repository.walk(including: [start], firstParentOnly: true) {
            if let limit, commits.count >= limit { break }
            let commit = try repository.commit(id)
            let diff: StrategyDiff
            if let parent = commit.parentIDs.first {
                diff = try differ.diff(from: .commit(parent), to: .commit(id))
            } else {
                diff = try rootDiff(commit, differ)
            }
            if !diff.isEmpty { commits.append(ContentCommit(commit: CommitSummary(commit), diff: diff)) }
        }
        return ContentHistory(commits: commits)
    }

    /// What a commit without parents added: every entity file under `strategy/`.
    private static func rootDiff(_ commit: Commit, _ differ: StrategyDiffer) throws(GitError) -> StrategyDiff {
        guard let entry = try commit.tree().entry(atPath: StrategyDiffer.root), entry.kind == .tree else {
            return StrategyDiff(changes: [])
        }
        var changes: [EntityChange] = []
        for item in try differ.repository.tree(entry.id).listEntries(recursive: true) where item.isRegularFile {
            let file = SnapshotFile(path: StrategyDiffer.root + "/" + item.path, id: item.id)
            guard let entity = EntityDiff.entity(atPath: file.path) else { continue }
            let side = EntitySide(path: file.path, entry: try differ.entry(file, in: .commit(commit.id)))
            if let change = EntityDiff.change(entity.kind, id: entity.id, old: nil, new: side) { changes.append(change) }
        }
        return StrategyDiff(changes: changes)
    }

    /// Each entity's own history: the commits that changed it with the change, newest first.
    public func entityHistories() -> [EntityKey: [EntityLogEntry]] {
        var result: [EntityKey: [EntityLogEntry]] = [:]
        for content in commits {
            for change in content.diff.changes {
                result[EntityKey(kind: change.entity, id: change.id), default: []]
                    .append(EntityLogEntry(commit: content.commit, change: change))
            }
        }
        return result
    }

    /// The newest commit that changed each entity.
    public func lastChanged() -> [EntityKey: CommitSummary] {
        var result: [EntityKey: CommitSummary] = [:]
        for content in commits {
            for change in content.diff.changes where result[EntityKey(kind: change.entity, id: change.id)] == nil {
                result[EntityKey(kind: change.entity, id: change.id)] = content.commit
            }
        }
        return result
    }
}
