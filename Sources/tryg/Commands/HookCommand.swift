import ArgumentParser
import Foundation
import Git
import Messages
import Strategy

/// `tryg hook`: the git hooks that guard the strategy, and their installation.
struct HookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hook",
        abstract: "Run as a git hook (pre-commit, pre-merge-commit, pre-receive), or install the hooks.",
        discussion: """
            pre-commit checks what the commit will contain (the index git hands to the hook, also the \
            temporary index of 'git commit -a' and 'git commit PATH'), not the work tree, and refuses \
            the commit when it brings new errors compared with HEAD; findings the commit did not cause \
            are counted in one line. pre-merge-commit does the same for a merge made locally. \
            pre-receive runs in a bare repository on the server and rejects a push when a new commit \
            of a protected reference brings errors. All print their findings on standard error, where \
            git shows them (a push's output is prefixed with 'remote:').

            git runs neither hook for 'git cherry-pick' and 'git revert' (they commit without \
            pre-commit): check such commits with 'tryg validate --range' before pushing; the server's \
            pre-receive hook checks them in any case.

            Examples:
              tryg hook install                      in a clone: install pre-commit and pre-merge-commit
              tryg hook install --pre-receive -C /srv/git/tryg.git
              git config tryg.protectedRefs "refs/heads/main refs/tags/*"   (on the server)
            """,
        subcommands: [PreCommit.self, PreMergeCommit.self, PreReceive.self, Install.self]
    )

    /// Opens the repository as git hands it to a hook (GIT_DIR, GIT_INDEX_FILE, quarantined objects).
    static func openRepository() throws -> Repository {
        do {
            return try Repository.openFromEnvironment()
        } catch {
            throw Failure("hook.cannot-open", ["detail": .text(error.message)])
        }
    }
}

/// What the two local hooks share: check the index against HEAD and refuse what the change broke.
struct IndexCheck {
    var rules: RuleOptions
    var all: Bool
    var language: LanguageOptions
    /// The catalogue entry of the refusal ("commit refused", "merge refused").
    var refusalKey: String

    func run() throws {
        let repo = try HookCommand.openRepository()
        Session.language = language.choose(for: repo)
        let speaker = Speaker.terminal(Session.language)
        let validator = ContentValidator(options: rules.validationOptions)
        let report: ValidationReport
        var comparison: FindingComparison?
        do {
            report = try validator.validate(try repo.snapshot(.index))
            if !all, !repo.isHeadUnborn {
                let head = try repo.snapshot(.revision("HEAD"))
                let base = try validator.validate(head)
                comparison = FindingComparison(base: base, change: report)
                comparison?.addHistory(try HistoryRules.check(base: base, change: report, baseCommit: head.commitID, in: repo))
            }
        } catch {
            throw Failure("hook.cannot-read-index", ["detail": .text(error.message)])
        }
        let err = Console.standardError
        let style = Style(enabled: err.isTerminal && !Console.noColorRequested)
        let reporter = TextReporter(style: style, sources: report.sources, speaker: speaker)
        let shown = comparison?.new ?? report.diagnostics
        let counts = DiagnosticCounts(shown)
        var out = shown.isEmpty ? "" : reporter.render(shown) + "\n"
        if let comparison {
            out += FindingsReporter(format: .text, style: style, speaker: speaker, what: Message("snapshot.index"))
                .fixedLines(comparison.fixed, reporter)
            if !comparison.unchanged.isEmpty {
                let tally = FindingsReporter.earlierTally(DiagnosticCounts(comparison.unchanged), speaker)
                out += style.dim("tryg: " + speaker.say("report.unchanged", ["tally": .text(tally)])) + "\n"
            }
        }
        guard rules.fails(counts) else {
            err.write(out)
            return
        }
        let what =
            counts.errors > 0
            ? speaker.say("count.errors", ["count": .count(counts.errors)])
            : speaker.say("count.warnings", ["count": .count(counts.warnings)])
        err.write(out + speaker.say(refusalKey, ["what": .text(what)]) + "\n")
        throw ExitCode(1)
    }
}

