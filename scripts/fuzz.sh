#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (default 60),
# starting from the test data. usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
"$root/scripts/setup.sh"
command -v clang++ >/dev/null || { echo "fuzz: needs clang (apt-get install clang libclang-rt-14-dev)" >&2; exit 1; }
CC=clang CXX=clang++ "$root/scripts/build.sh" fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DHOSTSPACE_FUZZ=ON -DHOSTSPACE_BUILD_APP=OFF -DHOSTSPACE_BUILD_TESTS=OFF
corpus="$root/build/fuzz/corpus"
mkdir -p "$corpus/op_line" "$corpus/notes_csv"
cp "$root"/tests/data/*.csv "$corpus/notes_csv/"
split -l 1 "$root/tests/data/ops-sample.jsonl" "$corpus/op_line/seed-"
"$root/build/fuzz/tests/fuzz/fuzz_op_line" -max_total_time="$seconds" "$corpus/op_line"
"$root/build/fuzz/tests/fuzz/fuzz_notes_csv" -max_total_time="$seconds" "$corpus/notes_csv"
