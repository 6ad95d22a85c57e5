import ArgumentParser
import Git
import JSON
import Messages
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
    @OptionGroup var language: LanguageOptions

    @Argument(help: ArgumentHelp("The old revision (default: HEAD).", valueName: "old"))
    var old: String?

    @Argument(help: ArgumentHelp("The new revision (default: the work tree, or the index with --staged).", valueName: "new"))
    var new: String?

    @Flag(help: "Compare with the index (what the next commit will contain) instead of the work tree.")
    var staged = false

    @Option(
        help: ArgumentHelp("Output format: text, markdown (for pull requests and job summaries) or json.", valueName: "format"))
    var format: Format = .text

    @Option(
        help: ArgumentHelp("Colour: auto (only on a terminal, and not when NO_COLOR is set), always or never.", valueName: "when")
    )
    var color: OutputOptions.ColorChoice = .auto

    @Flag(name: .customLong("exit-code"), help: "Exit with status 1 when there are changes, 0 when there are none.")
    var exitCode = false

    @Flag(
        name: .customLong("no-validate"),
        help: "Do not validate the two sides (faster on large strategies; no names, findings or coverage).")
    var noValidate = false

    @Flag(name: [.short, .long], help: "Show changes to sources and assumptions one by one.")
    var verbose = false

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("Validate time-dependent rules as of this day (YYYY-MM-DD).", valueName: "date"))
    var asOf: String?

    @Option(
        name: .customLong("link-base"),
        help: ArgumentHelp(
            "With --format markdown, link each entity to its file: a URL prefix, {revision} replaced by the new commit "
                + "(default: tryg.json \"linkBase\").", valueName: "url"))
    var linkBase: String?

    func validate() throws {
        if staged, new != nil { throw Usage.error("usage.staged-one-revision") }
        if let asOf, Day(asOf) == nil { throw Usage.error("usage.as-of", ["value": .text(asOf)]) }
    }

    func run() throws {
        let repo = try repository.open()
        Session.language = language.choose(for: repo)
        let oldSide: StrategyComparison.Input
        let newSide: StrategyComparison.Input
        do {
            oldSide = try .revision(old ?? "HEAD", in: repo)
            if let new {
                newSide = try .revision(new, in: repo)
            } else if staged {
                newSide = .index
            } else {
                guard !repo.isBare else { throw Failure("cli.bare-needs-two-revisions") }
                newSide = .workTree
            }
        } catch let error as StrategyError {
            throw Failure(error)
        }
        var options = ValidationOptions()
        options.asOf = asOf.flatMap(Day.init) ?? .today
        let comparison: StrategyComparison
        do {
            comparison = try StrategyComparison.compare(oldSide, newSide, in: repo, validation: noValidate ? nil : options)
        } catch {
            throw Failure(error)
        }
        let language = Session.language
        switch format {
        case .text:
            let style = Style(enabled: color.enabled(for: .standardOutput))
            Console.standardOutput.write(
                DiffTextRenderer(style: style, verbose: verbose, speaker: .terminal(language)).render(comparison))
        case .markdown:
            let base = linkBase ?? comparison.new.report?.config?.linkBase ?? comparison.old.report?.config?.linkBase
            Console.standardOutput.write(
                DiffMarkdownRenderer(verbose: verbose, speaker: .markdown(language), linkBase: base).render(comparison))
        case .json:
            Console.standardOutput.write(DiffJSONRenderer(speaker: .plain(language)).render(comparison))
        }
        if exitCode, !comparison.diff.isEmpty { throw ExitCode(1) }
    }
}
