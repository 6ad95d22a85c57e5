import Clibgit2

extension Repository {
    /// Whether HEAD points straight at a commit instead of naming a branch.
    ///
    /// The corresponding libgit2 function is `git_repository_head_detached`.
    public var isHeadDetached: Bool {
        Libgit2.ensureInitialized()
        return git_repository_head_detached(pointer) == 1
    }

    /// Commits work-tree files as `git commit --only PATH…` does: stages each path in the index
    /// (a path no longer on disk leaves the index), then makes a commit on the branch HEAD names
    /// whose tree is HEAD's tree with only these paths changed, so that other staged changes stay
    /// staged and out of the commit. Author and committer come from the configuration
    /// (`user.name`, `user.email`).
    ///
    /// A detached HEAD is refused: the commit would belong to no branch.
    /// The corresponding libgit2 functions are `git_index_add_bypath`, `git_index_write_tree_to`
    /// and `git_commit_create`.
    public func commitFiles(_ paths: [String], message: String) throws(GitError) -> ObjectID {
        guard !isBare, !isHeadDetached else {
            throw GitError(
                code: GitError.Code.generic, klass: GitError.Class.repository,
                message: isBare ? "a bare repository has no work tree to commit from" : "HEAD is detached: no branch to commit on"
            )
        }
        let signature = try defaultSignature()
        defer { git_signature_free(signature) }
        let index = try Libgit2.make { git_repository_index($0, pointer) }
        defer { git_index_free(index) }
        try Libgit2.call { git_index_read(index, 0) }
        for path in paths {
            if FileSystem.kind(atPath: (workDirectory ?? "") + "/" + path) == .regularFile {
                try Libgit2.call { git_index_add_bypath(index, path) }
            } else {
                try Libgit2.call { git_index_remove_bypath(index, path) }
            }
        }
        try Libgit2.call { git_index_write(index) }
        let parent = isHeadUnborn ? nil : try commit(revision: "HEAD")
        var tree = try treeOnly(paths, from: index, over: parent)
        let treeObject = try Libgit2.make { git_tree_lookup($0, pointer, &tree) }
        defer { git_tree_free(treeObject) }
        return try createCommit(tree: treeObject, parent: parent, signature: signature, message: message)
    }

    /// The author and committer from the configuration, with a clear message when it has none.
    private func defaultSignature() throws(GitError) -> UnsafeMutablePointer<git_signature> {
        var signature: UnsafeMutablePointer<git_signature>?
        do {
            try Libgit2.call { git_signature_default(&signature, pointer) }
        } catch {
            throw error.rephrased("git does not know who you are: set user.name and user.email (git config user.name \"…\")")
        }
        guard let signature else {
            throw GitError(code: GitError.Code.generic, klass: GitError.Class.internal, message: "libgit2 returned no signature")
        }
        return signature
    }

    /// The tree of `parent` (empty without one) with the entries of `paths` taken from `index`.
    private func treeOnly(_ paths: [String], from index: OpaquePointer, over parent: Commit?) throws(GitError) -> git_oid {
        let scratch = try Libgit2.make { git_index_new($0) }
        defer { git_index_free(scratch) }
        if let parent {
            var treeID = try parent.treeID.oid()
            let tree = try Libgit2.make { git_tree_lookup($0, pointer, &treeID) }
            defer { git_tree_free(tree) }
            try Libgit2.call { git_index_read_tree(scratch, tree) }
        }
        for path in paths {
            if let entry = git_index_get_bypath(index, path, 0) {
                try Libgit2.call { git_index_add(scratch, entry) }
            } else {
                _ = git_index_remove(scratch, path, 0)
            }
        }
        var tree = git_oid()
        try Libgit2.call { git_index_write_tree_to(&tree, scratch, pointer) }
        return tree
    }

    private func createCommit(
        tree: OpaquePointer, parent: Commit?, signature: UnsafeMutablePointer<git_signature>, message: String
    ) throws(GitError) -> ObjectID {
        var id = git_oid()
        if let parent {
            var parentID = try parent.id.oid()
            let parentObject = try Libgit2.make { git_commit_lookup($0, pointer, &parentID) }
            defer { git_commit_free(parentObject) }
            var parents: [OpaquePointer?] = [parentObject]
            try Libgit2.call { git_commit_create(&id, pointer, "HEAD", signature, signature, nil, message, tree, 1, &parents) }
        } else {
            try Libgit2.call { git_commit_create(&id, pointer, "HEAD", signature, signature, nil, message, tree, 0, nil) }
        }
        return ObjectID(id)
    }
}
