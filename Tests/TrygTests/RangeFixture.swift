import Foundation
import TestSupport

/// A temporary repository holding the real strategy (content, schemas and `tryg.json` as committed
/// in this package), so that schema findings in hook and range tests are real ones.
enum RangeFixture {
    /// The day rules are checked as of, so time-dependent rules give the same answer every day.
    static let asOf = "2018-06-01"

    /// A repository whose first commit is the strategy of this package (`strategy/`, `schemas/`, `tryg.json`).
    static func strategyRepository() throws -> TemporaryRepository {
        try TemporaryRepository.withRealContent()
    }

    /// A valid initiative with `status` at line 5, column 13.
    static func initiative(id: String = "test-indsats", name: String = "Testindsats", status: String = "active") -> String {
        """
        {
          "$schema": "../../schemas/initiative.schema.json",
          "id": "\(id)",
          "name": "\(name)",
          "status": "\(status)",
          "period": {
            "from": "2018-01-01"
          },
          "goals": [
            "hoej-tryghed"
          ],
          "owners": [
            "aalborg-kommune"
          ],
          "sources": [
            {
              "kind": "seed",
              "note": "A test initiative."
            }
          ]
        }

        """
    }

    /// The path of the test initiative.
    static let initiativePath = "strategy/initiatives/test-indsats.json"

    /// The finding a `status` of "bogus" gives.
    static let bogusStatus =
        "strategy/initiatives/test-indsats.json:5:13: error: status must be one of: planned, active, ended, merged; found \"bogus\" [enum]"

    /// Whether a range report's last line says that nothing fails (the real strategy may carry
    /// warnings of its own, which must not make these tests depend on the day's content).
    static func passes(_ stdout: String, _ head: String) -> Bool {
        let summary = stdout.split(separator: "\n").first { $0.hasPrefix(head) }.map(String.init) ?? ""
        return summary == head + "no problems found" || summary == head + "no new problems"
            || summary.hasPrefix(head + "no commit fails (")
    }

    /// Runs the built tryg in a folder.
    static func tryg(_ arguments: [String], in directory: String, input: String? = nil) throws -> ProcessResult {
        try runProcess(Locations.trygBinary, arguments, in: directory, input: input)
    }
}

/// Making a fixture failed.
struct FixtureFailed: Error, CustomStringConvertible {
    var description: String
}
