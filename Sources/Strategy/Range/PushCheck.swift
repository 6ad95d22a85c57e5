import Git
import Messages

/// The server's check of a push (`tryg hook pre-receive`): which commits to check, against which
/// policy, what each is compared with, and the outcome.
///
/// Every new commit of a protected reference is checked against the policy in force — the
/// configuration and schemas of the reference's current value (a new reference: of the default
/// branch) — so that no push can switch off its own check. A commit that changes the policy is
/// checked under its own policy too: it must pass that; and when it passes only under its own, the
/// push is refused unless the server allows policy changes and the pusher asks for one.
public enum PushCheck {
    /// What the check is asked to do.
    public struct Options: Sendable {
        public var validation: ValidationOptions
        /// Whether only the findings a commit introduces (compared with the reference's old value)
        /// fail the push; otherwise every finding of every new commit counts.
        public var newOnly: Bool
        public var protected: ProtectedRefs
        /// Whether a commit may bring a policy under which it passes when the policy in force finds
        /// errors (the server allows it and the pusher asked for it).
        public var allowPolicyChange: Bool

        public init(validation: ValidationOptions, newOnly: Bool, protected: ProtectedRefs, allowPolicyChange: Bool = false) {
            self.validation = validation
            self.newOnly = newOnly
            self.protected = protected
            self.allowPolicyChange = allowPolicyChange
        }
    }

    /// What the check found.
    public struct Outcome: Sendable {
        public var plan: PushPlan
        public var report: RangeReport
        /// Warnings about the server's configuration (e.g. a protected pattern that matches nothing).
        public var warnings: [Message]
    }

    /// Checks the commits a push brings to protected references.
    ///
    /// Each new commit of an update is compared with the reference's old value; a new reference
    /// with its merge base with the default branch (HEAD of the server repository), so that only
    /// what the push introduces is held against it.
    public static func run(_ updates: [PushUpdate], in repository: Repository, options: Options) throws(StrategyError) -> Outcome
    {
        let plan = try PushPlan.plan(updates, in: repository, protected: options.protected)
        do {
            return try run(plan, updates, in: repository, options: options)
        } catch {
            throw StrategyError(error)
        }
    }

    private static func run(_ plan: PushPlan, _ updates: [PushUpdate], in repository: Repository, options: Options)
        throws(GitError)
        -> Outcome
    {
        let defaultTip = try? repository.resolveCommit("HEAD")
        var results: [CommitValidation] = []
        for item in plan.items where !item.commits.isEmpty {
            let inForce = item.update.oldID.isZero || !repository.contains(item.update.oldID) ? defaultTip : item.update.oldID
            var base: ObjectID?
            if options.newOnly {
                base = item.update.oldID.isZero ? nil : item.update.oldID
                if base == nil, let defaultTip, let tip = item.commits.last { base = try repository.mergeBase(tip, defaultTip) }
                if let known = base, !repository.contains(known) { base = nil }
            }
            results += try check(item.commits, base: base, policyCommit: inForce, in: repository, options: options)
        }
        return Outcome(
            plan: plan, report: RangeReport(name: "push", commits: results),
            warnings: protectionWarnings(options.protected, in: repository, pushed: updates.map(\.name)))
    }

    /// The commits of one update, each checked under the policy of `policyCommit` (when there is
    /// one), and under its own when it changes that policy.
    static func check(
        _ commits: [ObjectID], base: ObjectID?, policyCommit: ObjectID?, in repository: Repository, options: Options
    ) throws(GitError) -> [CommitValidation] {
        let documents = DocumentCache()
        var inForce = options.validation
        var policyFiles: [String: ObjectID]?
        if let policyCommit {
            let policy = try Policy.read(from: policyCommit, in: repository, options: options.validation, documents: documents)
            inForce.policy = policy
            policyFiles = policy.files
        }
        let baseline: RangeValidator.Baseline = base.map { known in .given({ _ in known }) } ?? .none
        let underPolicy = try RangeValidator(validator: ContentValidator(options: inForce, documents: documents))
            .validate(commits, in: repository, name: "push", baseline: baseline).commits
        guard let policyFiles else { return underPolicy }
        let own = RangeValidator(validator: ContentValidator(options: options.validation, documents: documents))
        var out: [CommitValidation] = []
        for checked in underPolicy {
            let files = try Policy.files(of: checked.id, in: repository, options: options.validation)
            guard files != policyFiles else {
                out.append(checked)
                continue
            }
            let changed = Set(files.keys).union(policyFiles.keys).filter { files[$0] != policyFiles[$0] }.sorted()
            guard let ownCheck = try own.validate([checked.id], in: repository, name: "push", baseline: baseline).commits.first
            else { continue }
            let ownFails = ownCheck.fails(strict: false, newOnly: options.newOnly)
            // Failing under its own policy, it is held to that; passing, to the policy in force
            // unless a policy change is allowed.
            var verdict = ownFails || options.allowPolicyChange ? ownCheck : checked
            if files[RepositoryConfig.path] == nil, policyFiles[RepositoryConfig.path] != nil {
                verdict.add(error: Message("push.config-removed", ["config": .text(RepositoryConfig.path)]))
            } else if !ownFails, checked.fails(strict: false, newOnly: options.newOnly), !options.allowPolicyChange {
                verdict.add(error: Message("push.policy-change", ["files": .list(changed.map { .text($0) }, .comma)]))
            }
            out.append(verdict)
        }
        return out
    }

    /// The server configuration's problems: patterns set in `tryg.protectedRefs` that match no
    /// reference the repository has (or the push brings). The defaults are not reported: a
    /// repository without tags is no mistake.
    public static func protectionWarnings(
        _ protected: ProtectedRefs, in repository: Repository, pushed: [String] = []
    ) -> [Message] {
        guard repository.configString(ProtectedRefs.configKey) != nil,
            let references = try? repository.references().map(\.name)
        else { return [] }
        return protected.patternsMatchingNothing(among: references + pushed).map { pattern in
            Message("hook.protected-pattern-unused", ["pattern": .text(pattern), "key": .text(ProtectedRefs.configKey)])
        }
    }
}

extension CommitValidation {
    /// Adds an error about the commit as a whole (no file), as a finding the commit introduced.
    mutating func add(error message: Message) {
        let finding = Diagnostic(
            severity: .error, code: "policy", message: message, hint: Message("push.policy.hint"))
        report.diagnostics.append(finding)
        comparison?.new.append(finding)
    }
}
