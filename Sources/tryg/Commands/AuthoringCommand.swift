import ArgumentParser
import Foundation
import Git
import Messages
import Strategy

/// What every command that writes content shares: `--force`, `--commit`, `--as-of`.
struct WriteOptions: ParsableArguments {
    @Flag(help: "Write even when the result has errors the work tree did not have.")
    var force = false

    @Flag(help: "Commit the changed files (and only them) on the current branch with the suggested message.")
    var commit = false

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("Check time-dependent rules as of this day (YYYY-MM-DD). Default: today.", valueName: "date"))
    var asOf: String?
}

/// The options every writing command takes: what to write and how, where the repository is, and
/// the language.
struct AuthoringOptions: ParsableArguments {
    @OptionGroup var write: WriteOptions
    @OptionGroup var repository: RepositoryOptions
    @OptionGroup var language: LanguageOptions

    /// Opens the repository and checks its work tree.
    func session() throws -> AuthoringSession { try AuthoringSession(repository, language, write) }
}

/// One run of a writing command: the repository, its work tree checked, and the language.
struct AuthoringSession {
    let repository: Repository
    let workspace: Workspace
    let speaker: Speaker
    /// Whether to write despite new errors, and whether to commit.
    let force: Bool, commit: Bool
    /// The folder paths on the command line are relative to (`-C PATH`, else the current one).
    let baseFolder: String

    /// Opens the repository, chooses the language and checks the work tree.
    init(_ repositoryOptions: RepositoryOptions, _ language: LanguageOptions, _ options: WriteOptions?) throws {
        repository = try repositoryOptions.open()
        Session.language = language.choose(for: repository)
        speaker = .terminal(Session.language)
        force = options?.force ?? false
        commit = options?.commit ?? false
        baseFolder = repositoryOptions.repositoryPath ?? FileManager.default.currentDirectoryPath
        var validation = ValidationOptions()
        if let asOf = options?.asOf { validation.asOf = try Self.day(asOf, option: "--as-of") }
        do {
            workspace = try Workspace(repository: repository, options: validation)
        } catch {
            throw Failure(error)
        }
        ProcessLifetime.keep(workspace)
    }

    /// A path from the command line as a repository path (unchanged when it lies outside the work tree).
    func relative(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : baseFolder + "/" + path
        let full = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().standardized.path
        let root = URL(fileURLWithPath: workspace.root).resolvingSymlinksInPath().standardized.path
        if full == root { return "" }
        return full.hasPrefix(root + "/") ? String(full.dropFirst(root.count + 1)) : path
    }

    /// A date given on the command line, or a one-sentence failure.
    static func day(_ text: String, option: String) throws -> Day {
        guard let day = Day(text.trimmingCharacters(in: .whitespaces)) else {
            throw Failure("authoring.date.invalid", ["option": .text(option), "value": .text(text)])
        }
        return day
    }

    /// Runs an edit maker, turning its refusal into a failure (exit 2).
    func make(_ body: (Editor) throws(StrategyError) -> Edit) throws -> Edit {
        do {
            return try body(Editor(workspace))
        } catch {
            throw Failure(error)
        }
    }

    /// Checks the edit on the whole content and writes it unless it brings new errors (or `--force`);
    /// prints what changed and the commit message, and commits with `--commit`.
    func apply(_ edit: Edit) throws {
        let checked: Workspace.Checked
        do {
            checked = try workspace.check(edit)
        } catch {
            throw Failure(error)
        }
        ProcessLifetime.keep(checked.after)
        let out = Console.standardOutput
        guard !checked.files.isEmpty else {
            out.write(speaker.say("authoring.nothing-changed") + "\n")
            return
        }
        if commit, repository.isHeadDetached { throw Failure("authoring.commit.detached") }
        let reporter = TextReporter(
            style: Style(enabled: out.isTerminal && !Console.noColorRequested), sources: checked.after.sources, speaker: speaker)
        let errors = checked.newErrors
        if !errors.isEmpty && !force {
            out.write(reporter.render(Diagnostic.sortedForOutput(checked.comparison.new)) + "\n")
            out.write(speaker.say("authoring.refused", ["count": .count(errors.count)]) + "\n")
            throw ExitCode(1)
        }
        do {
            try workspace.write(checked)
        } catch {
            throw Failure(error)
        }
        report(edit, checked, reporter)
        if commit { try commitFiles(edit, checked) }
    }

