import Git
import Messages

/// Turns a revision as the user wrote it into one libgit2 understands.
///
/// The seam where strategy version names (`v1`, `v2`) become the last commit of that version on the
/// first-parent history of HEAD — unless a real reference of that name exists (a tag `v1`, a branch
/// `v1`, or anything else `git rev-parse v1` would find), which always wins.
public enum RevisionNames {
    /// The revision to hand to libgit2 for `revision`.
    public static func resolve(_ revision: String, in repository: Repository) throws(StrategyError) -> String {
        guard let number = StrategyHistory.versionNumber(inName: revision) else { return revision }
        if repository.referenceExists("refs/tags/\(revision)") || repository.referenceExists("refs/heads/\(revision)")
            || (try? repository.resolve(revision)) != nil
        {
            return revision
        }
        return try commit(ofVersion: number, named: revision, in: repository).hex
    }

    /// A range (`v1..v2`, `main...feature`, or one revision) with version names on either side resolved.
    public static func resolveRange(_ range: String, in repository: Repository) throws(StrategyError) -> String {
        guard let (from, separator, to) = Repository.rangeSides(range) else { return try resolve(range, in: repository) }
        let left = from.isEmpty ? "" : try resolve(from, in: repository)
        let right = to.isEmpty ? "" : try resolve(to, in: repository)
        return left + separator + right
    }

    /// The last commit of strategy version `number` on the first-parent history of HEAD.
    static func commit(ofVersion number: Int, named name: String, in repository: Repository) throws(StrategyError)
        -> ObjectID
    {
        let versions: [StrategyVersion]
        do {
            versions = try StrategyHistory.versions(in: repository, from: try repository.resolveCommit("HEAD"))
        } catch {
            throw StrategyError(
                Message("error.version-lookup", ["name": .text(name), "detail": .text(error.message)]), cause: error)
        }
        guard let version = versions.first(where: { $0.version == number }) else {
            let found = versions.map { Message.Argument.text("v\($0.version)") }
            if found.isEmpty {
                throw StrategyError(Message("error.no-version.none", ["name": .text(name), "number": .count(number)]))
            }
            throw StrategyError(
                Message(
                    "error.no-version", ["name": .text(name), "number": .count(number), "found": .list(found, .comma)]))
        }
        return version.last.id
    }
}
