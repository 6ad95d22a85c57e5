import Foundation
import TestSupport

/// Writes small strategy files into temporary repositories for the diff and history tests.
enum DiffFixture {
    /// An initiative file; `extra` members are written after the required ones, as given.
    static func initiative(
        _ id: String, name: String, status: String = "active", from: String = "2018-01-01", to: String? = nil,
        goals: [String] = ["maal"], owners: [String] = ["kommunen"], extra: String = ""
    ) -> String {
        let period = to.map { "{ \"from\": \"\(from)\", \"to\": \"\($0)\" }" } ?? "{ \"from\": \"\(from)\" }"
        return """
            {
              "id": "\(id)",
              "name": "\(name)",
              "status": "\(status)",
              "period": \(period),
              "goals": \(list(goals)),
              "owners": \(list(owners)),\(extra)
              "sources": [{ "kind": "seed", "note": "test" }]
            }

            """
    }

    static func list(_ items: [String]) -> String {
        "[" + items.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }

    /// A repository whose first commit holds `files` (path → text).
    static func repository(_ files: [String: String]) throws -> TemporaryRepository {
        let repo = try TemporaryRepository()
        for (path, text) in files { try repo.write(path, text) }
        try repo.commitAll("first")
        return repo
    }
}
