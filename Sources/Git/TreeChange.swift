import Clibgit2
import Foundation

/// One file that differs between two trees.
public struct TreeChange: Sendable, Hashable {
    /// How the file changed.
    public enum Kind: Sendable, Hashable {
        case added, deleted, modified, renamed, copied, typeChanged
    }

    /// How the file changed.
    public var kind: Kind
    /// The path in the old tree; `nil` for an added file.
    public var oldPath: String?
    /// The path in the new tree; `nil` for a deleted file.
    public var newPath: String?
    /// The old blob (or submodule commit); `nil` for an added file.
    public var oldID: ObjectID?
    /// The new blob (or submodule commit); `nil` for a deleted file.
    public var newID: ObjectID?
    /// The old git file mode, `0` when there is no old file.
    public var oldMode: UInt32
    /// The new git file mode, `0` when there is no new file.
    public var newMode: UInt32
    /// For a rename or copy, how alike the two files are (0–100; 100 for an exact rename);
    /// otherwise 0.
    public var similarity: Int

    /// Creates a change from its parts.
    public init(
        kind: Kind, oldPath: String?, newPath: String?, oldID: ObjectID?, newID: ObjectID?,
        oldMode: UInt32 = 0, newMode: UInt32 = 0, similarity: Int = 0
    ) {
        self.kind = kind
        self.oldPath = oldPath
        self.newPath = newPath
        self.oldID = oldID
        self.newID = newID
        self.oldMode = oldMode
        self.newMode = newMode
        self.similarity = similarity
    }

    /// The path after the change (or before it, for a deleted file).
    public var path: String { newPath ?? oldPath ?? "" }

    /// Copies a libgit2 delta; `nil` for statuses a tree-to-tree diff does not produce.
    init?(_ delta: UnsafePointer<git_diff_delta>) {
        let kind: Kind
        switch delta.pointee.status {
        case GIT_DELTA_ADDED: kind = .added
        case GIT_DELTA_DELETED: kind = .deleted
        case GIT_DELTA_MODIFIED: kind = .modified
        case GIT_DELTA_RENAMED: kind = .renamed
        case GIT_DELTA_COPIED: kind = .copied
        case GIT_DELTA_TYPECHANGE: kind = .typeChanged
        default: return nil
        }
        let old = delta.pointee.old_file
        let new = delta.pointee.new_file
        let hasOld = kind != .added
        let hasNew = kind != .deleted
        self.init(
            kind: kind,
            oldPath: hasOld ? string(old.path) : nil,
            newPath: hasNew ? string(new.path) : nil,
            oldID: hasOld ? ObjectID(old.id) : nil,
            newID: hasNew ? ObjectID(new.id) : nil,
            oldMode: hasOld ? UInt32(old.mode) : 0,
            newMode: hasNew ? UInt32(new.mode) : 0,
            similarity: kind == .renamed || kind == .copied ? Int(delta.pointee.similarity) : 0
        )
    }
}

extension Repository {
    /// The files that differ between two commits' trees (or trees), as
    /// `git diff-tree -r` lists them.
    ///
    /// - Parameters:
    ///   - old: the older commit or tree; `nil` compares with the empty tree.
    ///   - new: the newer commit or tree.
    ///   - detectRenames: pair deleted and added files that are at least 50% alike as
    ///     renames (`git diff -M`).
    ///   - paths: folder or file paths (`/`-separated, taken literally, not as patterns)
    ///     the result is restricted to; empty for everything. With rename detection, a
    ///     rename into or out of these paths is still reported as a rename.
    /// The corresponding libgit2 functions are `git_diff_tree_to_tree` and
    /// `git_diff_find_similar`.
    public func changes(
        from old: ObjectID?, to new: ObjectID, detectRenames: Bool = false, paths: [String] = []
    ) throws(GitError) -> [TreeChange] {
        let oldTree: Tree? = if let old { try tree(old) } else { nil }
        let newTree = try tree(new)
        let prefixes = paths.map(Snapshot.normalizedPrefix)
        let restrictInLibgit2 = !prefixes.isEmpty && !prefixes.contains("") && !detectRenames
        let diff = try treeDiff(oldTree, newTree, pathspec: restrictInLibgit2 ? prefixes : [])
        defer { git_diff_free(diff) }
        if detectRenames {
            var find = git_diff_find_options()
            try Libgit2.call { git_diff_find_options_init(&find, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION)) }
            find.flags = GIT_DIFF_FIND_RENAMES.rawValue
            try Libgit2.call { git_diff_find_similar(diff, &find) }
        }
        var result: [TreeChange] = []
        for position in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, position), let change = TreeChange(delta) else { continue }
            if prefixes.isEmpty || restrictInLibgit2
                || [change.oldPath, change.newPath].contains(where: { Snapshot.path($0, isUnder: prefixes) })
            {
                result.append(change)
            }
        }
        return result
    }

    /// Diffs two trees, restricted to literal paths when given. The caller frees the diff.
    private func treeDiff(_ old: Tree?, _ new: Tree, pathspec: [String]) throws(GitError) -> OpaquePointer {
        var options = git_diff_options()
        try Libgit2.call { git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)) }
        options.flags = GIT_DIFF_INCLUDE_TYPECHANGE.rawValue
        if !pathspec.isEmpty { options.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH.rawValue }
        var strings: [UnsafeMutablePointer<CChar>?] = pathspec.map { strdup($0) }
        defer { for string in strings { free(string) } }
        return try strings.withUnsafeMutableBufferPointer { (buffer) throws(GitError) -> OpaquePointer in
            options.pathspec = git_strarray(strings: buffer.baseAddress, count: buffer.count)
            return try Libgit2.make { git_diff_tree_to_tree($0, pointer, old?.pointer, new.pointer, &options) }
        }
    }
}
