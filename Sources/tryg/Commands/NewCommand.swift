import ArgumentParser
import Messages
import Strategy

/// `tryg new`: adds an initiative, a yearly report, a goal or a unit as a complete file.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Add an initiative, a yearly report, a goal or a unit (checked before it is written).",
        discussion: """
            Writes a complete file in the canonical style, with $schema, the id formed from the name \
            (lower case, æ→ae, ø→oe, å→aa) and every required field. The whole check runs on the result \
            first: if it would bring errors the work tree did not have, nothing is written (exit 1; \
            --force writes anyway).

            Examples:
              tryg new initiative "Tryg i nattelivet 2.0" --goal 1 --owner nordjyllands-politi --from 2021-03-01
              tryg new report rusmiddelseminar 2018
              tryg new goal "Trygge boligområder" --text "…" --text-en "…"
              tryg new unit aalborg-kommune "Kultur- og Fritidsforvaltningen"
            """,
        subcommands: [Initiative.self, Report.self, Goal.self, Unit.self])
}

extension NewCommand {
    /// `tryg new initiative NAME`.
    struct Initiative: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "initiative",
            abstract: "Add an initiative (indsats); on a terminal, asks for the goals, owners and first day not given.")

        @Argument(help: ArgumentHelp("The initiative's name, as the strategy writes it.", valueName: "name"))
        var name: String

        @Option(
            name: .customLong("goal"), help: ArgumentHelp("A goal it serves: id, name or number (repeatable).", valueName: "goal")
        )
        var goals: [String] = []

        @Option(
            name: .customLong("owner"),
            help: ArgumentHelp("An owner: partner or unit, by id or name (repeatable).", valueName: "owner"))
        var owners: [String] = []

        @Option(help: ArgumentHelp("Its first day (YYYY-MM-DD).", valueName: "date"))
        var from: String?

        @Flag(help: "Add it as planned (decided, not started) instead of active.")
        var planned = false

        @Option(
            name: .customLong("cooperation"),
            help: ArgumentHelp("An outside co-operation partner (repeatable).", valueName: "name"))
        var cooperation: [String] = []

        @Option(help: ArgumentHelp("A short description in Danish.", valueName: "text"))
        var description: String?

        @Option(help: ArgumentHelp("Where the information comes from (a note, in English).", valueName: "text"))
        var source: String?

        @Option(name: .customLong("source-url"), help: ArgumentHelp("The address of the source.", valueName: "url"))
        var sourceURL: String?

        @Option(help: ArgumentHelp("Use this id instead of the one formed from the name.", valueName: "id"))
        var id: String?

        @OptionGroup var options: AuthoringOptions

        func run() throws {
            let session = try options.session()
            let prompter = Prompter(speaker: session.speaker)
            var missing: [String] = []
            if goals.isEmpty { missing.append("--goal") }
            if owners.isEmpty { missing.append("--owner") }
            if from == nil { missing.append("--from") }
            try prompter.requireTerminal(missing: missing)
            let model = session.workspace.model
            let goalLookup = ReferenceLookup.goals(model), ownerLookup = ReferenceLookup.owners(model)
            let goals =
                self.goals.isEmpty
                ? try prompter.choose(Message("authoring.prompt.goals"), from: goalLookup.candidates, lookup: goalLookup)
                : self.goals
            let owners =
                self.owners.isEmpty
                ? try prompter.choose(Message("authoring.prompt.owners"), from: ownerLookup.candidates, lookup: ownerLookup)
                : self.owners
            let day = try prompter.day(from, option: "--from", question: Message("authoring.prompt.from"))
            var request = NewInitiative(name: name, id: id, goals: goals, owners: owners, from: day)
            request.planned = planned
            request.cooperation = cooperation
            request.description = description
            request.source = source
            request.sourceURL = sourceURL
            try session.apply(try session.make { editor throws(StrategyError) in try editor.newInitiative(request) })
        }
    }

    /// `tryg new report ID YEAR`.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report", abstract: "Add an initiative's yearly report (afrapportering) for a year.")

        @Argument(help: ArgumentHelp("The initiative: id or name.", valueName: "initiative"))
        var initiative: String

        @Argument(help: ArgumentHelp("The year reported on.", valueName: "year"))
        var year: String

        @Option(help: ArgumentHelp("The report's number (default: that of the year's other reports).", valueName: "n"))
        var number: Int?

        @Option(help: ArgumentHelp("The form's title (default: \"N. Afrapporteringsskema - NAME\").", valueName: "text"))
        var title: String?

        @Option(help: ArgumentHelp("Where the report is (a note, in English).", valueName: "text"))
        var source: String?

        @OptionGroup var options: AuthoringOptions

        func run() throws {
            let session = try options.session()
            guard let year = Int(year) else { throw Failure("authoring.report.year", ["year": .text(year)]) }
            try session.apply(
                try session.make { editor throws(StrategyError) in
                    try editor.newReport(initiative, year: year, number: number, title: title, source: source)
                })
        }
    }

    /// `tryg new goal NAME`.
    struct Goal: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "goal", abstract: "Add a goal (mål).")

        @Argument(help: ArgumentHelp("A short Danish name for the goal.", valueName: "name"))
        var name: String

        @Option(help: ArgumentHelp("The goal's text in Danish, as the strategy words it.", valueName: "text"))
        var text: String?

        @Option(name: .customLong("text-en"), help: ArgumentHelp("An English rendering of the text.", valueName: "text"))
        var textEnglish: String?

        @Option(help: ArgumentHelp("The goal's number (default: after the last one).", valueName: "n"))
        var number: Int?

        @Option(help: ArgumentHelp("Where the goal comes from (a note, in English).", valueName: "text"))
        var source: String?

        @OptionGroup var options: AuthoringOptions

        func run() throws {
            let session = try options.session()
            let prompter = Prompter(speaker: session.speaker)
            try prompter.requireTerminal(missing: (text == nil ? ["--text"] : []) + (textEnglish == nil ? ["--text-en"] : []))
            let danish = try text ?? prompter.ask(Message("authoring.prompt.goal-text"))
            let english = try textEnglish ?? prompter.ask(Message("authoring.prompt.goal-text-en"))
            try session.apply(
                try session.make { editor throws(StrategyError) in
                    try editor.newGoal(name: name, text: danish, english: english, number: number, source: source)
                })
        }
    }

    /// `tryg new unit PARTNER NAME`.
    struct Unit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "unit", abstract: "Add a unit (for Aalborg Kommune: a department) to a partner.")

        @Argument(help: ArgumentHelp("The partner: id or name.", valueName: "partner"))
        var partner: String

        @Argument(help: ArgumentHelp("The unit's name.", valueName: "name"))
        var name: String

        @Flag(help: "The unit is involved in the strategy (then it must own an ongoing initiative).")
        var involved = false

        @OptionGroup var options: AuthoringOptions

        func run() throws {
            let session = try options.session()
            try session.apply(
                try session.make { editor throws(StrategyError) in
                    try editor.newUnit(partner: partner, name: name, involved: involved)
                })
        }
    }
}
