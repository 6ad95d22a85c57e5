import Foundation
import TestSupport
import Testing

/// A file name that is not valid UTF-8 is shown with its bytes escaped, never replaced by U+FFFD
/// (two different names must never look the same).
@Suite("File names that are not UTF-8 (end to end)")
struct FileNameBytesTests {
    @Test("a path with a byte 0xFF is shown as \\xFF")
    func invalidBytesEscaped() throws {
        let repo = try TemporaryRepository.withRealContent()
        let script = """
            set -e
            blob=$(printf '{}' | git hash-object -w --stdin)
            folder=$( (git ls-tree HEAD:strategy/initiatives; printf '100644 blob %s\\t\\377.json\\n' "$blob") | git mktree)
            strategy=$(git ls-tree HEAD:strategy | sed "s/$(git rev-parse HEAD:strategy/initiatives)/$folder/" | git mktree)
            root=$(git ls-tree HEAD | sed "s/$(git rev-parse HEAD:strategy)/$strategy/" | git mktree)
            git update-ref refs/heads/main "$(git commit-tree "$root" -p HEAD -m 'a name that is not UTF-8')"
            """
        let made = try runProcess("/bin/bash", ["-c", script], in: repo.path)
        try #require(made.status == 0, "\(made)")
        let result = try runProcess(Locations.trygBinary, ["validate", "HEAD", "--as-of", "2018-06-01"], in: repo.path)
        #expect(result.stdout.contains("strategy/initiatives/\\xFF.json:"), "\(result)")
        #expect(!result.stdout.contains("\u{FFFD}"), "\(result)")
    }
}
