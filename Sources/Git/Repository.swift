import Clibgit2

/// An open git repository: a work tree with its `.git` folder, or a bare repository.
///
/// Everything read from a repository (commits, trees, indexes, snapshots) keeps the
/// repository alive, so a `Repository` may be dropped as soon as the caller has what it
/// needs. A repository is a handle on libgit2 state and is not `Sendable`: open one per
/// task and pass ``ObjectID``s, bytes and paths between tasks instead.
public final class Repository {
    /// The libgit2 repository; freed when the last object that uses it goes away.
    let pointer: OpaquePointer
    /// Whether an index file was named explicitly (`GIT_INDEX_FILE`), so that even a bare
    /// repository has an index to read.
    var hasExplicitIndex: Bool
    /// The push's quarantine (`GIT_QUARANTINE_PATH`) when opened inside a pre-receive hook.
    public internal(set) var quarantineDirectory: String?
    /// An object database of the quarantine alone, for ``isInQuarantine(_:)``.
    var quarantineDatabase: OpaquePointer?
    /// The commits where the history of a push from a shallow clone is cut off (`GIT_SHALLOW_FILE`,
    /// which git hands a pre-receive hook for such a push); empty otherwise.
    public internal(set) var pushShallowCommits: Set<ObjectID> = []

    init(pointer: OpaquePointer, hasExplicitIndex: Bool = false) {
        self.pointer = pointer
        self.hasExplicitIndex = hasExplicitIndex
    }

    deinit {
        if let quarantineDatabase { git_odb_free(quarantineDatabase) }
        git_repository_free(pointer)
    }

    /// Finds the repository that contains `path`, walking up through parent folders as
    /// `git -C path` does; works from inside a bare repository too.
    ///
    /// The corresponding libgit2 function is `git_repository_open_ext`.
    public static func discover(from path: String) throws(GitError) -> Repository {
        let repository: Repository
        do {
            repository = Repository(pointer: try openHonouringSafeDirectory(path) { git_repository_open_ext($0, path, 0, nil) })
        } catch {
            throw error.isNotFound
                ? error.rephrased("no git repository at '\(path)' or in any folder above it")
                : error
        }
        try repository.installLooseObjectGuard()
        return repository
    }

    /// Opens the repository at exactly `path`: a bare repository, a `.git` folder, or a
    /// work tree whose `.git` is directly inside it. Parent folders are not searched.
    ///
    /// The corresponding libgit2 function is `git_repository_open_ext`.
    public static func open(at path: String) throws(GitError) -> Repository {
        let repository = try openUnguarded(at: path)
        try repository.installLooseObjectGuard()
        return repository
    }

    /// Opens the repository at exactly `path` without tryg's reader of loose objects (the caller
    /// installs it once the object folders are final).
    static func openUnguarded(at path: String) throws(GitError) -> Repository {
        do {
            let flags = GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue
            let pointer = try openHonouringSafeDirectory(path) { git_repository_open_ext($0, path, flags, nil) }
            return Repository(pointer: pointer)
        } catch {
            throw error.isNotFound ? error.rephrased("no git repository at '\(path)'") : error
        }
    }

    /// Lets libgit2 open repositories that belong to another user (or not).
    ///
    /// libgit2, like git, refuses by default to open a repository owned by someone else
    /// (`safe.directory`). This switch affects the whole process; tryg leaves the check on.
    /// The corresponding libgit2 function is `git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION)`.
    public static func setOwnerValidation(_ enabled: Bool) throws(GitError) {
        try Libgit2.setOwnerValidation(enabled)
    }

    /// The repository's git folder (`.git`, or the bare repository itself), without a
    /// trailing slash.
    ///
    /// The corresponding libgit2 function is `git_repository_path`.
    public var gitDirectory: String {
        Self.trimmingSlash(string(git_repository_path(pointer)))
    }

    /// The git folder shared by all work trees of the repository, without a trailing slash: for a
    /// linked work tree (`git worktree add`) the main repository's git folder, where git keeps
    /// refs, objects, config and hooks; otherwise the same as ``gitDirectory``.
    ///
    /// The corresponding libgit2 function is `git_repository_commondir`.
    public var commonDirectory: String {
        guard let path = git_repository_commondir(pointer) else { return gitDirectory }
        return Self.trimmingSlash(String(cString: path))
    }

    /// The top folder of the work tree without a trailing slash, or `nil` for a bare
    /// repository.
    ///
    /// The corresponding libgit2 function is `git_repository_workdir`.
    public var workDirectory: String? {
        guard let path = git_repository_workdir(pointer) else { return nil }
        return Self.trimmingSlash(String(cString: path))
    }

    /// Whether the repository has no work tree.
    ///
    /// The corresponding libgit2 function is `git_repository_is_bare`.
    public var isBare: Bool {
        git_repository_is_bare(pointer) == 1
    }

    /// Whether HEAD names a branch that has no commits yet (a new repository).
    ///
    /// The corresponding libgit2 function is `git_repository_head_unborn`.
    public var isHeadUnborn: Bool {
        git_repository_head_unborn(pointer) == 1
    }

    /// Reads a configuration value as text (repository, global and system configuration,
    /// as git would), or `nil` when it is not set or cannot be read.
    ///
    /// The corresponding libgit2 function is `git_config_get_string_buf`.
    public func configString(_ key: String) -> String? {
        guard let config = try? Libgit2.make({ git_repository_config($0, pointer) }) else { return nil }
        defer { git_config_free(config) }
        return try? Libgit2.string { git_config_get_string_buf($0, config, key) }
    }

    /// A description of the repository for messages: its work tree, or its git folder
    /// when it is bare.
    var displayPath: String {
        workDirectory ?? gitDirectory
    }

    private static func trimmingSlash(_ path: String) -> String {
        path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}

@available(*, unavailable, message: "a Repository is a libgit2 handle; pass ObjectIDs, bytes and paths between tasks")
extension Repository: Sendable {}
