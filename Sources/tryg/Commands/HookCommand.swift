import ArgumentParser
import Foundation
import Git
import Strategy

/// `tryg hook`: the git hooks that guard the strategy, and their installation.
struct HookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hook",
        abstract: "Run as a git hook (pre-commit, pre-receive), or install one.",
        discussion: """
            pre-commit checks what the commit will contain (the index git hands to the hook, also the \
            temporary index of 'git commit -a' and 'git commit PATH'), not the work tree. pre-receive \
            runs in a bare repository on the server and rejects a push when any new commit of a \
            protected reference has errors. Both print their findings on standard error, where git \
            shows them (a push's output is prefixed with 'remote:').

            Examples:
              tryg hook install                      in a clone: install the pre-commit hook
              tryg hook install --pre-receive -C /srv/git/tryg.git
              git config tryg.protectedRefs "refs/heads/main refs/tags/*"   (on the server)
            """,
        subcommands: [PreCommit.self, PreReceive.self, Install.self]
    )
}

extension HookCommand {
    /// `tryg hook pre-commit`: refuses a commit whose staged files have errors.
    struct PreCommit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pre-commit",
            abstract: "Check the index git is about to commit; exit 1 refuses the commit.")

        @OptionGroup var rules: RuleOptions

        func run() throws {
            let repo = try HookCommand.openRepository()
            var options = ValidationOptions()
            options.asOf = rules.day
            let report: ValidationReport
            do {
                report = try ContentValidator(options: options).validate(try repo.snapshot(.index))
            } catch {
                throw Failure("cannot read the files staged for the commit: \(error.message)")
            }
            let err = Console.standardError
            let style = Style(enabled: err.isTerminal && !Console.noColorRequested)
            let reporter = TextReporter(style: style, sources: report.sources)
            guard rules.fails(report.counts) else {
                if report.counts.errors + report.counts.warnings > 0 { err.write(reporter.render(report.diagnostics)) }
                return
            }
            err.write(reporter.render(report.diagnostics) + "\n")
            err.write(Self.refusal(report.counts, strict: rules.strict))
            throw ExitCode(1)
        }

        /// What the editor reads under the findings.
        static func refusal(_ counts: DiagnosticCounts, strict: Bool) -> String {
            let what = counts.errors > 0
                ? TextReporter.plural(counts.errors, "error") : TextReporter.plural(counts.warnings, "warning")
            return """
                tryg: commit refused: the staged files have \(what) (listed above).
                  Fix them, stage the fixes with 'git add', and commit again.
                  To commit anyway in an emergency: git commit --no-verify

                """
        }
    }

    /// `tryg hook pre-receive`: rejects a push that brings a commit with errors to a protected reference.
    struct PreReceive: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pre-receive",
            abstract: "Check every new commit of a push (reads '<old> <new> <ref>' lines); exit 1 rejects it.",
            discussion: """
                Only protected references are checked: git config tryg.protectedRefs (patterns separated \
                by spaces; default "refs/heads/* refs/tags/*"). A new branch, a force push and a tag are \
                checked alike: every commit the repository had on no reference before. Deletions pass.
                """)

        @OptionGroup var rules: RuleOptions

        func run() throws {
            let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            let updates: [PushUpdate]
            do {
                updates = try PushUpdate.parse(input)
            } catch {
                throw Failure("pre-receive: \(error.description)")
            }
            let repo = try HookCommand.openRepository()
            var options = ValidationOptions()
            options.asOf = rules.day
            let plan: PushPlan
            let report: RangeReport
            do {
                plan = try PushPlan.plan(updates, in: repo, protected: ProtectedRefs.configured(in: repo))
                report = try RangeValidator(validator: ContentValidator(options: options))
                    .validate(plan.commits, in: repo, name: "the push")
            } catch {
                throw Failure("pre-receive: \(error.message)")
            }
            let err = Console.standardError
            let failing = report.failing(strict: rules.strict)
            guard !failing.isEmpty else {
                if !report.commits.isEmpty {
                    let warnings = report.counts.warnings
                    let note = warnings == 0 ? "" : " (\(TextReporter.plural(warnings, "warning")); run tryg validate to read them)"
                    err.write("tryg: checked \(TextReporter.plural(report.commits.count, "new commit")): no errors\(note)\n")
                }
                return
            }
            err.write(Self.rejection(report, failing: failing, plan: plan))
            throw ExitCode(1)
        }

        /// The message git shows the pusher: each failing commit (id, summary, reference) and its findings.
        static func rejection(_ report: RangeReport, failing: [CommitValidation], plan: PushPlan) -> String {
            let reporter = RangeReporter(style: Style(enabled: false), strict: false)
            var out = "tryg: push rejected: \(failing.count) of \(TextReporter.plural(report.commits.count, "new commit")) "
                + "\(failing.count == 1 ? "has" : "have") errors\n\n"
            for commit in failing {
                let reference = plan.reference(bringing: commit.id).map { " [\($0)]" } ?? ""
                out += reporter.header(commit) + reference + "\n"
                out += TextReporter(style: Style(enabled: false), sources: commit.report.sources)
                    .render(commit.report.diagnostics) + "\n"
            }
            out += "Fix the commits named above (e.g. with 'git rebase -i'), then push again.\n"
            return out
        }
    }
}

