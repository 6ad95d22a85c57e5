import Clibgit2

extension Repository {
    /// The version of the libgit2 library tryg runs with, e.g. "1.5.1".
    ///
    /// The corresponding libgit2 function is `git_libgit2_version`.
    public static var libgit2Version: String {
        var major: Int32 = 0, minor: Int32 = 0, revision: Int32 = 0
        git_libgit2_version(&major, &minor, &revision)
        return "\(major).\(minor).\(revision)"
    }
}
