#!/bin/bash
# Benchmarks `tryg site` (release build): wall time, peak memory and the size of the site.
#
#   scripts/bench-site.sh [WORKDIR]
#
# 1. This repository at HEAD (its real history): best of RUNS whole processes.
# 2. A synthetic strategy of INITIATIVES initiatives (default 10,000; `tryg-bench rules` writes it
#    with this repository's schemas and tryg.json) committed with git: one page per initiative, the
#    coverage timelines, the open data. The synthetic content does not meet every rule, so it is
#    built with --allow-errors (the check runs all the same).
# Goals (issue 11): this repository well under a second; 10,000 initiatives under 5 s and 500 MB.
# TRYG_BIN_DIR names a folder with release builds of tryg and tryg-bench (default: build them).
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
N=${INITIATIVES:-10000}
RUNS=${RUNS:-5}
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@tryg.invalid GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@tryg.invalid

# Runs `tryg site` RUNS times; prints "best_ms peak_rss_kib cpu_seconds" (of the best run; CPU is
# user + system time of all threads, which a busy machine does not inflate as it does wall time).
measure() {
  local best=999999999 rss=0 cpu=0 i s e
  for ((i = 0; i < RUNS; i++)); do
    s=$(date +%s%N)
    /usr/bin/time -f "%M %U %S" -o "$work/rss" "$tryg" site "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
    e=$(date +%s%N)
    if (((e - s) / 1000000 < best)); then
      best=$(((e - s) / 1000000))
      read -r rss u sy < <(tail -1 "$work/rss")
      cpu=$(awk -v u="$u" -v s="$sy" 'BEGIN { printf "%.2f", u + s }')
    fi
  done
  echo "$best $rss $cpu"
}

report() {  # label, output folder, best ms, rss KiB, cpu s
  local files size
  files=$(find "$2" -type f | wc -l)
  size=$(du -sk "$2" | cut -f1)
  printf '%s: %s ms wall (best of %s), %s s CPU, peak RSS %s MiB; site: %s files, %s MiB on disk\n' \
    "$1" "$3" "$RUNS" "$5" "$(($4 / 1024))" "$files" "$(awk -v k="$size" 'BEGIN { printf "%.1f", k / 1024 }')"
}

echo "== tryg site on this repository (HEAD)"
read -r ms rss cpu < <(measure -C "$root" HEAD --output "$work/site-here")
report "tryg site HEAD" "$work/site-here" "$ms" "$rss" "$cpu"
best=999999999
for ((i = 0; i < RUNS; i++)); do
  s=$(date +%s%N); "$tryg" validate -C "$root" HEAD >/dev/null 2>&1 || true; e=$(date +%s%N)
  (((e - s) / 1000000 < best)) && best=$(((e - s) / 1000000))
done
echo "tryg validate HEAD (the check the site starts with), same run: $best ms (best of $RUNS)"

echo "== tryg site on $N synthetic initiatives"
kept=$("$bench" rules --initiatives "$N" --repo "$root" --keep 1 | sed -n 's/^ *kept: //p')
[ -d "$kept" ] || { echo "error: tryg-bench rules kept no repository" >&2; exit 1; }
git -C "$kept" add -A >/dev/null
git -C "$kept" -c commit.gpgsign=false commit -q -m "synthetic strategy"
git -C "$kept" repack -adq  # packed, as a clone is
RUNS=${SYNTHETIC_RUNS:-3}
read -r ms rss cpu < <(measure -C "$kept" HEAD --output "$work/site-synthetic" --allow-errors)
report "tryg site HEAD, $N initiatives" "$work/site-synthetic" "$ms" "$rss" "$cpu"
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) (2 cores; wall times above grow with it)"
best=999999999
for ((i = 0; i < RUNS; i++)); do
  s=$(date +%s%N); "$tryg" validate -C "$kept" HEAD >/dev/null 2>&1 || true; e=$(date +%s%N)
  (((e - s) / 1000000 < best)) && best=$(((e - s) / 1000000))
done
echo "tryg validate HEAD on the same repository, same run: $best ms (best of $RUNS)"
rm -rf "$kept"