extension HookCommand {
    /// Opens the repository as git hands it to a hook (GIT_DIR, GIT_INDEX_FILE, quarantined objects).
    static func openRepository() throws -> Repository {
        do {
            return try Repository.openFromEnvironment()
        } catch {
            throw Failure("cannot open the repository from git's environment: \(error.message)")
        }
    }
}

extension HookCommand {
    /// `tryg hook install`: writes the hook that runs tryg into a repository's hooks folder.
    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "install",
            abstract: "Install the pre-commit hook (or, with --pre-receive, the server's pre-receive hook).",
            discussion: """
                The hook goes into the repository's hooks folder (core.hooksPath when set) and calls this \
                tryg by its absolute path (or 'tryg' from PATH with --use-path). A hook tryg did not \
                write is left alone unless --force is given; installing again is harmless.
                """)

        @OptionGroup var repository: RepositoryOptions

        @Flag(help: "Install the pre-receive hook (for a bare repository on a server) instead of pre-commit.")
        var preReceive = false

        @Flag(help: "Replace a hook that tryg did not install.")
        var force = false

        @Flag(help: "Call 'tryg' from PATH instead of this executable's absolute path.")
        var usePath = false

        @Argument(
            parsing: .postTerminator,
            help: ArgumentHelp("Options the hook passes to tryg on every run, after '--' (e.g. -- --strict).", valueName: "hook-option"))
        var hookOptions: [String] = []

        func run() throws {
            let repo = try repository.open()
            let name = preReceive ? "pre-receive" : "pre-commit"
            if !preReceive, repo.isBare {
                throw Failure("\(repo.gitDirectory) is a bare repository, where nobody commits; use --pre-receive")
            }
            let folder = HookInstaller.hooksFolder(of: repo)
            let program = usePath ? "tryg" : try HookInstaller.executablePath()
            let outcome = try HookInstaller(folder: folder, name: name).install(
                HookInstaller.script(program: program, hook: name, options: hookOptions), force: force)
            Console.standardOutput.write(outcome + "\n")
        }
    }
}

/// Writes a hook file atomically and recognises the hooks tryg wrote by their marker line.
struct HookInstaller {
    /// The line that marks a hook written by `tryg hook install`.
    static let marker = "# tryg-hook: installed by 'tryg hook install'; edits are lost when it is installed again"

    let folder: String
    let name: String

    var path: String { folder + "/" + name }

    /// The hook script: a shell script that hands over to tryg with git's environment intact.
    static func script(program: String, hook: String, options: [String] = []) -> String {
        let words = [shellQuoted(program), "hook", hook] + options.map(shellQuoted) + ["\"$@\""]
        return "#!/bin/sh\n\(marker)\nexec \(words.joined(separator: " "))\n"
    }

    /// The folder git runs the repository's hooks from: `core.hooksPath` (relative to the work tree,
    /// or to the repository itself when bare; `~/` is the home folder), else `hooks` in the git folder
    /// shared by all work trees (a linked work tree's own git folder has no hooks git would run).
    static func hooksFolder(of repo: Repository) -> String {
        guard let configured = repo.configString("core.hooksPath"), !configured.isEmpty else {
            return repo.commonDirectory + "/hooks"
        }
        if configured.hasPrefix("/") { return configured }
        if configured.hasPrefix("~/") {
            return (ProcessInfo.processInfo.environment["HOME"] ?? "") + configured.dropFirst(1)
        }
        return (repo.workDirectory ?? repo.gitDirectory) + "/" + configured
    }

    /// The absolute path of the running tryg.
    static func executablePath() throws -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        let argument = CommandLine.arguments.first ?? "tryg"
        if argument.hasPrefix("/") { return argument }
        if argument.contains("/") {
            return URL(fileURLWithPath: FileManager.default.currentDirectoryPath + "/" + argument).standardized.path
        }
        throw Failure("cannot tell where this tryg is installed; use --use-path to call 'tryg' from PATH")
    }

    /// Installs `script`, or says why not; returns the sentence to print.
    func install(_ script: String, force: Bool) throws -> String {
        let manager = FileManager.default
        if let existing = manager.contents(atPath: path) {
            let text = String(decoding: existing, as: UTF8.self)
            if text == script { return "the \(name) hook at \(path) is already installed" }
            if !text.contains(Self.marker), !force {
                throw Failure(
                    "\(path) already exists and was not installed by tryg; use --force to replace it, "
                        + "or add 'tryg hook \(name)' to it yourself")
            }
        }
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure("cannot create the hooks folder \(folder): \(error.localizedDescription)")
        }
        let temporary = folder + "/.\(name).tryg-\(getpid())"
        guard manager.createFile(atPath: temporary, contents: Data(script.utf8), attributes: [.posixPermissions: 0o755])
        else { throw Failure("cannot write \(temporary) (is the hooks folder writable?)") }
        guard chmod(temporary, 0o755) == 0, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(atPath: temporary)
            throw Failure("cannot install \(path): \(reason)")
        }
        return "installed the \(name) hook at \(path)"
    }

    /// A word the shell reads back exactly: single-quoted, with `'` written as `'\''`.
    static func shellQuoted(_ word: String) -> String {
        if !word.isEmpty, word.allSatisfy({ $0.isLetter || $0.isNumber || "/._-+".contains($0) }) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
