import Foundation
import TestSupport
import Testing

/// A hosted repository as the CI systems see it: a bare `origin` holding this package's strategy,
/// schemas, CI scripts and build inputs on `main`, and two proposed changes branched from it:
///
/// - `feature`: "Ny indsats" adds an initiative whose status is "bogus" (a new error), then
///   "Samarbejdspartner" adds a co-operation partner to Tryghedsvandringer (a change the diff shows);
/// - `feature-ok`: only the co-operation partner;
///
/// and, after the branch point, a commit on `main` that adds the initiative "main-indsats" (which brings
/// yearly-report warnings of its own). A check that starts anywhere but at the merge base shows it.
/// GitHub's merge commits for the two pull requests are at `refs/pull/7/merge` and `refs/pull/8/merge`.
final class CIRepository: @unchecked Sendable {
    let origin: TemporaryRepository
    let author: TemporaryRepository
    /// Commits: the branch point, main after it, the two feature tips, the broken commit, GitHub's merges.
    private(set) var branchPoint = "", mainTip = "", featureTip = "", featureOKTip = "", broken = ""
    private(set) var merge7 = "", merge8 = ""

    static let partnerPath = "strategy/initiatives/tryghedsvandringer.json"
    static let mainInitiative = "strategy/initiatives/main-indsats.json"

    init() throws {
        origin = try TemporaryRepository(bare: true)
        author = try RangeFixture.strategyRepository()
        let root = Locations.packageRoot
        let copy = try runProcess("/bin/cp", ["-R", root + "/scripts", root + "/Package.swift", author.path])
        guard copy.status == 0 else { throw CIFailure("copying scripts failed: \(copy)") }
        try author.write(
            "Sources/tryg/Tryg.swift", try String(contentsOfFile: root + "/Sources/tryg/Tryg.swift", encoding: .utf8))
        branchPoint = try author.commitAll("CI og kilder")
        try author.git(["remote", "add", "origin", origin.path])

        try author.git(["checkout", "-q", "-b", "feature"])
        try author.write(RangeFixture.initiativePath, RangeFixture.initiative(status: "bogus"))
        broken = try author.commitAll("Ny indsats: Testindsats")
        try addPartner()
        featureTip = try author.commitAll("Samarbejdspartner til Tryghedsvandringer")

        try author.git(["checkout", "-q", "-b", "feature-ok", branchPoint])
        try addPartner()
        featureOKTip = try author.commitAll("Samarbejdspartner til Tryghedsvandringer")

        try author.git(["checkout", "-q", "main"])
        try author.write(Self.mainInitiative, RangeFixture.initiative(id: "main-indsats", name: "Hovedgrenens indsats"))
        mainTip = try author.commitAll("Ny indsats på main")
        merge7 = try pullRequestMerge(7, "feature")
        merge8 = try pullRequestMerge(8, "feature-ok")
        try author.git(["checkout", "-q", "main"])
        try author.git(["push", "-q", "origin", "main", "feature", "feature-ok"])
    }

    /// Adds "Testforeningen" to the co-operation partners of Tryghedsvandringer.
    private func addPartner() throws {
        let path = author.path + "/" + Self.partnerPath
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let changed = text.replacingOccurrences(
            of: "\"Nordjyllands Beredskab\"", with: "\"Nordjyllands Beredskab\",\n    \"Testforeningen\"")
        guard changed != text else { throw CIFailure("\(Self.partnerPath) changed its shape") }
        try author.write(Self.partnerPath, changed)
    }

    /// The merge commit GitHub makes for a pull request and checks out (`refs/pull/N/merge`).
    private func pullRequestMerge(_ number: Int, _ branch: String) throws -> String {
        try author.git(["checkout", "-q", "--detach", "main"])
        try author.git(["merge", "-q", "--no-ff", "-m", "Merge \(branch) into main", branch])
        let id = try author.head()
        try author.git(["push", "-q", "origin", "\(id):refs/pull/\(number)/merge"])
        return id
    }

