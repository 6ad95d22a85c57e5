import ArgumentParser
import Git
import JSON
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

    @Argument(help: ArgumentHelp("The entity's id.", valueName: "id"))
    var id: String

    @Argument(help: ArgumentHelp("Where the history starts (default: HEAD).", valueName: "revision"))
    var revision: String = "HEAD"

    @Flag(name: .customLong("all-parents"), help: "Walk every commit, not only first parents.")
    var allParents = false

    @Option(name: [.customShort("n"), .customLong("max-count")], help: ArgumentHelp("Show at most this many commits.", valueName: "number"))
    var maxCount: Int?

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: Format = .text

    @Option(help: ArgumentHelp("Colour: auto, always or never.", valueName: "when"))
    var color: OutputOptions.ColorChoice = .auto

    func validate() throws {
        if let maxCount, maxCount < 1 { throw ValidationError("--max-count must be at least 1") }
    }

    func run() throws {
        let repo = try repository.open()
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
        let style = Style(enabled: color == .always || (color == .auto && Console.standardOutput.isTerminal && !Console.noColorRequested))
        switch format {
        case .text: Console.standardOutput.write(Self.text(log, style: style))
        case .json: Console.standardOutput.write(Self.json(log))
        }
    }

    static func text(_ log: EntityLog, style: Style) -> String {
        var out = ""
        for entry in log.entries {
            let commit = entry.commit
            out += style.yellow(commit.id.short) + " " + commit.authorDay.description + " " + commit.author.name + "  "
                + commit.summary + "\n"
            let change = entry.change
            switch change.kind {
            case .added: out += "    created" + (change.summary.map { ": " + $0 } ?? "") + "  " + style.dim(change.newPath ?? "") + "\n"
            case .removed: out += "    removed (the file was deleted)  " + style.dim(change.oldPath ?? "") + "\n"
            case .idChanged(let from, _):
                out += "    file renamed: \(change.oldPath ?? from) → \(change.newPath ?? change.id) (id \(from) → \(change.id))\n"
            case .modified: break
            }
            for problem in change.problems { out += "    problem: \(problem)\n" }
            let (events, bookkeeping) = DiffWording.visibleEvents(change, verbose: false)
            for event in events {
                let place = DiffWording.lines(event, oldPath: change.oldPath, newPath: change.newPath)
                out += "    " + DiffWording.describe(event) + (place.isEmpty ? "" : "  " + style.dim(place)) + "\n"
            }
            if let bookkeeping { out += "    " + style.dim(bookkeeping) + "\n" }
        }
        return out
    }

    /// `{"entity": "initiative", "id": "…", "path": "…", "entries": [{"commit", "date", "author",
    /// "summary", "change": <a change as in tryg diff --format json>}]}`, newest first.
    static func json(_ log: EntityLog) -> String {
        let entries = log.entries.map { entry in
            JSONReport.object([
                ("commit", JSONReport.string(entry.commit.id.hex)),
                ("date", JSONReport.string(entry.commit.authorDay.description)),
                ("author", JSONReport.string(entry.commit.author.name)),
                ("summary", JSONReport.string(entry.commit.summary)),
                ("change", DiffJSONRenderer.encode(entry.change)),
            ])
        }
        return JSONWriter().text(JSONReport.object([
            ("entity", JSONReport.string(log.kind.rawValue)), ("id", JSONReport.string(log.id)),
            ("path", JSONReport.string(log.path)), ("entries", JSONValue(.array(entries))),
        ]))
    }
}