extension HookCommand {
    /// `tryg hook pre-commit`: refuses a commit whose staged files bring new errors.
    struct PreCommit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pre-commit",
            abstract: "Check the index git is about to commit against HEAD; exit 1 refuses the commit.")

        @OptionGroup var rules: RuleOptions
        @OptionGroup var language: LanguageOptions

        @Flag(help: "Report and count every finding, not only those the commit introduces.")
        var all = false

        func run() throws {
            try IndexCheck(rules: rules, all: all, language: language, refusalKey: "hook.commit-refused").run()
        }
    }

    /// `tryg hook pre-merge-commit`: refuses a local merge whose result brings new errors.
    struct PreMergeCommit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pre-merge-commit",
            abstract: "Check the index of a merge against HEAD; exit 1 refuses the merge commit.")

        @OptionGroup var rules: RuleOptions
        @OptionGroup var language: LanguageOptions

        @Flag(help: "Report and count every finding, not only those the merge introduces.")
        var all = false

        func run() throws {
            try IndexCheck(rules: rules, all: all, language: language, refusalKey: "hook.merge-refused").run()
        }
    }
}

extension HookCommand {
    /// `tryg hook install`: writes the hooks that run tryg into a repository's hooks folder.
    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "install",
            abstract: "Install the pre-commit and pre-merge-commit hooks (or, with --pre-receive, the server's hook).",
            discussion: """
                The hooks go into the folder git runs hooks from (core.hooksPath when set, with ~ \
                expanded as git expands it) and call this tryg by its absolute path (or 'tryg' from \
                PATH with --use-path). A hook tryg did not write is left alone unless --force is \
                given; installing again is harmless.
                """)

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var language: LanguageOptions

        @Flag(help: "Install the pre-receive hook (for a bare repository on a server) instead of the clone's hooks.")
        var preReceive = false

        @Flag(help: "Replace a hook that tryg did not install.")
        var force = false

        @Flag(help: "Call 'tryg' from PATH instead of this executable's absolute path.")
        var usePath = false

        @Argument(
            parsing: .postTerminator,
            help: ArgumentHelp(
                "Options the hook passes to tryg on every run, after '--' (e.g. -- --strict).", valueName: "hook-option"))
        var hookOptions: [String] = []

        func run() throws {
            let repo = try repository.open()
            Session.language = language.choose(for: repo)
            let speaker = Speaker.terminal(Session.language)
            if !preReceive, repo.isBare {
                throw Failure("hook.install.bare", ["path": .text(repo.gitDirectory)])
            }
            let installer: HookInstaller
            do {
                installer = try HookInstaller(for: repo, environment: ProcessInfo.processInfo.environment)
            } catch {
                throw Failure(error)
            }
            let program = usePath ? "tryg" : try Self.executablePath()
            for name in preReceive ? HookInstaller.serverHooks : HookInstaller.cloneHooks {
                let outcome: HookInstaller.Outcome
                do {
                    outcome = try installer.install(
                        HookInstaller.script(program: program, hook: name, options: hookOptions), as: name, force: force)
                } catch {
                    throw Failure(error)
                }
                switch outcome {
                case .installed(let path):
                    Console.standardOutput.write(
                        speaker.say("hook.install.done", ["hook": .text(name), "path": .text(path)]) + "\n")
                case .alreadyInstalled(let path):
                    Console.standardOutput.write(
                        speaker.say("hook.install.already", ["hook": .text(name), "path": .text(path)]) + "\n")
                }
            }
            if preReceive {
                for warning in PreReceiveCheck.protectionWarnings(in: repo) {
                    Console.standardError.write("tryg: " + speaker.say(warning) + "\n")
                }
            }
        }

        /// The absolute path of the running tryg.
        static func executablePath() throws -> String {
            if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
            let argument = CommandLine.arguments.first ?? "tryg"
            if argument.hasPrefix("/") { return argument }
            if argument.contains("/") {
                return URL(fileURLWithPath: FileManager.default.currentDirectoryPath + "/" + argument).standardized.path
            }
            throw Failure("hook.install.unknown-executable")
        }
    }
}
