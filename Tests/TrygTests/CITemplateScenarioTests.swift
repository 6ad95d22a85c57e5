import Foundation
import TestSupport
import Testing

/// The templates' jobs on real changes: pull and merge requests with a new error, without findings,
/// a push to the default branch and a branch without a merge request.
@Suite(
    "CI templates on real changes",
    .enabled(if: CITemplate.hasPythonYAML, "python3 with the yaml module is not installed"),
    .enabled(if: CITemplate.hasJQ, "jq is not installed (the GitHub steps read the event file with it; CI installs it)"))
struct CITemplateScenarioTests {
    static let githubServer = "https://github.example"
    static let gitlabProject = "https://gitlab.example/aalborg/tryg"

    // MARK: GitHub Actions

    /// Runs the check job for an event in `clone`, as the runner would after actions/checkout.
    func runGitHub(
        _ event: String, payload: [String: Any], sha: String, ref: String, in clone: TemporaryFolder,
        extra: [String: String] = [:]
    ) throws -> (steps: [StepRun], summary: String) {
        let workflow = try CITemplate.load(CITemplate.github)
        let steps = try #require(((workflow["jobs"] as? [String: Any])?["check"] as? [String: Any])?["steps"] as? [[String: Any]])
        try clone.write("event.json", String(decoding: try JSONSerialization.data(withJSONObject: payload), as: UTF8.self))
        for file in ["summary.md", "output", "env", "path"] { try clone.write(file, "") }
        let never = try FakeSwift(builds: false)
        var env = never.environment.merging(extra) { $1 }
        env.merge([
            "CI": "true", "GITHUB_ACTIONS": "true", "GITHUB_EVENT_NAME": event, "GITHUB_EVENT_PATH": clone.path + "/event.json",
            "GITHUB_SHA": sha, "GITHUB_REF": ref, "GITHUB_REPOSITORY": "aalborg/tryg", "GITHUB_SERVER_URL": Self.githubServer,
            "GITHUB_WORKSPACE": clone.path + "/work", "GITHUB_STEP_SUMMARY": clone.path + "/summary.md",
            "GITHUB_OUTPUT": clone.path + "/output", "GITHUB_ENV": clone.path + "/env", "GITHUB_PATH": clone.path + "/path",
            "RUNNER_TEMP": clone.path, "HOME": clone.path, "GIT_CONFIG_GLOBAL": "", "TRYG_BINARY": Locations.trygBinary,
        ]) { $1 }
        let runs = try GitHubJobRunner(steps: steps, event: event, work: clone.path + "/work", environment: env).run()
        #expect(never.calls.isEmpty, "with TRYG_BINARY nothing is built, but swift was called: \(never.calls)")
        return (runs, clone.read("summary.md") ?? "")
    }

    func pullRequestPayload(_ number: Int, _ repository: CIRepository, head: String, branch: String) -> [String: Any] {
        let repo: [String: Any] = ["full_name": "aalborg/tryg", "default_branch": "main"]
        return [
            "action": "synchronize", "number": number, "repository": repo,
            "pull_request": [
                "number": number,
                "base": ["ref": "main", "sha": repository.mainTip, "repo": repo],
                "head": ["ref": branch, "sha": head, "repo": repo],
            ] as [String: Any],
        ]
    }

