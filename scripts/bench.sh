#!/usr/bin/env bash
# Builds (Release) and runs the benchmarks; they print figures and never fail on them.
# The idle-CPU benchmark opens windows: with no display it runs under its own Xvfb. The board
# frames benchmark always runs under its own Xvfb (its figures are for Mesa llvmpipe).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
"$root/scripts/build.sh" release -DCMAKE_BUILD_TYPE=Release -DHOSTSPACE_BUILD_TESTS=ON \
  -DHOSTSPACE_BUILD_APP=ON
bench="$root/build/release/tests/bench"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
"$bench/bench_journal"
"$bench/bench_open"
"$bench/bench_import"
"$bench/bench_exports"
if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
  "$bench/bench_idle_cpu"
else
  xvfb-run -a -s "-screen 0 1920x1080x24" "$bench/bench_idle_cpu"
fi
# Sync through a loopback Apache: two laptops converging, nothing new, joining 50,000 ops.
bash "$root/tests/bench/bench_sync.sh" "$root/build/release"
# The font atlas with 5,000 distinct CJK characters (its upload needs a display).
if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
  "$bench/bench_glyph_atlas"
else
  xvfb-run -a -s "-screen 0 1920x1080x24" "$bench/bench_glyph_atlas"
fi
# Frame time and memory of the board with 0 to 10,000 notes; always under its own Xvfb.
bash "$root/tests/bench/bench_board_frames.sh" "$root/build/release"
# The projector window in Board mode with 0, 2,000 and 10,000 notes, the same way.
bash "$root/tests/bench/bench_projector_frames.sh" "$root/build/release"
