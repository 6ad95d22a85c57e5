# shellcheck shell=bash
# Shared by the CI step scripts in this folder (sourced, not run): where the built tryg is kept,
# which CI system runs the step, and which change the pipeline is about.
#
# The change is worked out from what GitHub Actions and GitLab CI set in the environment:
#   GitHub, pull_request    the pull request's head commit (pull_request.head.sha of the event file at
#                           GITHUB_EVENT_PATH), from its merge base with pull_request.base.sha on
#   GitHub, push            GITHUB_SHA, from the event's "before" on (its merge base with GITHUB_SHA
#                           after a force push)
#   GitLab, merge request   CI_MERGE_REQUEST_SOURCE_BRANCH_SHA (merged-results pipelines) or
#                           CI_COMMIT_SHA, from its merge base with CI_MERGE_REQUEST_DIFF_BASE_SHA on
#                           (the target branch, fetched, when that is not given)
#   GitLab, default branch  CI_COMMIT_SHA, from CI_COMMIT_BEFORE_SHA on
#   GitLab, other branch    CI_COMMIT_SHA, from its merge base with the default branch on
# Without a usable start (a new branch, a first push, an unknown "before"), the change is the last
# commit alone, compared with its parent.

set -euo pipefail

# The folder this file is in, and the repository's root (the work tree the pipeline checked out).
TRYG_CI_SCRIPTS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TRYG_CI_ROOT=$(cd "$TRYG_CI_SCRIPTS/../.." && pwd)

