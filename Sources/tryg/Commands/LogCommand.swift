import ArgumentParser
import Git
import JSON
import Messages
import Strategy

/// `tryg log ID`: the life of one entity through the commits that changed it.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Show the history of one entity: the commits that changed it and what each changed.",
        discussion: """
            ID is an initiative, partner or goal id, "strategy", "organisation", a report as \
            YEAR/INITIATIVE, or the path of a content file. Newest first, first parents only unless \
            --all-parents; files renamed along the way are followed.

            Examples:
              tryg log dit-kvarter
              tryg log organisation v2
              tryg log rusmiddelseminar --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var language: LanguageOptions

    @Argument(help: ArgumentHelp("The entity's id.", valueName: "id"))
    var id: String

    @Argument(help: ArgumentHelp("Where the history starts (default: HEAD).", valueName: "revision"))
    var revision: String = "HEAD"

    @Flag(name: .customLong("all-parents"), help: "Walk every commit, not only first parents.")
    var allParents = false

    @Option(
        name: [.customShort("n"), .customLong("max-count")],
        help: ArgumentHelp("Show at most this many commits.", valueName: "number"))
    var maxCount: Int?

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: Format = .text

    @Option(help: ArgumentHelp("Colour: auto, always or never.", valueName: "when"))
    var color: OutputOptions.ColorChoice = .auto

    func validate() throws {
        if let maxCount, maxCount < 1 { throw Usage.error("usage.max-count") }
    }

    func run() throws {
        let repo = try repository.open()
        Session.language = language.choose(for: repo)
        let found: EntityLog?
        do {
            let start = try repo.resolveCommit(try SnapshotSelection.resolve(revision, in: repo))
            found = try EntityLog.log(of: id, in: repo, from: start, firstParentOnly: !allParents, limit: maxCount)
        } catch let error as GitError {
            throw Failure(error)
        }
        guard let log = found else {
            throw Failure("cli.no-such-entity", ["id": .text(id), "revision": .text(revision)])
        }
        let style = Style(enabled: color.enabled(for: .standardOutput))
        switch format {
        case .text: Console.standardOutput.write(Self.text(log, style: style, speaker: .terminal(Session.language)))
        case .json: Console.standardOutput.write(Self.json(log, speaker: .plain(Session.language)))
        }
    }

    static func text(_ log: EntityLog, style: Style, speaker: Speaker) -> String {
        let words = ChangeWords()
        var out = ""
        for entry in log.entries {
            let commit = entry.commit
            out +=
                style.yellow(commit.id.short) + " " + speaker.say("log.date", ["day": .day(commit.authorDay)]) + " "
                + speaker.value(commit.author.name) + "  " + speaker.value(commit.summary) + "\n"
            let change = entry.change
            switch change.kind {
            case .added: out += "    " + speaker.say("log.created") + "  " + style.dim(speaker.value(change.newPath ?? "")) + "\n"
            case .removed:
                out += "    " + speaker.say("log.removed") + "  " + style.dim(speaker.value(change.oldPath ?? "")) + "\n"
            case .idChanged(let from, _):
                out +=
                    "    "
                    + speaker.say(
                        "log.file-renamed",
                        [
                            "old": .text(change.oldPath ?? from), "new": .text(change.newPath ?? change.id), "from": .text(from),
                            "to": .text(change.id),
                        ]) + "\n"
            case .modified: break
            }
            for problem in change.problems {
                out += "    " + speaker.say("diff.problem-label") + " " + speaker.say(problem) + "\n"
            }
            for line in words.lines(change, verbose: false) { out += "    " + speaker.say(line) + "\n" }
        }
        return out
    }

    /// `{"entity": "initiative", "id": "…", "path": "…", "entries": [{"commit", "date", "author",
    /// "summary", "change": <a change as in tryg diff --format json>}]}`, newest first.
    static func json(_ log: EntityLog, speaker: Speaker) -> String {
        let entries = log.entries.map { entry in
            JSONReport.object([
                ("commit", JSONReport.string(entry.commit.id.hex)),
                ("date", JSONReport.string(entry.commit.authorDay.description)),
                ("author", JSONReport.string(entry.commit.author.name)),
                ("summary", JSONReport.string(entry.commit.summary)),
                ("change", DiffJSONRenderer(speaker: speaker).encode(entry.change, words: ChangeWords())),
            ])
        }
        return JSONWriter().text(
            JSONReport.object([
                ("entity", JSONReport.string(log.kind.rawValue)), ("id", JSONReport.string(log.id)),
                ("path", JSONReport.string(log.path)), ("entries", JSONValue(.array(entries))),
            ]))
    }
}
