import Git

/// The outcome of checking one commit of a range.
public struct CommitValidation: Sendable {
    /// The commit's id.
    public var id: ObjectID
    /// The first line of the commit's message, as `git log --oneline` shows it.
    public var summary: String
    /// What validating the commit's snapshot found.
    public var report: ValidationReport
    /// The commit it is compared with (its first parent in a range, the reference's old value in a
    /// push), when there is one.
    public var baseID: ObjectID?
    /// What the commit changed in the findings of its base, when it is compared with one.
    public var comparison: FindingComparison?

    /// Creates a commit's outcome from its parts.
    public init(
        id: ObjectID, summary: String, report: ValidationReport, baseID: ObjectID? = nil,
        comparison: FindingComparison? = nil
    ) {
        self.id = id
        self.summary = summary
        self.report = report
        self.baseID = baseID
        self.comparison = comparison
    }

    /// Whether the commit fails: it has findings at error level (or warnings, when `strict`) — only
    /// new ones when `newOnly` and the commit has a base to compare with.
    public func fails(strict: Bool, newOnly: Bool = false) -> Bool {
        if newOnly, let comparison { return comparison.fails(strict: strict) }
        let counts = report.counts
        return counts.errors > 0 || (strict && counts.warnings > 0)
    }
}

/// The outcome of checking every commit of a range, oldest first.
public struct RangeReport: Sendable {
    /// What was checked, as the user named it (`main..feature`), for messages.
    public var name: String
    /// Each commit's outcome, oldest first (parents before children).
    public var commits: [CommitValidation]

    /// Creates a report from its parts.
    public init(name: String, commits: [CommitValidation]) {
        self.name = name
        self.commits = commits
    }

    /// The commits that fail, oldest first.
    public func failing(strict: Bool, newOnly: Bool = false) -> [CommitValidation] {
        commits.filter { $0.fails(strict: strict, newOnly: newOnly) }
    }

    /// The findings of every commit, counted together (a finding present in three commits counts three
    /// times).
    public var counts: DiagnosticCounts {
        DiagnosticCounts(commits.flatMap(\.report.diagnostics))
    }
}

/// Checks every commit of a range with one shared ``ContentValidator``, each commit from the state
/// the commit before it left: only the files that differ between the two trees are read and checked
/// (each blob parsed once, each set of schemas compiled once, each file's schema findings computed
/// once per path, blob and schema set), entities changed in place are replaced in the model, and
/// each rule redoes only what its shape says the change can affect (``RuleMemory``). Commits whose
/// checked content equals an earlier one's get that report without any work.
///
/// A commit that changes a schema or `tryg.json` is checked in full against the new ones (unless a
/// ``Policy`` fixes them). Each commit can be compared with a base (``Baseline``): its first parent
/// in a range, the reference's old value in a push.
public final class RangeValidator {
    /// The validator shared by every commit.
    public let validator: ContentValidator
    /// Whether each commit's report keeps its typed model and valid documents; by default they are
    /// dropped once the commit is checked, so a long range does not hold a model per commit.
    public var keepsModels = false

    /// How many commits were answered with the report of an earlier commit whose checked content
    /// (the trees of the checked folders and the configuration file) was identical.
    public private(set) var reusedReports = 0
    /// Reports by the content they were made from (see ``contentKey(of:)``).
    private var reportsByContent: [String: (report: ValidationReport, tree: ObjectID)] = [:]
    /// What the last commit checked left behind: the next commit is checked from it.
    private var state: ValidationState?
    /// The history rules' facts of the last contents checked (each commit is compared with its base).
    private let historyFacts = HistoryFactsCache()
    /// Whether each commit compared with a base is also checked by the history rules.
    public var checksHistory = true

    /// Creates a range validator around one content validator (and so one cache).
    public init(validator: ContentValidator = ContentValidator()) {
        self.validator = validator
    }

    /// The commits of a range as git's `rev-list` means it, oldest first: `A..B` (reachable from B,
    /// not from A), `A...B` (from either, not from both), or one revision (all of its history).
    ///
    /// With `tipsOnly`, only the commits at the ends of the range: those of the range that are no
    /// parent of another commit in it (for `A..B`, just B).
    public static func commits(
        of range: String, in repository: Repository, tipsOnly: Bool = false
    ) throws(GitError) -> [ObjectID] {
        let all = try repository.walk(range, order: [.topological, .reverse])
        guard tipsOnly else { return all }
        var parents = Set<ObjectID>()
        for id in all {
            parents.formUnion(try repository.commit(id).parentIDs)
        }
        return all.filter { !parents.contains($0) }
    }

    /// What each commit is compared with, so that a report can tell the findings a commit
    /// introduced from those it inherited.
    public enum Baseline: Sendable {
        /// No comparison: every finding counts.
        case none
        /// Each commit is compared with its first parent (a root commit with nothing).
        case firstParent
        /// Each commit is compared with the commit this function names for it (nil: nothing).
        case given(@Sendable (ObjectID) -> ObjectID?)
    }

