import Git
import JSON

/// Finds the semantic difference between two snapshots of the strategy.
///
/// The cost grows with the size of the change, not of the strategy: two commits are compared by
/// walking their trees side by side (identical subtrees are skipped without being read), other
/// snapshots by the blob ids of their files; only files whose blob differs are read and parsed, each
/// blob once — through the ``DocumentCache`` the validation of the same snapshots shares, so a blob
/// is parsed once for both. A file that was renamed *and* changed its id is found by one rename
/// detection for every kind of snapshot (removed and added files of the same kind that share at
/// least half their lines) and reported as a suspected id change.
public final class StrategyDiffer {
    /// One end of a comparison.
    public enum End {
        /// A commit: compared through its tree.
        case commit(ObjectID)
        /// Any snapshot (the index, the work tree, or a commit's).
        case snapshot(Snapshot)
    }

    /// The folder that holds the strategy.
    public static let root = "strategy"

    public let repository: Repository
    /// The parses, shared with whatever else reads the same snapshots.
    public let documents: DocumentCache

    /// How many blobs the cache has parsed (for tests and benchmarks).
    public var parseCount: Int { documents.parseCount }

    public init(repository: Repository, documents: DocumentCache = DocumentCache()) {
        self.repository = repository
        self.documents = documents
    }

    /// The semantic difference from `old` to `new`.
    /// - Throws: `GitError` when a commit, tree or file cannot be read.
    public func diff(from old: End, to new: End) throws(GitError) -> StrategyDiff {
        let found: [FilePair]
        if case .commit(let a) = old, case .commit(let b) = new {
            found = try treePairs(a, b)
        } else {
            found = try listingPairs(old, new)
        }
        let pairs = try Self.detectRenames(
            found,
            similarity: { a, b throws(GitError) in
                Self.lineSimilarity(try self.bytes(a, old), try self.bytes(b, new))
            })
        var changes: [EntityChange] = []
        for pair in pairs {
            changes += try entityChanges(pair, old: old, new: new)
        }
        return StrategyDiff(changes: changes)
    }

    /// The parse of one blob, from the shared cache.
    public func entry(_ file: SnapshotFile, in end: End) throws(GitError) -> DocumentCache.Entry {
        switch end {
        case .commit: return try documents.document(for: file, in: repository)
        case .snapshot(let snapshot): return try documents.document(for: file, in: snapshot)
        }
    }

    private func bytes(_ file: SnapshotFile, _ end: End) throws(GitError) -> [UInt8] {
        switch end {
        case .commit: return try repository.blobBytes(file.id)
        case .snapshot(let snapshot): return try snapshot.read(file)
        }
    }

    /// The entity changes one pair of files makes (two when a rename crosses kinds of entity).
    private func entityChanges(_ pair: FilePair, old: End, new: End) throws(GitError) -> [EntityChange] {
        let oldEntity = pair.old.flatMap { EntityDiff.entity(atPath: $0.path) }
        let newEntity = pair.new.flatMap { EntityDiff.entity(atPath: $0.path) }
        let oldSide = try pair.old.map { file throws(GitError) in EntitySide(path: file.path, entry: try entry(file, in: old)) }
        let newSide = try pair.new.map { file throws(GitError) in EntitySide(path: file.path, entry: try entry(file, in: new)) }
        switch (oldEntity, newEntity) {
        case (let a?, let b?) where a.kind == b.kind:
            return [
                EntityDiff.change(
                    b.kind, id: b.id, old: oldSide, new: newSide, oldID: a.id, similarity: pair.similarity)
            ].compactMap { $0 }
        default:
            var result: [EntityChange] = []
            if let a = oldEntity, let change = EntityDiff.change(a.kind, id: a.id, old: oldSide, new: nil) {
                result.append(change)
            }
            if let b = newEntity, let change = EntityDiff.change(b.kind, id: b.id, old: nil, new: newSide) {
                result.append(change)
            }
            return result
        }
    }
}

/// Two files compared with each other (either may be absent).
struct FilePair {
    var old: SnapshotFile?
    var new: SnapshotFile?
    /// For a rename: how alike the two files are (0–100).
    var similarity = 0
}

