import Clibgit2

/// Where the files of a ``Snapshot`` come from.
public enum SnapshotSource: Sendable, Hashable {
    /// The files on disk, as `git add -A` would stage them.
    case workTree
    /// The files staged in the index: what the next commit will contain.
    case index
    /// The tree of the commit a revision names (`HEAD`, `main~2`, `v1`, `a1b2c3d`).
    case revision(String)
    /// The tree of a commit.
    case commit(ObjectID)
}

/// One file of a snapshot: its path and the id of its content as a blob.
public struct SnapshotFile: Sendable, Hashable {
    /// The path from the root of the repository, `/`-separated, without `./`.
    public var path: String
    /// The blob id of the content (for the work tree: the id git would give the file).
    public var id: ObjectID

    /// Creates a file from its parts.
    public init(path: String, id: ObjectID) {
        self.path = path
        self.id = id
    }
}

/// A read-only view of the files at one revision: a commit's tree, the index, or the
/// work tree.
///
/// The list of files is taken once, when the snapshot is made, and sorted by the bytes
/// of the path (git's index order). Only regular files are listed (executable or not):
/// symbolic links and submodules are left out of every kind of snapshot alike, so that
/// all snapshots of the same content agree. Files of unresolved merge conflicts are not
/// in an index snapshot (``Index/conflicts`` lists them).
///
/// A work-tree snapshot lists what `git add -A` would stage: tracked files still on disk
/// and untracked files that `.gitignore` does not exclude; `.git` is never looked at.
/// Files that git's status finds unchanged keep their index id; the others are hashed
/// as `git add` hashes them, through the repository's filters (`core.autocrlf`,
/// `.gitattributes`, `working-tree-encoding`). ``read(_:)`` returns what `git add` would store:
/// the bytes on disk through the same filters, so a work tree and its index read alike.
///
/// - Complexity: a commit snapshot reads each tree once and no blobs; an index snapshot
///   reads the index; a work-tree snapshot costs a `git status` plus hashing the
///   changed and untracked files.
public final class Snapshot {
    /// The repository the snapshot reads from.
    public let repository: Repository
    /// Where the files come from.
    public let source: SnapshotSource
    /// The commit of a revision or commit snapshot; `nil` for the index and work tree.
    public let commitID: ObjectID?
    /// Every file, sorted by path.
    public let allFiles: [SnapshotFile]
    /// The entries of a commit's tree that git would refuse to check out (`..`, `.git`, a name
    /// with `/`…), in tree order; empty for the index and the work tree, which git never fills with
    /// such names. Files below a refused folder are still listed in ``allFiles``.
    public let refusedPaths: [RefusedPath]
    private let positions: [String: Int]
    /// Contents held in memory by blob id (an overlay's edited files, see `overlaying(_:)`).
    let memory: [ObjectID: [UInt8]]

    init(
        repository: Repository, source: SnapshotSource, commitID: ObjectID?, files: [SnapshotFile],
        memory: [ObjectID: [UInt8]] = [:], refusedPaths: [RefusedPath] = []
    ) {
        self.repository = repository
        self.source = source
        self.commitID = commitID
        self.memory = memory
        self.refusedPaths = refusedPaths
        let sorted = files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        allFiles = sorted
        var positions: [String: Int] = [:]
        positions.reserveCapacity(sorted.count)
        for (position, file) in sorted.enumerated() { positions[file.path] = position }
        self.positions = positions
    }

    /// The files at or below a folder (`"strategy"`, `"strategy/goals/"`; `""` for all),
    /// sorted by path.
    public func files(under prefix: String) throws(GitError) -> [SnapshotFile] {
        let clean = Self.normalizedPrefix(prefix)
        if clean.isEmpty { return allFiles }
        return allFiles.filter { Self.path($0.path, isUnder: [clean]) }
    }

