#!/bin/bash
# Measures tryg side by side with the tools a user would otherwise pick, on the same files in the
# same run (release build): check-jsonschema, jsonschema-rs (Python binding, files read with
# Python's json) and orjson.
#
#   scripts/bench-anchors.sh [WORKDIR]
#
# Makes a Python virtual environment in .venv-bench (git-ignored; pip installs check-jsonschema,
# jsonschema-rs and orjson), generates the corpus — strategy-like initiatives made from this
# repository's own, validated by its initiative schema bundled into one file: 40 files, 10,000
# files, one 9 MB array — and prints whole-process times (best and median of RUNS, default 5) and
# in-process figures, with tryg's ratio against each tool and the goals of issue 17.
# TRYG_BIN_DIR names a folder with release builds of tryg and tryg-bench (default: build them).
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
RUNS=${RUNS:-5}
venv="$root/.venv-bench"
if [ ! -x "$venv/bin/check-jsonschema" ] || ! "$venv/bin/python" -c "import jsonschema_rs, orjson" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check check-jsonschema jsonschema-rs orjson
fi
python="$venv/bin/python"
versions=$("$python" - <<'PYTHON'
from importlib.metadata import version
print(", ".join(f"{name} {version(name)}" for name in ("check-jsonschema", "jsonschema-rs", "orjson")))
PYTHON
)

# The corpus: schema.json (initiative + common, one file), files40/, files10k/, big.json (~9 MB).
corpus="$work/anchors"
rm -rf "$corpus" && mkdir -p "$corpus"
"$python" - "$root" "$corpus" <<'PYTHON'
import json, os, sys
root, out = sys.argv[1], sys.argv[2]
schema = json.load(open(os.path.join(root, "schemas", "initiative.schema.json")))
common = json.load(open(os.path.join(root, "schemas", "common.schema.json")))
text = json.dumps(schema).replace('"common.schema.json#/$defs/', '"#/$defs/')
bundled = json.loads(text)
bundled.pop("$id", None)
bundled.setdefault("$defs", {}).update(common["$defs"])
json.dump(bundled, open(os.path.join(out, "schema.json"), "w"), ensure_ascii=False, indent=2)
folder = os.path.join(root, "strategy", "initiatives")
templates = [json.load(open(os.path.join(folder, name))) for name in sorted(os.listdir(folder)) if name.endswith(".json")]
def initiative(n):
    doc = dict(templates[n % len(templates)])
    doc["id"] = f"{doc['id']}-{n}"
    doc["name"] = f"{doc['name']} {n}"
    return doc
for name, count in (("files40", 40), ("files10k", 10_000)):
    os.makedirs(os.path.join(out, name))
    for n in range(count):
        with open(os.path.join(out, name, f"i-{n:05d}.json"), "w") as handle:
            json.dump(initiative(n), handle, ensure_ascii=False, indent=2)
items, size, n = [], 0, 0
while size < 9_000_000:
    items.append(initiative(n))
    size += len(json.dumps(items[-1], ensure_ascii=False, indent=2).encode()) + 4
    n += 1
with open(os.path.join(out, "big.json"), "w") as handle:
    json.dump(items, handle, ensure_ascii=False, indent=2)
open(os.path.join(out, "true.json"), "w").write("true\n")
PYTHON

# jsonschema-rs over files, whole process: read each file with Python's json, validate.
cat >"$corpus/jsrs_files.py" <<'PYTHON'
import json, sys, jsonschema_rs
with open(sys.argv[1]) as handle:
    validator = jsonschema_rs.validator_for(json.load(handle))
invalid = 0
for path in sys.argv[2:]:
    with open(path) as handle:
        invalid += not validator.is_valid(json.load(handle))
sys.exit(1 if invalid else 0)
PYTHON
# In process: parse times of json and orjson, and jsonschema-rs per document.
cat >"$corpus/timer.py" <<'PYTHON'
import json, sys, time, jsonschema_rs, orjson
mode, rounds = sys.argv[1], int(sys.argv[2])
def best(body):
    """The least CPU time of rounds calls; the result is freed after the clock stopped."""
    times = []
    for _ in range(rounds):
        start = time.process_time(); result = body(); times.append(time.process_time() - start)
        del result
    return min(times)
if mode == "parse":
    data = open(sys.argv[3], "rb").read()
    print(f"json-ms {best(lambda: json.loads(data)) * 1000:.2f}")
    print(f"orjson-ms {best(lambda: orjson.loads(data)) * 1000:.2f}")
else:
    validator = jsonschema_rs.validator_for(json.load(open(sys.argv[3])))
    documents = orjson.loads(open(sys.argv[4], "rb").read())
    def run():
        start = time.process_time()
        valid = sum(1 for document in documents if validator.is_valid(document))
        assert valid == len(documents), f"{len(documents) - valid} documents invalid"
        return time.process_time() - start
    per = min(run() for _ in range(rounds)) / len(documents) * 1e6
    print(f"validate-us {per:.3f}")
PYTHON

