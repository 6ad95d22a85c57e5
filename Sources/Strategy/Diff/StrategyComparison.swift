import Git
import Messages

/// Everything `tryg diff` says about two snapshots: what changed, in the strategy's words; which
/// findings the change introduced or fixed; and what it did to the coverage of every partner and
/// involved department.
public struct StrategyComparison: Sendable {
    /// One side as the user named it.
    public struct Input: Sendable {
        /// How the user named the side (`v1`, `HEAD`) or what it is (the work tree, the index).
        public var label: Message
        public var commit: ObjectID?
        public var source: SnapshotSource
        /// The command that lists the side's findings.
        public var validateCommand: String

        public init(label: Message, commit: ObjectID?, source: SnapshotSource, validateCommand: String) {
            self.label = label
            self.commit = commit
            self.source = source
            self.validateCommand = validateCommand
        }

        /// A revision (version names such as `v2` resolved).
        public static func revision(_ name: String, in repository: Repository) throws(StrategyError) -> Input {
            let resolved = try RevisionNames.resolve(name, in: repository)
            let id: ObjectID
            do {
                id = try repository.resolveCommit(resolved)
            } catch {
                throw StrategyError(error)
            }
            return Input(
                label: Message("snapshot.revision", ["revision": .text(name)]), commit: id, source: .commit(id),
                validateCommand: "tryg validate \(name)")
        }

        public static let index = Input(
            label: Message("snapshot.index"), commit: nil, source: .index, validateCommand: "tryg validate --staged")
        public static let workTree = Input(
            label: Message("snapshot.work-tree"), commit: nil, source: .workTree, validateCommand: "tryg validate")
    }

    /// One side and what its check found (nil when the sides were not validated).
    public struct Side: Sendable {
        public var input: Input
        public var report: ValidationReport?
    }

    public var diff: StrategyDiff
    public var old: Side
    public var new: Side
    /// The findings the change introduced and fixed (when both sides were validated).
    public var findings: FindingComparison?
    /// What the change did to coverage (when both sides were validated and neither has content
    /// files with errors).
    public var coverage: [CoverageChange]
    /// Whether the coverage effect is left out because a side's files have errors (its model lacks
    /// them, so every initiative in them would seem to have gone).
    public var coverageWithheld = false
    /// The words to describe the changes with, knowing both sides' names.
    public var words: ChangeWords

    /// Compares two sides. With `validation` (the default), both are checked as `tryg validate`
    /// checks them — sharing one parse of every blob with the diff — so the comparison knows names,
    /// findings and coverage; without it only the changed files are read.
    public static func compare(
        _ old: Input, _ new: Input, in repository: Repository, validation: ValidationOptions?
    ) throws(GitError) -> StrategyComparison {
        let documents = DocumentCache()
        var snapshots: [Snapshot?] = []
        var ends: [StrategyDiffer.End] = []
        for side in [old, new] {
            let snapshot = side.commit == nil || validation != nil ? try repository.snapshot(side.source) : nil
            snapshots.append(snapshot)
            if let commit = side.commit {
                ends.append(.commit(commit))
            } else if let snapshot {
                ends.append(.snapshot(snapshot))
            }
        }
        let diff = try StrategyDiffer(repository: repository, documents: documents).diff(from: ends[0], to: ends[1])
        var reports: [ValidationReport?] = [nil, nil]
        if let validation {
            let validator = ContentValidator(options: validation, documents: documents)
            for (position, snapshot) in snapshots.enumerated() {
                reports[position] = try snapshot.map { s throws(GitError) in try validator.validate(s) }
            }
        }
        var comparison = StrategyComparison(
            diff: diff, old: Side(input: old, report: reports[0]), new: Side(input: new, report: reports[1]),
            findings: nil, coverage: [], words: ChangeWords(names: NameBook(old: reports[0]?.model, new: reports[1]?.model)))
        if let before = reports[0], let after = reports[1], let validation {
            var findings = FindingComparison(base: before, change: after)
            let history = try HistoryRules.check(base: before, change: after, baseCommit: old.commit, in: repository)
            findings.addHistory(history)
            comparison.findings = findings
            // The new side is what it is only as a change of the old one: its history findings count.
            comparison.new.report?.diagnostics = Diagnostic.sortedForOutput(after.diagnostics + history)
            if before.brokenFiles.isEmpty, after.brokenFiles.isEmpty {
                comparison.coverage = CoverageEffect.changes(old: before.model, new: after.model, asOf: validation.asOf)
            } else {
                comparison.coverageWithheld = true
            }
        }
        return comparison
    }

    /// The new and fixed findings located in one entity's file.
    public func findings(of change: EntityChange) -> (new: [Diagnostic], fixed: [Diagnostic]) {
        guard let findings else { return ([], []) }
        let paths = Set([change.oldPath, change.newPath].compactMap { $0 })
        return (findings.new.filter { paths.contains($0.path ?? "") }, findings.fixed.filter { paths.contains($0.path ?? "") })
    }

    /// The new and fixed findings in no changed entity's file (configuration, schemas, other entities).
    public var otherFindings: (new: [Diagnostic], fixed: [Diagnostic]) {
        guard let findings else { return ([], []) }
        let paths = Set(diff.changes.flatMap { [$0.oldPath, $0.newPath].compactMap { $0 } })
        return (findings.new.filter { !paths.contains($0.path ?? "") }, findings.fixed.filter { !paths.contains($0.path ?? "") })
    }
}
