import ArgumentParser
import Git
import Messages
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
    @OptionGroup var language: LanguageOptions

    @Option(
        name: [.short, .long], help: ArgumentHelp("The folder to write the site into (replaced as a whole).", valueName: "dir"))
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
        if let asOf, Day(asOf) == nil { throw Usage.error("usage.as-of", ["value": .text(asOf)]) }
        if output.isEmpty { throw Usage.error("usage.site-output") }
    }

    func run() throws {
        let repo = try repository.open()
        Session.language = language.choose(for: repo)
        let speaker = Speaker.terminal(Session.language)
        let source = try selection.source(in: repo)
        var options = SiteOptions()
        options.preview = preview
        options.allowErrors = allowErrors
        options.asOf = asOf.flatMap(Day.init) ?? .today
        let what = SnapshotSelection.describe(source, as: selection.revision)
        let outcome: SiteOutcome
        do {
            outcome = try SiteGenerator.build(in: repo, source: source, label: selection.revision ?? "HEAD", options: options)
        } catch {
            throw Failure(error)
        }
        switch outcome {
        case .refused(let report):
            let style = Style(enabled: Console.standardOutput.isTerminal && !Console.noColorRequested)
            let reporter = TextReporter(style: style, sources: report.sources, speaker: speaker)
            Console.standardOutput.write(reporter.render(report.diagnostics.filter { $0.severity == .error }))
            Console.standardError.write(
                "tryg: " + speaker.say("site.refused", ["snapshot": .message(what), "count": .count(report.counts.errors)]) + "\n"
            )
            throw ExitCode(1)
        case .built(let build):
            do {
                try SiteWriter.write(build.files, to: output)
            } catch {
                throw Failure(error.message)
            }
            for notice in build.notices {
                Console.standardError.write(
                    "tryg: " + speaker.say("site.note-label") + " " + speaker.say(Self.message(notice)) + "\n")
            }
            Console.standardOutput.write(
                speaker.say(
                    "site.wrote",
                    [
                        "files": .count(build.files.count), "size": .count(build.size / 1024), "folder": .text(output),
                        "snapshot": .message(what),
                    ]) + "\n")
            ProcessLifetime.keep(build)
        }
    }

    fileprivate static func message(_ notice: SiteNotice) -> Message {
        switch notice {
        case .noStatementURL: return Message("site.no-statement")
        case .noBaseURL: return Message("site.no-base-url")
        }
    }
}
