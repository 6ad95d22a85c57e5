import Clibgit2
import Foundation

extension Repository {
    /// Opens the repository the way git hands it to a hook: from `GIT_DIR` (or by
    /// searching up from the current folder), with the index of `GIT_INDEX_FILE` and the
    /// objects of `GIT_OBJECT_DIRECTORY` and `GIT_ALTERNATE_OBJECT_DIRECTORIES`.
    ///
    /// A pre-receive hook must open the repository this way: the pushed objects sit in a
    /// quarantine folder that only these variables name. A pre-commit hook run by
    /// `git commit -a` or `git commit PATH` sees a temporary index through
    /// `GIT_INDEX_FILE`. Honoured variables:
    ///
    /// - `GIT_DIR` (relative paths are taken from `currentDirectory`); when it is not set,
    ///   the repository is searched for from `currentDirectory` upwards, stopping at
    ///   `GIT_CEILING_DIRECTORIES` and, unless `GIT_DISCOVERY_ACROSS_FILESYSTEM` is true,
    ///   at file-system boundaries;
    /// - `GIT_WORK_TREE`: the work tree; otherwise `core.worktree`, or, as in git, the current
    ///   folder when `GIT_DIR` is set (for a repository that is not bare), or the parent of a
    ///   discovered `.git` folder, or none for a bare repository;
    /// - `GIT_INDEX_FILE`: the index to read (a missing file reads as an empty index);
    /// - `GIT_OBJECT_DIRECTORY`: replaces the object folder;
    /// - `GIT_ALTERNATE_OBJECT_DIRECTORIES`: more object folders, `:`-separated, entries
    ///   with a `:` C-quoted as git writes them;
    /// - `GIT_NAMESPACE`: the reference namespace;
    /// - `GIT_QUARANTINE_PATH`: the push's quarantine (see ``isInQuarantine(_:)``);
    /// - `GIT_SHALLOW_FILE`: where a push from a shallow clone is cut off (``pushShallowCommits``);
    /// - `GIT_COMMON_DIR`: accepted only when it names the common folder libgit2 finds
    ///   itself (a linked work tree's `commondir`); libgit2 1.5.1 cannot split the two.
    ///
    /// libgit2's own `GIT_REPOSITORY_OPEN_FROM_ENV` reads the same variables but refuses
    /// `GIT_WORK_TREE` and `GIT_COMMON_DIR` and only reads the process environment, so the
    /// variables are applied here one by one, which also lets tests pass an explicit
    /// environment.
    ///
    /// - Parameters:
    ///   - environment: the variables to honour; the process environment by default.
    ///   - currentDirectory: the folder relative paths start from; the process's current
    ///     folder by default.
    /// The corresponding libgit2 functions are `git_repository_open_ext`,
    /// `git_repository_set_workdir`, `git_odb_open`, `git_odb_add_disk_alternate`,
    /// `git_repository_set_odb`, `git_index_open` and `git_repository_set_index`.
    public static func openFromEnvironment(
        _ environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String? = nil
    ) throws(GitError) -> Repository {
        let processDirectory = FileManager.default.currentDirectoryPath
        let start = currentDirectory.map { $0.hasPrefix("/") ? $0 : processDirectory + "/" + $0 } ?? processDirectory
        let settings = HookEnvironment(environment, currentDirectory: HookEnvironment.normalized(start))
        let repository: Repository
        if let gitDirectory = settings.path("GIT_DIR") {
            repository = try openUnguarded(at: gitDirectory)
        } else {
            repository = try discover(from: settings.currentDirectory, settings: settings)
        }
        try repository.apply(settings)
        try repository.installLooseObjectGuard(
            objectDirectory: settings.path("GIT_OBJECT_DIRECTORY"),
            alternates: settings.pathList("GIT_ALTERNATE_OBJECT_DIRECTORIES"))
        return repository
    }

    /// Searches for a repository from a folder, honouring the discovery variables.
    private static func discover(from path: String, settings: HookEnvironment) throws(GitError) -> Repository {
        let crossFileSystems = ["1", "true", "yes", "on"].contains(
            settings.value("GIT_DISCOVERY_ACROSS_FILESYSTEM")?.lowercased() ?? "")
        let flags = crossFileSystems ? GIT_REPOSITORY_OPEN_CROSS_FS.rawValue : 0
        let ceilings = settings.value("GIT_CEILING_DIRECTORIES")
        do {
            let pointer = try openHonouringSafeDirectory(path) { git_repository_open_ext($0, path, flags, ceilings) }
            return Repository(pointer: pointer)
        } catch {
            throw error.isNotFound
                ? error.rephrased("no git repository at '\(path)' or in any folder above it (GIT_DIR is not set)")
                : error
        }
    }

