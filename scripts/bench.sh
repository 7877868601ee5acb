#!/usr/bin/env bash
# Builds (Release) and runs the benchmarks; they print figures and never fail on them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
"$root/scripts/build.sh" release -DCMAKE_BUILD_TYPE=Release -DHOSTSPACE_BUILD_TESTS=ON
bench="$root/build/release/tests/bench"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
"$bench/bench_journal"
"$bench/bench_open"
"$bench/bench_import"