    /// Pushes the merge of `feature-ok` to main (as GitHub's merge button would) and returns (before, after).
    func mergeFeatureOKIntoMain() throws -> (before: String, after: String) {
        try author.git(["checkout", "-q", "main"])
        try author.git(["merge", "-q", "--no-ff", "-m", "Merge feature-ok", "feature-ok"])
        let after = try author.head()
        try author.git(["push", "-q", "origin", "main"])
        return (mainTip, after)
    }

    /// A clone of origin with the whole history, checked out (detached) at `commit`, after fetching
    /// `ref` when given: what actions/checkout (fetch-depth: 0) and GitLab's runner (GIT_DEPTH: 0) leave.
    func checkout(_ commit: String, fetching ref: String? = nil, depth: Int? = nil) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("clone")
        let url = depth == nil ? origin.path : "file://" + origin.path
        let clone = try runProcess(
            "/usr/bin/git", ["clone", "-q"] + (depth.map { ["--depth", "\($0)"] } ?? []) + [url, folder.path + "/work"])
        guard clone.status == 0 else { throw CIFailure("clone failed: \(clone)") }
        let work = TemporaryFolderView(path: folder.path + "/work")
        if let ref { try work.git(["fetch", "-q", "origin", "+\(ref):\(ref)"]) }
        try work.git(["checkout", "-q", "--detach", commit])
        return folder
    }
}

/// Git in a folder that is not a TemporaryRepository.
struct TemporaryFolderView {
    let path: String

    @discardableResult
    func git(_ arguments: [String]) throws -> String {
        let result = try runProcess("/usr/bin/git", arguments, in: path)
        guard result.status == 0 else { throw CIFailure("git \(arguments.joined(separator: " ")) failed: \(result)") }
        return result.stdout
    }
}

/// Runs the `check` job of the GitHub Actions template: its `run:` steps with bash in the clone, its
/// `uses:` steps by checking that what they would upload or cache is there.
struct GitHubJobRunner {
    let steps: [[String: Any]]
    let event: String
    let work: String
    let environment: [String: String]

    /// What a step's `if:` means, for the conditions the template uses; an unknown one is a test failure.
    func shouldRun(_ condition: String?, failed: Bool) -> Bool? {
        guard let condition else { return !failed }
        let known: [String: Bool] = [
            "github.event_name == 'pull_request'": event == "pull_request",
            "github.event_name == 'push'": event == "push",
            "github.event_name == 'push' || github.event.pull_request.head.repo.full_name == github.repository": true,
            "steps.tryg-cache.outputs.cache-hit != 'true'": true,
        ]
        guard let value = known[condition] else { return nil }
        return value && !failed
    }

    func run() throws -> [StepRun] {
        var runs: [StepRun] = []
        var failed = false
        for step in steps {
            let name = step["name"] as? String ?? step["uses"] as? String ?? "step"
            guard let runs_ = shouldRun(step["if"] as? String, failed: failed) else {
                Issue.record("the test does not know the condition '\(step["if"] ?? "")' of step '\(name)'")
                return runs
            }
            guard runs_ else {
                runs.append(StepRun(name: name, ran: false))
                continue
            }
            if let script = step["run"] as? String {
                #expect(!script.contains("${{"), "step '\(name)': expressions belong in env:, not in the script")
                let result = try runBashStep(script, in: work, environment: environment)
                runs.append(StepRun(name: name, ran: true, result: result))
                if result.status != 0 { failed = true }
            } else if let uses = step["uses"] as? String {
                checkInputs(uses, step["with"] as? [String: Any] ?? [:], name: name)
                runs.append(StepRun(name: name, ran: true))
            }
        }
        return runs
    }

    /// A `uses:` step finds what it uploads or caches.
    func checkInputs(_ uses: String, _ inputs: [String: Any], name: String) {
        let path: String?
        if uses.hasPrefix("github/codeql-action/upload-sarif") {
            path = inputs["sarif_file"] as? String
        } else if uses.hasPrefix("actions/cache/save") || uses.hasPrefix("actions/upload-") {
            path = inputs["path"] as? String
        } else {
            path = nil
        }
        if let path {
            #expect(FileManager.default.fileExists(atPath: work + "/" + path), "step '\(name)' finds no \(path)")
        }
    }
}

