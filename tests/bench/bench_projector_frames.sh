#!/usr/bin/env bash
# Frame time and memory of the projector window in Board mode (the whole board fitted, 1280x720)
# with an empty board and 2,000 and 10,000 notes: bench_board_frames.sh with
# HOSTSPACE_FRAME_BENCH_WINDOW=projector (app/gui/shell/frame_bench.hpp). Prints figures; gates nothing.
#
# usage: bench_projector_frames.sh [BUILD_DIR [FRAMES]]   (as bench_board_frames.sh)
# HOSTSPACE_BENCH_SIZES overrides the note counts (default "0 2000 10000").
set -euo pipefail
export HOSTSPACE_FRAME_BENCH_WINDOW=projector
export HOSTSPACE_BENCH_SIZES=${HOSTSPACE_BENCH_SIZES:-0 2000 10000}
exec bash "$(dirname "$0")/bench_board_frames.sh" "$@"
