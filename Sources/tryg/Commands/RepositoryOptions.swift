import ArgumentParser
import Git
import Messages
import Strategy

/// Where the repository is: `-C PATH` like git, or the current directory.
struct RepositoryOptions: ParsableArguments {
    @Option(
        name: [.customShort("C"), .customLong("repo")],
        help: ArgumentHelp("Run as if tryg was started in PATH (a work tree or a bare repository).", valueName: "path"))
    var repositoryPath: String?

    // [git helper, issue 17] Read-only commands do not re-hash every object they read, as git does
    // not; --verify-objects turns libgit2's strict hash verification back on.
    @Flag(help: "Re-hash every object read and stop at one whose content does not match its id (slower; git fsck checks this).")
    var verifyObjects = false

    /// Opens the repository as git would from the given path or the current directory: `GIT_DIR`
    /// and the other `GIT_*` variables when set, otherwise by discovery.
    func open() throws -> Repository {
        let path = repositoryPath ?? "."
        do {
            try Repository.setObjectHashVerification(verifyObjects)
            // [git helper, issue 15 item 18] GIT_DIR, GIT_WORK_TREE and the other GIT_* variables as git honours them
            return try Repository.openFromEnvironment(currentDirectory: path)
        } catch  where error.code == GitError.Code.owner {
            throw Failure(error)  // [git helper, issue 15 item 18] dubious ownership is not "not a git repository"
        } catch {
            throw Failure("cli.not-a-repository", ["path": .text(path), "detail": .text(error.message)])
        }
    }
}

/// Which snapshot of the files to look at.
struct SnapshotSelection: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "The revision to check (a commit, branch, tag, HEAD~2, v2, …). Default: the work tree.", valueName: "revision"))
    var revision: String?

    @Flag(help: "Check the index: what the next commit will contain.")
    var staged = false

    func validate() throws {
        if staged, revision != nil {
            throw Usage.error("usage.revision-or-staged")
        }
    }

    /// The snapshot source; a bare repository has no work tree, so it defaults to HEAD.
    func source(in repository: Repository) throws -> SnapshotSource {
        if staged { return .index }
        if let revision { return .revision(try Self.resolve(revision, in: repository)) }
        return repository.isBare ? .revision("HEAD") : .workTree
    }

    /// A revision as libgit2 understands it (`v2` → the last commit of strategy version 2).
    static func resolve(_ revision: String, in repository: Repository) throws -> String {
        do {
            return try RevisionNames.resolve(revision, in: repository)
        } catch {
            throw Failure(error)
        }
    }

    /// How to name the snapshot to a person.
    static func describe(_ source: SnapshotSource, as written: String? = nil) -> Message {
        switch source {
        case .workTree: return Message("snapshot.work-tree")
        case .index: return Message("snapshot.index")
        case .revision(let revision): return Message("snapshot.revision", ["revision": .text(written ?? revision)])
        case .commit(let id): return Message("snapshot.revision", ["revision": .text(written ?? id.short)])
        }
    }
}

/// Options of the strategy's rules.
struct RuleOptions: ParsableArguments {
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("Check time-dependent rules as of this day (YYYY-MM-DD). Default: today.", valueName: "date"))
    var asOf: String?

    @Flag(help: "Exit with status 1 when there are warnings, not only errors.")
    var strict = false

    func validate() throws {
        if let asOf, Day(asOf) == nil {
            throw Usage.error("usage.as-of", ["value": .text(asOf)])
        }
    }

    /// The day to check as of.
    var day: Day { asOf.flatMap(Day.init) ?? .today }

    /// The validation options these rule options ask for.
    var validationOptions: ValidationOptions {
        var options = ValidationOptions()
        options.asOf = day
        return options
    }

    /// Whether the findings make the command fail.
    func fails(_ counts: DiagnosticCounts) -> Bool {
        counts.errors > 0 || (strict && counts.warnings > 0)
    }
}

/// How to print.
struct OutputOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, github, sarif, codequality
    }

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never

        /// Whether to colour a stream.
        func enabled(for console: Console) -> Bool {
            switch self {
            case .always: return true
            case .never: return false
            case .auto: return console.isTerminal && !Console.noColorRequested
            }
        }
    }

    @Option(
        help: ArgumentHelp(
            "Output format: text, json, github (workflow annotations), sarif (SARIF 2.1.0) or codequality (GitLab).",
            valueName: "format"))
    var format: Format = .text

    @Option(
        help: ArgumentHelp("Colour: auto (only on a terminal, and not when NO_COLOR is set), always or never.", valueName: "when")
    )
    var color: ColorChoice = .auto

    /// Whether to colour standard output.
    var useColor: Bool { color.enabled(for: .standardOutput) }
}
