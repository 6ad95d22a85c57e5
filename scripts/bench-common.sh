# Shared by the benchmark scripts (sourced, not run): release builds of tryg and tryg-bench, and a
# work folder.
#
# Sets: root (the package), tryg and bench (the binaries), work (WORKDIR, the script's first
# argument, or a new temporary folder). TRYG_BIN_DIR names a folder with release builds of tryg and
# tryg-bench to use instead of building them.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ -z "${TRYG_BIN_DIR:-}" ]; then
  # Linked statically against Swift's runtime, as scripts/bootstrap builds tryg.
  swift build -c release --static-swift-stdlib --disable-local-rpath --package-path "$root" --product tryg >&2
  swift build -c release --static-swift-stdlib --disable-local-rpath --package-path "$root" --product tryg-bench >&2
  TRYG_BIN_DIR="$root/.build/release"
fi
tryg="$TRYG_BIN_DIR/tryg"
bench="$TRYG_BIN_DIR/tryg-bench"
work=${1:-$(mktemp -d)}
mkdir -p "$work"
