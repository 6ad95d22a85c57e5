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

            Examples:
              tryg validate
              tryg validate --staged
              tryg validate v2
              tryg validate -C ../tryg-aalborg HEAD~3 --format json
            """
    )

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var selection: SnapshotSelection
    @OptionGroup var rules: RuleOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let repo = try repository.open()
        let source = try selection.source(in: repo)
        var options = ValidationOptions()
        options.asOf = rules.day
        let report: ValidationReport
        do {
            report = try ContentValidator(options: options).validate(try repo.snapshot(source))
        } catch {
            throw Failure(error)
        }
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
            Console.standardOutput.write(SARIFReporter.render(report.diagnostics))
        }
        if rules.fails(report.counts) { throw ExitCode(1) }
    }
}
