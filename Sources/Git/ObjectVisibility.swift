import Clibgit2

/// Where an object a pre-receive hook reads comes from, for deciding whether its content may be
/// shown to the pusher (issue 15, item 7).
public enum ObjectOrigin: Sendable, Hashable {
    /// The push brought it: it is in the push's quarantine (`GIT_QUARANTINE_PATH`).
    case pushed
    /// A reference the pusher can read (one not hidden by `receive.hideRefs`/`transfer.hideRefs`)
    /// reaches it: the pusher could fetch it anyway.
    case readable
    /// Neither: only hidden references reach it, or nothing does. Its content must not be shown.
    case hidden
    /// The search for it stopped at its budget before finding it. Treat as ``hidden``.
    case unknown
}

/// Answers, for the objects a pre-receive hook reads, whether the pusher may see their content:
/// objects the push brought (cheap: one lookup in the quarantine's own object database) and
/// objects reachable from references the pusher can read (a walk of the readable history's commits
/// and trees, done once and bounded by a budget of objects; past it, the answer is ``ObjectOrigin/unknown``).
///
/// Readable references are all references except those `receive.hideRefs` and `transfer.hideRefs`
/// hide, read as git reads them: a value hides the references it names and those below it
/// (`refs/hidden` hides `refs/hidden/x`), `!` before a value un-hides, the last matching value wins.
public final class ObjectVisibility {
    public let repository: Repository
    /// How many objects (commits, trees, blobs) the walk of readable history may collect.
    public let budget: Int
    private var seen: Set<ObjectID> = []
    private var walked = false
    private var complete = false

    /// - Parameter budget: the most objects the walk of readable history collects (default 500,000).
    public init(repository: Repository, budget: Int = 500_000) {
        self.repository = repository
        self.budget = budget
    }

    /// Where an object comes from: pushed, readable, hidden, or unknown (the walk's budget ran out).
    public func origin(of id: ObjectID) -> ObjectOrigin {
        if repository.isInQuarantine(id) { return .pushed }
        if !walked {
            walked = true
            complete = walkReadableHistory()
        }
        if seen.contains(id) { return .readable }
        return complete ? .hidden : .unknown
    }

    /// Collects the commits, trees and blobs reachable from readable references; false when the
    /// budget ran out (or the history could not be read) before the walk ended.
    private func walkReadableHistory() -> Bool {
        let tips = repository.readableReferenceTips()
        guard !tips.isEmpty else { return true }
        guard let commits = try? repository.walk(including: tips, order: .time) else { return false }
        for commit in commits {
            guard seen.insert(commit).inserted else { continue }
            guard let tree = try? repository.commit(commit).treeID, addTree(tree) else { return false }
        }
        return true
    }

    /// Adds a tree and everything below it not seen before; false when the budget ran out.
    private func addTree(_ root: ObjectID) -> Bool {
        var pending = [root]
        while let id = pending.popLast() {
            guard seen.insert(id).inserted else { continue }
            if seen.count > budget { return false }
            guard let tree = try? repository.tree(id) else { return false }
            for entry in tree.entries(recursive: false) where entry.kind != .submodule {
                if entry.kind == .tree {
                    pending.append(entry.id)
                } else if seen.insert(entry.id).inserted, seen.count > budget {
                    return false
                }
            }
        }
        return true
    }
}

@available(*, unavailable, message: "an ObjectVisibility keeps its Repository handle")
extension ObjectVisibility: Sendable {}

extension Repository {
    /// Whether the object is in the push's quarantine (`GIT_QUARANTINE_PATH`, which git sets for a
    /// pre-receive hook): brought by the push being checked. Always false outside such a hook.
    ///
    /// - Complexity: one lookup in the quarantine's object folder (its loose objects and packs).
    /// The corresponding libgit2 function is `git_odb_exists`.
    public func isInQuarantine(_ id: ObjectID) -> Bool {
        guard let odb = quarantineDatabase, var oid = try? id.oid() else { return false }
        return git_odb_exists(odb, &oid) == 1
    }

    /// The commits the references the pusher can read point at (tags peeled; references that do
    /// not lead to a commit left out).
    ///
    /// The corresponding libgit2 functions are `git_reference_iterator_new` and `git_reference_peel`.
    func readableReferenceTips() -> [ObjectID] {
        let hidden = hiddenReferencePatterns()
        guard let iterator = try? Libgit2.make({ git_reference_iterator_new($0, pointer) }) else { return [] }
        defer { git_reference_iterator_free(iterator) }
        var tips: [ObjectID] = []
        var reference: OpaquePointer?
        while git_reference_next(&reference, iterator) == 0, let current = reference {
            defer { git_reference_free(current) }
            let name = string(git_reference_name(current))
            guard !Self.isHidden(name, by: hidden),
                let commit = try? Libgit2.make({
                    git_reference_peel($0, current, GIT_OBJECT_COMMIT)
                })
            else { continue }
            tips.append(ObjectID(git_object_id(commit)))
            git_object_free(commit)
        }
        return tips
    }

    /// The values of `transfer.hideRefs` and `receive.hideRefs`, in the order git reads them.
    ///
    /// The corresponding libgit2 function is `git_config_foreach_match`.
    func hiddenReferencePatterns() -> [String] {
        guard let config = try? Libgit2.make({ git_repository_config_snapshot($0, pointer) }) else { return [] }
        defer { git_config_free(config) }
        var values: [String] = []
        withUnsafeMutablePointer(to: &values) { list in
            _ = git_config_foreach_match(
                config, "^(transfer|receive)\\.hiderefs$",
                { entry, payload in
                    guard let entry, let payload else { return 0 }
                    payload.assumingMemoryBound(to: [String].self).pointee.append(string(entry.pointee.value))
                    return 0
                }, list)
        }
        return values
    }

    /// Whether git hides a reference by these `hideRefs` values: the last value that names it or
    /// a folder above it decides; `!` un-hides; `^` (full names, for namespaces) is read as the name.
    static func isHidden(_ name: String, by patterns: [String]) -> Bool {
        for pattern in patterns.reversed() {
            var match = Substring(pattern)
            let negated = match.hasPrefix("!")
            if negated { match = match.dropFirst() }
            if match.hasPrefix("^") { match = match.dropFirst() }
            guard !match.isEmpty, name.hasPrefix(match) else { continue }
            let rest = name.dropFirst(match.count)
            if rest.isEmpty || rest.hasPrefix("/") { return !negated }
        }
        return false
    }
}
