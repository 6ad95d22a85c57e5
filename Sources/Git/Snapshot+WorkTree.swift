import Clibgit2

extension Repository {
    /// The regular files `git add -A` would stage, with the ids git would give them.
    ///
    /// Starts from the index's regular files, then applies what git's status reports
    /// between the index and the work tree: deleted files leave, new (not ignored) files
    /// join, and changed files are hashed again. Unchanged files keep their index id, so a
    /// large clean work tree costs no hashing.
    /// The corresponding libgit2 functions are `git_status_list_new` and
    /// `git_repository_hashfile`.
    func workTreeFiles() throws(GitError) -> [SnapshotFile] {
        guard let root = workDirectory else {
            throw GitError(
                code: GitError.Code.bareRepository, klass: GitError.Class.repository,
                message: "the repository at '\(gitDirectory)' is bare: it has no work tree; name a revision instead"
            )
        }
        let index = try index()
        var files: [String: ObjectID] = [:]
        var toHash: Set<String> = []
        for entry in index.allEntries {
            if entry.stage == 0 && entry.isRegularFile && !entry.isIntentToAdd {
                files[entry.path] = entry.id
            } else if entry.stage != 0 || entry.isIntentToAdd {
                toHash.insert(entry.path)  // on disk, git add -A stages whatever is there
            }
        }
        for (path, status) in try workTreeStatus() {
            let worktreeBits =
                GIT_STATUS_WT_MODIFIED.rawValue | GIT_STATUS_WT_TYPECHANGE.rawValue
                | GIT_STATUS_WT_NEW.rawValue | GIT_STATUS_CONFLICTED.rawValue
            if status & GIT_STATUS_WT_DELETED.rawValue != 0 {
                files[path] = nil
                toHash.remove(path)
            } else if status & worktreeBits != 0 {
                files[path] = nil
                toHash.insert(path)
            }
        }
        for path in toHash.sorted() where FileSystem.kind(atPath: root + "/" + path) == .regularFile {
            files[path] =
                try workingTreeEncoding(of: path) == nil
                ? hashWorkTreeFile(path) : hashCleanedWorkTreeFile(path, root: root)
        }
        return files.map { SnapshotFile(path: $0.key, id: $0.value) }
    }

    /// What git's status reports between the index and the work tree, file by file:
    /// untracked files are listed one by one, ignored files and submodules not at all.
    ///
    /// The corresponding libgit2 function is `git_status_list_new`.
    private func workTreeStatus() throws(GitError) -> [(path: String, status: UInt32)] {
        var options = git_status_options()
        try Libgit2.call { git_status_options_init(&options, UInt32(GIT_STATUS_OPTIONS_VERSION)) }
        options.show = GIT_STATUS_SHOW_WORKDIR_ONLY
        options.flags =
            GIT_STATUS_OPT_INCLUDE_UNTRACKED.rawValue | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS.rawValue
            | GIT_STATUS_OPT_EXCLUDE_SUBMODULES.rawValue
        let list = try Libgit2.make { git_status_list_new($0, pointer, &options) }
        defer { git_status_list_free(list) }
        var result: [(path: String, status: UInt32)] = []
        for position in 0..<git_status_list_entrycount(list) {
            guard let entry = git_status_byindex(list, position), let delta = entry.pointee.index_to_workdir else {
                continue
            }
            let file = delta.pointee.new_file.path ?? delta.pointee.old_file.path
            result.append((string(file), entry.pointee.status.rawValue))
        }
        return result
    }

    /// Hashes a work-tree file as `git add` would, through the repository's filters (files with a
    /// `working-tree-encoding` go through ``hashCleanedWorkTreeFile(_:root:)``, since libgit2 1.5.1
    /// does not convert encodings).
    ///
    /// The corresponding libgit2 function is `git_repository_hashfile`.
    private func hashWorkTreeFile(_ path: String) throws(GitError) -> ObjectID {
        var oid = git_oid()
        do {
            try Libgit2.call { git_repository_hashfile(&oid, pointer, path, GIT_OBJECT_BLOB, path) }
        } catch {
            throw error.rephrased("could not hash '\(path)' in the work tree: \(error.message)")
        }
        return ObjectID(oid)
    }
}
