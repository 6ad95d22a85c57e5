import Clibgit2

extension Repository {
    /// Looks up an object of a type (`GIT_OBJECT_ANY` for any), with messages that name
    /// the object and the repository. The caller frees the object with `git_object_free`.
    ///
    /// The corresponding libgit2 function is `git_object_lookup`.
    func lookup(_ id: ObjectID, _ type: git_object_t) throws(GitError) -> OpaquePointer {
        var oid = try id.oid()
        let object: OpaquePointer
        do {
            object = try Libgit2.make { git_object_lookup($0, pointer, &oid, GIT_OBJECT_ANY) }
        } catch {
            throw error.isNotFound ? error.rephrased(missingObjectMessage(id)) : error
        }
        let actual = git_object_type(object)
        guard type == GIT_OBJECT_ANY || actual == type else {
            git_object_free(object)
            throw GitError(
                code: GitError.Code.notFound, klass: GitError.Class.object,
                message: "object \(id.hex) is a \(Self.typeName(actual)), not a \(Self.typeName(type))"
            )
        }
        return object
    }

    /// The name git uses for an object type ("commit", "tree", "blob", "tag").
    ///
    /// The corresponding libgit2 function is `git_object_type2string`.
    static func typeName(_ type: git_object_t) -> String {
        string(git_object_type2string(type))
    }

    /// Resolves any revision libgit2 understands to the id it names, as `git rev-parse`
    /// does: `HEAD`, `main~2`, `v1.0` (an annotated tag gives the tag's own id),
    /// `a1b2c3d`, `HEAD^{tree}`, `HEAD:path/file.json`, and `:path` or `:2:path` for an
    /// entry of the index.
    ///
    /// Errors: "unknown revision 'xyz'", "'HEAD' has no commits yet", and a clear message
    /// for ranges, ambiguous short ids and malformed revisions.
    /// The corresponding libgit2 function is `git_revparse_single`.
    public func resolve(_ revision: String) throws(GitError) -> ObjectID {
        if let (stage, path) = Self.indexRevision(revision) {
            return try resolveInIndex(revision, stage: stage, path: path)
        }
        let object = try parseRevision(revision)
        defer { git_object_free(object) }
        return ObjectID(git_object_id(object))
    }

    /// Reads the commit with this id; an annotated tag's id gives the commit it points at.
    ///
    /// The corresponding libgit2 function is `git_commit_lookup`.
    public func commit(_ id: ObjectID) throws(GitError) -> Commit {
        let object = try lookup(id, GIT_OBJECT_ANY)
        defer { git_object_free(object) }
        let commit = try peelToCommit(object, describedAs: "object \(id.hex)")
        defer { git_object_free(commit) }
        return Commit(repository: self, commit: commit)
    }

    /// Resolves a revision and reads the commit it names, peeling tags.
    ///
    /// Errors: "unknown revision 'xyz'", "'HEAD' has no commits yet", "'v1^{tree}' is not a
    /// commit".
    /// The corresponding libgit2 functions are `git_revparse_single` and `git_object_peel`.
    public func commit(revision: String) throws(GitError) -> Commit {
        if Self.indexRevision(revision) != nil {
            throw GitError(
                code: GitError.Code.peel, klass: GitError.Class.object, message: "'\(revision)' is not a commit"
            )
        }
        let object = try parseRevision(revision)
        defer { git_object_free(object) }
        let commit = try peelToCommit(object, describedAs: "'\(revision)'")
        defer { git_object_free(commit) }
        return Commit(repository: self, commit: commit)
    }

    /// The id of the commit a revision names (tags peeled).
    public func resolveCommit(_ revision: String) throws(GitError) -> ObjectID {
        try commit(revision: revision).id
    }

    /// Reads the tree with this id (a commit's id gives its root tree).
    ///
    /// The corresponding libgit2 function is `git_tree_lookup`.
    public func tree(_ id: ObjectID) throws(GitError) -> Tree {
        let object = try lookup(id, GIT_OBJECT_ANY)
        defer { git_object_free(object) }
        do {
            let tree = try Libgit2.make { git_object_peel($0, object, GIT_OBJECT_TREE) }
            return Tree(repository: self, pointer: tree)
        } catch {
            throw error.rephrased("object \(id.hex) is a \(Self.typeName(git_object_type(object))), not a tree")
        }
    }

