import ArgumentParser
import Foundation
import Git
import JSON
import Messages
import Strategy

extension HookCommand {
    /// `tryg hook pre-receive`: rejects a push that brings errors to a protected reference.
    struct PreReceive: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pre-receive",
            abstract: "Check every new commit of a push (reads '<old> <new> <ref>' lines); exit 1 rejects it.",
            discussion: """
                Only protected references are checked: git config tryg.protectedRefs (patterns separated \
                by spaces; default "refs/heads/* refs/tags/*"). A new branch, a force push and a tag are \
                checked alike: every commit the repository had on no protected reference before. Each \
                new commit is compared with the reference's old value (a new branch with its merge base \
                with the default branch), and the push is rejected when a commit brings new errors; \
                --all holds every finding against it. At most tryg.maxFindings findings (default 50) \
                are printed. Deletions pass.
                """)

        @OptionGroup var rules: RuleOptions
        @OptionGroup var language: LanguageOptions

        @Flag(help: "Hold every finding of every new commit against the push, not only those it introduces.")
        var all = false

        @Option(
            help: ArgumentHelp(
                "Refuse the push when the check takes longer (seconds; default: git config tryg.deadline, else 4).",
                valueName: "seconds"))
        var deadline: Double?

        func validate() throws {
            if let deadline, !(deadline > 0 && deadline.isFinite) { throw Usage.error("usage.deadline") }
        }

        func run() throws {
            let input = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            let updates: [PushUpdate]
            do {
                updates = try PushUpdate.parse(input)
            } catch {
                throw Failure("hook.bad-input", ["line": .count(error.line), "detail": .message(error.message)])
            }
            let repo = try HookCommand.openRepository()
            Session.language = language.choose(for: repo)
            let speaker = Speaker.terminal(Session.language)
            HookWatchdog.start(
                deadline: deadline ?? HookWatchdog.deadline(repo), speaker: speaker, log: repo.commonDirectory + "/tryg-hook.log")
            let outcome: PushCheck.Outcome
            do {
                outcome = try PushCheck.run(
                    updates, in: repo,
                    options: PushCheck.Options(
                        validation: rules.validationOptions, newOnly: !all, protected: ProtectedRefs.configured(in: repo),
                        allowPolicyChange: Self.policyChangeAllowed(repo)))
            } catch {
                throw Failure("hook.push-unreadable", ["detail": .message(error.message)])
            }
            let err = Console.standardError
            for warning in outcome.warnings { err.write("tryg: " + speaker.say(warning) + "\n") }
            let report = outcome.report
            let failing = report.failing(strict: rules.strict, newOnly: !all)
            guard !failing.isEmpty else {
                if !report.commits.isEmpty {
                    err.write("tryg: " + speaker.say("hook.push-accepted", ["count": .count(report.commits.count)]) + "\n")
                }
                return
            }
            let visibility = ObjectVisibility(repository: repo)
            err.write(
                rejection(
                    report, failing: failing, plan: outcome.plan, speaker: speaker, limit: Self.limit(repo),
                    visibility: visibility))
            throw ExitCode(1)
        }

        /// Whether this push may change the policy: the server allows it (`git config
        /// tryg.allowPolicyChange true`) and the pusher asked for it (`git push -o tryg.policy-change`;
        /// the server needs `receive.advertisePushOptions true`).
        static func policyChangeAllowed(_ repo: Repository) -> Bool {
            guard repo.configString("tryg.allowPolicyChange")?.lowercased() == "true" else { return false }
            let environment = ProcessInfo.processInfo.environment
            let count = environment["GIT_PUSH_OPTION_COUNT"].flatMap { Int($0) } ?? 0
            return (0..<min(count, 100)).contains { environment["GIT_PUSH_OPTION_\($0)"] == "tryg.policy-change" }
        }

        /// The findings as the pusher may read them: a finding in a file the pusher can neither have
        /// pushed nor fetch (only a hidden reference reaches it) keeps its place, severity and code,
        /// but not its message, hint or quoted line, which could carry the hidden file's values.
        static func redacted(_ findings: [Diagnostic], _ report: ValidationReport, _ visibility: ObjectVisibility)
            -> ([Diagnostic], [String: SourceText])
        {
            var sources = report.sources
            func hidden(_ path: String?) -> Bool {
                guard let path, let blob = report.blobs[path] else { return false }
                switch visibility.origin(of: blob) {
                case .pushed, .readable: return false
                case .hidden, .unknown: return true
                }
            }
            let shown = findings.map { finding in
                var copy = finding
                if hidden(finding.path) {
                    copy.message = Message("hook.hidden-content")
                    copy.hint = nil
                    sources[finding.path ?? ""] = nil
                }
                copy.related = finding.related.map { related in
                    guard hidden(related.path) else { return related }
                    var quiet = related
                    quiet.message = Message("hook.hidden-related")
                    sources[related.path] = nil
                    return quiet
                }
                return copy
            }
            return (shown, sources)
        }

        /// How many findings a rejection prints at most: `tryg.maxFindings` (default 50).
        static func limit(_ repo: Repository) -> Int {
            repo.configString("tryg.maxFindings").flatMap { Int($0) }.map { max(1, $0) } ?? 50
        }

        /// The message git shows the pusher: each failing commit (id, summary, reference) and what it
        /// brings, at most `limit` findings in all and a count of the rest.
        func rejection(
            _ report: RangeReport, failing: [CommitValidation], plan: PushPlan, speaker: Speaker, limit: Int,
            visibility: ObjectVisibility
        ) -> String {
            let style = Style(enabled: false)
            let reporter = RangeReporter(style: style, strict: rules.strict, newOnly: !all, speaker: speaker)
            var out =
                "tryg: "
                + speaker.say(
                    "hook.push-rejected", ["failing": .count(failing.count), "count": .count(report.commits.count)]) + "\n\n"
            var printed = 0, left = 0
            for commit in failing {
                let findings = !all ? commit.comparison?.new ?? commit.report.diagnostics : commit.report.diagnostics
                let reference = plan.reference(bringing: commit.id).map { " [\(speaker.value($0))]" } ?? ""
                out +=
                    reporter.header(
                        commit, counts: DiagnosticCounts(findings), fixed: 0, compared: !all && commit.comparison != nil)
                    + reference + "\n"
                let room = max(0, limit - printed)
                let (shown, sources) = Self.redacted(Array(findings.prefix(room)), commit.report, visibility)
                out += TextReporter(style: style, sources: sources, speaker: speaker).render(shown) + "\n"
                printed += min(room, findings.count)
                left += max(0, findings.count - room)
            }
            if left > 0 { out += speaker.say("hook.more-findings", ["count": .count(left)]) + "\n" }
            out += speaker.say("hook.push-fix") + "\n"
            return out
        }
    }
}

/// What the pre-receive check says about the server's own configuration.
enum PreReceiveCheck {
    static func protectionWarnings(in repo: Repository) -> [Message] {
        PushCheck.protectionWarnings(ProtectedRefs.configured(in: repo), in: repo)
    }
}
