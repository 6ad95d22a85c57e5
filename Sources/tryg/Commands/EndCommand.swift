import ArgumentParser
import Messages
import Strategy

/// `tryg end ID --on DATE --reason "…"`: the initiative ends; its file stays.
struct EndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end",
        abstract: "End an initiative on a day (its last day), with the reason. The file stays.",
        discussion: """
            Sets status "ended", period.to and endedReason. If the result leaves a partner or an involved \
            department without an ongoing initiative, nothing is written and the findings are shown \
            (exit 1); --force writes anyway.

            Example:
              tryg end skalborg-borgerhjaelp --on 2017-12-31 --reason "Indsatsen findes ikke længere."
            """)

    @Argument(help: ArgumentHelp("The initiative: id or name.", valueName: "initiative"))
    var initiative: String

    @Option(help: ArgumentHelp("Its last day (YYYY-MM-DD).", valueName: "date"))
    var on: String?

    @Option(help: ArgumentHelp("Why it ends, in Danish.", valueName: "text"))
    var reason: String?

    @Option(name: .customLong("reason-en"), help: ArgumentHelp("The reason in English (optional).", valueName: "text"))
    var reasonEnglish: String?

    @OptionGroup var options: AuthoringOptions

    func run() throws {
        let session = try options.session()
        let prompter = Prompter(speaker: session.speaker)
        try prompter.requireTerminal(missing: (on == nil ? ["--on"] : []) + (reason == nil ? ["--reason"] : []))
        let day = try prompter.day(on, option: "--on", question: Message("authoring.prompt.end-on"))
        let why = try reason ?? prompter.ask(Message("authoring.prompt.reason"))
        try session.apply(
            try session.make { editor throws(StrategyError) in
                try editor.end(initiative, on: day, reason: why, reasonEnglish: reasonEnglish)
            })
    }
}