cd "$corpus"
files40=(files40/*.json)
files10k=(files10k/*.json)
# Every tool must agree that the corpus is valid before anything is timed.
"$tryg" schema validate --schema schema.json "${files40[@]}" >/dev/null
"$venv/bin/check-jsonschema" --disable-formats '*' --schemafile schema.json "${files40[@]}" >/dev/null
"$python" jsrs_files.py schema.json "${files40[@]}"

# Runs a command RUNS times (output discarded); prints "best median cpu" in milliseconds: wall
# times, and the median CPU time (user + system, from perf stat where it exists, else GNU time),
# which other work on the machine does not distort.
measure() {
  local times=() cpus=() i s e cpu
  local stat
  stat=$(mktemp)
  for ((i = 0; i < RUNS; i++)); do
    s=$(date +%s%N)
    if command -v perf >/dev/null 2>&1; then
      perf stat -x, -e task-clock -o "$stat" -- "$@" >/dev/null 2>&1 || true
      cpu=$(awk -F, '/task-clock/ { printf "%d", $1 * 1000 }' "$stat")
    else
      /usr/bin/time -f "%U %S" -o "$stat" "$@" >/dev/null 2>&1 || true
      cpu=$(awk 'END { printf "%d", ($1 + $2) * 1e6 }' "$stat")
    fi
    e=$(date +%s%N)
    times+=($(((e - s) / 1000)))
    cpus+=("${cpu:-0}")
  done
  rm -f "$stat"
  local cpu_median
  cpu_median=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  printf '%s\n' "${times[@]}" | sort -n | awk -v c="$cpu_median" '{ a[NR] = $1 } END { printf "%.1f %.1f %.1f\n", a[1] / 1000, a[int((NR + 1) / 2)] / 1000, c / 1000 }'
}

# line LABEL BEST MEDIAN CPU [TRYG_MEDIAN TRYG_CPU]: one line of a whole-process table, with
# tryg's ratios (how many times faster tryg is) by median wall time and by CPU time.
line() {
  awk -v l="$1" -v b="$2" -v m="$3" -v c="$4" -v tm="${5:-}" -v tc="${6:-}" 'BEGIN {
    printf "  %-40s %9.1f ms (%8.1f) %9.1f ms", l, m, b, c
    if (tm != "") printf "   tryg %6.2f× wall, %6.2f× CPU", m / tm, c / tc
    printf "\n" }'
}

header() { printf "%s\n  %-40s %12s %10s %12s\n" "$1" "" "wall median" "(best)" "CPU median"; }

echo "== bench-anchors: $versions; $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg); RUNS=$RUNS"
echo "corpus: 10,000 files of $(($(du -sb files10k | cut -f1) / 1000)) kB together, big.json $(($(stat -c %s big.json) / 1000)) kB"
for set in 40 10k; do
  declare -n list="files$set"
  read -r tb tm tc < <(measure "$tryg" schema validate --schema schema.json "${list[@]}")
  read -r cb cm cc < <(measure "$venv/bin/check-jsonschema" --disable-formats '*' --schemafile schema.json "${list[@]}")
  read -r rb rm rc < <(measure "$python" jsrs_files.py schema.json "${list[@]}")
  header "schema-only, ${#list[@]} files, whole process:"
  line "tryg schema validate" "$tb" "$tm" "$tc"
  line "check-jsonschema --disable-formats '*'" "$cb" "$cm" "$cc" "$tm" "$tc"
  line "jsonschema-rs + Python json" "$rb" "$rm" "$rc" "$tm" "$tc"
  if [ "$set" = 10k ]; then
    awk -v t="$tm" -v r="$rm" -v tc="$tc" -v rc="$rc" 'BEGIN { printf "  goal: at least 5× faster than jsonschema-rs + Python json: %s (%.2f× wall, %.2f× CPU)\n", (r / t >= 5) ? "met" : "NOT MET", r / t, rc / tc }'
  fi
done

read -r tb tm tc < <(measure "$tryg" schema validate --schema true.json big.json)
read -r jb jm jc < <(measure "$python" -c "import json, sys; json.load(open(sys.argv[1]))" big.json)
read -r ob om oc < <(measure "$python" -c "import orjson, sys; orjson.loads(open(sys.argv[1], 'rb').read())" big.json)
header "parse of big.json, whole process (tryg: against the schema 'true'):"
line "tryg schema validate --schema true.json" "$tb" "$tm" "$tc"
line "python json.load" "$jb" "$jm" "$jc" "$tm" "$tc"
line "python orjson.loads" "$ob" "$om" "$oc" "$tm" "$tc"
tp=$("$bench" anchors parse --file big.json --rounds 7 | sed -n 's/^parse-ms //p')
timer=$("$python" timer.py parse 7 big.json)
pj=$(sed -n 's/^json-ms //p' <<<"$timer")
po=$(sed -n 's/^orjson-ms //p' <<<"$timer")
echo "parse of big.json in process (CPU time, best of 7):"
inprocess() { awk -v l="$1" -v v="$2" -v t="${3:-}" 'BEGIN { printf "  %-40s %9.1f ms", l, v; if (t != "") printf "   tryg %6.2f×", v / t; printf "\n" }'; }
inprocess "tryg JSONParser (positions, duplicates)" "$tp"
inprocess "Python json.loads" "$pj" "$tp"
inprocess "orjson.loads" "$po" "$tp"
awk -v t="$tp" -v o="$po" 'BEGIN { printf "  goal: parse at least as fast as orjson: %s (%.2f×)\n", (o / t >= 1) ? "met" : "NOT MET", o / t }'

tv=$("$bench" anchors validate --schema schema.json --documents big.json --rounds 7 | sed -n 's/^validate-us //p')
rv=$("$python" timer.py validate 7 schema.json big.json | sed -n 's/^validate-us //p')
echo "per-document validation in process, $(python3 -c "import json; print(len(json.load(open('big.json'))))") valid documents (CPU time, best of 7):"
awk -v t="$tv" 'BEGIN { printf "  %-40s %9.3f µs\n", "tryg Schema.validate", t }'
awk -v t="$tv" -v r="$rv" 'BEGIN { printf "  %-40s %9.3f µs   tryg %6.2f×\n", "jsonschema-rs is_valid", r, r / t }'
awk -v t="$tv" -v r="$rv" 'BEGIN { printf "  goal: per-document validation no slower than jsonschema-rs: %s (%.2f×)\n", (t <= r) ? "met" : "NOT MET", r / t }'
