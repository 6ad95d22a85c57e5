import Git
import Strategy

/// Turns a revision as the user wrote it into one libgit2 understands.
///
/// The seam where strategy version names (`v1`, `v2`) become the last commit of that version on the
/// first-parent history of HEAD — unless a real reference of that name exists (a tag `v1`, a branch
/// `v1`, or anything else `git rev-parse v1` would find), which always wins.
enum RevisionNames {
    static func resolve(_ revision: String, in repository: Repository) throws -> String {
        guard let number = StrategyHistory.versionNumber(inName: revision) else { return revision }
        if repository.referenceExists("refs/tags/\(revision)") || repository.referenceExists("refs/heads/\(revision)")
            || (try? repository.resolve(revision)) != nil
        {
            return revision
        }
        return try commit(ofVersion: number, named: revision, in: repository).hex
    }

    /// The last commit of strategy version `number` on the first-parent history of HEAD.
    static func commit(ofVersion number: Int, named name: String, in repository: Repository) throws -> ObjectID {
        let versions: [StrategyVersion]
        do {
            versions = try StrategyHistory.versions(in: repository, from: try repository.resolveCommit("HEAD"))
        } catch {
            throw Failure("'\(name)' names no reference, and strategy versions cannot be looked up: \(error.message)")
        }
        guard let version = versions.first(where: { $0.version == number }) else {
            let found = versions.map { "v\($0.version)" }.joined(separator: ", ")
            throw Failure(
                "'\(name)' names no reference, and no commit on the first-parent history of HEAD has strategy version \(number)"
                    + (found.isEmpty ? " (no strategy versions were found)" : " (versions found: \(found))"))
        }
        return version.last.id
    }
}
