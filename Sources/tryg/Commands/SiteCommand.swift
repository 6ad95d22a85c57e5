import ArgumentParser
import Git
import Site
import Strategy

/// `tryg site`: builds the strategy's public website from one revision.
struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Build the strategy's website (static, in Danish) from a revision.",
        discussion: """
            Writes a complete static website into the output folder: the front page, one page per \
            goal, initiative, partner and yearly report, the coverage timelines, the organisation, \
            the changes per version and commit, open data (JSON, CSV, the schemas, an Atom feed), a \
            sitemap, a 404 page and was/index.html, which forwards to the accessibility statement set \
            in tryg.json ("site"). All links are relative: the folder works from file://, under a \
            preview sub-path and at the live address. The same revision gives the same bytes.

            The content is checked first: with errors, nothing is written and the findings are \
            printed (exit status 1), unless --allow-errors. The folder is replaced as a whole and \
            atomically; tryg refuses to replace a folder it did not write.

            Examples:
              tryg site --output _site                  the work tree
              tryg site HEAD --output _site             the last commit
              tryg site v1 --output /tmp/version-1      strategy version 1
              tryg site "$HEAD" --output public --preview "Forslag #12: ny indsats"
            """
    )

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var selection: SnapshotSelection

    @Option(name: [.short, .long], help: ArgumentHelp("The folder to write the site into (replaced as a whole).", valueName: "dir"))
    var output: String

    @Option(help: ArgumentHelp("Show this text in a banner on every page (pull-request previews).", valueName: "text"))
    var preview: String?

    @Flag(help: "Build even when the content has errors (files with errors are left out).")
    var allowErrors = false

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("Check time-dependent rules as of this day (YYYY-MM-DD). Default: today.", valueName: "date"))
    var asOf: String?

    func validate() throws {
        if let asOf, Day(asOf) == nil { throw ValidationError("--as-of takes a date written YYYY-MM-DD, got '\(asOf)'") }
        if output.isEmpty { throw ValidationError("--output needs a folder") }
    }

    func run() throws {
        let repo = try repository.open()
        let source = try selection.source(in: repo)
        var options = SiteOptions()
        options.preview = preview
        options.allowErrors = allowErrors
        options.asOf = asOf.flatMap(Day.init) ?? .today
        let label = SnapshotSelection.describe(source)
        let outcome: SiteOutcome
        do {
            outcome = try SiteGenerator.build(in: repo, source: source, label: selection.revision ?? label, options: options)
        } catch {
            throw Failure(error)
        }
        switch outcome {
        case .refused(let report):
            let reporter = TextReporter(style: Style(enabled: Console.standardOutput.isTerminal && !Console.noColorRequested),
                                        sources: report.sources)
            Console.standardOutput.write(reporter.render(report.diagnostics.filter { $0.severity == .error }))
            Console.standardError.write(Messages.refused(report.counts.errors, label))
            throw ExitCode(1)
        case .built(let build):
            do {
                try SiteWriter.write(build.files, to: output)
            } catch {
                throw Failure(error.message)
            }
            for notice in build.notices { Console.standardError.write(Messages.notice(notice)) }
            Console.standardOutput.write(Messages.wrote(build.files.count, build.size, output, label))
            ProcessLifetime.keep(build)
        }
    }
}

private enum Messages {
    static func refused(_ errors: Int, _ what: String) -> String {
        "tryg: the site was not built: \(what) has \(errors) error\(errors == 1 ? "" : "s") (fix them, or build with --allow-errors)\n"
    }

    static func wrote(_ files: Int, _ bytes: Int, _ folder: String, _ what: String) -> String {
        "wrote \(files) files (\(bytes / 1024) KiB) to \(folder) from \(what)\n"
    }

    static func notice(_ notice: SiteNotice) -> String {
        switch notice {
        case .noStatementURL:
            return "tryg: note: tryg.json sets no site.statementURL; the pages link to was/index.html, which says so\n"
        case .noBaseURL:
            return "tryg: note: tryg.json sets no site.baseURL; the sitemap is left out\n"
        }
    }
}
