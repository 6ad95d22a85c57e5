import Clibgit2

/// Keeps the trees one ``Repository/changedFiles(from:to:under:keeping:)`` read on its newer side,
/// so that the next comparison, which starts from that tree, does not read (inflate and hash)
/// them again. Walking a range commit by commit then reads each changed folder once. Only the
/// last comparison's trees are kept.
public final class TreeKeeper {
    fileprivate var kept: [ObjectID: Tree] = [:]
    fileprivate var reading: [ObjectID: Tree] = [:]
    /// How many trees were read from the repository (for tests and benchmarks).
    public private(set) var treesRead = 0

    public init() {}

    /// The tree with this id: a kept one, or read now; either way kept for the next comparison
    /// when it is on the newer side.
    fileprivate func tree(_ id: ObjectID, in repository: Repository, newer: Bool) throws(GitError) -> Tree {
        if let tree = reading[id] ?? kept[id] {
            if newer { reading[id] = tree }
            return tree
        }
        let tree = try repository.tree(id)
        treesRead += 1
        if newer { reading[id] = tree }
        return tree
    }

    /// Ends a comparison: its newer side's trees are what is kept.
    fileprivate func finish() {
        kept = reading
        reading = [:]
    }
}

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
    ///   - keeper: keeps the newer side's trees for the next comparison (see ``TreeKeeper``).
    /// - Returns: the changes, sorted by path.
    /// The corresponding libgit2 functions are `git_tree_entry_byindex` and `git_tree_entry_cmp`.
    public func changedFiles(
        from old: ObjectID, to new: ObjectID, under paths: [String] = [], keeping keeper: TreeKeeper = TreeKeeper()
    ) throws(GitError) -> [TreeChange] {
        defer { keeper.finish() }
        let oldTree = try keeper.tree(try rootTreeID(old), in: self, newer: false)
        let newTree = try keeper.tree(try rootTreeID(new), in: self, newer: true)
        let filters = paths.map(Snapshot.normalizedPrefix)
        var result: [TreeChange] = []
        try compare(
            oldTree, newTree, prefix: "", filters: filters.contains("") ? [] : filters, keeper: keeper, into: &result)
        result.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return result
    }

    /// The id of a tree, or of a commit's tree, without reading the tree (only the object's header,
    /// and for a commit the commit).
    ///
    /// The corresponding libgit2 function is `git_odb_read_header`.
    private func rootTreeID(_ id: ObjectID) throws(GitError) -> ObjectID {
        let odb = try Libgit2.make { git_repository_odb($0, pointer) }
        defer { git_odb_free(odb) }
        var oid = try id.oid()
        var length = 0
        var type = GIT_OBJECT_INVALID
        do {
            try Libgit2.call { git_odb_read_header(&length, &type, odb, &oid) }
        } catch {
            throw error.isNotFound
                ? error.rephrased(missingObjectMessage(id)) : error
        }
        switch type {
        case GIT_OBJECT_TREE: return id
        case GIT_OBJECT_COMMIT: return try commit(id).treeID
        default: return try tree(id).id  // peels a tag, or says what the object is instead
        }
    }

    /// Compares two trees (either may be absent: everything on the other side was added or deleted).
    /// `filters` are the paths still to be matched; empty once the walk is inside one of them.
    private func compare(
        _ oldTree: Tree?, _ newTree: Tree?, prefix: String, filters: [String], keeper: TreeKeeper,
        into result: inout [TreeChange]
    ) throws(GitError) {
        let old = oldTree?.pointer, new = newTree?.pointer
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
                try entries(a, b, prefix: prefix, filters: filters, keeper: keeper, into: &result)
            } else if order < 0 {
                i += 1
                try entries(a, nil, prefix: prefix, filters: filters, keeper: keeper, into: &result)
            } else {
                j += 1
                try entries(nil, b, prefix: prefix, filters: filters, keeper: keeper, into: &result)
            }
        }
    }

    /// Reports one entry that differs (on one side or both, same name and kind), going into folders.
    private func entries(
        _ a: OpaquePointer?, _ b: OpaquePointer?, prefix: String, filters: [String], keeper: TreeKeeper,
        into result: inout [TreeChange]
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
            let oldTree = try a.map { (entry) throws(GitError) in
                try keeper.tree(ObjectID(git_tree_entry_id(entry)), in: self, newer: false)
            }
            let newTree = try b.map { (entry) throws(GitError) in
                try keeper.tree(ObjectID(git_tree_entry_id(entry)), in: self, newer: true)
            }
            try compare(oldTree, newTree, prefix: path + "/", filters: inner, keeper: keeper, into: &result)
            return
        }
        guard inner.isEmpty else { return }  // a file where the filters name something below it
        let kind: TreeChange.Kind = a == nil ? .added : b == nil ? .deleted : .modified
        result.append(
            TreeChange(
                kind: kind, oldPath: a == nil ? nil : path, newPath: b == nil ? nil : path,
                oldID: a.map { ObjectID(git_tree_entry_id($0)) }, newID: b.map { ObjectID(git_tree_entry_id($0)) },
                oldMode: a.map { UInt32(git_tree_entry_filemode($0).rawValue) } ?? 0,
                newMode: b.map { UInt32(git_tree_entry_filemode($0).rawValue) } ?? 0))
    }
}