/// Runs the GitLab CI template's pipeline for one event: the workflow rules decide whether there is a
/// pipeline, each job's rules whether it is in it; each job runs its `script:` lines with bash in a
/// fresh clone holding the artifacts of the jobs it `needs`, as a runner would.
struct GitLabPipelineRunner {
    let template: [String: Any]
    let repository: CIRepository
    /// The commit the runner checks out (CI_COMMIT_SHA).
    let commit: String
    /// The predefined variables of the event, and PATH, HOME and the like.
    let environment: [String: String]
    /// Run in each clone before the job (e.g. to drop a branch the runner would not have fetched).
    var prepare: (TemporaryFolderView) throws -> Void = { _ in }

    static let reserved: Set = ["workflow", "stages", "default", "variables", "include", "image", "cache"]

    /// A job that ran: its outcome and the folder it ran in (kept alive with the result).
    struct JobRun {
        var run: StepRun
        var folder: TemporaryFolder
        var work: String { folder.path + "/work" }
    }

    /// nil when the workflow rules make no pipeline; otherwise the jobs that ran, by name.
    func run() throws -> [String: JobRun]? {
        var env = environment
        for (key, value) in template["variables"] as? [String: String] ?? [:] { env[key] = value }
        guard try GitLabRules.runs((template["workflow"] as? [String: Any])?["rules"], env) else { return nil }
        let jobs = template.filter { !Self.reserved.contains($0.key) }.compactMapValues { $0 as? [String: Any] }
        let included = try jobs.filter { try GitLabRules.runs($0.value["rules"], env) }
        var done: [String: JobRun] = [:]
        for stage in template["stages"] as? [String] ?? [] {
            for (name, job) in included.filter({ $0.value["stage"] as? String == stage }).sorted(by: { $0.key < $1.key }) {
                let needs = job["needs"] as? [String] ?? []
                for need in needs where included[need] == nil {
                    Issue.record("job \(name) needs \(need), which is not in this pipeline: GitLab would refuse it")
                }
                guard needs.allSatisfy({ done[$0]?.run.status == 0 }) else { continue }
                done[name] = try runJob(name, job, needs: needs.compactMap { n in done[n].map { (n, $0) } }, env: env, jobs: jobs)
            }
        }
        return done
    }

    private func runJob(
        _ name: String, _ job: [String: Any], needs: [(String, JobRun)], env: [String: String], jobs: [String: [String: Any]]
    ) throws -> JobRun {
        let folder = try repository.checkout(commit)
        let work = TemporaryFolderView(path: folder.path + "/work")
        try prepare(work)
        for (need, earlier) in needs {
            for path in Self.artifactPaths(jobs[need] ?? [:])
            where FileManager.default.fileExists(atPath: earlier.work + "/" + path) {
                let target = URL(fileURLWithPath: work.path + "/" + path).deletingLastPathComponent().path
                _ = try runProcess("/bin/mkdir", ["-p", target])
                let copy = try runProcess("/bin/cp", ["-a", earlier.work + "/" + path, target + "/"])
                #expect(copy.status == 0, "\(copy)")
            }
        }
        let script = (job["script"] as? [String] ?? []).joined(separator: "\n")
        var jobEnv = env
        jobEnv["CI_PROJECT_DIR"] = work.path
        jobEnv["CI_JOB_NAME"] = name
        let result = try runBashStep(script, in: work.path, environment: jobEnv)
        let artifacts = job["artifacts"] as? [String: Any] ?? [:]
        if result.status == 0 || artifacts["when"] as? String == "always" {
            var expected = Self.artifactPaths(job)
            if let report = (artifacts["reports"] as? [String: Any])?["codequality"] as? String { expected.append(report) }
            for path in expected {
                #expect(FileManager.default.fileExists(atPath: work.path + "/" + path), "job \(name) leaves no artifact \(path)")
            }
        }
        return JobRun(run: StepRun(name: name, ran: true, result: result), folder: folder)
    }

    /// A job's `artifacts: paths:`, without the trailing slash of folders.
    static func artifactPaths(_ job: [String: Any]) -> [String] {
        let paths = (job["artifacts"] as? [String: Any])?["paths"] as? [String] ?? []
        return paths.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    }
}
