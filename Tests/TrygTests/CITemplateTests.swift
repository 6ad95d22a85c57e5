import Foundation
import TestSupport
import Testing

/// The CI templates in scripts/ci/, run here as GitHub Actions and GitLab CI would run them: the YAML
/// is read, its shell steps (which call the scripts in scripts/ci/) run with bash in a fresh clone of a
/// real repository, with the variables and event file those systems provide, and the real tryg. A
/// wrong path, a wrong base or a wrong file name fails here. The build is replaced by TRYG_BINARY
/// (GitHub) or by a stand-in `swift` that copies the built tryg (GitLab), so the setup's choice between
/// building and reusing is exercised too.
@Suite("CI templates (run locally)", .enabled(if: CITemplate.hasPythonYAML, "python3 with the yaml module is not installed"))
struct CITemplateTests {
    static let image = "swift:6.3.1-bookworm"
    /// Whether this build of tryg has `tryg site` (issue 11, built beside this work).
    static let hasSite: Bool = {
        let help = (try? runProcess(Locations.trygBinary, ["--help"]))?.stdout ?? ""
        return help.split(separator: "\n").contains { $0.hasPrefix("  site ") }
    }()

    // MARK: The files

    @Test("both templates are well-formed YAML; every repository file they name (comments and steps) exists")
    func wellFormed() throws {
        for path in [CITemplate.github, CITemplate.gitlab] {
            _ = try CITemplate.load(path)
            let named = try CITemplate.namedPaths(path)
            #expect(named.contains("scripts/ci/setup") && named.contains("scripts/ci/check-change"), "\(path) names \(named)")
            for file in named {
                #expect(
                    FileManager.default.fileExists(atPath: Locations.packageRoot + "/" + file),
                    "\(path) names \(file), which does not exist")
            }
        }
        for script in ["setup", "check-change", "summarise-change", "findings-report", "build-site"] {
            let syntax = try runProcess("/bin/bash", ["-n", Locations.packageRoot + "/scripts/ci/" + script])
            #expect(syntax.status == 0, "\(script): \(syntax)")
        }
    }

    @Test("GitHub: one run per change — pull requests, and pushes to main only")
    func githubTriggers() throws {
        let workflow = try CITemplate.load(CITemplate.github)
        // YAML 1.1 reads the key `on` as true.
        let on = try #require((workflow["on"] ?? workflow["true"]) as? [String: Any])
        #expect(Set(on.keys) == ["pull_request", "push"])
        #expect((on["push"] as? [String: Any])?["branches"] as? [String] == ["main"])
        #expect((on["pull_request"] as? [String: Any])?["branches"] == nil)
    }

    @Test("GitLab: the workflow rules make one pipeline per change, never a branch and a merge request pipeline")
    func gitlabOnePipeline() throws {
        let rules = (try CITemplate.load(CITemplate.gitlab)["workflow"] as? [String: Any])?["rules"]
        let branchWithMR = [
            "CI_PIPELINE_SOURCE": "push", "CI_COMMIT_BRANCH": "feature", "CI_OPEN_MERGE_REQUESTS": "aalborg/tryg!7",
        ]
        let mergeRequest = ["CI_PIPELINE_SOURCE": "merge_request_event", "CI_MERGE_REQUEST_IID": "7"]
        let branchAlone = ["CI_PIPELINE_SOURCE": "push", "CI_COMMIT_BRANCH": "feature"]
        let main = ["CI_PIPELINE_SOURCE": "push", "CI_COMMIT_BRANCH": "main", "CI_DEFAULT_BRANCH": "main"]
        #expect(try !GitLabRules.runs(rules, branchWithMR))
        #expect(try GitLabRules.runs(rules, mergeRequest))
        #expect(try GitLabRules.runs(rules, branchAlone))
        #expect(try GitLabRules.runs(rules, main))
    }

    @Test("both run in the Debian 12 Swift image; the caches hold .tryg-ci/bin, keyed by Package.swift and Sources/")
    func imagesAndCaches() throws {
        let github = try CITemplate.load(CITemplate.github)
        let check = try #require((github["jobs"] as? [String: Any])?["check"] as? [String: Any])
        #expect(check["container"] as? String == Self.image)
        let steps = try #require(check["steps"] as? [[String: Any]])
        let checkout = try #require(steps.first { ($0["uses"] as? String)?.hasPrefix("actions/checkout") == true })
        #expect((checkout["with"] as? [String: Any])?["fetch-depth"] as? Int == 0)
        let restore = try #require(steps.first { ($0["uses"] as? String)?.hasPrefix("actions/cache/restore") == true })
        let save = try #require(steps.first { ($0["uses"] as? String)?.hasPrefix("actions/cache/save") == true })
        let restoreInputs = try #require(restore["with"] as? [String: Any])
        #expect(restoreInputs["path"] as? String == ".tryg-ci/bin")
        #expect((save["with"] as? [String: Any])?["path"] as? String == ".tryg-ci/bin")
        let key = try #require(restoreInputs["key"] as? String)
        #expect(key.contains("hashFiles('Package.swift', 'Sources/**')") && key.contains("6.3.1-bookworm"), "\(key)")
        #expect(restoreInputs["restore-keys"] == nil, "a fallback key could restore a binary built from other sources")
        #expect((save["with"] as? [String: Any])?["key"] as? String == "${{ steps.tryg-cache.outputs.cache-primary-key }}")

        let gitlab = try CITemplate.load(CITemplate.gitlab)
        #expect((gitlab["default"] as? [String: Any])?["image"] as? String == Self.image)
        #expect((gitlab["variables"] as? [String: Any])?["GIT_DEPTH"] as? String == "0")
        let build = try #require(gitlab["tryg:build"] as? [String: Any])
        let cache = try #require(build["cache"] as? [String: Any])
        #expect(cache["paths"] as? [String] == [".tryg-ci/bin/"])
        let files = ((cache["key"] as? [String: Any])?["files"] as? [String]) ?? []
        #expect(files.contains("Package.swift") && files.contains { $0.hasPrefix("Sources/") }, "\(files)")
        #expect(((cache["key"] as? [String: Any])?["prefix"] as? String)?.contains("6.3.1-bookworm") == true)
        #expect(GitLabPipelineRunner.artifactPaths(build) == [".tryg-ci/bin"])
    }

    // MARK: Setup

    @Test(
        "setup: TRYG_BINARY is used as given; otherwise tryg is built once, reused while the sources stay, rebuilt when they change"
    )
    func setupBuildsOrReuses() throws {
        let repository = try CIRepository()
        let clone = try repository.checkout(repository.mainTip)
        let work = clone.path + "/work"
        let home = try TemporaryFolder("home")
        let base = ["HOME": home.path, "GIT_CONFIG_GLOBAL": "", "GITLAB_CI": "true", "TRYG_BINARY": ""]

        let never = try FakeSwift(builds: false)
        let given = try runBashStep(
            "bash scripts/ci/setup", in: work,
            environment: base.merging(never.environment) { $1 }
                .merging(["TRYG_BINARY": Locations.trygBinary]) { $1 })
        #expect(given.status == 0, "\(given)")
        #expect(given.stderr.contains("using the tryg given in TRYG_BINARY"), "\(given)")
        #expect(given.stdout.contains("libgit2 1.5.1"), "\(given)")
        #expect(never.calls.isEmpty, "swift was called: \(never.calls)")
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: work + "/.tryg-ci/bin/tryg")
        #expect(
            URL(fileURLWithPath: link).resolvingSymlinksInPath()
                == URL(fileURLWithPath: Locations.trygBinary).resolvingSymlinksInPath())

        let swift = try FakeSwift(builds: true)
        let env = base.merging(swift.environment) { $1 }
        let built = try runBashStep("bash scripts/ci/setup", in: work, environment: env)
        #expect(built.status == 0, "\(built)")
        #expect(
            swift.calls.contains("build -c release --static-swift-stdlib --disable-local-rpath --product tryg"), "\(swift.calls)")
        #expect(
            try FileManager.default.attributesOfItem(atPath: work + "/.tryg-ci/bin/tryg")[.type] as? FileAttributeType
                == .typeRegular)
        #expect(FileManager.default.fileExists(atPath: work + "/.tryg-ci/bin/tryg.key"))

        let reused = try runBashStep("bash scripts/ci/setup", in: work, environment: env)
        #expect(reused.status == 0 && reused.stderr.contains("already built from the same sources"), "\(reused)")
        #expect(swift.calls.filter { $0.hasPrefix("build") }.count == 2, "\(swift.calls)")

        try clone.write("work/Sources/tryg/Tryg.swift", "// changed\n")
        let rebuilt = try runBashStep("bash scripts/ci/setup", in: work, environment: env)
        #expect(rebuilt.status == 0 && rebuilt.stderr.contains("building tryg"), "\(rebuilt)")
        #expect(swift.calls.filter { $0.hasPrefix("build") }.count == 4, "\(swift.calls)")
        // The work tree was made safe for git and libgit2 (container jobs run as another user).
        let safe = try runProcess("/usr/bin/git", ["config", "--global", "--get-all", "safe.directory"], environment: base)
        #expect(safe.stdout.contains(URL(fileURLWithPath: work).resolvingSymlinksInPath().path), "\(safe)")
    }

    @Test("a shallow clone is refused with one clear sentence and exit status 2")
    func shallowCloneRefused() throws {
        let repository = try CIRepository()
        let clone = try repository.checkout(repository.mainTip, depth: 1)
        let home = try TemporaryFolder("home")
        let env = ["HOME": home.path, "GIT_CONFIG_GLOBAL": "", "TRYG_BINARY": Locations.trygBinary]
        let result = try runBashStep(
            "bash scripts/ci/setup && bash scripts/ci/check-change", in: clone.path + "/work", environment: env)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("the clone is shallow"), "\(result)")
    }
}