# Where the built binary is kept between steps and, through the CI cache, between pipelines.
TRYG_CI_DIR=${TRYG_CI_DIR:-.tryg-ci}
case $TRYG_CI_DIR in /*) ;; *) TRYG_CI_DIR=$TRYG_CI_ROOT/$TRYG_CI_DIR ;; esac
TRYG=$TRYG_CI_DIR/bin/tryg

ZERO_ID=0000000000000000000000000000000000000000

# A message for the log, on standard error.
ci_say() { printf 'tryg-ci: %s\n' "$*" >&2; }

# An operational failure: one sentence, exit 2 (as tryg itself does).
ci_die() { printf 'tryg-ci: error: %s\n' "$*" >&2; exit 2; }

# github, gitlab or local.
ci_system() {
  if [ "${GITHUB_ACTIONS:-}" = true ]; then echo github
  elif [ "${GITLAB_CI:-}" = true ]; then echo gitlab
  else echo local
  fi
}

# The built tryg, or a clear failure when the setup step has not run.
ci_require_tryg() {
  [ -x "$TRYG" ] || ci_die "no tryg at $TRYG; run scripts/ci/setup first"
}

# Whether a commit exists in the clone.
ci_has_commit() { [ -n "$1" ] && [ "$1" != "$ZERO_ID" ] && git cat-file -e "$1^{commit}" 2>/dev/null; }

# A field of the GitHub event file (jq filter), empty when absent.
ci_event() {
  [ -n "${GITHUB_EVENT_PATH:-}" ] && [ -f "$GITHUB_EVENT_PATH" ] || ci_die "GITHUB_EVENT_PATH names no event file"
  jq -r "$1 // empty" "$GITHUB_EVENT_PATH"
}

# Fetches a branch of origin and prints its commit id (for a target or default branch the CI system
# did not fetch).
ci_fetch_branch() {
  git fetch --quiet origin "+refs/heads/$1:refs/remotes/origin/$1" >&2 || ci_die "could not fetch branch '$1' from origin"
  git rev-parse --verify --quiet "refs/remotes/origin/$1^{commit}" || ci_die "origin has no branch '$1'"
}

# Sets CHANGE_HEAD (the commit the change ends at), CHANGE_BASE (where it starts: empty for a history
# of one commit), CHANGE_RANGE (for tryg validate --range) and CHANGE_KIND (pull-request, push,
# branch).
# shellcheck disable=SC2034  # the variables are for the scripts that source this file
ci_change() {
  git rev-parse --git-dir >/dev/null 2>&1 || ci_die "not inside a git clone"
  if [ "$(git rev-parse --is-shallow-repository)" = true ]; then
    ci_die "the clone is shallow; check out the whole history (GitHub: fetch-depth: 0, GitLab: GIT_DEPTH: 0)"
  fi
  local target="" before=""
  case $(ci_system) in
    github)
      case ${GITHUB_EVENT_NAME:-} in
        pull_request|pull_request_target)
          CHANGE_KIND=pull-request
          CHANGE_HEAD=$(ci_event .pull_request.head.sha)
          target=$(ci_event .pull_request.base.sha)
          ;;
        *)
          CHANGE_KIND=push
          CHANGE_HEAD=${GITHUB_SHA:-}
          [ "${GITHUB_EVENT_NAME:-}" = push ] && before=$(ci_event .before)
          ;;
      esac
      ;;
    gitlab)
      if [ "${CI_PIPELINE_SOURCE:-}" = merge_request_event ]; then
        CHANGE_KIND=pull-request
        CHANGE_HEAD=${CI_MERGE_REQUEST_SOURCE_BRANCH_SHA:-${CI_COMMIT_SHA:-}}
        target=${CI_MERGE_REQUEST_DIFF_BASE_SHA:-}
        if ! ci_has_commit "$target"; then
          target=$(ci_fetch_branch "${CI_MERGE_REQUEST_TARGET_BRANCH_NAME:?no target branch of the merge request}")
        fi
      elif [ -n "${CI_COMMIT_BRANCH:-}" ] && [ "${CI_COMMIT_BRANCH}" != "${CI_DEFAULT_BRANCH:-}" ]; then
        CHANGE_KIND=branch
        CHANGE_HEAD=${CI_COMMIT_SHA:-}
        target=$(ci_fetch_branch "${CI_DEFAULT_BRANCH:?CI_DEFAULT_BRANCH is not set}")
      else
        CHANGE_KIND=push
        CHANGE_HEAD=${CI_COMMIT_SHA:-}
        before=${CI_COMMIT_BEFORE_SHA:-}
      fi
      ;;
    local)
      CHANGE_KIND=push
      CHANGE_HEAD=$(git rev-parse HEAD)
      ;;
  esac
  ci_has_commit "$CHANGE_HEAD" || ci_die "the change's last commit '${CHANGE_HEAD}' is not in the clone"
  CHANGE_HEAD=$(git rev-parse "$CHANGE_HEAD^{commit}")
  CHANGE_BASE=""
  if ci_has_commit "$target"; then
    CHANGE_BASE=$(git merge-base "$target" "$CHANGE_HEAD") || ci_die "$CHANGE_HEAD and $target have no common history"
  elif ci_has_commit "$before"; then
    CHANGE_BASE=$(git merge-base "$before" "$CHANGE_HEAD" || true)
  fi
  if [ -z "$CHANGE_BASE" ]; then
    CHANGE_BASE=$(git rev-parse --verify --quiet "$CHANGE_HEAD^1" || true)
  fi
  if [ -n "$CHANGE_BASE" ]; then CHANGE_RANGE=$CHANGE_BASE..$CHANGE_HEAD; else CHANGE_RANGE=$CHANGE_HEAD; fi
}

# The URL prefix under which the CI system's web interface shows a file at a commit ({revision} is
# replaced by tryg), or nothing outside CI.
ci_link_base() {
  case $(ci_system) in
    github) echo "${GITHUB_SERVER_URL:-https://github.com}/${GITHUB_REPOSITORY:?GITHUB_REPOSITORY is not set}/blob/{revision}/" ;;
    gitlab) echo "${CI_PROJECT_URL:?CI_PROJECT_URL is not set}/-/blob/{revision}/" ;;
    local) echo "" ;;
  esac
}