extension StrategyDiffer {
    /// The changed files between two commits, from the side-by-side tree walk.
    func treePairs(_ old: ObjectID, _ new: ObjectID) throws(GitError) -> [FilePair] {
        let changes = try repository.changedFiles(from: old, to: new, under: [Self.root])
        return changes.compactMap { change in
            let oldFile = Self.file(change.oldPath, change.oldID)
            let newFile = Self.file(change.newPath, change.newID)
            switch change.kind {
            case .added, .copied: return newFile.map { FilePair(old: nil, new: $0) }
            case .deleted: return oldFile.map { FilePair(old: $0, new: nil) }
            case .modified, .typeChanged: return FilePair(old: oldFile, new: newFile)
            case .renamed: return FilePair(old: oldFile, new: newFile, similarity: change.similarity)
            }
        }
    }

    private static func file(_ path: String?, _ id: ObjectID?) -> SnapshotFile? {
        guard let path, let id else { return nil }
        return SnapshotFile(path: path, id: id)
    }

    /// The changed files between two listings, paired by path.
    func listingPairs(_ old: End, _ new: End) throws(GitError) -> [FilePair] {
        let a = try listing(old), b = try listing(new)
        var pairs: [FilePair] = []
        for (path, id) in b where a[path] != id {
            pairs.append(FilePair(old: a[path].map { SnapshotFile(path: path, id: $0) }, new: SnapshotFile(path: path, id: id)))
        }
        for (path, id) in a where b[path] == nil {
            pairs.append(FilePair(old: SnapshotFile(path: path, id: id), new: nil))
        }
        return pairs.sorted { ($0.new ?? $0.old)?.path ?? "" < ($1.new ?? $1.old)?.path ?? "" }
    }

    /// The strategy's files at one end, by path.
    func listing(_ end: End) throws(GitError) -> [String: ObjectID] {
        var files: [String: ObjectID] = [:]
        switch end {
        case .snapshot(let snapshot):
            for file in try snapshot.files(under: Self.root) { files[file.path] = file.id }
        case .commit(let id):
            guard let entry = try repository.commit(id).tree().entry(atPath: Self.root), entry.kind == .tree else {
                return [:]
            }
            for item in try repository.tree(entry.id).listEntries(recursive: true) where item.isRegularFile {
                files[Self.root + "/" + item.path] = item.id
            }
        }
        return files
    }

    /// Pairs removed and added entity files that are at least 50% alike as renames, best pairs first.
    static func detectRenames(
        _ pairs: [FilePair], similarity: (SnapshotFile, SnapshotFile) throws(GitError) -> Int
    ) throws(GitError) -> [FilePair] {
        let removed = pairs.indices.filter { pairs[$0].new == nil && EntityDiff.entity(atPath: pairs[$0].old?.path ?? "") != nil }
        let added = pairs.indices.filter { pairs[$0].old == nil && EntityDiff.entity(atPath: pairs[$0].new?.path ?? "") != nil }
        guard !removed.isEmpty, !added.isEmpty else { return pairs }
        var candidates: [(score: Int, removed: Int, added: Int)] = []
        for r in removed {
            for a in added {
                guard let old = pairs[r].old, let new = pairs[a].new,
                    EntityDiff.entity(atPath: old.path)?.kind == EntityDiff.entity(atPath: new.path)?.kind
                else { continue }
                let score = old.id == new.id ? 100 : try similarity(old, new)
                if score >= 50 { candidates.append((score, r, a)) }
            }
        }
        var result = pairs
        var used = Set<Int>()
        for candidate in candidates.sorted(by: { $0.score > $1.score }) {
            guard !used.contains(candidate.removed), !used.contains(candidate.added) else { continue }
            used.formUnion([candidate.removed, candidate.added])
            result[candidate.added].old = pairs[candidate.removed].old
            result[candidate.added].similarity = candidate.score
        }
        return result.enumerated().filter { !(removed.contains($0.offset) && used.contains($0.offset)) }.map(\.element)
    }

    /// How alike two files are, 0–100: the share of lines they have in common (as a multiset).
    static func lineSimilarity(_ a: [UInt8], _ b: [UInt8]) -> Int {
        let linesA = a.split(separator: 0x0A, omittingEmptySubsequences: false)
        let linesB = b.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard !linesA.isEmpty || !linesB.isEmpty else { return 100 }
        var counts: [ArraySlice<UInt8>: Int] = [:]
        for line in linesA { counts[line, default: 0] += 1 }
        var common = 0
        for line in linesB where (counts[line] ?? 0) > 0 {
            counts[line, default: 0] -= 1
            common += 1
        }
        return 200 * common / (linesA.count + linesB.count)
    }
}