    /// The bytes of a blob, whatever its size (callers go through ``blobBytes(_:limit:)``).
    ///
    /// The corresponding libgit2 function is `git_blob_rawcontent`.
    func inflatedBlob(_ id: ObjectID) throws(GitError) -> [UInt8] {
        if id == Self.emptyBlobID { return [] }
        let blob = try lookup(id, GIT_OBJECT_BLOB)
        defer { git_object_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let content = git_blob_rawcontent(blob) else { return [] }
        return Array(UnsafeRawBufferPointer(start: content, count: size))
    }

    /// Whether an object with this id is in the repository (including alternates).
    ///
    /// The corresponding libgit2 function is `git_odb_exists`.
    public func contains(_ id: ObjectID) -> Bool {
        guard var oid = try? id.oid(), let odb = try? Libgit2.make({ git_repository_odb($0, pointer) }) else {
            return false
        }
        defer { git_odb_free(odb) }
        return git_odb_exists(odb, &oid) == 1
    }

    /// The id of the empty blob, which git knows without storing it.
    public static let emptyBlobID = hashBlob([])

    /// The id git gives these bytes as a blob, as `git hash-object` computes it.
    ///
    /// The corresponding libgit2 function is `git_odb_hash`.
    public static func hashBlob(_ bytes: [UInt8]) -> ObjectID {
        var oid = git_oid()
        var result: Int32 = 0
        Libgit2.ensureInitialized()
        // Never hand libgit2 a null pointer, even for no bytes.
        let storage = bytes.isEmpty ? [0] : bytes
        storage.withUnsafeBytes { buffer in
            result = git_odb_hash(&oid, buffer.baseAddress, bytes.count, GIT_OBJECT_BLOB)
        }
        if result < 0 {
            // Hashing a blob fails only when memory runs out; nothing can be done here.
            preconditionFailure("git_odb_hash failed: \(GitError.fromLibgit2(code: result))")
        }
        return ObjectID(oid)
    }

    /// The best common ancestor of two commits, or `nil` when they share no history.
    ///
    /// The corresponding libgit2 function is `git_merge_base`.
    public func mergeBase(_ a: ObjectID, _ b: ObjectID) throws(GitError) -> ObjectID? {
        var one = try a.oid()
        var two = try b.oid()
        var base = git_oid()
        do {
            try Libgit2.call { git_merge_base(&base, pointer, &one, &two) }
        } catch {
            if error.isNotFound { return nil }
            throw error
        }
        return ObjectID(base)
    }

    // MARK: - Helpers

    /// Parses a revision with libgit2, rephrasing its errors. The caller frees the object.
    func parseRevision(_ revision: String) throws(GitError) -> OpaquePointer {
        if let problem = Self.revisionProblem(revision) { throw problem }
        do {
            return try Libgit2.make { git_revparse_single($0, pointer, revision) }
        } catch {
            throw revisionError(error, revision: revision)
        }
    }

    /// Rejects what libgit2 would misread or answer unclearly.
    private static func revisionProblem(_ revision: String) -> GitError? {
        let invalid = { (message: String) in
            GitError(code: GitError.Code.invalidSpec, klass: GitError.Class.invalid, message: message)
        }
        if revision.isEmpty { return invalid("an empty revision names nothing") }
        if revision.contains("..") && !revision.contains(":") {
            return invalid("'\(revision)' is a range of commits; name a single revision")
        }
        if revision.utf8.count == 64, ObjectID(hex: revision) != nil {
            return invalid(Messages.sha256ID("'\(revision)'"))
        }
        return nil
    }

    /// Turns libgit2's revision errors into sentences for people.
    func revisionError(_ error: GitError, revision: String) -> GitError {
        if (error.isNotFound || error.code == GitError.Code.unbornBranch) && isHeadUnborn
            && (revision.hasPrefix("HEAD") || revision.hasPrefix("@"))
        {
            return error.rephrased("'HEAD' has no commits yet")
        }
        switch error.code {
        case GitError.Code.notFound, GitError.Code.unbornBranch:
            return error.rephrased("unknown revision '\(revision)'")
        case GitError.Code.ambiguous:
            return error.rephrased("the short id '\(revision)' matches more than one object; give more hex digits")
        case GitError.Code.invalidSpec:
            return error.rephrased("'\(revision)' is not a valid revision")
        case GitError.Code.peel:
            return error.rephrased("'\(revision)' cannot be peeled as asked")
        default:
            return error
        }
    }

    /// Peels a commit or tag to a commit. The caller frees the result.
    private func peelToCommit(_ object: OpaquePointer, describedAs name: String) throws(GitError) -> OpaquePointer {
        do {
            return try Libgit2.make { git_object_peel($0, object, GIT_OBJECT_COMMIT) }
        } catch {
            throw GitError(
                code: GitError.Code.peel, klass: error.klass, message: "\(name) is not a commit", detail: error.message
            )
        }
    }
}
