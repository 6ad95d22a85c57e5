import Clibgit2

/// One entry of the index (the staging area): a path, the blob staged for it, its mode
/// and its merge stage.
public struct IndexEntry: Sendable, Hashable {
    /// The path from the root of the repository, `/`-separated.
    public var path: String
    /// The id of the staged blob (or, for a submodule, commit).
    public var id: ObjectID
    /// The git file mode (`0o100644`, `0o100755`, `0o120000`, `0o160000`).
    public var mode: UInt32
    /// `0` for a normal entry; `1` (common ancestor), `2` (ours) or `3` (theirs) while a
    /// merge conflict is unresolved.
    public var stage: Int
    /// Whether the path was added with `git add --intent-to-add`: known, but with no
    /// content staged yet (a commit will not contain it).
    public var isIntentToAdd: Bool

    /// Creates an entry from its parts.
    public init(path: String, id: ObjectID, mode: UInt32, stage: Int = 0, isIntentToAdd: Bool = false) {
        self.path = path
        self.id = id
        self.mode = mode
        self.stage = stage
        self.isIntentToAdd = isIntentToAdd
    }

    /// Whether the entry is a regular file (executable or not).
    public var isRegularFile: Bool { mode == 0o100644 || mode == 0o100755 }

    /// Copies a libgit2 index entry.
    init(_ entry: UnsafePointer<git_index_entry>) {
        let flags = UInt32(entry.pointee.flags)
        let extended = UInt32(entry.pointee.flags_extended)
        self.init(
            path: string(entry.pointee.path),
            id: ObjectID(entry.pointee.id),
            mode: entry.pointee.mode,
            stage: Int((flags & UInt32(GIT_INDEX_ENTRY_STAGEMASK)) >> UInt32(GIT_INDEX_ENTRY_STAGESHIFT)),
            isIntentToAdd: extended & GIT_INDEX_ENTRY_INTENT_TO_ADD.rawValue != 0
        )
    }
}

/// The index (staging area) of a repository, as it was on disk when it was read.
///
/// The entries are copied out of libgit2 once, in the index's order (sorted by path,
/// then stage).
public final class Index {
    /// The repository the index belongs to.
    public let repository: Repository
    /// Every entry, all stages.
    public let allEntries: [IndexEntry]
    private let positions: [String: Int]

    init(repository: Repository, index: OpaquePointer) {
        self.repository = repository
        let count = git_index_entrycount(index)
        var entries: [IndexEntry] = []
        entries.reserveCapacity(count)
        for position in 0..<count {
            if let entry = git_index_get_byindex(index, position) { entries.append(IndexEntry(entry)) }
        }
        allEntries = entries
        var positions: [String: Int] = [:]
        for (position, entry) in entries.enumerated() where entry.stage == 0 {
            positions[entry.path] = position
        }
        self.positions = positions
    }

    /// The normal (stage 0) entries, sorted by path.
    public var entries: [IndexEntry] { allEntries.filter { $0.stage == 0 } }

    /// The entries of unresolved merge conflicts (stages 1 to 3), sorted by path.
    public var conflicts: [IndexEntry] { allEntries.filter { $0.stage != 0 } }

    /// Whether a merge conflict is unresolved.
    public var hasConflicts: Bool { allEntries.contains { $0.stage != 0 } }

    /// The normal (stage 0) entry at a path, or `nil`.
    public func entry(atPath path: String) -> IndexEntry? {
        positions[path].map { allEntries[$0] }
    }

    /// The entry at a path and stage, or `nil`.
    public func entry(atPath path: String, stage: Int) -> IndexEntry? {
        stage == 0 ? entry(atPath: path) : allEntries.first { $0.path == path && $0.stage == stage }
    }
}

@available(*, unavailable, message: "an Index keeps its Repository handle; pass entries between tasks")
extension Index: Sendable {}

extension Repository {
    /// Reads the index: the one named by `GIT_INDEX_FILE` when the repository was opened
    /// from a hook's environment, otherwise `.git/index`, re-read if it changed on disk.
    ///
    /// A bare repository has no index unless one was named: that is an error.
    /// The corresponding libgit2 functions are `git_repository_index` and `git_index_read`.
    public func index() throws(GitError) -> Index {
        if isBare && !hasExplicitIndex {
            throw GitError(
                code: GitError.Code.bareRepository, klass: GitError.Class.repository,
                message: "the repository at '\(gitDirectory)' is bare: it has no index; name a revision instead"
            )
        }
        let index = try Libgit2.make { git_repository_index($0, pointer) }
        defer { git_index_free(index) }
        try Libgit2.call { git_index_read(index, 0) }
        return Index(repository: self, index: index)
    }

    /// Splits `:path` and `:N:path` (an entry of the index, as git writes it); `nil` for
    /// any other revision, including `:/text` (a search of commit messages).
    static func indexRevision(_ revision: String) -> (stage: Int, path: String)? {
        guard revision.hasPrefix(":"), !revision.hasPrefix(":/") else { return nil }
        let rest = revision.dropFirst()
        let parts = rest.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 2, let stage = Int(parts[0]), (0...3).contains(stage), parts[0].count == 1 {
            return (stage, String(parts[1]))
        }
        return (0, String(rest))
    }

    /// Resolves `:path` by reading the index, which libgit2 1.5.1's revision parser cannot.
    func resolveInIndex(_ revision: String, stage: Int, path: String) throws(GitError) -> ObjectID {
        let clean = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        guard let entry = try index().entry(atPath: clean, stage: stage) else {
            throw GitError(
                code: GitError.Code.notFound, klass: GitError.Class.index,
                message: "unknown revision '\(revision)': '\(clean)' is not in the index"
                    + (stage == 0 ? "" : " at stage \(stage)")
            )
        }
        return entry.id
    }
}