    /// Prints what the edit did, which files changed, new findings written with --force, and the
    /// suggested commit message.
    func report(_ edit: Edit, _ checked: Workspace.Checked, _ reporter: TextReporter) {
        var text = edit.summary.map { speaker.say($0) + "\n" }.joined()
        text += speaker.say("authoring.changed-files", ["count": .count(checked.files.count)]) + "\n"
        for path in checked.files.keys.sorted() { text += "  " + speaker.value(path) + "\n" }
        if !checked.comparison.new.isEmpty {
            text += reporter.render(Diagnostic.sortedForOutput(checked.comparison.new)) + "\n"
            if !checked.newErrors.isEmpty {
                text += speaker.say("authoring.forced", ["count": .count(checked.newErrors.count)]) + "\n"
            }
        }
        if !commit {
            let message = Speaker.plain(Session.language).say(edit.commitMessage)
            text += speaker.say("authoring.commit-suggestion") + "\n  " + speaker.value(message) + "\n"
            let paths = checked.files.keys.sorted().map { Self.shellQuoted($0) }.joined(separator: " ")
            text +=
                speaker.say("authoring.commit-how", ["command": .text("git commit -m \(Self.shellQuoted(message)) -- \(paths)")])
                + "\n"
        }
        Console.standardOutput.write(text)
    }

    func commitFiles(_ edit: Edit, _ checked: Workspace.Checked) throws {
        let message = Speaker.plain(Session.language).say(edit.commitMessage)
        let id: ObjectID
        do {
            id = try workspace.commit(checked.files.keys.sorted(), message: message + "\n")
        } catch {
            throw Failure(error)
        }
        let branch = repository.headReferenceName.map { $0.hasPrefix("refs/heads/") ? String($0.dropFirst(11)) : $0 } ?? "HEAD"
        Console.standardOutput.write(
            speaker.say(
                "authoring.committed",
                [
                    "commit": .text(id.short), "branch": .text(branch), "message": .text(message),
                ]) + "\n")
    }

    /// A word for a POSIX shell: as it is when safe, otherwise in single quotes.
    static func shellQuoted(_ text: String) -> String {
        let safe = text.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || "-_./".unicodeScalars.contains($0)
        }
        return safe && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}

/// Asks for what a command was not given, on a terminal; without one, names what is missing.
struct Prompter {
    let speaker: Speaker

    /// Whether questions can be asked: standard input and standard error are a terminal.
    static var isInteractive: Bool { isatty(0) == 1 && isatty(2) == 1 }

    /// Fails (exit 2) naming the options that are missing, when questions cannot be asked.
    func requireTerminal(missing options: [String]) throws {
        guard !options.isEmpty, !Self.isInteractive else { return }
        throw Failure("authoring.missing-options", ["options": .list(options.map { .text($0) }, .and)])
    }

    /// Asks for one line of text; an empty answer asks again, end of input fails.
    func ask(_ question: Message, allowEmpty: Bool = false) throws -> String {
        while true {
            Console.standardError.write(speaker.say(question) + " ")
            guard let line = readLine(strippingNewline: true) else { throw Failure("authoring.prompt.no-answer") }
            let answer = line.trimmingCharacters(in: .whitespaces)
            if !answer.isEmpty || allowEmpty { return answer }
        }
    }

    /// Asks for one or more of the choices (by number, id or name; several separated by commas).
    func choose(_ question: Message, from choices: [ReferenceLookup.Candidate], lookup: ReferenceLookup) throws -> [String] {
        var menu = speaker.say(question) + "\n"
        for (i, choice) in choices.enumerated() {
            menu += "  \(i + 1). " + speaker.value(choice.name) + " (" + speaker.value(choice.id) + ")\n"
        }
        Console.standardError.write(menu)
        while true {
            let answer = try ask(Message("authoring.prompt.choose"))
            var picked: [String] = []
            var problem: Message?
            for part in answer.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
                if let n = Int(part), choices.indices.contains(n - 1) {
                    picked.append(choices[n - 1].id)
                } else {
                    switch lookup.resolve(part) {
                    case .success(let id): picked.append(id)
                    case .failure(let error): problem = error.message
                    }
                }
            }
            if let problem {
                Console.standardError.write(speaker.say(problem) + "\n")
            } else if !picked.isEmpty {
                return picked
            }
        }
    }

    /// The date given for `option`, or (on a terminal) the one asked for.
    func day(_ given: String?, option: String, question: Message) throws -> Day {
        if let given { return try AuthoringSession.day(given, option: option) }
        return try askDay(question)
    }

    /// Asks for a date until one is given.
    func askDay(_ question: Message) throws -> Day {
        while true {
            let answer = try ask(question)
            if let day = Day(answer) { return day }
            Console.standardError.write(
                speaker.say("authoring.date.invalid", ["option": .text(""), "value": .text(answer)]) + "\n")
        }
    }
}