    /// The file at a path, or `nil` when the snapshot has no regular file there.
    public func file(at path: String) throws(GitError) -> SnapshotFile? {
        positions[Self.normalizedPrefix(path)].map { allFiles[$0] }
    }

    /// The bytes of a file: the blob for a commit or index snapshot; for a work-tree snapshot the
    /// file on disk as `git add` would store it (working-tree-encoding converted to UTF-8, line
    /// endings as the `text`/`eol` attributes and `core.autocrlf` say). A file larger than ``Repository/defaultBlobLimit`` is refused before
    /// it is read or inflated (``GitError/isTooLarge``).
    ///
    /// The corresponding libgit2 functions are `git_odb_read_header` and `git_blob_rawcontent`.
    public func read(_ file: SnapshotFile) throws(GitError) -> [UInt8] {
        try read(file, limit: Repository.defaultBlobLimit)
    }

    /// The bytes of a file, refused before it is read or inflated when it is larger than `limit`
    /// bytes (``GitError/isTooLarge``).
    public func read(_ file: SnapshotFile, limit: Int) throws(GitError) -> [UInt8] {
        if let bytes = memory[file.id] { return bytes }
        guard source == .workTree else { return try repository.blobBytes(file.id, limit: limit) }
        let path = Self.normalizedPrefix(file.path)
        guard let root = repository.workDirectory, !path.isEmpty,
            !path.split(separator: "/").contains(where: { $0 == ".." || $0 == ".git" })
        else {
            throw GitError(
                code: GitError.Code.notFound, klass: GitError.Class.invalid,
                message: "'\(file.path)' is not a file of the work tree"
            )
        }
        let raw = try FileSystem.contents(atPath: root + "/" + path, limit: limit)
        return try repository.cleanedWorkTreeBytes(raw, path: path)
    }

    /// A path or folder without `./`, leading or trailing slashes, or empty segments.
    static func normalizedPrefix(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }.joined(separator: "/")
    }

    /// Whether a path is one of the prefixes or inside one of them (`""` matches all).
    static func path(_ path: String?, isUnder prefixes: [String]) -> Bool {
        guard let path else { return false }
        return prefixes.contains { prefix in
            prefix.isEmpty || path == prefix
                || (path.hasPrefix(prefix) && path.utf8.dropFirst(prefix.utf8.count).first == UInt8(ascii: "/"))
        }
    }
}

@available(*, unavailable, message: "a Snapshot keeps its Repository handle; pass SnapshotFiles and bytes between tasks")
extension Snapshot: Sendable {}

extension Repository {
    /// Takes a snapshot of the files at a revision, in the index or in the work tree.
    ///
    /// Errors: a bare repository has no work tree (and no index unless `GIT_INDEX_FILE`
    /// named one); a revision must name a commit ("unknown revision 'xyz'").
    /// The corresponding libgit2 functions are `git_tree_entry_byindex`,
    /// `git_repository_index` and `git_status_list_new`.
    public func snapshot(_ source: SnapshotSource) throws(GitError) -> Snapshot {
        switch source {
        case .revision(let revision):
            return try treeSnapshot(of: commit(revision: revision), source: source)
        case .commit(let id):
            return try treeSnapshot(of: commit(id), source: source)
        case .index:
            let files = try index().entries.filter { $0.isRegularFile && !$0.isIntentToAdd }
            return Snapshot(
                repository: self, source: source, commitID: nil,
                files: files.map { SnapshotFile(path: $0.path, id: $0.id) }
            )
        case .workTree:
            return Snapshot(repository: self, source: source, commitID: nil, files: try workTreeFiles())
        }
    }

    private func treeSnapshot(of commit: Commit, source: SnapshotSource) throws(GitError) -> Snapshot {
        let (entries, refused) = try commit.tree().listEntriesCheckingNames()
        let files = entries.filter(\.isRegularFile).map { SnapshotFile(path: $0.path, id: $0.id) }
        return Snapshot(repository: self, source: source, commitID: commit.id, files: files, refusedPaths: refused)
    }
}
