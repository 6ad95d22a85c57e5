#!/bin/bash
# Benchmarks `tryg diff` and `tryg log` against git on synthetic strategies (release build).
#
#   scripts/bench-diff.sh [WORKDIR]
#
# 1. A strategy of 10,000 initiatives, then a commit changing 100 of them (renames, endings, new
#    owners, new goals): `tryg diff A B` (whole process) against `git diff --stat A B`, same run.
# 2. 1,000 commits, each changing one initiative of the same 10,000-file tree: `tryg log` of one
#    initiative (changed in 100 of them) over the whole history.
# The repositories are built with the git command line; tryg itself reads them through libgit2.
# TRYG_BIN_DIR names a folder with release builds of tryg and tryg-bench (default: build them).
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
N=${INITIATIVES:-10000}
CHANGED=${CHANGED:-100}
COMMITS=${COMMITS:-1000}
RUNS=${RUNS:-10}

newrepo() {
  rm -rf "$1" && git init -q -b main "$1"
  git -C "$1" config user.name bench && git -C "$1" config user.email bench@tryg.invalid
  git -C "$1" config commit.gpgsign false
  git -C "$1" config gc.auto 0  # no background gc while measuring; packed explicitly below
}

# Runs a command RUNS times; prints "best median" in milliseconds.
measure() {
  local times=() i s e
  for ((i = 0; i < RUNS; i++)); do
    s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N)
    times+=($(((e - s) / 1000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f %.1f\n", a[1] / 1000, a[int((NR + 1) / 2)] / 1000 }'
}

echo "== diff: $N initiatives, $CHANGED changed between two commits"
repo="$work/diff"
newrepo "$repo"
"$bench" diff write --out "$repo" --initiatives "$N"
git -C "$repo" add -A && git -C "$repo" commit -q -m A
"$bench" diff write --out "$repo" --initiatives "$N" --changed "$CHANGED" --round 1
git -C "$repo" commit -q -a -m B
git -C "$repo" gc -q  # packed, as a clone is
"$tryg" diff -C "$repo" HEAD~1 HEAD --no-validate | sed -n 1p
read -r tbest tmed < <(measure "$tryg" diff -C "$repo" HEAD~1 HEAD --no-validate)
read -r gbest gmed < <(measure git -C "$repo" diff --stat HEAD~1 HEAD)
echo "tryg diff A B --no-validate: best $tbest ms, median $tmed ms"
echo "git diff --stat A B:         best $gbest ms, median $gmed ms"
awk -v t="$tmed" -v g="$gmed" 'BEGIN { printf "ratio (median): %.2f× git diff --stat\n", t / g }'
RUNS=1 read -r vbest _ < <(RUNS=1 measure "$tryg" diff -C "$repo" HEAD~1 HEAD)
echo "tryg diff A B (validating both sides, $N files each): $vbest ms"
"$bench" diff measure --repo "$repo" --old HEAD~1 --new HEAD --rounds 5

echo "== log: $COMMITS commits over a tree of $N initiatives"
repo="$work/log"
newrepo "$repo"
"$bench" diff write --out "$repo" --initiatives "$N"
git -C "$repo" add -A && git -C "$repo" commit -q -m base
for ((r = 1; r <= COMMITS; r++)); do
  "$bench" diff write --out "$repo" --initiatives "$N" --changed 1 --round "$r" --spread 10
  git -C "$repo" commit -q -a -m "round $r"
done
git -C "$repo" gc -q
entity=i-00003
echo "tryg log $entity: $("$tryg" log -C "$repo" "$entity" | grep -c '^[0-9a-f]\{7\} ') entries"
RUNS=3
read -r lbest lmed < <(measure "$tryg" log -C "$repo" "$entity")
read -r glbest glmed < <(measure git -C "$repo" log --oneline --first-parent -- "strategy/initiatives/$entity.json")
echo "tryg log $entity: best $lbest ms, median $lmed ms"
echo "git log --first-parent -- <file>: best $glbest ms, median $glmed ms"
"$bench" diff measure --repo "$repo" --old HEAD~1 --new HEAD --entity "$entity" --rounds 3
