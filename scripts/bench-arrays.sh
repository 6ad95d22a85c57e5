#!/bin/bash
# Benchmarks `tryg diff` and `tryg log` on one initiative with a long array that is reversed between
# two commits (release build, whole processes), then the array diff in process (`tryg-bench diff-arrays`).
#
#   scripts/bench-arrays.sh [WORKDIR]
#
# Three arrays of ITEMS members (default 40,000), each in its own repository: strings
# (`cooperationPartners`), objects with an "id" (`units`-like `programmes`), objects without one
# (`sources`). Commit A has them in order, commit B reversed, commit C one member changed.
# The repositories are built with the git command line; tryg itself reads them through libgit2.
# TRYG_BIN_DIR names a folder with release builds of tryg and tryg-bench (default: build them);
# KINDS limits the kinds measured (default: "strings objects-with-id objects").
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
ITEMS=${ITEMS:-40000}
KINDS=${KINDS:-strings objects-with-id objects}

newrepo() {
  rm -rf "$1" && git init -q -b main "$1"
  git -C "$1" config user.name bench && git -C "$1" config user.email bench@tryg.invalid
  git -C "$1" config commit.gpgsign false
  git -C "$1" config gc.auto 0
}

# Writes strategy/initiatives/big.json with ITEMS members of kind $1; $2: order (forward, reversed,
# changed: forward with the middle member changed).
write_initiative() {
  python3 - "$1" "$2" "$ITEMS" >"$repo/strategy/initiatives/big.json" <<'PYTHON'
import json, sys
kind, order, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
def item(i):
    if kind == "strings":
        return f"Samarbejdspartner {i:06d}"
    if kind == "objects-with-id":
        return {"id": f"programme-{i:06d}", "name": f"Programme {i}"}
    return {"kind": "public-page", "note": f"Note number {i} about the initiative."}
items = [item(i) for i in range(n)]
if order == "reversed":
    items.reverse()
elif order == "changed":
    items[n // 2] = item(n + 1)
field = {"strings": "cooperationPartners", "objects-with-id": "programmes", "objects": "sources"}[kind]
doc = {"id": "big", "name": "Big", "status": "active", "period": {"from": "2018-01-01"},
       "goals": ["goal-1"], "owners": ["kommune"], field: items}
json.dump(doc, sys.stdout, indent=2, ensure_ascii=False)
PYTHON
}

# Prints the wall time of a command in seconds, and its first output line.
timed() {
  local s e first
  s=$(date +%s%N)
  first=$("$@" 2>&1 | head -n 1) || true
  e=$(date +%s%N)
  awk -v ns=$((e - s)) -v line="$first" 'BEGIN { printf "%8.3f s   %s\n", ns / 1e9, line }'
}

for kind in $KINDS; do
  repo="$work/arrays-$kind"
  newrepo "$repo"
  mkdir -p "$repo/strategy/initiatives"
  write_initiative "$kind" forward && git -C "$repo" add -A && git -C "$repo" commit -q -m A
  write_initiative "$kind" reversed && git -C "$repo" commit -q -a -m B
  write_initiative "$kind" changed && git -C "$repo" commit -q -a -m C
  echo "== $kind: $ITEMS members, $(wc -c <"$repo/strategy/initiatives/big.json") bytes"
  echo "tryg diff A B (reversed):       $(timed "$tryg" diff -C "$repo" HEAD~2 HEAD~1 --no-validate)"
  echo "tryg diff B C (reversed back, one member changed): $(timed "$tryg" diff -C "$repo" HEAD~1 HEAD --no-validate)"
  echo "tryg log big (3 commits):       $(timed "$tryg" log -C "$repo" big)"
done
"$bench" diff-arrays --items "$ITEMS"
