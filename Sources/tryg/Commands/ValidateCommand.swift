import ArgumentParser
import Git
import JSON
import Strategy

/// `tryg validate`: checks the strategy's files at one snapshot.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the strategy's files: JSON syntax, schemas, and the strategy's rules.",
        discussion: """
            Checks every *.json file under strategy/ and schemas/ (and tryg.json) at the chosen snapshot: \
            the work tree by default, the index with --staged, or any revision. Each problem is printed \
            as path:line:column: severity: message [code], with the line and a hint.

            With --range A..B every commit reachable from B and not from A is checked, oldest first, so \
            that no broken commit hides in the middle of a series; a header names each commit with \
            findings, and the exit status is 1 when any commit has errors. --tips-only checks just B. \
            Files that did not change between commits are not parsed or checked against their schema \
            again; the strategy's rules run for every commit.

            Examples:
              tryg validate
              tryg validate --staged
              tryg validate v2
              tryg validate -C ../tryg-aalborg HEAD~3 --format json
              tryg validate --range origin/main..HEAD
              tryg validate --range "$BASE..$HEAD" --format github
            """
    )

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var selection: SnapshotSelection
    @OptionGroup var rules: RuleOptions
    @OptionGroup var output: OutputOptions

    @Option(
        help: ArgumentHelp(
            "Check every commit of a range: A..B (in B, not in A), A...B (in either, not in both).",
            valueName: "range"))
    var range: String?

    @Flag(help: "With --range, check only the commit the range ends at (B of A..B).")
    var tipsOnly = false

    func validate() throws {
        if range != nil, selection.revision != nil || selection.staged {
            throw ValidationError("give a revision, --staged or --range, not more than one")
        }
        if tipsOnly, range == nil {
            throw ValidationError("--tips-only goes with --range")
        }
    }

    func run() throws {
        if let range {
            try RangeValidation(range: range, tipsOnly: tipsOnly, rules: rules, output: output).run(in: repository.open())
            return
        }
        let repo = try repository.open()
        let source = try selection.source(in: repo)
        var options = ValidationOptions()
        options.asOf = rules.day
        let report: ValidationReport
        let validator = ContentValidator(options: options)
        do {
            report = try validator.validate(try repo.snapshot(source))
        } catch {
            throw Failure(error)
        }
        ProcessLifetime.keep(validator)
        ProcessLifetime.keep(report)
        let what = SnapshotSelection.describe(source)
        switch output.format {
        case .text:
            let reporter = TextReporter(style: Style(enabled: output.useColor), sources: report.sources)
            Console.standardOutput.write(reporter.render(report.diagnostics))
            if !report.diagnostics.isEmpty { Console.standardOutput.write("\n") }
            Console.standardOutput.write(reporter.summary(filesChecked: report.filesChecked, report.counts, what: what))
        case .json:
            Console.standardOutput.write(JSONReport.render(report, snapshot: what))
        case .github:
            Console.standardOutput.write(GitHubReporter.render(report.diagnostics))
        case .sarif:
            Console.standardOutput.write(SARIFReporter.render(report.diagnostics, rules: RuleEngine.codeDescriptions))
        }
        if rules.fails(report.counts) { throw ExitCode(1) }
    }
}

/// `tryg validate --range`: checks every commit of a range (or its tips) and reports per commit.
struct RangeValidation {
    var range: String
    var tipsOnly: Bool
    var rules: RuleOptions
    var output: OutputOptions

    func run(in repo: Repository) throws {
        var options = ValidationOptions()
        options.asOf = rules.day
        let validator = RangeValidator(validator: ContentValidator(options: options))
        let report: RangeReport
        do {
            let commits = try RangeValidator.commits(of: try Self.resolve(range, in: repo), in: repo, tipsOnly: tipsOnly)
            let meter = ProgressMeter(label: "validating commits", total: commits.count)
            defer { meter.finish() }
            report = try validator.validate(commits, in: repo, name: range, progress: meter.update)
        } catch let error as GitError {
            throw Failure(error)
        }
        ProcessLifetime.keep(validator)
        ProcessLifetime.keep(report)
        switch output.format {
        case .text:
            Console.standardOutput.write(RangeReporter(style: Style(enabled: output.useColor), strict: rules.strict).text(report))
        case .json:
            Console.standardOutput.write(RangeReporter.json(report, strict: rules.strict))
        case .github:
            Console.standardOutput.write(GitHubReporter.render(RangeReporter.distinctFindings(report)))
        case .sarif:
            Console.standardOutput.write(SARIFReporter.render(RangeReporter.distinctFindings(report), rules: RuleEngine.codeDescriptions))
        }
        if !report.failing(strict: rules.strict).isEmpty { throw ExitCode(1) }
    }

    /// The range with strategy version names (`v1..v2`) on either side resolved.
    static func resolve(_ range: String, in repo: Repository) throws -> String {
        for separator in ["...", ".."] {
            guard let found = range.range(of: separator) else { continue }
            let from = String(range[..<found.lowerBound]), to = String(range[found.upperBound...])
            let left = from.isEmpty ? "" : try RevisionNames.resolve(from, in: repo)
            let right = to.isEmpty ? "" : try RevisionNames.resolve(to, in: repo)
            return left + separator + right
        }
        return try RevisionNames.resolve(range, in: repo)
    }
}
