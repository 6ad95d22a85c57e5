import Clibgit2

/// The order in which a revision walk returns commits.
public struct WalkOrder: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32

    /// Creates an order from libgit2's `git_sort_t` bits.
    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    /// Parents after all their children (`GIT_SORT_TOPOLOGICAL`).
    public static let topological = WalkOrder(rawValue: GIT_SORT_TOPOLOGICAL.rawValue)
    /// Newest commit time first (`GIT_SORT_TIME`).
    public static let time = WalkOrder(rawValue: GIT_SORT_TIME.rawValue)
    /// The whole order reversed: oldest first (`GIT_SORT_REVERSE`).
    public static let reverse = WalkOrder(rawValue: GIT_SORT_REVERSE.rawValue)
    /// What `git log --topo-order` shows: children before parents, newer before older.
    public static let `default`: WalkOrder = [.topological, .time]
}

extension Repository {
    /// The commits reachable from `including` but not from `excluding`, as `git rev-list`
    /// lists them.
    ///
    /// - Parameters:
    ///   - including: commits (or annotated tags of commits) to start from.
    ///   - excluding: commits whose history is left out.
    ///   - firstParentOnly: follow only the first parent of merges (`--first-parent`).
    ///   - order: the order of the result; by default topological, newest first.
    ///   - limit: stop after this many commits.
    /// The corresponding libgit2 functions are `git_revwalk_push`, `git_revwalk_hide`
    /// and `git_revwalk_next`.
    public func walk(
        including: [ObjectID], excluding: [ObjectID] = [], firstParentOnly: Bool = false,
        order: WalkOrder = .default, limit: Int? = nil
    ) throws(GitError) -> [ObjectID] {
        let walk = try Libgit2.make { git_revwalk_new($0, pointer) }
        defer { git_revwalk_free(walk) }
        try Libgit2.call { git_revwalk_sorting(walk, order.rawValue) }
        if firstParentOnly {
            try Libgit2.call { git_revwalk_simplify_first_parent(walk) }
        }
        for id in including {
            var oid = try id.oid()
            try walkStep(id) { git_revwalk_push(walk, &oid) }
        }
        for id in excluding {
            var oid = try id.oid()
            try walkStep(id) { git_revwalk_hide(walk, &oid) }
        }
        var result: [ObjectID] = []
        var oid = git_oid()
        while limit.map({ result.count < $0 }) ?? true {
            let status = git_revwalk_next(&oid, walk)
            if status == GIT_ITEROVER.rawValue { break }
            do {
                try Libgit2.call { status }
            } catch {
                guard error.isNotFound, let cause = shallowCause else { throw error }
                throw error.rephrased(Messages.beyondShallowCutOff(cause))
            }
            result.append(ObjectID(oid))
        }
        return result
    }

    /// The commits of a revision or range, as `git rev-list RANGE` lists them:
    /// `main` (all its history), `A..B` (in B, not in A; a missing side means HEAD),
    /// `A...B` (in either, not in both).
    ///
    /// The corresponding libgit2 function is `git_revparse`.
    public func walk(
        _ range: String, firstParentOnly: Bool = false, order: WalkOrder = .default, limit: Int? = nil
    ) throws(GitError) -> [ObjectID] {
        let (including, excluding) = try rangeEnds(range)
        return try walk(
            including: including, excluding: excluding, firstParentOnly: firstParentOnly, order: order, limit: limit
        )
    }

    /// The commits to start from and to leave out for a range, with each side's name first passed
    /// through `naming` (for names that are not git revisions, such as strategy versions `v1`): the
    /// only place where tryg splits a range into its sides.
    ///
    /// - Parameter naming: turns a side as written into a revision libgit2 understands; its errors
    ///   are passed on.
    public func rangeEnds<Failure: Error>(
        _ range: String, naming: (String) throws(Failure) -> String
    ) throws -> (including: [ObjectID], excluding: [ObjectID]) {
        guard let (from, separator, to) = Self.rangeSides(range) else { return try rangeEnds(naming(range)) }
        let left = from.isEmpty ? "" : try naming(from)
        let right = to.isEmpty ? "" : try naming(to)
        return try rangeEnds(left + separator + right)
    }

