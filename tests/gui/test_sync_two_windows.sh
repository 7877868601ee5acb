#!/bin/bash
# Two laptops on one event, under Xvfb with a real Apache on 127.0.0.1: each window on its own
# device's copy (its own config folder, so its own device id). A note typed in one appears in
# the other without a restart, and back the other way; the save label and the window title say
# "synced"; the Sync dialog opens with Ctrl+Shift+S (its picture is kept for docs/).
# usage: test_sync_two_windows.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_sync_two_windows.sh PATH/TO/hostspace}")
servers=$(cd "$(dirname "$0")/../sync/servers" && pwd)
source "$(dirname "$0")/gui_test_lib.sh"

port=$("$servers/free_port.py" 1)
"$servers/start_apache.sh" "$work/apache" "$port" --etag mtime >/dev/null ||
    fail "Apache did not start"
trap '"$servers/stop_server.sh" "$work/apache" >/dev/null 2>&1 || true; cleanup' EXIT
url="http://127.0.0.1:$port/dav/"
export HOSTSPACE_PASSWORD=s3cret-pass

# Laptop A sets the event up; laptop B joins it.
XDG_CONFIG_HOME="$work/laptop-a" "$HOSTSPACE" new A --title "CYP board" >/dev/null
XDG_CONFIG_HOME="$work/laptop-a" "$HOSTSPACE" sync A --server "$url" --event cyp --user host \
    >/dev/null || fail "laptop A could not sync"
XDG_CONFIG_HOME="$work/laptop-b" "$HOSTSPACE" sync B --server "$url" --event cyp --user host \
    >/dev/null || fail "laptop B could not join"

# start_laptop NAME: its window, its own config folder and draw log; sets pid_NAME, win_NAME.
start_laptop() {
    XDG_CONFIG_HOME="$work/laptop-$1" HOSTSPACE_DRAW_LOG="$work/$1.log" \
        ASAN_OPTIONS="$window_asan_options" "$HOSTSPACE" "${1^^}" >"$work/gui-$1.log" 2>&1 &
    local pid=$!
    started_pids+=("$pid")
    local win
    win=$(timeout 10 xdotool search --sync --onlyvisible --pid "$pid" 2>/dev/null | head -n 1) ||
        fail "no window for laptop $1"
    eval "pid_$1=$pid win_$1=$win"
}
start_laptop a
start_laptop b
xdotool windowmove "$win_a" 0 0
xdotool windowmove "$win_b" 500 120
sleep 1
HOSTSPACE_DRAW_LOG="$work/a.log" log_has "^sync started event=cyp" || fail "A did not start syncing"
HOSTSPACE_DRAW_LOG="$work/b.log" log_has "^sync started event=cyp" || fail "B did not start syncing"

# A note typed on A shows on B.
xdotool windowactivate --sync "$win_a" 2>/dev/null || xdotool windowfocus --sync "$win_a"
sleep 0.3
xdotool type --delay 60 "Table 3: children first"
sleep 0.2
xdotool key Return
HOSTSPACE_DRAW_LOG="$work/b.log" log_has "^sync folded [0-9]+" 15 ||
    fail "the note typed on A did not reach B within 15 s"
# And one typed on B shows on A.
xdotool windowactivate --sync "$win_b" 2>/dev/null || xdotool windowfocus --sync "$win_b"
sleep 0.3
xdotool type --delay 60 "Table 5: kindness"
sleep 0.2
xdotool key Return
HOSTSPACE_DRAW_LOG="$work/a.log" log_has "^sync folded [0-9]+" 15 ||
    fail "the note typed on B did not reach A within 15 s"
sleep 4  # the next passes: each has sent everything
title=$(xdotool getwindowname "$win_a")
echo "A's title: $title"
[[ $title == *"synced "[0-9][0-9]:[0-9][0-9]* ]] || fail "A's title does not say synced: $title"
xdotool windowraise "$win_a"; sleep 0.5
capture "$win_a" "$work/laptop-a.png"

# B closes; then the Sync dialog on A, from the keyboard.
xdotool windowactivate --sync "$win_b" 2>/dev/null || xdotool windowfocus --sync "$win_b"
sleep 0.2
xdotool key ctrl+q
gui_pid=$pid_b
wait_for_exit
xdotool windowactivate --sync "$win_a" 2>/dev/null || xdotool windowfocus --sync "$win_a"
gui_pid=$pid_a
press_with ctrl shift+s
HOSTSPACE_DRAW_LOG="$work/a.log" log_has "^sync-dialog opened" || fail "Ctrl+Shift+S did not open Sync"
sleep 0.5
capture "$win_a" "$work/sync-dialog.png"
if [ -n "${HOSTSPACE_SHOTS:-}" ]; then cp "$work/sync-dialog.png" "$work/laptop-a.png" "$HOSTSPACE_SHOTS/"; fi
press Escape
HOSTSPACE_DRAW_LOG="$work/a.log" log_has "^sync-dialog closed" || fail "Esc did not close Sync"
xdotool key ctrl+q
wait_for_exit

for laptop in a b; do
    XDG_CONFIG_HOME="$work/laptop-$laptop" "$HOSTSPACE" export "${laptop^^}" --format json \
        --out "$work/$laptop.json" 2>/dev/null || fail "export of $laptop failed"
done
python3 - "$work/a.json" "$work/b.json" <<'PY' || fail "the two laptops do not show the same notes"
import json, sys
boards = [sorted(n["text"] for n in json.load(open(f, encoding="utf-8"))["notes"]) for f in sys.argv[1:]]
print("A:", boards[0], "B:", boards[1])
assert boards[0] == boards[1] == ["Table 3: children first", "Table 5: kindness"], boards
PY
echo "PASS"
