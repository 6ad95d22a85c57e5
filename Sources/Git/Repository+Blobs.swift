import Clibgit2

extension Repository {
    /// The largest blob ``blobBytes(_:limit:)`` and ``Snapshot/read(_:limit:)`` read unless told
    /// otherwise: 64 MiB, the JSON parser's limit.
    public static let defaultBlobLimit = 64 << 20

    /// The size of an object's content in bytes, read from its header: a loose object's first
    /// bytes, a packed object's entry header (for a delta, the delta's header). The content itself
    /// is not inflated, so a compressed bomb costs nothing here.
    ///
    /// The corresponding libgit2 function is `git_odb_read_header`.
    public func objectSize(_ id: ObjectID) throws(GitError) -> Int {
        if id == Self.emptyBlobID { return 0 }
        var oid = try id.oid()
        let odb = try Libgit2.make { git_repository_odb($0, pointer) }
        defer { git_odb_free(odb) }
        var size = 0
        var type = GIT_OBJECT_INVALID
        do {
            try Libgit2.call { git_odb_read_header(&size, &type, odb, &oid) }
        } catch {
            throw error.isNotFound ? error.rephrased(missingObjectMessage(id)) : error
        }
        return size
    }

    /// The bytes of a blob (the content of a file as committed or staged), refused without being
    /// inflated when its header says it is larger than ``defaultBlobLimit``.
    public func blobBytes(_ id: ObjectID) throws(GitError) -> [UInt8] {
        try blobBytes(id, limit: Self.defaultBlobLimit)
    }

    /// The bytes of a blob, refused without being
    /// inflated when its header says it is larger than `limit` bytes.
    ///
    /// - Throws: a ``GitError`` whose ``GitError/isTooLarge`` is true for a blob over the limit (its
    ///   size is in the message); "object … does not exist", "… is a tree, not a blob", and the
    ///   errors of a damaged object.
    /// - Complexity: the header read is bounded; only a blob within the limit is inflated.
    /// The corresponding libgit2 functions are `git_odb_read_header` and `git_blob_rawcontent`.
    public func blobBytes(_ id: ObjectID, limit: Int) throws(GitError) -> [UInt8] {
        let size = try objectSize(id)
        if size > limit {
            throw GitError.tooLarge(Messages.blobTooLarge(id, size: size, limit: limit))
        }
        return try inflatedBlob(id)
    }
}

extension GitError {
    /// Whether the object was refused because it is larger than the reader's limit.
    public var isTooLarge: Bool { code == Code.tooLarge && klass == Class.odb }

    /// An object refused for its size (``Code/tooLarge``, class `GIT_ERROR_ODB`).
    static func tooLarge(_ message: String) -> GitError {
        GitError(code: Code.tooLarge, klass: Class.odb, message: message)
    }
}

extension Repository {
    /// Whether the repository is a shallow clone (`git clone --depth`), or the push a pre-receive
    /// hook checks comes from one (``pushShallowCommits``): history is cut off, and libgit2 1.5.1
    /// cannot walk past the cut.
    ///
    /// The corresponding libgit2 function is `git_repository_is_shallow`.
    public var isShallow: Bool {
        !pushShallowCommits.isEmpty || git_repository_is_shallow(pointer) == 1
    }

    /// Why an object may be missing when history is cut off, or `nil` when it is not.
    var shallowCause: String? {
        if !pushShallowCommits.isEmpty { return Messages.shallowPushCause(pushShallowCommits) }
        return git_repository_is_shallow(pointer) == 1 ? Messages.shallowCause : nil
    }

    /// "object … does not exist in the repository at …", with the likely cause when history is
    /// cut off (a shallow clone, or a push from one).
    func missingObjectMessage(_ id: ObjectID, kind: String = "object") -> String {
        let missing = Messages.missingObject(id, in: displayPath, kind: kind)
        return shallowCause.map { missing + "; " + $0 } ?? missing
    }
}
