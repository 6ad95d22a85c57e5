import Git

/// Turns a revision as the user wrote it into one libgit2 understands.
///
/// The seam where strategy version names (`v1`, `v2`) become the last commit of that version, unless
/// a real reference of that name exists.
enum RevisionNames {
    static func resolve(_ revision: String, in repository: Repository) throws -> String {
        revision
    }
}