    /// Applies the work tree, object folders, index and namespace named by a hook's
    /// environment to this freshly opened repository.
    private func apply(_ settings: HookEnvironment) throws(GitError) {
        if let common = settings.path("GIT_COMMON_DIR") {
            let found = HookEnvironment.canonical(string(git_repository_commondir(pointer)))
            guard HookEnvironment.canonical(common) == found else {
                throw GitError(
                    code: GitError.Code.generic, klass: GitError.Class.repository,
                    message: Messages.commonDirectoryMismatch(common, found: found)
                )
            }
        }
        // As git: GIT_DIR without GIT_WORK_TREE or core.worktree makes the current folder the top of
        // the work tree of a repository that is not bare.
        let gitDirOnly = settings.value("GIT_DIR") != nil && !isBare && configString("core.worktree") == nil
        // libgit2 1.5.1 leaks the path when it equals the current work tree: skip that call.
        if let workTree = settings.path("GIT_WORK_TREE") ?? (gitDirOnly ? settings.currentDirectory : nil),
            workDirectory.map(HookEnvironment.canonical) != HookEnvironment.canonical(workTree)
        {
            try Libgit2.call { git_repository_set_workdir(pointer, workTree, 0) }
        }
        try applyObjectDirectories(settings)
        if let indexFile = settings.path("GIT_INDEX_FILE") {
            let index = try Libgit2.make { git_index_open($0, indexFile) }
            defer { git_index_free(index) }
            try Libgit2.call { git_repository_set_index(pointer, index) }
            hasExplicitIndex = true
        }
        try applyPushSettings(settings)
        if let namespace = settings.value("GIT_NAMESPACE") {
            try Libgit2.call { git_repository_set_namespace(pointer, namespace) }
        }
    }

    /// What git hands a pre-receive hook about the push: its quarantine (`GIT_QUARANTINE_PATH`) and,
    /// for a push from a shallow clone, where its history is cut off (`GIT_SHALLOW_FILE`).
    private func applyPushSettings(_ settings: HookEnvironment) throws(GitError) {
        if let shallow = settings.path("GIT_SHALLOW_FILE"),
            let bytes = try? FileSystem.contents(atPath: shallow, limit: 64 << 20)
        {
            pushShallowCommits = Set(
                String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap {
                    ObjectID(hex: String($0))
                })
        }
        if let quarantine = settings.path("GIT_QUARANTINE_PATH") {
            quarantineDatabase = try Libgit2.make { git_odb_open($0, quarantine) }
            quarantineDirectory = quarantine
        }
    }

    /// Replaces the object folder (`GIT_OBJECT_DIRECTORY`) and adds alternates
    /// (`GIT_ALTERNATE_OBJECT_DIRECTORIES`), as git does for a hook during a push.
    private func applyObjectDirectories(_ settings: HookEnvironment) throws(GitError) {
        let alternates = settings.pathList("GIT_ALTERNATE_OBJECT_DIRECTORIES")
        let objectDirectory = settings.path("GIT_OBJECT_DIRECTORY")
        guard objectDirectory != nil || !alternates.isEmpty else { return }
        let odb: OpaquePointer
        if let objectDirectory {
            odb = try Libgit2.make { git_odb_open($0, objectDirectory) }
        } else {
            odb = try Libgit2.make { git_repository_odb($0, pointer) }
        }
        defer { git_odb_free(odb) }
        for alternate in alternates {
            try Libgit2.call { git_odb_add_disk_alternate(odb, alternate) }
        }
        if objectDirectory != nil {
            try Libgit2.call { git_repository_set_odb(pointer, odb) }
        }
    }
}

/// The variables of a hook's environment, with paths made absolute.
struct HookEnvironment {
    let variables: [String: String]
    let currentDirectory: String

    init(_ variables: [String: String], currentDirectory: String) {
        self.variables = variables
        self.currentDirectory = currentDirectory
    }

    /// A variable's value; an empty value counts as unset, as in git.
    func value(_ name: String) -> String? {
        guard let value = variables[name], !value.isEmpty else { return nil }
        return value
    }

    /// A variable holding a path, made absolute from the current folder.
    func path(_ name: String) -> String? {
        value(name).map(absolute)
    }

    /// A variable holding `:`-separated paths, each made absolute; empty entries skipped. An entry
    /// that starts with `"` is C-quoted, as git writes entries that contain `:` (for example the
    /// alternates it hands a pre-receive hook for a repository at a path with `:`).
    func pathList(_ name: String) -> [String] {
        var rest = Substring(value(name) ?? "")
        var paths: [String] = []
        while !rest.isEmpty {
            if rest.hasPrefix("\""), let (path, after) = GitQuoting.unquoted(String(rest)),
                after.isEmpty || after.hasPrefix(":")
            {
                paths.append(absolute(path))
                rest = after.dropFirst()
                continue
            }
            let end = rest.firstIndex(of: ":") ?? rest.endIndex
            if end > rest.startIndex { paths.append(absolute(String(rest[..<end]))) }
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : ""
        }
        return paths
    }

    private func absolute(_ path: String) -> String {
        Self.normalized(path.hasPrefix("/") ? path : currentDirectory + "/" + path)
    }

    /// An absolute path without `.`/`..` segments or a trailing slash (symbolic links kept).
    static func normalized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardized.path
    }

    /// A path with symbolic links resolved and without a trailing slash, for comparing.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardized.path
    }
}
