extension English {
    /// The command line's own words: reports, summaries, hooks, failures.
    static let output: [String: String] = [
        "cli.error-label": "error:",
        "usage.deadline": "--deadline takes a number of seconds above 0",
        "usage.staged-one-revision": "--staged compares a revision with the index; give at most one revision",
        "usage.as-of": "--as-of takes a date written YYYY-MM-DD, got '{value}'",
        "usage.no-files": "name at least one file to validate",
        "usage.ref-dir": "--ref-dir takes URI=DIR, got '{value}'",
        "usage.null-without-list": "--null applies to --files-from; name a list",
        "usage.max-count": "--max-count must be at least 1",
        "usage.revision-or-staged": "give either a revision or --staged, not both",
        "usage.revision-staged-range": "give a revision, --staged or --range, not more than one",
        "usage.tips-only": "--tips-only goes with --range",
        "usage.new-since-range": "--new-since compares one snapshot; --range compares each commit with its parent",
        "usage.all-new-since": "--all shows every finding; leave out --new-since",
        "cli.not-a-repository": "not a git repository: {path} ({detail})",
        "cli.bare-needs-two-revisions": "the repository is bare: it has no work tree; name two revisions",
        "cli.nothing-to-compare": "nothing to compare",
        "cli.no-such-entity":
            "no entity '{id}' (initiative, partner, goal, strategy, organisation or report) in the history of {revision}",
        "cli.no-such-rule": #"there is no rule named "{name}"{suggestion}; `tryg rules` lists them"#,
        "cli.write-failed": "cannot write the output: {reason}",
        "error.git": "{detail}",
        "error.config-unreadable": "tryg.json cannot be used: {place}: {reason}",
        "error.version-lookup": "'{name}' names no reference, and strategy versions cannot be looked up: {detail}",
        "error.no-version":
            "'{name}' names no reference, and no commit on the first-parent history of HEAD has strategy version {number} (versions found: {found})",
        "error.no-version.none":
            "'{name}' names no reference, and no commit on the first-parent history of HEAD has strategy version {number} (no strategy versions were found)",
        "snapshot.work-tree": "the work tree",
        "snapshot.index": "the index",
        "snapshot.revision": "{revision}",
        "snapshot.given-files": "the given files",
        "report.severity.error": "error:",
        "report.severity.warning": "warning:",
        "report.severity.note": "note:",
        "report.hint-label": "hint:",
        "report.note-label": "note:",
        "report.fixed-label": "fixed:",
        "report.no-file": "(repository):",
        "report.checked-files": "checked {count} {count:file|files} in {what}: ",
        "report.checked-files-against": "checked {count} {count:file|files} in {what} against {base}: ",
        "report.no-problems": "no problems found",
        "report.no-new-problems": "no new problems",
        "report.fixed-count": "{count} fixed",
        "report.unchanged": "{tally} unchanged; run `tryg validate` to list them",
        "count.errors": "{count} {count:error|errors}",
        "count.warnings": "{count} {count:warning|warnings}",
        "count.notes": "{count} {count:note|notes}",
        "count.new-errors": "{count} new {count:error|errors}",
        "count.new-warnings": "{count} new {count:warning|warnings}",
        "count.new-notes": "{count} new {count:note|notes}",
        "count.earlier-errors": "{count} earlier {count:error|errors}",
        "count.earlier-warnings": "{count} earlier {count:warning|warnings}",
        "count.earlier-notes": "{count} earlier {count:note|notes}",
        "progress.validating-commits": "validating commits",
        "range.commit": "commit {commit}",
        "range.checked": "checked {count} {count:commit|commits} in {range}: ",
        "range.empty": "nothing to check (the range is empty)",
        "range.no-commit-fails": "no commit fails ({count} {count:commit|commits} with findings that do not fail)",
        "range.commits-fail": "{count} {count:commit fails|commits fail}",
        "range.same-findings": "the same findings as commit {commit}",
        "range.findings-as-in": "and {count} {count:finding|findings} as in commit {commit}",
        "range.findings-fixed-since": "{count} {count:finding|findings} of commit {commit} fixed",
        "range.first-seen": #"{finding} (commit {commit} "{summary}")"#,
        "range.first-seen.later": #"{finding} (commit {commit} "{summary}", and {later} later {later:commit|commits})"#,
        "hook.cannot-open": "cannot open the repository from git's environment: {detail}",
        "hook.cannot-read-index": "cannot read the files staged for the commit: {detail}",
        "hook.commit-refused": """
        tryg: commit refused: the staged files bring {what} (listed above).
          Fix them, stage the fixes with 'git add', and commit again.
          To commit anyway in an emergency: git commit --no-verify
        """,
        "hook.merge-refused": """
        tryg: merge refused: the merged files bring {what} (listed above).
          Fix them, stage the fixes with 'git add', and finish the merge with 'git merge --continue'.
          To merge anyway in an emergency: git merge --no-verify
        """,
        "hook.bad-input": "pre-receive: line {line} of the hook's input: {detail}",
        "hook.push-unreadable": "pre-receive: {detail}",
        "hook.push-accepted": "checked {count} new {count:commit|commits}: no new errors",
        "hook.push-rejected": "push rejected: {failing} of {count} new {count:commit|commits} {failing:brings|bring} errors",
        "hook.more-findings":
            "… and {count} more {count:finding|findings}; run `tryg validate --range` on your clone to list them all",
        "hook.deadline":
            "push rejected: the check did not finish in {seconds} s (git config tryg.deadline); nothing was let through",
        "hook.hidden-content": "(not shown: this file is neither part of your push nor readable by you)",
        "hook.hidden-related": "(a file that is neither part of your push nor readable by you)",
        "hook.push-fix": "Fix the commits named above (e.g. with 'git rebase -i'), then push again.",
        "push.input.fields": "expected '<old-id> <new-id> <ref-name>', found '{found}'",
        "push.input.lengths": "the two ids have different lengths ({old}, {new})",
        "push.input.id": "'{found}' is not an object id (40 or 64 hex digits)",
        "push.sha256":
            "{reference} is pushed as {id}, a SHA-256 id; tryg reads SHA-1 repositories only (libgit2 {version}), so this push cannot be checked",
        "push.missing-object":
            "{reference} is pushed as {id}, but the repository (and the push's quarantine) has no such object; run the hook with git's environment (GIT_DIR, GIT_OBJECT_DIRECTORY, GIT_ALTERNATE_OBJECT_DIRECTORIES)",
        "push.config-removed":
            "this commit removes {config} (or replaces it with something that is not a file); the policy in force needs it",
        "push.policy-change":
            "this commit changes the policy ({files}) and passes only under its own; under the policy in force it has the errors listed",
        "push.policy.hint":
            "fix the content so that it passes under the policy in force, or change the policy in a push of its own (an administrator can allow it: git config tryg.allowPolicyChange true, then git push -o tryg.policy-change)",
        "hook.protected-pattern-unused":
            "warning: the pattern '{pattern}' in git config {key} matches no reference: it protects nothing (a typo?)",
        "hook.install.done": "installed the {hook} hook at {path}",
        "hook.install.already": "the {hook} hook at {path} is already installed",
        "hook.install.bare": "{path} is a bare repository, where nobody commits; use --pre-receive",
        "hook.install.foreign":
            "{path} already exists and was not installed by tryg; use --force to replace it, or add 'tryg hook {hook}' to it yourself",
        "hook.install.no-folder": "cannot create the hooks folder {folder}: {reason}",
        "hook.install.not-writable": "cannot write {path} (is the hooks folder writable?)",
        "hook.install.failed": "cannot install {path}: {reason}",
        "hook.install.unknown-executable": "cannot tell where this tryg is installed; use --use-path to call 'tryg' from PATH",
        "rules.engine-checks": "Checks of the exceptions and of tryg.json's rule settings:",
        "rules.footer":
            #"`tryg rules NAME` explains a rule. Set a rule's severity, or turn it off, in tryg.json: "rules": {"NAME": "error" | "warning" | "note" | "off"}."#,
        "rules.from-config": "(tryg.json)",
        "rules.excusable":
            #"An entity that cannot meet the rule can carry a reasoned exception: "exceptions": [{"rule": "{rule}", "reason": "…", "until": "YYYY-MM-DD"}]."#,
        "rules.not-excusable": "The rule guards the content's integrity: no exception can excuse its findings.",
        "schema-cli.no-ref-dir": "--ref-dir folder {folder} does not exist",
        "schema-cli.bad-ref-schema": "cannot use {file} as a schema: {reason}",
        "schema-cli.invalid-schema": "the schema {schema} is not valid: {reason}",
        "schema-cli.is-folder": "{path} is a folder, not a file",
        "schema-cli.unreadable": "cannot read {path}: no such file, or no permission",
        "schema-cli.not-json": "{place}: {reason}",
        "schema-cli.no-files": "name at least one file to validate, or a list with --files-from",
    ]
}
