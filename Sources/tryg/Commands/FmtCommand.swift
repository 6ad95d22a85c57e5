import ArgumentParser
import Messages
import Strategy

/// `tryg fmt [PATH…]`: rewrites files in the canonical style; `--check` only lists them.
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Write JSON files in the canonical style (key order of the schema, two spaces, one final newline).",
        discussion: """
            Without paths: every *.json file under strategy/ and schemas/, and tryg.json. Values are \
            kept exactly (numbers as written); only layout and member order change. Writing is atomic. \
            With --check nothing is written: the files that would change are listed and the exit \
            status is 1 when there are any (for CI and the pre-commit hook).

            Examples:
              tryg fmt
              tryg fmt strategy/initiatives
              tryg fmt --check
            """)

    @Argument(help: ArgumentHelp("Files or folders (default: all content, schemas and tryg.json).", valueName: "path"))
    var paths: [String] = []

    @Flag(help: "Write nothing; list the files that are not in the canonical style and exit 1 if any.")
    var check = false

    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var language: LanguageOptions

    func run() throws {
        let session = try AuthoringSession(repository, language, nil)
        let speaker = session.speaker
        let formatting: Workspace.Formatting
        do {
            formatting = try session.workspace.formatted(paths: paths.map { session.relative($0) })
            if !check { try session.workspace.write(formatting) }
        } catch {
            throw Failure(error)
        }
        var out = ""
        if !formatting.problems.isEmpty {
            out += TextReporter(style: Style(enabled: false), sources: [:], speaker: speaker).render(formatting.problems) + "\n"
        }
        for path in formatting.changes.keys.sorted() {
            out += (check ? "" : speaker.say("authoring.fmt.rewrote") + " ") + speaker.value(path) + "\n"
        }
        let key = check ? "authoring.fmt.check-summary" : "authoring.fmt.summary"
        out += speaker.say(key, ["count": .count(formatting.changes.count), "checked": .count(formatting.checked)]) + "\n"
        Console.standardOutput.write(out)
        if !formatting.problems.isEmpty || (check && !formatting.changes.isEmpty) { throw ExitCode(1) }
    }
}
