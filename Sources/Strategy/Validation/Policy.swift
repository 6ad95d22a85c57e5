import Git
import JSON

/// The configuration and schemas a check applies, taken from a commit other than the one checked:
/// the policy in force.
///
/// A server checks a pushed commit against the `tryg.json` and schemas of the reference's current
/// value, never only against the ones the push brings — otherwise a push could switch off its own
/// check by deleting `tryg.json` or loosening a schema in the same commit.
public struct Policy: Sendable {
    /// The commit the policy is read from.
    public var commit: ObjectID
    /// `tryg.json` with its parse, when the commit has one as a regular file.
    public var config: (file: SnapshotFile, entry: DocumentCache.Entry)?
    /// The schema files (`*.json` under the schema folder) with their parses.
    public var schemas: [(file: SnapshotFile, entry: DocumentCache.Entry)]

    /// The policy of `commit`.
    public static func read(
        from commit: ObjectID, in repository: Repository, options: ValidationOptions, documents: DocumentCache
    ) throws(GitError) -> Policy {
        let snapshot = try repository.snapshot(.commit(commit))
        var config: (SnapshotFile, DocumentCache.Entry)?
        if let file = try snapshot.file(at: RepositoryConfig.path) {
            config = (file, try documents.document(for: file, in: repository))
        }
        var schemas: [(SnapshotFile, DocumentCache.Entry)] = []
        for file in try snapshot.files(under: options.schemaRoot) where file.path.hasSuffix(".json") {
            schemas.append((file, try documents.document(for: file, in: repository)))
        }
        return Policy(commit: commit, config: config, schemas: schemas)
    }

    /// The policy files by path, with their blob ids: two commits with the same have the same policy.
    public var files: [String: ObjectID] {
        var out: [String: ObjectID] = [:]
        if let config { out[config.file.path] = config.file.id }
        for schema in schemas { out[schema.file.path] = schema.file.id }
        return out
    }

    /// The policy files of a commit, by path (the configuration and the schema files, as entries of
    /// its tree; a symbolic link or a folder where a file belongs counts as a different file).
    public static func files(of commit: ObjectID, in repository: Repository, options: ValidationOptions) throws(GitError)
        -> [String: ObjectID]
    {
        let snapshot = try repository.snapshot(.commit(commit))
        var out: [String: ObjectID] = [:]
        if let file = try snapshot.file(at: RepositoryConfig.path) { out[file.path] = file.id }
        for file in try snapshot.files(under: options.schemaRoot) where file.path.hasSuffix(".json") { out[file.path] = file.id }
        return out
    }
}
