import Clibgit2

/// One entry of a tree: a file, a symbolic link, a subtree or a submodule.
public struct TreeEntry: Sendable, Hashable {
    /// What an entry is.
    public enum Kind: Sendable, Hashable {
        /// A file or a symbolic link (its content is a blob).
        case blob
        /// A folder (a subtree).
        case tree
        /// A submodule: the entry names a commit in another repository.
        case submodule
        /// Anything else libgit2 reports (a corrupt tree).
        case other

        /// Another name for ``submodule``, after the type of object the entry names.
        public static var commit: Kind { .submodule }
    }

    /// The path from the root of the listed tree, `/`-separated (just the name when the
    /// listing is not recursive).
    public var path: String
    /// The id of the blob, tree or (submodule) commit.
    public var id: ObjectID
    /// What the entry is.
    public var kind: Kind
    /// The git file mode: `0o100644` file, `0o100755` executable, `0o120000` symbolic link,
    /// `0o040000` tree, `0o160000` submodule.
    public var mode: UInt32

    /// Creates an entry from its parts.
    public init(path: String, id: ObjectID, kind: Kind, mode: UInt32) {
        self.path = path
        self.id = id
        self.kind = kind
        self.mode = mode
    }

    /// Whether the entry is a regular file (executable or not), not a symbolic link.
    public var isRegularFile: Bool { kind == .blob && (mode == 0o100644 || mode == 0o100755) }
    /// Whether the entry is a symbolic link.
    public var isSymbolicLink: Bool { mode == 0o120000 }

    /// Copies a libgit2 tree entry, naming it `path`.
    init(path: String, entry: OpaquePointer) {
        let kind: Kind =
            switch git_tree_entry_type(entry) {
            case GIT_OBJECT_BLOB: .blob
            case GIT_OBJECT_TREE: .tree
            case GIT_OBJECT_COMMIT: .submodule
            default: .other
            }
        self.init(
            path: path,
            id: ObjectID(git_tree_entry_id(entry)),
            kind: kind,
            mode: git_tree_entry_filemode(entry).rawValue
        )
    }
}

/// A tree (a folder listing) read from a repository, which it keeps alive.
public final class Tree {
    /// The repository the tree was read from.
    public let repository: Repository
    let pointer: OpaquePointer

    init(repository: Repository, pointer: OpaquePointer) {
        self.repository = repository
        self.pointer = pointer
    }

    deinit {
        git_tree_free(pointer)
    }

    /// The tree's id.
    ///
    /// The corresponding libgit2 function is `git_tree_id`.
    public var id: ObjectID { ObjectID(git_tree_id(pointer)) }

    /// The entry at a `/`-separated path below this tree, or `nil` when there is none.
    ///
    /// The returned entry's ``TreeEntry/path`` is the path asked for.
    /// The corresponding libgit2 function is `git_tree_entry_bypath`.
    public func entry(atPath path: String) throws(GitError) -> TreeEntry? {
        let clean = path.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/")
        guard !clean.isEmpty else { return nil }
        do {
            let entry = try Libgit2.make { git_tree_entry_bypath($0, pointer, clean) }
            defer { git_tree_entry_free(entry) }
            return TreeEntry(path: clean, entry: entry)
        } catch {
            if error.isNotFound { return nil }
            throw error
        }
    }

    /// The entries of this tree; with `recursive`, also everything below it, parents
    /// before their contents, in git's tree order.
    ///
    /// A subtree that cannot be read (a corrupt or shallow repository) is left out; use
    /// ``listEntries(recursive:)`` to get an error instead.
    /// The corresponding libgit2 function is `git_tree_entry_byindex`.
    public func entries(recursive: Bool) -> [TreeEntry] {
        var result: [TreeEntry] = []
        var refused: [RefusedPath] = []
        try? collect(recursive: recursive, skipUnreadable: true, into: &result, refused: &refused)
        return result
    }

    /// The entries of this tree (and, with `recursive`, everything below it), failing
    /// when a subtree cannot be read.
    ///
    /// - Complexity: one object read per subtree; blobs are not read.
    /// The corresponding libgit2 function is `git_tree_entry_byindex`.
    public func listEntries(recursive: Bool) throws(GitError) -> [TreeEntry] {
        var result: [TreeEntry] = []
        var refused: [RefusedPath] = []
        try collect(recursive: recursive, skipUnreadable: false, into: &result, refused: &refused)
        return result
    }

    /// The entries of this tree and everything below it (as ``listEntries(recursive:)``), and
    /// the entries git would refuse to check out (``RefusedPath``).
    public func listEntriesCheckingNames() throws(GitError) -> (entries: [TreeEntry], refused: [RefusedPath]) {
        var result: [TreeEntry] = []
        var refused: [RefusedPath] = []
        try collect(recursive: true, skipUnreadable: false, checkNames: true, into: &result, refused: &refused)
        return (result, refused)
    }

    /// Walks the tree depth-first with an explicit stack, so deep trees cannot overflow
    /// the call stack.
    /// The walk; with `checkNames`, the names git would refuse to check out are collected too.
    private func collect(
        recursive: Bool, skipUnreadable: Bool, checkNames: Bool = false, into result: inout [TreeEntry],
        refused: inout [RefusedPath]
    ) throws(GitError) {
        // Each frame: a tree (owned unless it is `self`), its path prefix and the next entry.
        var stack: [(tree: OpaquePointer, prefix: String, next: Int)] = [(pointer, "", 0)]
        defer {
            for frame in stack where frame.tree != pointer { git_tree_free(frame.tree) }
        }
        while let frame = stack.last {
            let count = git_tree_entrycount(frame.tree)
            guard frame.next < count, let entry = git_tree_entry_byindex(frame.tree, frame.next) else {
                stack.removeLast()
                if frame.tree != pointer { git_tree_free(frame.tree) }
                continue
            }
            stack[stack.count - 1].next += 1
            let name = string(git_tree_entry_name(entry))
            let item = TreeEntry(path: frame.prefix + name, entry: entry)
            result.append(item)
            if checkNames, let reason = RefusedPath.reason(forName: name, mode: item.mode) {
                refused.append(RefusedPath(path: item.path, reason: reason))
            }
            guard recursive, item.kind == .tree else { continue }
            do {
                let subtree = try repository.lookup(item.id, GIT_OBJECT_TREE)
                stack.append((subtree, item.path + "/", 0))
            } catch {
                if !skipUnreadable { throw error }
            }
        }
    }
}

@available(*, unavailable, message: "a Tree is a libgit2 handle; pass ObjectIDs between tasks")
extension Tree: Sendable {}
