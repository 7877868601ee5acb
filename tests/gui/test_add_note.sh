#!/bin/bash
# Notes typed into a real window under Xvfb reach the disk with their exact text: one ended by
# a fast `xdotool key Return`, one with non-ASCII text, one typed with its Return in a single
# burst (a press and release between two frames: lost without the input queue), and three
# typed back to back with no pause after each Return. Then Ctrl+Z, also a fast press, takes
# another note back, and Ctrl+Q closes the window cleanly.
# usage: test_add_note.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_add_note.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

"$HOSTSPACE" new S --title T >/dev/null || fail "hostspace new failed"
start_gui S
put_on_keyboard "Café – naïve ✓"
xdotool windowfocus --sync "$window_id" 2>/dev/null || true

# The new-note field has the keyboard when a session opens, and keeps it after each note.
xdotool type --delay 50 "First note from table 3"
sleep 0.2
xdotool key Return
sleep 0.5
# Its characters off the keyboard are on spare keys (put_on_keyboard, above).
xdotool type --delay 100 "Café – naïve ✓"
sleep 0.4
xdotool key Return
sleep 0.5
# A whole note and its Return in one burst: the app is still busy with the text when the
# Return's press and release arrive, so both reach it between two frames. ImGui 1.86 alone
# never sees such a key; the input queue must hand it over a frame at a time.
xdotool type --delay 0 "Typed in one burst"
xdotool key --delay 0 Return
sleep 1.5
# Three notes straight after one another, as a fast typist enters them: the letters after each
# Return arrive while the field is still taking the keyboard back, and must wait for it (without
# the queue's hold, each next note lost its first two letters).
for text in "Rapid one" "Rapid two" "Rapid three"; do
    xdotool type --delay 30 "$text"
    xdotool key --delay 0 Return
done
sleep 1.5
xdotool type --delay 0 "Take this one back"
xdotool key --delay 0 Return
sleep 1.5
xdotool key --delay 0 ctrl+z
sleep 0.5
xdotool key ctrl+q
wait_for_exit

"$HOSTSPACE" export S --format json --out out.json 2>/dev/null || fail "hostspace export failed"
python3 - out.json <<'PY' || fail "the exported notes are not what was typed"
import json, sys

with open(sys.argv[1], encoding="utf-8") as f:
    found = sorted(note["text"] for note in json.load(f)["notes"])
expected = sorted(["First note from table 3", "Café – naïve ✓", "Typed in one burst",
                   "Rapid one", "Rapid two", "Rapid three"])
print("notes on disk:", found)
if found != expected:
    print("expected:", expected, file=sys.stderr)
    sys.exit(1)
PY
echo "PASS"
