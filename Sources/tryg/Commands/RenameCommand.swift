import ArgumentParser
import Messages
import Strategy

/// `tryg rename ID "New name" --on DATE`: a new name from a day; the old one is kept in formerNames.
struct RenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Rename an initiative from a day; its old name is recorded with its last day. The id never changes.",
        discussion: """
            --on is the first day under the new name; the old name is recorded in formerNames with the \
            day before as its last day. The file and its id stay as they are: ids are permanent.

            Example:
              tryg rename rusmiddelseminar "Forebyggelsesseminarer" --on 2018-01-01
            """)

    @Argument(help: ArgumentHelp("The initiative: id or name.", valueName: "initiative"))
    var initiative: String

    @Argument(help: ArgumentHelp("The new name.", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("The first day under the new name (YYYY-MM-DD).", valueName: "date"))
    var on: String?

    @OptionGroup var options: AuthoringOptions

    func run() throws {
        let session = try options.session()
        let prompter = Prompter(speaker: session.speaker)
        try prompter.requireTerminal(missing: on == nil ? ["--on"] : [])
        let day = try prompter.day(on, option: "--on", question: Message("authoring.prompt.rename-on"))
        try session.apply(try session.make { editor throws(StrategyError) in try editor.rename(initiative, to: name, on: day) })
    }
}
