import Clibgit2

extension Repository {
    /// Every reference (branches, tags, remote-tracking branches, notes, …) with the
    /// object it ends at, sorted by name; `HEAD` is not included.
    ///
    /// Symbolic references are followed and tags are peeled to the commit they name;
    /// a tag of a tree or blob gives that object. Dangling references are left out.
    /// The corresponding libgit2 functions are `git_reference_iterator_new` and
    /// `git_reference_peel`.
    public func references() throws(GitError) -> [(name: String, target: ObjectID)] {
        let iterator = try Libgit2.make { git_reference_iterator_new($0, pointer) }
        defer { git_reference_iterator_free(iterator) }
        var result: [(name: String, target: ObjectID)] = []
        while true {
            var reference: OpaquePointer?
            let status = git_reference_next(&reference, iterator)
            if status == GIT_ITEROVER.rawValue { break }
            guard status == 0, let reference else { throw GitError.fromLibgit2(code: status) }
            defer { git_reference_free(reference) }
            if let target = Self.peeledTarget(reference) {
                result.append((string(git_reference_name(reference)), target))
            }
        }
        return result.sorted { $0.name < $1.name }
    }

    /// Whether a reference with exactly this full name exists (`refs/heads/main`, `HEAD`).
    ///
    /// The corresponding libgit2 function is `git_reference_lookup`.
    public func referenceExists(_ name: String) -> Bool {
        guard let reference = try? Libgit2.make({ git_reference_lookup($0, pointer, name) }) else {
            return false
        }
        git_reference_free(reference)
        return true
    }

    /// The full name of the branch HEAD points at (`refs/heads/main`), also when it has no
    /// commits yet; `nil` when HEAD is detached or unreadable.
    ///
    /// The corresponding libgit2 function is `git_reference_symbolic_target`.
    public var headReferenceName: String? {
        guard let head = try? Libgit2.make({ git_reference_lookup($0, pointer, "HEAD") }) else { return nil }
        defer { git_reference_free(head) }
        return git_reference_symbolic_target(head).map { String(cString: $0) }
    }

    /// The object a reference ends at: a commit when the chain leads to one.
    private static func peeledTarget(_ reference: OpaquePointer) -> ObjectID? {
        if let commit = try? Libgit2.make({ git_reference_peel($0, reference, GIT_OBJECT_COMMIT) }) {
            defer { git_object_free(commit) }
            return ObjectID(git_object_id(commit))
        }
        if let object = try? Libgit2.make({ git_reference_peel($0, reference, GIT_OBJECT_ANY) }) {
            defer { git_object_free(object) }
            return ObjectID(git_object_id(object))
        }
        return nil
    }
}
