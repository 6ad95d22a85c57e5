import ArgumentParser
import Foundation
import Git
import Messages
import Strategy

/// The `tryg` command: keeps the strategy "Tryg Aalborg" valid as it changes in git.
@main
struct Tryg: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "tryg",
        abstract: "Validate, compare and guard the Tryg Aalborg strategy kept as JSON files in git.",
        discussion: """
            tryg reads the strategy straight out of git: the work tree, the index (--staged) or any \
            revision. Exit status: 0 when nothing at error level was found, 1 when something was, \
            2 when tryg could not do its job (no repository, unknown revision, bad arguments).

            Examples:
              tryg validate                  check the work tree
              tryg validate --staged         check what the next commit will contain
              tryg validate HEAD~1           check an earlier commit
              tryg validate --range origin/main..HEAD --format github
              tryg diff v1 v2                what changed from strategy version 1 to 2
              tryg log rusmiddelseminar      the life of one initiative
              tryg rules unit-coverage       what a rule asks, and why
              tryg hook install              refuse invalid commits in this clone
              tryg schema validate --schema schemas/goal.schema.json strategy/goals/*.json
            """,
        version: versionText,
        subcommands: [
            ValidateCommand.self, DiffCommand.self, VersionsCommand.self, LogCommand.self, RulesCommand.self,
            HookCommand.self, SchemaCommand.self, SiteCommand.self,
            NewCommand.self, RenameCommand.self, EndCommand.self, MergeCommand.self, OwnersCommand.self, FmtCommand.self,
        ]
    )

    static var versionText: String { "tryg \(version) (libgit2 \(Repository.libgit2Version))" }

    /// Runs the command line and turns every outcome into tryg's exit statuses.
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        // File lists go around ArgumentParser, which is quadratic in them (see takeOperands).
        let operands = SchemaValidateCommand.takeOperands(from: &arguments)
        do {
            var command = try parseAsRoot(arguments)
            if let operands, var validate = command as? SchemaValidateCommand {
                validate.files += operands
                command = validate
            }
            try command.run()
            try Console.standardOutput.flush()
        } catch let failure as Failure {
            Session.fail(failure)
        } catch let status as ExitCode {
            do {
                try Console.standardOutput.flush()
            } catch let failure as Failure {
                Session.fail(failure)
            } catch {}
            Foundation.exit(status.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            Console.standardError.write(message + "\n")
            // Usage mistakes are operational failures too: tryg could not do what was asked.
            Foundation.exit(2)
        }
    }
}

/// What the whole run shares: the language failures are reported in.
enum Session {
    /// The language of this run; a command sets it once it knows the repository's choice.
    nonisolated(unsafe) static var language = Language.choose(
        flag: nil, environment: ProcessInfo.processInfo.environment, repository: nil)

    /// Prints a failure as one sentence on standard error and exits with status 2.
    static func fail(_ failure: Failure) -> Never {
        let speaker = Speaker.terminal(language)
        Console.standardError.write("tryg: " + speaker.say("cli.error-label") + " " + speaker.say(failure.message) + "\n")
        Foundation.exit(2)
    }
}

/// An operational failure: tryg could not do its job. Printed as one sentence, exit status 2.
struct Failure: Error {
    var message: Message

    init(_ message: Message) { self.message = message }

    init(_ key: String, _ arguments: [String: Message.Argument] = [:]) { self.message = Message(key, arguments) }

    init(_ error: GitError) { self.message = StrategyError(error).message }

    init(_ error: StrategyError) { self.message = error.message }
}
