import ArgumentParser
import Messages
import Strategy

/// `tryg owners ID --add OWNER | --remove OWNER [--on DATE]`.
struct OwnersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "owners",
        abstract: "Add or remove owners of an initiative (partners or units, by id or name).",
        discussion: """
            With --on, an added owner owns the initiative from that day and a removed one until that \
            day (included): the entry gets its own dates, which the coverage rules follow. Without \
            --on, an added owner owns it for its whole period, and a removed one is taken off the list.

            Examples:
              tryg owners formidling --add region-nordjylland-psykiatrien --on 2018-01-01
              tryg owners tryg-bydel --add Skoleforvaltningen
              tryg owners tryg-bydel --remove nordjyllands-politi --on 2020-12-31
            """)

    @Argument(help: ArgumentHelp("The initiative: id or name.", valueName: "initiative"))
    var initiative: String

    @Option(help: ArgumentHelp("An owner to add (repeatable).", valueName: "owner"))
    var add: [String] = []

    @Option(help: ArgumentHelp("An owner to remove (repeatable).", valueName: "owner"))
    var remove: [String] = []

    @Option(help: ArgumentHelp("The day the change takes effect (YYYY-MM-DD).", valueName: "date"))
    var on: String?

    @OptionGroup var options: AuthoringOptions

    func run() throws {
        let session = try options.session()
        let day = try on.map { try AuthoringSession.day($0, option: "--on") }
        try session.apply(
            try session.make { editor throws(StrategyError) in
                try editor.owners(initiative, add: add, remove: remove, on: day)
            })
    }
}
