import Git
import Messages

/// One reference update of a push, as git hands it to a pre-receive hook: `<old> <new> <ref>`.
public struct PushUpdate: Sendable, Hashable {
    /// The id the reference had; all zeros when the push creates it.
    public var oldID: ObjectID
    /// The id the reference is to have; all zeros when the push deletes it.
    public var newID: ObjectID
    /// The full reference name (`refs/heads/main`, `refs/tags/v2`).
    public var name: String

    /// Creates an update from its parts.
    public init(oldID: ObjectID, newID: ObjectID, name: String) {
        self.oldID = oldID
        self.newID = newID
        self.name = name
    }

    /// Whether the push creates the reference.
    public var isCreation: Bool { oldID.isZero && !newID.isZero }
    /// Whether the push deletes the reference.
    public var isDeletion: Bool { newID.isZero }
    /// Whether the reference is a tag (`refs/tags/…`).
    public var isTag: Bool { name.hasPrefix("refs/tags/") }
}

/// A line of a pre-receive hook's input that is not `<old> <new> <ref>`.
public struct PushInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// What is wrong, in plain words.
    public var message: Message

    public var description: String { message.english }
}

extension PushUpdate {
    /// Parses a pre-receive (or post-receive) hook's standard input: one `<old> <new> <ref>` line per
    /// reference, ids of 40 (SHA-1) or 64 (SHA-256) hex digits. Empty lines are skipped; a trailing
    /// carriage return is tolerated.
    public static func parse(_ input: String) throws(PushInputError) -> [PushUpdate] {
        var updates: [PushUpdate] = []
        // "\r\n" is one Character in Swift, so both line ends are separators.
        let lines = input.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (number, line) in lines.enumerated() {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let fields = line.split(separator: " ", omittingEmptySubsequences: false)
            guard fields.count == 3, !fields[2].isEmpty else {
                throw PushInputError(
                    line: number + 1, message: Message("push.input.fields", ["found": .text(String(line.prefix(200)))]))
            }
            let old = try id(fields[0], line: number + 1)
            let new = try id(fields[1], line: number + 1)
            guard old.byteCount == new.byteCount else {
                throw PushInputError(
                    line: number + 1, message: Message("push.input.lengths", ["old": .text(old.hex), "new": .text(new.hex)]))
            }
            updates.append(PushUpdate(oldID: old, newID: new, name: String(fields[2])))
        }
        return updates
    }

    private static func id(_ text: Substring, line: Int) throws(PushInputError) -> ObjectID {
        guard let id = ObjectID(hex: String(text)) else {
            throw PushInputError(line: line, message: Message("push.input.id", ["found": .text(String(text.prefix(80)))]))
        }
        return id
    }
}

/// What a push asks to check: for each protected reference update, the commits it brings that the
/// repository did not have on any reference before.
public struct PushPlan: Sendable {
    /// One update and what is done about it.
    public struct Item: Sendable {
        /// The update.
        public var update: PushUpdate
        /// Why nothing is checked for it, or `nil` when its new commits are checked.
        public var skipped: Skip?
        /// The commits it brings, oldest first (commits another update of the same push already
        /// brings are listed there only).
        public var commits: [ObjectID]
    }

    /// Why an update brings nothing to check.
    public enum Skip: String, Sendable {
        case deleted
        case unprotected = "not-protected"
        case notACommit = "not-a-commit"
    }

    /// Every update, in input order.
    public var items: [Item]

    /// Every commit to check, oldest first within each update, each once.
    public var commits: [ObjectID] { items.flatMap(\.commits) }

    /// Which update brings a commit (the first that does).
    public func reference(bringing commit: ObjectID) -> String? {
        item(bringing: commit)?.update.name
    }

    /// The item whose update brings a commit (the first that does).
    public func item(bringing commit: ObjectID) -> Item? {
        items.first { $0.commits.contains(commit) }
    }

    /// Plans a push: deletions and unprotected references are skipped; for every other update, the
    /// commits reachable from the new id and from no protected reference the repository has now are
    /// checked.
    ///
    /// A creation (new branch or tag) and a force push are handled alike: a commit already on a
    /// protected reference was checked when it came, and only what is new there is checked. Commits on
    /// unprotected references only were never checked, so they are checked when they come to a
    /// protected one (pushing a broken commit to a scratch branch and then to `main` is rejected). A tag of a commit that is
    /// already on a branch brings nothing new; a tag of new commits brings them. An annotated tag is
    /// peeled to its commit; a tag of a tree or blob is skipped.
    ///
    /// - Throws: ``StrategyError`` for a SHA-256 id (libgit2 1.5.1 reads SHA-1 repositories only), a
    ///   pushed object the repository (with its quarantine) does not have, or one it cannot read.
    public static func plan(
        _ updates: [PushUpdate], in repository: Repository, protected: ProtectedRefs
    ) throws(StrategyError) -> PushPlan {
        do {
            return try planned(updates, in: repository, protected: protected)
        } catch let error as StrategyError {
            throw error
        } catch let error as GitError {
            throw StrategyError(error)
        } catch {
            throw StrategyError(Message("error.git", ["detail": .text(String(describing: error))]))
        }
    }

    private static func planned(_ updates: [PushUpdate], in repository: Repository, protected: ProtectedRefs) throws -> PushPlan {
        let existing = try repository.references().filter { protected.matches($0.name) }.map(\.target)
            .filter { repository.isCommit($0) }
        var planned = Set<ObjectID>()
        var items: [Item] = []
        for update in updates {
            if update.isDeletion {
                items.append(Item(update: update, skipped: .deleted, commits: []))
                continue
            }
            guard protected.matches(update.name) else {
                items.append(Item(update: update, skipped: .unprotected, commits: []))
                continue
            }
            guard update.newID.byteCount == 20 else {
                throw StrategyError(
                    Message(
                        "push.sha256",
                        [
                            "reference": .text(update.name), "id": .text(update.newID.hex),
                            "version": .text(Repository.libgit2Version),
                        ]))
            }
            guard let tip = try repository.peeledCommit(update.newID, reference: update.name) else {
                items.append(Item(update: update, skipped: .notACommit, commits: []))
                continue
            }
            let fresh = try repository.walk(including: [tip], excluding: existing, order: [.topological, .reverse])
                .filter { planned.insert($0).inserted }
            items.append(Item(update: update, skipped: nil, commits: fresh))
        }
        return PushPlan(items: items)
    }
}

extension Repository {
    /// Whether an id names a commit (references to trees or blobs cannot be walked).
    fileprivate func isCommit(_ id: ObjectID) -> Bool {
        (try? commit(id)) != nil
    }

    /// The commit a pushed id names (an annotated tag peeled), `nil` for a tag of a tree or blob.
    fileprivate func peeledCommit(_ id: ObjectID, reference: String) throws -> ObjectID? {
        guard contains(id) else {
            throw StrategyError(Message("push.missing-object", ["reference": .text(reference), "id": .text(id.hex)]))
        }
        do {
            return try commit(id).id
        } catch {
            // A tag of a tree or a blob is no commit to check; anything else (a damaged object) is a
            // failure that must refuse the push, not a reason to let it through unchecked.
            if error.code == GitError.Code.peel { return nil }
            throw error
        }
    }
}
