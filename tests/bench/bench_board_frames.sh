#!/usr/bin/env bash
# Frame time and memory of the control window with an empty board and with 500, 2,000 and
# 10,000 notes, in one run under its own Xvfb (Mesa llvmpipe). For each size it makes a session
# (hostspace new + import-notes from a generated CSV, fixed seed) and runs the Release hostspace
# with HOSTSPACE_FRAME_BENCH (app/gui/shell/frame_bench.hpp): full frames back to back in the default
# 1400x900 control window, no projector. Each size runs twice when the board can zoom to fit:
# the default view, and zoomed out to show the whole board.
# Prints figures; it is not a timed test and gates nothing (scripts/bench.sh runs it).
#
# usage: bench_board_frames.sh [--memory] [BUILD_DIR [FRAMES]]
#   BUILD_DIR  a Release build with the app (default: build/release)
#   FRAMES     timed frames per run (default 300; a run stops timing after 60 s)
#   --memory   also runs the empty and the 10,000-note board under memory variants
#              (LP_NUM_THREADS, MALLOC_ARENA_MAX, malloc_trim) and sums /proc/self/smaps
# HOSTSPACE_BENCH_SIZES overrides the note counts (default "0 500 2000 10000");
# HOSTSPACE_FRAME_BENCH_WINDOW=projector times the projector window in Board mode instead (one
# view: the board fitted; bench_projector_frames.sh);
# HOSTSPACE_BENCH_REPEAT=N runs each case N times and keeps the run with the lowest median (on
# a machine that other work shares, the least disturbed one).
set -euo pipefail

memory=0
if [[ ${1:-} == --memory ]]; then
    memory=1
    shift
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build/release}" && pwd)
frames=${2:-300}
hostspace="$build/app/hostspace"
make_csv="$build/tests/bench/bench_board_frames_csv"
for tool in "$hostspace" "$make_csv"; do
    [[ -x $tool ]] || { echo "bench_board_frames: $tool is missing (build with -DHOSTSPACE_BUILD_APP=ON)" >&2; exit 1; }
done

# One Xvfb for the whole run, never the user's display: the figures are for llvmpipe.
if [[ -z ${HOSTSPACE_BENCH_UNDER_XVFB:-} ]]; then
    command -v xvfb-run >/dev/null || { echo "bench_board_frames: xvfb-run is missing (package xvfb)" >&2; exit 1; }
    HOSTSPACE_BENCH_UNDER_XVFB=1 exec xvfb-run -a -s "-screen 0 1920x1080x24" \
        bash "$0" $([[ $memory == 1 ]] && echo --memory) "$build" "$frames"
fi

work=$(mktemp -d "${HOSTSPACE_BENCH_DIR:-${TMPDIR:-/tmp}}/hostspace-bench-frames-XXXXXX")
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" HOSTSPACE_CHIME=off
sizes=${HOSTSPACE_BENCH_SIZES:-0 500 2000 10000}
repeat=${HOSTSPACE_BENCH_REPEAT:-1}
window=${HOSTSPACE_FRAME_BENCH_WINDOW:-control}

make_session() {  # N -> the session folder
    local n=$1 session="$work/board-$1.hostspace"
    "$hostspace" new "$session" --title "Bench: $n notes" >/dev/null
    if ((n > 0)); then
        "$make_csv" "$n" "$work/notes-$n.csv"
        "$hostspace" import-notes "$session" "$work/notes-$n.csv" >/dev/null
    fi
    echo "$session"
}

# Runs one measurement: SESSION VIEW [VAR=VALUE...]; prints the frame bench's line, or nothing
# (and the reason on stderr) when it failed.
measure() {
    local session=$1 view=$2
    shift 2
    local log="$work/run.log"
    if env "$@" HOSTSPACE_FRAME_BENCH="$frames" HOSTSPACE_FRAME_BENCH_VIEW="$view" \
        "$hostspace" "$session" >"$log" 2>&1; then
        grep -m1 '^frames=' "$log" || true
    elif ! grep -q "no zoom to fit here" "$log"; then
        sed 's/^/    /' "$log" >&2
    fi
}

field() {  # LINE NAME
    sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<" $1"
}