    func step(_ runs: [StepRun], _ prefix: String) throws -> StepRun {
        try #require(
            runs.first { $0.name == prefix } ?? runs.first { $0.name.hasPrefix(prefix) },
            "no step '\(prefix)' in \(runs.map(\.name))")
    }

    /// The workflow commands a step printed outside its folded log.
    func annotations(_ run: StepRun) -> [String] {
        let stdout = run.result?.stdout ?? ""
        let after = stdout.components(separatedBy: "::endgroup::\n").last ?? ""
        return after.split(separator: "\n").map(String.init).filter { $0.hasPrefix("::") }
    }

    /// `::warning file=…,line=…,col=…,title=…::` of each annotation.
    func place(_ annotation: String) -> String {
        let parts = annotation.components(separatedBy: "::")
        return parts.count > 2 ? parts[1] : annotation
    }

    @Test(
        "GitHub pull request: the commits from the merge base are checked, the new error annotated and failing, the diff in the summary, SARIF written"
    )
    func githubPullRequest() throws {
        let repository = try CIRepository()
        let clone = try repository.checkout(repository.merge7, fetching: "refs/pull/7/merge")
        let (runs, summary) = try runGitHub(
            "pull_request", payload: pullRequestPayload(7, repository, head: repository.featureTip, branch: "feature"),
            sha: repository.merge7, ref: "refs/pull/7/merge", in: clone,
            extra: ["GITHUB_BASE_REF": "main", "GITHUB_HEAD_REF": "feature"])
        for name in ["Set up tryg", "Semantic diff", "Findings as SARIF"] {
            let run = try step(runs, name)
            #expect(run.status == 0, "\(run.output)")
        }
        let check = try step(runs, "Validate every commit")
        #expect(check.status == 1, "\(check.output)")
        #expect(
            check.output.contains("checking every commit of \(repository.branchPoint)..\(repository.featureTip)"),
            "\(check.output)")
        let found = annotations(check)
        #expect(
            found.contains { $0.hasPrefix("::error file=\(RangeFixture.initiativePath),line=5,col=13,title=tryg [enum]::") },
            "\(found)")
        #expect(!found.contains { $0.hasPrefix("::warning") }, "\(found)")
        #expect(!check.output.contains("main-indsats"), "a commit on main after the branch point was checked:\n\(check.output)")
        let standing = try runProcess(
            Locations.trygBinary, ["validate", repository.branchPoint, "--format", "github"], in: clone.path + "/work")
        let standingPlaces = Set(standing.stdout.split(separator: "\n").map { place(String($0)) })
        #expect(standingPlaces.count > 5, "the content has standing findings: \(standing)")
        #expect(Set(found.map(place)).isDisjoint(with: standingPlaces), "standing findings were annotated: \(found)")
        #expect(!(try step(runs, "Website preview").ran))

        #expect(summary.contains("Testforeningen"), "\(summary)")
        #expect(
            summary.contains(String(repository.branchPoint.prefix(12)))
                && summary.contains(String(repository.featureTip.prefix(12))), "\(summary)")
        let link = "\(Self.githubServer)/aalborg/tryg/blob/\(repository.featureTip)/\(CIRepository.partnerPath)"
        #expect(summary.contains(link), "\(summary)")
        #expect(
            !summary.contains("main-indsats") && !summary.contains("Hovedgrenens"),
            "main's later commit is in the diff:\n\(summary)")

        let sarif = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: clone.path + "/work/tryg.sarif")))
                as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        let results = try #require((sarif["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let uris = results.compactMap { result -> String? in
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            return (location?["artifactLocation"] as? [String: Any])?["uri"] as? String
        }
        #expect(results.contains { $0["ruleId"] as? String == "enum" && $0["level"] as? String == "error" })
        // The whole snapshot of the merged result: code scanning compares it with main's own analysis.
        #expect(uris.contains(RangeFixture.initiativePath) && uris.contains(CIRepository.mainInitiative), "\(uris)")
    }

    @Test("GitHub: a pull request without findings passes and builds its preview; the push to main builds the site")
    func githubPassingAndPush() throws {
        let repository = try CIRepository()
        let clone = try repository.checkout(repository.merge8, fetching: "refs/pull/8/merge")
        let (runs, summary) = try runGitHub(
            "pull_request", payload: pullRequestPayload(8, repository, head: repository.featureOKTip, branch: "feature-ok"),
            sha: repository.merge8, ref: "refs/pull/8/merge", in: clone)
        let check = try step(runs, "Validate every commit")
        #expect(check.status == 0, "\(check.output)")
        #expect(annotations(check).filter { !$0.hasPrefix("::notice") }.isEmpty, "\(annotations(check))")
        #expect(summary.contains("Testforeningen"), "\(summary)")
        try expectSite(try step(runs, "Website preview"), clone.path + "/work/_site", preview: "ændringsforslag #8")

        let (before, after) = try repository.mergeFeatureOKIntoMain()
        let pushed = try repository.checkout(after)
        let payload: [String: Any] = [
            "ref": "refs/heads/main", "before": before, "after": after,
            "repository": ["full_name": "aalborg/tryg", "default_branch": "main"] as [String: Any],
        ]
        let (pushRuns, pushSummary) = try runGitHub("push", payload: payload, sha: after, ref: "refs/heads/main", in: pushed)
        let pushCheck = try step(pushRuns, "Validate every commit")
        #expect(
            pushCheck.status == 0 && pushCheck.output.contains("checking every commit of \(before)..\(after)"),
            "\(pushCheck.output)")
        #expect(pushSummary.contains("Testforeningen"), "\(pushSummary)")
        #expect(!(try step(pushRuns, "Website preview").ran))
        try expectSite(try step(pushRuns, "Website"), pushed.path + "/work/_site", preview: nil)
    }

    /// A site step built the site (with its preview banner), or — while `tryg site` is not in this
    /// build — failed with the one sentence that says so.
    func expectSite(_ run: StepRun, _ folder: String, preview: String?) throws {
        #expect(run.ran)
        guard CITemplateTests.hasSite else {
            #expect(run.status == 2 && run.output.contains("this tryg has no 'site' command"), "\(run.output)")
            return
        }
        #expect(run.status == 0, "\(run.output)")
        let index = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        if let preview {
            #expect(index.contains(preview), "no preview banner in \(folder)/index.html")
        } else {
            #expect(!index.contains("ændringsforslag #"), "a preview banner on the published site")
        }
    }

    // MARK: GitLab CI

    /// Runs the pipeline for the given predefined variables; `tryg:build` builds with a stand-in swift.
    func runGitLab(
        _ repository: CIRepository, commit: String, variables: [String: String],
        prepare: @escaping (TemporaryFolderView) throws -> Void = { _ in }
    ) throws -> (jobs: [String: GitLabPipelineRunner.JobRun]?, swift: FakeSwift) {
        let swift = try FakeSwift(builds: true)
        let home = try TemporaryFolder("home")
        var env = swift.environment
        env.merge([
            "CI": "true", "GITLAB_CI": "true", "CI_COMMIT_SHA": commit, "CI_DEFAULT_BRANCH": "main",
            "CI_PROJECT_URL": Self.gitlabProject, "CI_PROJECT_PATH": "aalborg/tryg", "CI_SERVER_URL": "https://gitlab.example",
            "HOME": home.path, "GIT_CONFIG_GLOBAL": "", "TRYG_BINARY": "",
        ]) { $1 }
        env.merge(variables) { $1 }
        var runner = GitLabPipelineRunner(
            template: try CITemplate.load(CITemplate.gitlab), repository: repository, commit: commit, environment: env)
        runner.prepare = prepare
        let jobs = try runner.run()
        withExtendedLifetime(home) {}
        return (jobs, swift)
    }

    @Test(
        "GitLab merge request: the commits from the merge base are checked, the new error fails, the diff and code quality are kept",
        arguments: [true, false])
    func gitlabMergeRequest(withDiffBase: Bool) throws {
        let repository = try CIRepository()
        let (jobs, swift) = try runGitLab(
            repository, commit: repository.featureTip,
            variables: [
                "CI_PIPELINE_SOURCE": "merge_request_event", "CI_MERGE_REQUEST_IID": "7",
                "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME": "feature",
                "CI_MERGE_REQUEST_DIFF_BASE_SHA": withDiffBase ? repository.branchPoint : "",
                "CI_COMMIT_BEFORE_SHA": "0000000000000000000000000000000000000000", "CI_COMMIT_REF_NAME": "feature",
            ]
        ) { work in
            // Without the diff base, the target branch must be fetched: the runner did not.
            if !withDiffBase { try work.git(["update-ref", "-d", "refs/remotes/origin/main"]) }
        }
        let ran = try #require(jobs)
        #expect(ran["tryg:build"]?.run.status == 0, "\(ran["tryg:build"]?.run.output ?? "")")
        #expect(swift.calls.filter { $0.hasPrefix("build") }.count == 2, "built more than once: \(swift.calls)")
        let check = try #require(ran["tryg:check"])
        #expect(check.run.status == 1, "\(check.run.output)")
        #expect(
            check.run.output.contains("already built from the same sources"),
            "tryg:check did not get tryg:build's binary: \(check.run.output)")
        #expect(
            check.run.output.contains("checking every commit of \(repository.branchPoint)..\(repository.featureTip)"),
            "\(check.run.output)")
        #expect(check.run.output.contains(RangeFixture.bogusStatus), "\(check.run.output)")
        #expect(
            !check.run.output.contains("main-indsats"),
            "a commit on main after the branch point was checked:\n\(check.run.output)")
        #expect(ran["tryg:preview"] == nil && ran["pages"] == nil, "\(ran.keys)")

        let diff = try String(contentsOfFile: check.work + "/tryg-diff.md", encoding: .utf8)
        #expect(diff.contains("Testforeningen"), "\(diff)")
        #expect(diff.contains("\(Self.gitlabProject)/-/blob/\(repository.featureTip)/\(CIRepository.partnerPath)"), "\(diff)")
        #expect(!diff.contains("main-indsats") && !diff.contains("Hovedgrenens"), "main's later commit is in the diff:\n\(diff)")

        let data = try Data(contentsOf: URL(fileURLWithPath: check.work + "/gl-code-quality-report.json"))
        let issues = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        for issue in issues {
            let location = issue["location"] as? [String: Any]
            #expect(issue["description"] is String && issue["check_name"] is String && issue["fingerprint"] is String, "\(issue)")
            #expect(["info", "minor", "major", "critical", "blocker"].contains(issue["severity"] as? String ?? ""), "\(issue)")
            #expect(location?["path"] is String && (location?["lines"] as? [String: Any])?["begin"] is Int, "\(issue)")
        }
        #expect(Set(issues.compactMap { $0["fingerprint"] as? String }).count == issues.count, "fingerprints repeat")
        #expect(
            issues.contains { issue in
                let location = issue["location"] as? [String: Any]
                return issue["check_name"] as? String == "enum" && issue["severity"] as? String == "major"
                    && location?["path"] as? String == RangeFixture.initiativePath
                    && (location?["lines"] as? [String: Any])?["begin"] as? Int == 5
            }, "\(issues)")
        // A finding about no file in particular (the rules withheld for the broken file) sits on tryg.json.
        #expect(
            issues.contains { issue in
                let location = issue["location"] as? [String: Any]
                return issue["check_name"] as? String == "rules-withheld" && location?["path"] as? String == "tryg.json"
                    && (location?["lines"] as? [String: Any])?["begin"] as? Int == 1
            }, "\(issues)")
    }

    @Test(
        "GitLab: a merge request without findings builds its preview; a push to main is checked from its before commit and builds Pages"
    )
    func gitlabPassingAndDefaultBranch() throws {
        let repository = try CIRepository()
        let (jobs, _) = try runGitLab(
            repository, commit: repository.featureOKTip,
            variables: [
                "CI_PIPELINE_SOURCE": "merge_request_event", "CI_MERGE_REQUEST_IID": "8",
                "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main", "CI_MERGE_REQUEST_DIFF_BASE_SHA": repository.branchPoint,
            ])
        let ran = try #require(jobs)
        #expect(ran["tryg:check"]?.run.status == 0, "\(ran["tryg:check"]?.run.output ?? "")")
        let preview = try #require(ran["tryg:preview"], "no preview job in a merge request pipeline: \(ran.keys)")
        try expectSite(preview.run, preview.work + "/site-preview", preview: "ændringsforslag !8")

        let (before, after) = try repository.mergeFeatureOKIntoMain()
        let (pushJobs, _) = try runGitLab(
            repository, commit: after,
            variables: [
                "CI_PIPELINE_SOURCE": "push", "CI_COMMIT_BRANCH": "main", "CI_COMMIT_BEFORE_SHA": before,
            ])
        let pushed = try #require(pushJobs)
        let check = try #require(pushed["tryg:check"])
        #expect(
            check.run.status == 0 && check.run.output.contains("checking every commit of \(before)..\(after)"),
            "\(check.run.output)")
        #expect(pushed["tryg:preview"] == nil)
        let pages = try #require(pushed["pages"], "no pages job on the default branch: \(pushed.keys)")
        try expectSite(pages.run, pages.work + "/public", preview: nil)
    }

    @Test("GitLab: a branch without a merge request is checked from its merge base with the default branch")
    func gitlabBranchAlone() throws {
        let repository = try CIRepository()
        let (jobs, _) = try runGitLab(
            repository, commit: repository.featureOKTip,
            variables: [
                "CI_PIPELINE_SOURCE": "push", "CI_COMMIT_BRANCH": "feature-ok",
                "CI_COMMIT_BEFORE_SHA": "0000000000000000000000000000000000000000",
            ]
        ) { work in try work.git(["update-ref", "-d", "refs/remotes/origin/main"]) }
        let ran = try #require(jobs)
        let check = try #require(ran["tryg:check"])
        #expect(check.run.status == 0, "\(check.run.output)")
        #expect(
            check.run.output.contains("checking every commit of \(repository.branchPoint)..\(repository.featureOKTip)"),
            "\(check.run.output)")
        #expect(ran["pages"] == nil && ran["tryg:preview"] == nil)
    }
}
