#!/bin/bash
# Benchmarks `tryg validate --range` and the pre-receive hook (release build).
#
#   scripts/bench-range.sh [WORKDIR]
#
# 1. This repository's strategy (strategy/, schemas/, tryg.json) plus 1,000 synthetic initiatives, then
#    1,000 commits that each rename one of them: `tryg validate --range ROOT..HEAD` (every commit) is
#    timed against `tryg validate HEAD` (one snapshot) and against git's own walk of the range
#    (`git log --raw`) in the same run, the repository packed as a clone has it; `tryg-bench range measure`
#    gives the same comparison in one process, with the number of blobs parsed.
# 2. A bare repository with `tryg hook install --pre-receive`, and a push of 10 commits that each
#    change one initiative of this repository's strategy: wall time of `git push`, and of the hook
#    alone.
# The repositories are built with the git command line; tryg reads them through libgit2.
# TRYG_BIN_DIR names a folder with release builds of tryg and tryg-bench (default: build them);
# REUSE=1 keeps the range repository of an earlier run in WORKDIR.
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
N=${INITIATIVES:-1000}
COMMITS=${COMMITS:-1000}
AS_OF=${AS_OF:-2018-06-01}   # a day on which the real strategy passes its rules (no closed report year yet)
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@tryg.invalid GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@tryg.invalid

newrepo() {
  rm -rf "$1" && git init -q -b main "$1"
  git -C "$1" config commit.gpgsign false
  cp -R "$root/strategy" "$root/schemas" "$root/tryg.json" "$1/"
}

# Wall time of a command in milliseconds (one run; its output is discarded).
millis() {
  local s e
  s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
  echo $(((e - s) / 1000000))
}

echo "== validate --range: $COMMITS commits, each renaming one of $N synthetic initiatives"
repo="$work/range"
if [ -n "${REUSE:-}" ] && [ -d "$repo/.git" ]; then
  echo "(reusing $repo)"
else
  newrepo "$repo"
  "$bench" range write --out "$repo" --initiatives "$N"
  git -C "$repo" add -A && git -C "$repo" commit -q -m base
  for ((r = 1; r <= COMMITS; r++)); do
    "$bench" range write --out "$repo" --initiatives "$N" --round "$r"
    git -C "$repo" commit -q -a -m "rename $r"
  done
  git -C "$repo" gc -q  # packed, as a clone (CI) or a server has it
fi
base=$(git -C "$repo" rev-list --max-parents=0 HEAD)
"$tryg" validate -C "$repo" HEAD --as-of "$AS_OF" | tail -1
"$tryg" validate -C "$repo" --range "$base..HEAD" --as-of "$AS_OF" | tail -1
# Whole processes, same run, the same statistic on both sides: one snapshot against every commit
# of the range, each the best of 3 runs (the machine may be shared; the best run is the least disturbed).
one=$( (for _ in 1 2 3; do millis "$tryg" validate -C "$repo" HEAD --as-of "$AS_OF"; done) | sort -n | head -1)
all=$( (for _ in 1 2 3; do millis "$tryg" validate -C "$repo" --range "$base..HEAD" --as-of "$AS_OF"; done) | sort -n | head -1)
echo "tryg validate HEAD (one snapshot): $one ms; tryg validate --range ($COMMITS commits): $all ms"
awk -v a="$all" -v o="$one" 'BEGIN { printf "ratio: %.1f× one snapshot (goal: under 5×)\n", a / o }'
# git's own walk of the same range, listing each commit's changed files (it reads every changed
# tree, as tryg must): the floor any per-commit check of this history stands on.
walk=$( (for _ in 1 2 3; do millis git -C "$repo" log --format=%H --raw --no-renames -r "$base..HEAD" -- strategy schemas tryg.json; done) | sort -n | head -1)
echo "git log --raw over the same range (best of 3): $walk ms; tryg's range is $(awk -v a="$all" -v w="$walk" 'BEGIN { printf "%.1f", a / w }')× that"
"$bench" range measure --repo "$repo" --range "$base..HEAD" --as-of "$AS_OF"
"$bench" range measure --repo "$repo" --range "HEAD~100..HEAD" --as-of "$AS_OF" --rules off

echo "== pre-receive: a push of 10 commits of this repository's strategy"
server="$work/server.git"
rm -rf "$server" && git init -q --bare -b main "$server"
"$tryg" hook install --pre-receive -C "$server" -- --as-of "$AS_OF" >/dev/null
client="$work/client"
newrepo "$client"
git -C "$client" add -A && git -C "$client" commit -q -m content
git -C "$client" push -q "$server" main
files=("$client"/strategy/initiatives/*.json)
for ((r = 0; r < 10; r++)); do
  file=${files[$r]}
  sed -i "0,/\"name\": \"/s//\"name\": \"Omdøbt $r /" "$file"
  git -C "$client" commit -q -a -m "rename $(basename "$file" .json)"
done
old=$(git -C "$server" rev-parse main); new=$(git -C "$client" rev-parse HEAD)
"$tryg" validate -C "$client" --range "$old..$new" --as-of "$AS_OF" | tail -1
s=$(date +%s%N)
git -C "$client" push -q "$server" main
e=$(date +%s%N)
echo "git push of 10 commits (pre-receive hook checking all 10): $(((e - s) / 1000000)) ms"
git -C "$server" update-ref refs/heads/main "$old"
s=$(date +%s%N)
echo "$old $new refs/heads/main" | GIT_DIR="$server" "$tryg" hook pre-receive --as-of "$AS_OF"
e=$(date +%s%N)
echo "tryg hook pre-receive alone for the same 10 commits: $(((e - s) / 1000000)) ms"
