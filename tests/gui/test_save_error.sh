#!/bin/bash
# When a change cannot be saved the window says so (title and banner), keeps what was typed,
# and saves it when the user tries again after the cause is gone. The cause here: the session
# is open in another hostspace, which holds the journal's lock.
# usage: test_save_error.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_save_error.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

"$HOSTSPACE" new S --title "Two windows" >/dev/null || fail "hostspace new failed"
start_gui S
first_pid=$gui_pid first_window=$window_id
xdotool type --delay 30 "From the first window"
xdotool key Return  # the first window now holds the lock
expect_output "the first window's note on disk" "count_ops add_note" 1

ASAN_OPTIONS="$window_asan_options" "$HOSTSPACE" S >"$work/second.log" 2>&1 &
second_pid=$!
started_pids+=("$second_pid")
second_window=$(timeout 10 xdotool search --sync --onlyvisible --pid "$second_pid" 2>/dev/null | head -n 1) ||
    fail "no second window within 10 s"
sleep 0.5
xdotool windowfocus --sync "$second_window" 2>/dev/null || true
xdotool type --delay 30 "From the second window"
xdotool key Return
wait_for_title "$second_window" "NOT SAVED" || fail "the title does not say NOT SAVED: $title"
echo "second window while the first has the session: $title"

# Close the first window; Enter again in the second saves the text that was kept.
xdotool windowfocus --sync "$first_window" 2>/dev/null || true
xdotool key ctrl+q
wait_for_exit
gui_pid=$second_pid
xdotool windowfocus --sync "$second_window" 2>/dev/null || true
sleep 0.3
xdotool key Return
wait_for_title "$second_window" "all changes saved" || fail "the retry did not save: $title"
echo "second window after a retry: $title"
xdotool key ctrl+q
wait_for_exit

"$HOSTSPACE" export S --format json --out out.json 2>/dev/null || fail "hostspace export failed"
python3 - out.json <<'PY' || fail "the notes on disk are not both there"
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    found = sorted(n["text"] for n in json.load(f)["notes"])
print("notes on disk:", found)
if found != ["From the first window", "From the second window"]:
    sys.exit(1)
PY
echo "PASS"
