import Clibgit2

extension Repository {
    /// The files that differ between two trees, found by walking both trees side by side and going
    /// into a subtree only when its id differs: the cost grows with the size of the folders that
    /// changed, not with the size of the repository, and no path is built for an unchanged entry.
    ///
    /// Unlike ``changes(from:to:detectRenames:paths:)`` (libgit2's diff machinery) there is no rename
    /// detection: a moved file is a deletion and an addition. A path that is a file on one side and a
    /// folder on the other is the deletion of the one and the addition of the other, as
    /// `git diff-tree -r` (without `-B`) lists it. Submodule entries are compared by commit id and not
    /// entered.
    ///
    /// - Parameters:
    ///   - old: the older tree (or commit).
    ///   - new: the newer tree (or commit).
    ///   - paths: folders or files (`/`-separated, literal) to restrict the comparison to; empty for
    ///     everything.
    /// - Returns: the changes, sorted by path.
    /// The corresponding libgit2 functions are `git_tree_entry_byindex` and `git_tree_entry_cmp`.
    public func changedFiles(from old: ObjectID, to new: ObjectID, under paths: [String] = [])
        throws(GitError) -> [TreeChange]
    {
        let oldTree = try tree(old), newTree = try tree(new)
        let filters = paths.map(Snapshot.normalizedPrefix)
        var result: [TreeChange] = []
        try compare(oldTree.pointer, newTree.pointer, prefix: "", filters: filters.contains("") ? [] : filters, into: &result)
        result.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return result
    }

    /// Compares two trees (either may be absent: everything on the other side was added or deleted).
    /// `filters` are the paths still to be matched; empty once the walk is inside one of them.
    private func compare(
        _ old: OpaquePointer?, _ new: OpaquePointer?, prefix: String, filters: [String], into result: inout [TreeChange]
    ) throws(GitError) {
        let oldCount = old.map { git_tree_entrycount($0) } ?? 0
        let newCount = new.map { git_tree_entrycount($0) } ?? 0
        var i = 0, j = 0
        while i < oldCount || j < newCount {
            let a = i < oldCount ? git_tree_entry_byindex(old, i) : nil
            let b = j < newCount ? git_tree_entry_byindex(new, j) : nil
            // Both trees are sorted in git's order (a folder's name compares as if it ended in "/"),
            // which git_tree_entry_cmp gives; entries that compare equal have the same name and kind.
            let order: Int32 = if let a, let b { git_tree_entry_cmp(a, b) } else { a == nil ? 1 : -1 }
            if order == 0, let a, let b {
                i += 1
                j += 1
                if git_oid_equal(git_tree_entry_id(a), git_tree_entry_id(b)) != 0
                    && git_tree_entry_filemode(a) == git_tree_entry_filemode(b)
                {
                    continue  // the same content: nothing below it changed
                }
                try entries(a, b, prefix: prefix, filters: filters, into: &result)
            } else if order < 0 {
                i += 1
                try entries(a, nil, prefix: prefix, filters: filters, into: &result)
            } else {
                j += 1
                try entries(nil, b, prefix: prefix, filters: filters, into: &result)
            }
        }
    }

    /// Reports one entry that differs (on one side or both, same name and kind), going into folders.
    private func entries(
        _ a: OpaquePointer?, _ b: OpaquePointer?, prefix: String, filters: [String], into result: inout [TreeChange]
    ) throws(GitError) {
        guard let any = a ?? b else { return }
        let path = prefix + string(git_tree_entry_name(any))
        var inner = filters
        if !filters.isEmpty {
            // Inside a filter: no more filtering below. On the way to one: keep those below this path.
            if filters.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) {
                inner = []
            } else {
                inner = filters.filter { $0.hasPrefix(path + "/") }
                if inner.isEmpty { return }
            }
        }
        if git_tree_entry_type(any) == GIT_OBJECT_TREE {
            let oldTree = try a.map { (entry) throws(GitError) in try subtree(entry) }
            let newTree = try b.map { (entry) throws(GitError) in try subtree(entry) }
            defer {
                oldTree.map { git_tree_free($0) }
                newTree.map { git_tree_free($0) }
            }
            try compare(oldTree, newTree, prefix: path + "/", filters: inner, into: &result)
            return
        }
        guard inner.isEmpty else { return }  // a file where the filters name something below it
        let kind: TreeChange.Kind = a == nil ? .added : b == nil ? .deleted : .modified
        result.append(TreeChange(
            kind: kind, oldPath: a == nil ? nil : path, newPath: b == nil ? nil : path,
            oldID: a.map { ObjectID(git_tree_entry_id($0)) }, newID: b.map { ObjectID(git_tree_entry_id($0)) },
            oldMode: a.map { UInt32(git_tree_entry_filemode($0).rawValue) } ?? 0,
            newMode: b.map { UInt32(git_tree_entry_filemode($0).rawValue) } ?? 0))
    }

    /// Reads the tree an entry names. The caller frees it.
    private func subtree(_ entry: OpaquePointer) throws(GitError) -> OpaquePointer {
        try Libgit2.make { git_tree_lookup($0, pointer, git_tree_entry_id(entry)) }
    }
}
