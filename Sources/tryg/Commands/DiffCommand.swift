import ArgumentParser
import Git
import JSON
import Strategy

/// `tryg diff`: the semantic difference between two snapshots of the strategy.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed in the strategy between two snapshots, in the strategy's own words.",
        discussion: """
            Compares entities by id, never by file position: added and removed entities, status \
            changes with their dates, renames, field changes (lists as added and removed members), \
            partner, unit and organisation changes, and files renamed with a new id (suspected id \
            changes). Like git diff: no revision compares HEAD with the work tree, one revision \
            compares it with the work tree (or the index with --staged), two compare the two; \
            --staged alone compares HEAD with the index. v1, v2, … name the last commit of that \
            strategy version (unless a tag or branch has that name).

            Both sides are validated, and a one-line summary says whether each is valid.

            Examples:
              tryg diff                      HEAD against the work tree
              tryg diff --staged             HEAD against what the next commit will contain
              tryg diff v1 v2                Version 1 against Version 2
              tryg diff main~3 main --format markdown
              tryg diff --exit-code HEAD~1 HEAD
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @OptionGroup var repository: RepositoryOptions

    @Argument(help: ArgumentHelp("The old revision (default: HEAD).", valueName: "old"))
    var old: String?

    @Argument(help: ArgumentHelp("The new revision (default: the work tree, or the index with --staged).", valueName: "new"))
    var new: String?

    @Flag(help: "Compare with the index (what the next commit will contain) instead of the work tree.")
    var staged = false

    @Option(help: ArgumentHelp("Output format: text, markdown (for pull requests and job summaries) or json.", valueName: "format"))
    var format: Format = .text

    @Option(help: ArgumentHelp("Colour: auto (only on a terminal, and not when NO_COLOR is set), always or never.", valueName: "when"))
    var color: OutputOptions.ColorChoice = .auto

    @Flag(name: .customLong("exit-code"), help: "Exit with status 1 when there are changes, 0 when there are none.")
    var exitCode = false

    @Flag(name: .customLong("no-validate"), help: "Do not validate the two sides (faster on large strategies).")
    var noValidate = false

    @Flag(name: [.short, .long], help: "Show changes to sources and assumptions one by one.")
    var verbose = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Validate time-dependent rules as of this day (YYYY-MM-DD).", valueName: "date"))
    var asOf: String?

    func validate() throws {
        if staged, new != nil { throw ValidationError("--staged compares a revision with the index; give at most one revision") }
        if let asOf, Day(asOf) == nil { throw ValidationError("--as-of takes a date written YYYY-MM-DD, got '\(asOf)'") }
    }

    func run() throws {
        let repo = try repository.open()
        let oldSide = try DiffSideInput.revision(old ?? "HEAD", in: repo)
        let newSide: DiffSideInput
        if let new {
            newSide = try .revision(new, in: repo)
        } else if staged {
            newSide = DiffSideInput(label: "the index", commit: nil, source: .index, validateCommand: "tryg validate --staged")
        } else {
            guard !repo.isBare else { throw Failure("cli.bare-needs-two-revisions") }
            newSide = DiffSideInput(label: "the work tree", commit: nil, source: .workTree, validateCommand: "tryg validate")
        }
        let report = try compare(oldSide, newSide, in: repo)
        let style = Style(enabled: color == .always || (color == .auto && Console.standardOutput.isTerminal && !Console.noColorRequested))
        switch format {
        case .text: Console.standardOutput.write(DiffTextRenderer(style: style, verbose: verbose).render(report))
        case .markdown: Console.standardOutput.write(DiffMarkdownRenderer(verbose: verbose).render(report))
        case .json: Console.standardOutput.write(DiffJSONRenderer.render(report))
        }
        if exitCode, !report.diff.isEmpty { throw ExitCode(1) }
    }

    /// Diffs the two sides and, unless asked not to, validates both.
    ///
    /// Two commits are compared through their trees, so `--no-validate` never lists a whole tree;
    /// the index and the work tree are compared as snapshots.
    private func compare(_ old: DiffSideInput, _ new: DiffSideInput, in repo: Repository) throws -> DiffReport {
        do {
            var snapshots: [Snapshot?] = []
            var ends: [StrategyDiffer.End] = []
            for side in [old, new] {
                let snapshot = side.commit == nil || !noValidate ? try repo.snapshot(side.source) : nil
                snapshots.append(snapshot)
                if let commit = side.commit {
                    ends.append(.commit(commit))
                } else if let snapshot {
                    ends.append(.snapshot(snapshot))
                }
            }
            guard ends.count == 2 else { throw Failure("cli.nothing-to-compare") }
            let diff = try StrategyDiffer(repository: repo).diff(from: ends[0], to: ends[1])
            var validation: [DiagnosticCounts?] = [nil, nil]
            if !noValidate {
                var options = ValidationOptions()
                options.asOf = asOf.flatMap(Day.init) ?? .today
                let validator = ContentValidator(options: options)
                for (position, snapshot) in snapshots.enumerated() {
                    validation[position] = try snapshot.map { s throws(GitError) in try validator.validate(s).counts }
                }
            }
            return DiffReport(diff: diff, old: old.side(validation: validation[0]), new: new.side(validation: validation[1]))
        } catch let error as GitError {
            throw Failure(error)
        }
    }
}

/// One side of `tryg diff` as the user named it.
struct DiffSideInput {
    var label: String
    var commit: ObjectID?
    var source: SnapshotSource
    var validateCommand: String

    /// A revision (`v2` resolved through ``RevisionNames``); unknown revisions are operational failures.
    static func revision(_ name: String, in repo: Repository) throws -> DiffSideInput {
        let resolved = try SnapshotSelection.resolve(name, in: repo)
        let id: ObjectID
        do {
            id = try repo.resolveCommit(resolved)
        } catch {
            throw Failure(error)
        }
        return DiffSideInput(label: name, commit: id, source: .commit(id), validateCommand: "tryg validate \(name)")
    }

    func side(validation: DiagnosticCounts?) -> DiffReport.Side {
        DiffReport.Side(label: label, commit: commit, validation: validation, validateCommand: validateCommand)
    }
}

/// What `tryg diff` prints: the diff and what is known about each side.
struct DiffReport {
    struct Side {
        /// How the user named the side (`v1`, `HEAD`, `the work tree`).
        var label: String
        var commit: ObjectID?
        /// The counts of findings, when the side was validated.
        var validation: DiagnosticCounts?
        /// The command that shows the side's findings.
        var validateCommand: String
    }

    var diff: StrategyDiff
    var old: Side
    var new: Side
}
