import ArgumentParser
import Messages
import Strategy

/// `tryg merge ID --into TARGET --on DATE`: one initiative is taken over by another; both files change.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge an initiative into another on a day (its last day); both files are updated.",
        discussion: """
            Sets status "merged", period.to and mergedInto on the initiative, and adds it to the \
            target's absorbed. The target must be ongoing after that day.

            Example:
              tryg merge dit-kvarter --into fri-tid-for-handicappede --on 2017-12-31
            """)

    @Argument(help: ArgumentHelp("The initiative that is merged: id or name.", valueName: "initiative"))
    var initiative: String

    @Option(help: ArgumentHelp("The initiative that takes it over: id or name.", valueName: "target"))
    var into: String?

    @Option(help: ArgumentHelp("Its last day as an initiative of its own (YYYY-MM-DD).", valueName: "date"))
    var on: String?

    @Option(help: ArgumentHelp("Why, in Danish (optional).", valueName: "text"))
    var reason: String?

    @Option(name: .customLong("reason-en"), help: ArgumentHelp("The reason in English (optional).", valueName: "text"))
    var reasonEnglish: String?

    @OptionGroup var options: AuthoringOptions

    func run() throws {
        let session = try options.session()
        let prompter = Prompter(speaker: session.speaker)
        try prompter.requireTerminal(missing: (into == nil ? ["--into"] : []) + (on == nil ? ["--on"] : []))
        let lookup = ReferenceLookup.initiatives(session.workspace.model)
        let target =
            try into ?? prompter.choose(Message("authoring.prompt.into"), from: lookup.candidates, lookup: lookup).first ?? ""
        let day = try prompter.day(on, option: "--on", question: Message("authoring.prompt.merge-on"))
        try session.apply(
            try session.make { editor throws(StrategyError) in
                try editor.merge(initiative, into: target, on: day, reason: reason, reasonEnglish: reasonEnglish)
            })
    }
}
