import Git

/// One commit in the life of an entity, with what it changed.
public struct EntityLogEntry: Sendable {
    public var commit: CommitSummary
    /// The change: `added` (created), `removed`, `modified`, or `idChanged` (renamed with its file).
    public var change: EntityChange
}

/// The life of one entity through history: the commits that changed its file, newest first.
public struct EntityLog: Sendable {
    public var kind: ContentLayout.Kind
    /// The id asked for.
    public var id: String
    /// The entity's file at the start of the walk (or where it was last seen).
    public var path: String
    public var entries: [EntityLogEntry]

    /// The files an id may live in: the strategy, the organisation, a partner, goal or initiative,
    /// or a report (`2017/dit-kvarter`); a path to a content file is taken as it is.
    public static func candidatePaths(for id: String) -> [String] {
        if id == "strategy" { return [ContentLayout.strategy] }
        if id == "organisation" || id == "organization" { return [ContentLayout.organisation] }
        if id.hasSuffix(".json"), EntityDiff.entity(atPath: id) != nil { return [id] }
        if id.contains("/") { return [ContentLayout.reports + id + ".json"] }
        return [ContentLayout.initiatives, ContentLayout.partners, ContentLayout.goals].map { $0 + id + ".json" }
    }

    /// The history of the entity `id` from `start`: every commit whose version of the entity's file
    /// differs from its (first) parent's, newest first. A rename of the file is followed with
    /// libgit2's rename detection.
    ///
    /// - Parameters:
    ///   - firstParentOnly: walk only first parents (the main line), as `git log --first-parent`;
    ///     otherwise every commit, leaving out merges that took the file as one parent had it.
    /// - Returns: nil when no commit on the walked history has such an entity.
    /// - Complexity: one tree lookup per commit (shared between a commit and its parent); files are
    ///   parsed only in the commits that changed them, each blob once.
    public static func log(
        of id: String, in repository: Repository, from start: ObjectID, firstParentOnly: Bool = true, limit: Int? = nil
    ) throws(GitError) -> EntityLog? {
        let walker = LogWalker(repository: repository)
        let candidates = candidatePaths(for: id)
        var path = try walker.firstPresent(candidates, in: start)
        var result: EntityLog?
        if let path, let entity = EntityDiff.entity(atPath: path) {
            result = EntityLog(kind: entity.kind, id: id, path: path, entries: [])
        }
        for commitID in try repository.walk(including: [start], firstParentOnly: firstParentOnly) {
            if let limit, (result?.entries.count ?? 0) >= limit { break }
            let commit = try repository.commit(commitID)
            let parent = commit.parentIDs.first
            guard let current = path else {
                // Not seen yet (deleted later on): look for it in the parent, to log its removal.
                guard let parent,
                    let found = try walker.firstPresent(candidates, in: parent),
                    let entity = EntityDiff.entity(atPath: found)
                else { continue }
                path = found
                result = EntityLog(kind: entity.kind, id: id, path: found, entries: [])
                try walker.record(commit, old: found, new: nil, into: &result)
                continue
            }
            let now = try walker.blob(commitID, current)
            var before = try parent.flatMap { p throws(GitError) in try walker.blob(p, current) }
            guard now != before else { continue }
            // As git log simplifies history: a merge that took the file from one of its parents
            // did not change it; the commit on that parent's side did.
            if !firstParentOnly, commit.isMerge, try walker.anyParent(of: commit, has: now, at: current) { continue }
            var oldPath = current
            if before == nil, now != nil, let parent,
                let origin = try walker.renameOrigin(of: current, from: parent, to: commitID)
            {
                oldPath = origin
                before = try walker.blob(parent, origin)
            }
            try walker.record(commit, old: before == nil ? nil : oldPath, new: now == nil ? nil : current, into: &result)
            path = oldPath
        }
        return result
    }
}

/// Tree lookups and parses for a log walk, cached by commit and blob.
private final class LogWalker {
    let repository: Repository
    let differ: StrategyDiffer

    init(repository: Repository) {
        self.repository = repository
        differ = StrategyDiffer(repository: repository)
    }

    /// The blob at `path` in a commit, or nil.
    ///
    /// Remembered for the last commits asked about: a walk asks for a commit and then for its parent,
    /// which is the next commit it asks for, so each commit's tree is read once. (libgit2 does not
    /// cache large trees, such as a folder of thousands of initiatives.)
    func blob(_ commit: ObjectID, _ path: String) throws(GitError) -> ObjectID? {
        let key = Key(commit: commit, path: path)
        if let known = blobs[key] { return known }
        let entry = try tree(commit).entry(atPath: path)
        let id = entry?.kind == .blob ? entry?.id : nil
        blobs[key] = .some(id)
        order.append(key)
        if order.count > 64 { blobs[order.removeFirst()] = nil }
        return id
    }

    private struct Key: Hashable {
        var commit: ObjectID
        var path: String
    }

    private var blobs: [Key: ObjectID?] = [:]
    private var order: [Key] = []

    /// Whether some parent of a merge has the same blob at `path`.
    func anyParent(of commit: Commit, has blob: ObjectID?, at path: String) throws(GitError) -> Bool {
        for parent in commit.parentIDs.dropFirst() where try self.blob(parent, path) == blob { return true }
        return false
    }

    /// The first of `paths` that the commit has.
    func firstPresent(_ paths: [String], in commit: ObjectID) throws(GitError) -> String? {
        for path in paths where try blob(commit, path) != nil { return path }
        return nil
    }

    /// The commit's root tree.
    private func tree(_ commit: ObjectID) throws(GitError) -> Tree {
        try repository.tree(try repository.commit(commit).treeID)
    }

    /// Where a file that appears in `commit` came from, if libgit2 sees it as a rename.
    func renameOrigin(of path: String, from parent: ObjectID, to commit: ObjectID) throws(GitError) -> String? {
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        let changes = try repository.changes(from: parent, to: commit, detectRenames: true, paths: [folder])
        return changes.first { $0.kind == .renamed && $0.newPath == path }?.oldPath
    }

    /// Adds the change a commit made to the entity's file (`old`/`new`: the paths in parent and commit).
    func record(_ commit: Commit, old: String?, new: String?, into log: inout EntityLog?) throws(GitError) {
        let parent = commit.parentIDs.first
        let oldSide = try side(parent, old)
        let newSide = try side(commit.id, new)
        guard let path = new ?? old, let entity = EntityDiff.entity(atPath: path) else { return }
        let oldID = old.flatMap { EntityDiff.entity(atPath: $0)?.id }
        guard let change = EntityDiff.change(entity.kind, id: entity.id, old: oldSide, new: newSide, oldID: oldID, similarity: 0)
        else { return }
        log?.entries.append(EntityLogEntry(commit: CommitSummary(commit), change: change))
    }

    private func side(_ commit: ObjectID?, _ path: String?) throws(GitError) -> EntitySide? {
        guard let commit, let path, let id = try blob(commit, path) else { return nil }
        return EntitySide(path: path, entry: try differ.entry(SnapshotFile(path: path, id: id), in: .commit(commit)))
    }
}
