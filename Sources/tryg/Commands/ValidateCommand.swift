import ArgumentParser
import Git
import JSON
import Messages
import Strategy

/// `tryg validate`: checks the strategy's files at one snapshot, or every commit of a range.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the strategy's files: JSON syntax, schemas, and the strategy's rules.",
        discussion: """
            Checks every *.json file under strategy/ and schemas/ (and tryg.json) at the chosen snapshot: \
            the work tree by default, the index with --staged, or any revision. Each problem is printed \
            as path:line:column: severity: message [code], with the line and a hint.

            With --new-since BASE only the findings the change introduced since BASE are listed (and \
            fail the check); those it fixed are listed as fixed, and the rest counted in one line.

            With --range A..B every commit reachable from B and not from A is checked, oldest first, so \
            that no broken commit hides in the middle of a series. Each commit is compared with its \
            first parent and only what it introduced is shown and fails; --all shows and counts every \
            finding of every commit. --tips-only checks just B.

            Examples:
              tryg validate
              tryg validate --staged
              tryg validate v2 --lang en
              tryg validate --new-since origin/main
              tryg validate -C ../tryg-aalborg HEAD~3 --format json
              tryg validate --range origin/main..HEAD
              tryg validate --range "$BASE..$HEAD" --format github
            """
    )

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var selection: SnapshotSelection
    @OptionGroup var rules: RuleOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var language: LanguageOptions

    @Option(
        help: ArgumentHelp(
            "Check every commit of a range: A..B (in B, not in A), A...B (in either, not in both).",
            valueName: "range"))
    var range: String?

    @Flag(help: "With --range, check only the commit the range ends at (B of A..B).")
    var tipsOnly = false

    @Option(
        name: .customLong("new-since"),
        help: ArgumentHelp("Show and fail on only the findings that are new since this revision.", valueName: "base"))
    var newSince: String?

    @Flag(help: "With --range, show every finding of every commit, not only what each commit introduced.")
    var all = false

    func validate() throws {
        if range != nil, selection.revision != nil || selection.staged {
            throw Usage.error("usage.revision-staged-range")
        }
        if tipsOnly, range == nil { throw Usage.error("usage.tips-only") }
        if newSince != nil, range != nil { throw Usage.error("usage.new-since-range") }
        if all, newSince != nil { throw Usage.error("usage.all-new-since") }
    }

    func run() throws {
        let repo = try repository.open()
        Session.language = language.choose(for: repo)
        if let range {
            try RangeValidation(range: range, tipsOnly: tipsOnly, newOnly: !all, rules: rules, output: output)
                .run(in: repo, speaker: speaker(for: output.format))
            return
        }
        let source = try selection.source(in: repo)
        let validator = ContentValidator(options: rules.validationOptions)
        let report: ValidationReport
        var comparison: FindingComparison?
        do {
            report = try validator.validate(try repo.snapshot(source))
            if let newSince {
                let base = try repo.snapshot(.revision(try SnapshotSelection.resolve(newSince, in: repo)))
                let baseReport = try validator.validate(base)
                comparison = FindingComparison(base: baseReport, change: report)
                comparison?.addHistory(
                    try HistoryRules.check(base: baseReport, change: report, baseCommit: base.commitID, in: repo))
            }
        } catch let error as GitError {
            throw Failure(error)
        }
        ProcessLifetime.keep(validator)
        ProcessLifetime.keep(report)
        let reporter = FindingsReporter(
            format: output.format, style: Style(enabled: output.useColor), speaker: speaker(for: output.format),
            what: SnapshotSelection.describe(source, as: selection.revision))
        Console.standardOutput.write(reporter.render(report, comparison: comparison, base: newSince))
        let fails = comparison.map { $0.fails(strict: rules.strict) } ?? rules.fails(report.counts)
        if fails { throw ExitCode(1) }
    }

    /// Plain text for machine formats (their writers escape), terminal-escaped text otherwise.
    func speaker(for format: OutputOptions.Format) -> Speaker {
        format == .text ? .terminal(Session.language) : .plain(Session.language)
    }
}

/// `tryg validate --range`: checks every commit of a range (or its tips) and reports per commit.
struct RangeValidation {
    var range: String
    var tipsOnly: Bool
    var newOnly: Bool
    var rules: RuleOptions
    var output: OutputOptions

    func run(in repo: Repository, speaker: Speaker) throws {
        let validator = RangeValidator(validator: ContentValidator(options: rules.validationOptions))
        let report: RangeReport
        do {
            let resolved = try RevisionNames.resolveRange(range, in: repo)
            let commits = try RangeValidator.commits(of: resolved, in: repo, tipsOnly: tipsOnly)
            let meter = ProgressMeter(label: speaker.say("progress.validating-commits"), total: commits.count)
            defer { meter.finish() }
            report = try validator.validate(
                commits, in: repo, name: range, baseline: newOnly ? .firstParent : .none, progress: meter.update)
        } catch let error as GitError {
            throw Failure(error)
        } catch let error as StrategyError {
            throw Failure(error)
        }
        ProcessLifetime.keep(validator)
        ProcessLifetime.keep(report)
        let reporter = RangeReporter(
            style: Style(enabled: output.useColor), strict: rules.strict, newOnly: newOnly, speaker: speaker)
        switch output.format {
        case .text: Console.standardOutput.write(reporter.text(report))
        case .json: Console.standardOutput.write(reporter.json(report))
        case .github: Console.standardOutput.write(GitHubReporter(speaker: speaker).render(reporter.distinctFindings(report)))
        case .sarif:
            Console.standardOutput.write(
                SARIFReporter(speaker: speaker).render(reporter.distinctFindings(report), rules: RuleEngine.codeDescriptions))
        case .codequality:
            Console.standardOutput.write(CodeQualityReporter(speaker: speaker).render(reporter.distinctFindings(report)))
        }
        if !report.failing(strict: rules.strict, newOnly: newOnly).isEmpty { throw ExitCode(1) }
    }
}
