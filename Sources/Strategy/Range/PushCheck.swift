import Git
import Messages

/// The server's check of a push (`tryg hook pre-receive`): which commits to check, what each is
/// compared with, and the outcome.
public enum PushCheck {
    /// What the check is asked to do.
    public struct Options: Sendable {
        public var validation: ValidationOptions
        /// Whether only the findings a commit introduces (compared with the reference's old value)
        /// fail the push; otherwise every finding of every new commit counts.
        public var newOnly: Bool
        public var protected: ProtectedRefs

        public init(validation: ValidationOptions, newOnly: Bool, protected: ProtectedRefs) {
            self.validation = validation
            self.newOnly = newOnly
            self.protected = protected
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
    public static func run(_ updates: [PushUpdate], in repository: Repository, options: Options) throws(GitError) -> Outcome {
        let plan = try PushPlan.plan(updates, in: repository, protected: options.protected)
        var bases: [ObjectID: ObjectID] = [:]
        if options.newOnly {
            let defaultTip = try? repository.resolveCommit("HEAD")
            for item in plan.items where !item.commits.isEmpty {
                var base: ObjectID? = item.update.oldID.isZero ? nil : item.update.oldID
                if base == nil, let defaultTip, let tip = item.commits.last {
                    base = try repository.mergeBase(tip, defaultTip)
                }
                if let base, repository.contains(base) {
                    for commit in item.commits { bases[commit] = base }
                }
            }
        }
        let validator = RangeValidator(validator: ContentValidator(options: options.validation))
        let known = bases
        let report = try validator.validate(
            plan.commits, in: repository, name: "push", baseline: options.newOnly ? .given({ known[$0] }) : .none)
        return Outcome(
            plan: plan, report: report,
            warnings: protectionWarnings(options.protected, in: repository, pushed: updates.map(\.name)))
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