target_for() {
    [[ $window == projector ]] && { echo "-"; return; }
    case $1 in
        2000) echo "median < 8 ms" ;;
        10000) echo "median < 33 ms, peak < 150 MB" ;;
        *) echo "-" ;;
    esac
}

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average $(load)"
command -v glxinfo >/dev/null && echo "GL: $(glxinfo -B 2>/dev/null | sed -n 's/.*OpenGL renderer string: //p')"
[[ $window == projector ]] && echo "projector window in Board mode (1280x720, the whole board fitted)"
echo "$window window, ${frames} full frames a run (build + Render + GL draw + glFinish), best of $repeat"
echo "(ms: wall time of a frame, median / p95 / max; cpu: CPU time of all threads, median; ui: the"
echo " views' code; gl: GL draw + glFinish. MB: peak resident after the frames / after closing)"
row() { printf '%-6s %-8s %8s %8s %8s %8s %7s %7s %8s %7s %7s  %s\n' "$@"; }
row notes view median p95 max cpu ui gl vertices "peak" "exit" target
declare -A sessions
fit_works=1
for n in $sizes; do
    sessions[$n]=$(make_session "$n")
    for view in default fit; do
        [[ $view == fit && ($fit_works == 0 || $window == projector) ]] && continue
        best=""
        for ((r = 0; r < repeat; ++r)); do
            line=$(measure "${sessions[$n]}" "$view")
            [[ -n $line ]] || break
            if [[ -z $best ]] || awk -v a="$(field "$line" median_ms)" -v b="$(field "$best" median_ms)" 'BEGIN{exit !(a < b)}'; then
                best=$line
            fi
        done
        if [[ -z $best ]]; then
            if [[ $view == fit ]] && grep -q "no zoom to fit here" "$work/run.log"; then
                fit_works=0
                echo "(this build has no zoom to fit: the zoomed-out runs are skipped)"
                continue
            fi
            row "$n" "$view" failed
            continue
        fi
        row "$n" "$view" "$(field "$best" median_ms)" "$(field "$best" p95_ms)" \
            "$(field "$best" max_ms)" "$(field "$best" cpu_ms)" "$(field "$best" ui_ms)" \
            "$(field "$best" gl_ms)" "$(field "$best" vtx)" "$(field "$best" peak_rss_mb)" \
            "$(field "$best" close_peak_rss_mb)" "$(target_for "$n")"
    done
done
echo "load average at the end: $(load)"

if [[ $memory == 1 ]]; then
    echo
    echo "memory after the timed frames (MB; anon = heap and Mesa's buffers, file = mapped"
    echo "libraries; heap = malloc's bytes in use / free but kept; exit = peak after closing)."
    echo "CLEAR_TEX=1: the font atlas's CPU pixels let go once uploaded; 2: its TTF copies"
    echo "too; TRIM: malloc_trim(0); PRESENT=direct: no kept frame (partial redraw off)"
    printf '%-6s %-34s %6s %6s %6s %6s %8s %9s %7s %6s\n' notes variant rss peak anon file \
        "heap use" "heap free" threads exit
    for n in 0 10000; do
        [[ -n ${sessions[$n]:-} ]] || sessions[$n]=$(make_session "$n")
        for variant in default LP_NUM_THREADS=0 MALLOC_ARENA_MAX=2 HOSTSPACE_FRAME_BENCH_TRIM=1 \
            HOSTSPACE_FRAME_BENCH_CLEAR_TEX=1 HOSTSPACE_FRAME_BENCH_CLEAR_TEX=2 \
            "HOSTSPACE_FRAME_BENCH_CLEAR_TEX=2 HOSTSPACE_FRAME_BENCH_TRIM=1" \
            HOSTSPACE_FRAME_BENCH_PRESENT=direct; do
            vars=()
            [[ $variant != default ]] && read -r -a vars <<<"$variant"
            variant=${variant//HOSTSPACE_FRAME_BENCH_/}
            line=$(measure "${sessions[$n]}" default HOSTSPACE_FRAME_BENCH_SETTLE=10 \
                HOSTSPACE_FRAME_BENCH_SMAPS="$work/smaps-$n" "${vars[@]}")
            [[ -n $line ]] || { printf '%-6s %-34s failed\n' "$n" "$variant"; continue; }
            printf '%-6s %-34s %6s %6s %6s %6s %8s %9s %7s %6s\n' "$n" "$variant" \
                "$(field "$line" rss_mb)" "$(field "$line" peak_rss_mb)" \
                "$(field "$line" anon_mb)" "$(field "$line" file_mb)" \
                "$(field "$line" heap_used_mb)" "$(field "$line" heap_free_mb)" \
                "$(field "$line" threads)" "$(field "$line" close_peak_rss_mb)"
            if [[ $variant == default ]]; then
                echo "    resident by mapping (MB), largest first:"
                awk '/^[0-9a-f]+-[0-9a-f]+ /{name = NF >= 6 ? $6 : "[anon]"; if (NF > 6) name = name " " $7}
                     /^Rss:/{rss[name] += $2}
                     END {for (m in rss) if (rss[m] >= 512) printf "%10.1f  %s\n", rss[m] / 1024, m}' \
                    "$work/smaps-$n" | sort -rn | head -12 | sed 's/^/    /'
            fi
        done
    done
fi
