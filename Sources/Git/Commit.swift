import Clibgit2

/// Who made a commit and when, as recorded in the commit.
public struct Signature: Sendable, Hashable {
    /// The name, as written (no validation).
    public var name: String
    /// The e-mail address, as written.
    public var email: String
    /// Seconds since 1970-01-01 00:00:00 UTC.
    public var time: Int64
    /// The author's or committer's time-zone offset from UTC, in minutes (e.g. `60` for +0100).
    public var offsetMinutes: Int32

    /// Creates a signature from its parts.
    public init(name: String, email: String, time: Int64, offsetMinutes: Int32) {
        self.name = name
        self.email = email
        self.time = time
        self.offsetMinutes = offsetMinutes
    }

    /// Copies a libgit2 signature.
    init(_ signature: UnsafePointer<git_signature>?) {
        guard let signature else {
            self.init(name: "", email: "", time: 0, offsetMinutes: 0)
            return
        }
        self.init(
            name: string(signature.pointee.name),
            email: string(signature.pointee.email),
            time: signature.pointee.when.time,
            offsetMinutes: signature.pointee.when.offset
        )
    }
}

/// A commit: its tree, parents, author, committer and message.
///
/// The fields are copied out of libgit2 when the commit is read; ``tree()`` reads the
/// commit's tree from the repository, which the commit keeps alive.
public final class Commit {
    /// The repository the commit was read from.
    public let repository: Repository
    /// The commit's id.
    public let id: ObjectID
    /// The ids of the parents, in order (the first parent first); empty for a root commit.
    public let parentIDs: [ObjectID]
    /// Who wrote the change.
    public let author: Signature
    /// Who made the commit.
    public let committer: Signature
    /// The full message, as stored (leading blank lines removed by libgit2).
    public let message: String
    /// The first paragraph of the message on one line, as `git log --oneline` shows it.
    public let summary: String
    /// The id of the commit's root tree.
    public let treeID: ObjectID

    /// Copies the fields of a libgit2 commit; the caller still owns and frees `commit`.
    init(repository: Repository, commit: OpaquePointer) {
        self.repository = repository
        id = ObjectID(git_commit_id(commit))
        parentIDs = (0..<git_commit_parentcount(commit)).compactMap { index in
            git_commit_parent_id(commit, index).map { ObjectID($0) }
        }
        author = Signature(git_commit_author(commit))
        committer = Signature(git_commit_committer(commit))
        message = string(git_commit_message(commit))
        summary = string(git_commit_summary(commit))
        treeID = ObjectID(git_commit_tree_id(commit))
    }

    /// Reads the commit's root tree.
    ///
    /// The corresponding libgit2 function is `git_tree_lookup`.
    public func tree() throws(GitError) -> Tree {
        try repository.tree(treeID)
    }

    /// Whether the commit has more than one parent.
    public var isMerge: Bool { parentIDs.count > 1 }
}

@available(*, unavailable, message: "a Commit keeps its Repository handle; pass ObjectIDs between tasks")
extension Commit: Sendable {}