    /// A range's two sides and its separator (`...` before `..`), or `nil` for a single revision;
    /// a side may be empty (git reads it as HEAD).
    public static func rangeSides(_ range: String) -> (from: String, separator: String, to: String)? {
        for separator in ["...", ".."] {
            guard let found = range.range(of: separator) else { continue }
            return (String(range[..<found.lowerBound]), separator, String(range[found.upperBound...]))
        }
        return nil
    }

    /// The commits to start from and to leave out for a range: `main` (all its history), `A..B`
    /// (in B, not in A; a missing side means HEAD), `A...B` (in either, not in both).
    ///
    /// Errors name the side that does not resolve ("unknown revision 'x' (in the range 'x..y')").
    /// The corresponding libgit2 functions are `git_revparse` and `git_merge_bases`.
    public func rangeEnds(_ range: String) throws(GitError) -> (including: [ObjectID], excluding: [ObjectID]) {
        if range.isEmpty {
            throw GitError(
                code: GitError.Code.invalidSpec, klass: GitError.Class.invalid, message: "an empty range names nothing"
            )
        }
        var spec = git_revspec()
        do {
            try Libgit2.call { git_revparse(&spec, pointer, range) }
        } catch {
            // Name the end that does not resolve, not the whole range.
            if let (from, _, to) = Self.rangeSides(range) {
                for side in [from, to] where !side.isEmpty {
                    do {
                        _ = try resolve(side)
                    } catch {
                        throw error.rephrased(error.message + " (in the range '\(range)')")
                    }
                }
            }
            throw revisionError(error, revision: range)
        }
        defer {
            git_object_free(spec.from)
            git_object_free(spec.to)
        }
        let from = spec.from.map { ObjectID(git_object_id($0)) }
        let to = spec.to.map { ObjectID(git_object_id($0)) }
        let flags = spec.flags
        if flags & GIT_REVSPEC_MERGE_BASE.rawValue != 0, let from, let to {
            return ([from, to], try mergeBases(commitID(from, in: range), commitID(to, in: range)))
        }
        if flags & GIT_REVSPEC_RANGE.rawValue != 0, let from, let to {
            return ([to], [from])
        }
        guard let from else {
            throw GitError(
                code: GitError.Code.invalidSpec, klass: GitError.Class.invalid, message: "'\(range)' is not a valid revision")
        }
        return ([from], [])
    }

    /// All best common ancestors of two commits (empty when they share no history).
    ///
    /// The corresponding libgit2 function is `git_merge_bases`.
    public func mergeBases(_ a: ObjectID, _ b: ObjectID) throws(GitError) -> [ObjectID] {
        var one = try a.oid()
        var two = try b.oid()
        var bases = git_oidarray()
        do {
            try Libgit2.call { git_merge_bases(&bases, pointer, &one, &two) }
        } catch {
            if error.isNotFound { return [] }
            throw error
        }
        defer { git_oidarray_dispose(&bases) }
        return (0..<bases.count).compactMap { index in bases.ids.map { ObjectID($0[index]) } }
    }

    /// The commit an id names (tags peeled), for range ends.
    private func commitID(_ id: ObjectID, in range: String) throws(GitError) -> ObjectID {
        do {
            return try commit(id).id
        } catch {
            throw error.rephrased("'\(range)' names \(id.short), which is not a commit")
        }
    }

    /// Pushes or hides one commit, naming it in the error.
    private func walkStep(_ id: ObjectID, _ body: () -> Int32) throws(GitError) {
        do {
            try Libgit2.call(body)
        } catch {
            throw error.isNotFound
                ? error.rephrased(missingObjectMessage(id, kind: "commit"))
                : error.rephrased("cannot walk the history of \(id.hex): \(error.message)")
        }
    }
}