    /// Checks the given commits in order.
    ///
    /// - Parameters:
    ///   - commits: the commits, in the order they are to be reported (oldest first reads best).
    ///   - repository: where they are.
    ///   - name: how to name the range in messages.
    ///   - baseline: what each commit is compared with; a base outside the commits is checked too
    ///     (once per distinct content), but not reported.
    ///   - progress: called after each commit with (commits done, total).
    /// - Throws: `GitError` when a commit or one of its files cannot be read.
    public func validate(
        _ commits: [ObjectID], in repository: Repository, name: String, baseline: Baseline = .none,
        progress: ((Int, Int) -> Void)? = nil
    ) throws(GitError) -> RangeReport {
        var results: [CommitValidation] = []
        results.reserveCapacity(commits.count)
        for (done, id) in commits.enumerated() {
            let commit = try repository.commit(id)
            let baseID: ObjectID?
            switch baseline {
            case .none: baseID = nil
            case .firstParent: baseID = commit.parentIDs.first
            case .given(let base): baseID = base(id)
            }
            // The base first: in a series, it is the commit just checked, so this costs a lookup.
            var base: ValidationReport?
            if let baseID { base = try self.report(for: try repository.commit(baseID), in: repository) }
            var checked = try self.report(for: commit, in: repository)
            var comparison = base.map { FindingComparison(base: $0, change: checked) }
            if let baseID, checksHistory {
                let found = try historyFindings(base: try repository.commit(baseID), change: commit, in: repository)
                if !found.isEmpty {
                    checked.diagnostics = Diagnostic.sortedForOutput(checked.diagnostics + found)
                    if let known = comparison?.new { comparison?.new = Diagnostic.sortedForOutput(known + found) }
                }
            }
            results.append(
                CommitValidation(
                    id: id, summary: commit.summary, report: checked, baseID: baseID, comparison: comparison))
            progress?(done + 1, commits.count)
        }
        return RangeReport(name: name, commits: results)
    }

    /// The report of one commit: remembered by content, or checked now.
    private func report(for commit: Commit, in repository: Repository) throws(GitError) -> ValidationReport {
        let key = try contentKey(of: commit)
        if let known = reportsByContent[key], try !treesDifferInRefusedPaths(known.tree, commit.treeID, in: repository) {
            reusedReports += 1
            return known.report
        }
        let report = try check(commit, in: repository)
        reportsByContent[key] = (report, commit.treeID)
        if checksHistory, let state {
            historyFacts.remember(key, HistoryFacts(model: state.model, paths: state.entries.keys, config: state.config))
        }
        return report
    }

    /// Whether two trees that agree on the checked content differ in an entry git would refuse to
    /// check out (such an entry may sit anywhere, outside the checked folders too).
    private func treesDifferInRefusedPaths(_ old: ObjectID, _ new: ObjectID, in repository: Repository) throws(GitError) -> Bool {
        guard old != new else { return false }
        return try repository.changedFiles(from: old, to: new).contains { change in
            [change.oldPath, change.newPath].contains { $0.map(ContentValidator.hasRefusedName) ?? false }
        }
    }

    /// The history rules' findings of `change` against `base` (see ``HistoryRules``).
    private func historyFindings(base: Commit, change: Commit, in repository: Repository) throws(GitError) -> [Diagnostic] {
        let before = try facts(of: base, in: repository), after = try facts(of: change, in: repository)
        let earlier = try HistoryRules.earlierPaths(HistoryRules.added(before, after), before: base.id, in: repository)
        return HistoryRules.check(base: before, change: after, earlier: earlier)
    }

    /// A commit's history facts: remembered from its check, or from a fresh check of its snapshot.
    private func facts(of commit: Commit, in repository: Repository) throws(GitError) -> HistoryFacts {
        let key = try contentKey(of: commit)
        if let known = historyFacts.facts(key) { return known }
        let report = try validator.validate(try repository.snapshot(.commit(commit.id)))
        let facts = HistoryFacts(model: report.model, paths: report.sources.keys, config: report.config)
        historyFacts.remember(key, facts)
        return facts
    }

    /// Validates one commit, starting from the state the previous one left, and keeps only what the
    /// report needs.
    private func check(_ commit: Commit, in repository: Repository) throws(GitError) -> ValidationReport {
        // The state is taken out and put back, so that updating it copies nothing.
        let next = try validator.validate(commit: commit.id, tree: commit.treeID, after: state.take(), in: repository)
        var report = next.report(allSources: false)
        state = next
        if !keepsModels {
            report.model = StrategyModel()
            report.validDocuments = [:]
        }
        if report.diagnostics.isEmpty { report.sources = [:] }  // nothing to quote
        return report
    }

    /// What a commit's report depends on: the ids of the checked folders' trees and of the
    /// configuration file. Commits that agree on it (e.g. ones that change only code or the README)
    /// get the same report without any work: same content, same options, same findings.
    private func contentKey(of commit: Commit) throws(GitError) -> String {
        let tree = try commit.tree()
        var key = ""
        for path in validator.options.contentRoots + (validator.options.policy == nil ? [RepositoryConfig.path] : []) {
            let entry = try tree.entry(atPath: path)
            key += path + "=" + (entry.map { "\($0.mode):\($0.id.hex)" } ?? "-") + ";"
        }
        return key
    }

    /// Checks every commit of a range (or only its tips), oldest first.
    public func validate(
        range: String, in repository: Repository, tipsOnly: Bool = false, baseline: Baseline = .none,
        progress: ((Int, Int) -> Void)? = nil
    ) throws(GitError) -> RangeReport {
        let commits = try Self.commits(of: range, in: repository, tipsOnly: tipsOnly)
        return try validate(commits, in: repository, name: range, baseline: baseline, progress: progress)
    }
}
