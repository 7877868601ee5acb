#!/bin/bash
# A round title that cannot be saved stays in its field, and Enter there saves it once the
# cause is gone. The cause: the session is open in another hostspace, which holds the
# journal's lock (as in test_save_error.sh).
# usage: test_agenda_save_error.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_agenda_save_error.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"


"$HOSTSPACE" new S --title "Two windows" --method check-in-circle >/dev/null ||
    fail "hostspace new failed"
start_gui S
first_pid=$gui_pid first_window=$window_id
xdotool type --delay 30 "From the first window"
press Return  # the first window now holds the lock
expect_output "the first window's note on disk" "count_ops add_note" 1

ASAN_OPTIONS="$window_asan_options" "$HOSTSPACE" S >"$work/second.log" 2>&1 &
second_pid=$!
started_pids+=("$second_pid")
second_window=$(timeout 10 xdotool search --sync --onlyvisible --pid "$second_pid" 2>/dev/null | head -n 1) ||
    fail "no second window within 10 s"
sleep 0.5
xdotool windowfocus --sync "$second_window" 2>/dev/null || true
# The second window lies over the first at the screen's corner: select round 1, then its
# title field in the editor below it.
xdotool mousemove 1150 515 click 1
sleep 0.5
xdotool mousemove 1230 558 click 1
sleep 0.3
press_with ctrl a
xdotool type --delay 30 "Kept title"
press Return
wait_for_title "$second_window" "NOT SAVED" || fail "the title does not say NOT SAVED: $title"
echo "second window while the first has the session: $title"

# Close the first window; Enter again in the title field (still showing "Kept title", not
# the saved "Check-in circle") saves it.
xdotool windowfocus --sync "$first_window" 2>/dev/null || true
press_with ctrl q
wait_for_exit
gui_pid=$second_pid
xdotool windowfocus --sync "$second_window" 2>/dev/null || true
sleep 0.3
# The "Not saved" banner, which says the text is still here, moved the panel down 66 px.
xdotool mousemove 1230 624 click 1
sleep 0.3
press Return
wait_for_title "$second_window" "all changes saved" || fail "the retry did not save: $title"
echo "second window after a retry: $title"
press_with ctrl q
wait_for_exit

"$HOSTSPACE" export S --format json --out out.json 2>/dev/null || fail "hostspace export failed"
python3 - out.json <<'PY' || fail "the round title typed during the failed save is not on disk"
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    rounds = [r["title"] for r in json.load(f)["agenda"]]
print("rounds on disk:", rounds)
sys.exit(0 if rounds == ["Kept title"] else 1)
PY
echo "PASS"
