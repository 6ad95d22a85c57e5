#!/usr/bin/env bash
# Builds the libFuzzer harnesses with AddressSanitizer into FUZZ_BUILD (default .build-fuzz).
#
#   Fuzz/build.sh
#
# Each module is compiled from every source file of its folder (Sources/JSON/*.swift,
# Sources/Messages/**.swift, Sources/JSONSchema/*.swift), so files added to those modules need no change here; the glob
# harness is compiled together with Sources/Strategy/Config/Glob.swift, which depends on nothing.
# Harnesses reach internal API with @testable import (the modules are built with -enable-testing).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${FUZZ_BUILD:-$root/.build-fuzz}
mkdir -p "$out"
flags=(-O -g -swift-version 6 -sanitize=fuzzer,address -parse-as-library -enable-testing -I "$out" -L "$out")

# module NAME SOURCES…: a static library and its module interface.
module() {
  local name=$1
  shift
  swiftc "${flags[@]}" -module-name "$name" -emit-module -emit-module-path "$out/$name.swiftmodule" \
    -emit-library -static -o "$out/lib$name.a" "$@"
}

# harness NAME SOURCES… [-lLIB…]: a fuzzer executable (libFuzzer supplies main).
harness() {
  local name=$1
  shift
  swiftc "${flags[@]}" -module-name "Fuzz_${name//-/_}" -o "$out/fuzz-$name" "$root/Fuzz/Support/FuzzSupport.swift" "$@"
}

module JSON "$root"/Sources/JSON/*.swift
module Messages "$root"/Sources/Messages/*.swift "$root"/Sources/Messages/*/*.swift
module JSONSchema "$root"/Sources/JSONSchema/*.swift
harness json-parser "$root/Fuzz/Harnesses/JSONParserFuzz.swift" -lJSON
# JSONSchema's messages come from the catalogue (Messages); its patterns run on the toolchain's ICU.
harness schema "$root/Fuzz/Harnesses/SchemaFuzz.swift" -lJSONSchema -lMessages -lJSON -l_FoundationICU
harness regex "$root/Fuzz/Harnesses/RegexFuzz.swift" -lJSONSchema -lMessages -lJSON -l_FoundationICU
harness glob "$root/Fuzz/Harnesses/GlobFuzz.swift" "$root/Sources/Strategy/Config/Glob.swift"
echo "fuzz harnesses built in $out"
