#!/bin/bash
# A slow laptop, acted by HOSTSPACE_TEST_SLOW_FRAMES_MS (every frame takes 250 ms more), so
# input piles up between frames. Three notes typed straight away as the window opens, each
# Return followed at once by the next note, all arrive whole: typing waits while the new-note
# field takes the keyboard back. Then a quick double-click on a note opens its editor although
# its two presses reach ImGui 500 ms apart by ImGui's own clock: a double-click is told by when
# the presses arrived.
# usage: test_slow_frames.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_slow_frames.sh PATH/TO/hostspace}")
DATA=$(realpath "$(dirname "$0")/../data")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

# "Loose" sits at board (520, 50), in no group.
new_session_with_notes "Slow laptop" "$DATA/notes-arrange.csv"
export HOSTSPACE_DRAW_LOG="$work/draw.log" HOSTSPACE_TEST_SLOW_FRAMES_MS=250
start_gui S
xdotool windowfocus --sync "$window_id" 2>/dev/null || true

# Typed as a fast typist would, from the moment the window is up.
for text in One Two Six; do
    xdotool type --delay 30 "$text"
    xdotool key --delay 0 Return
done
log_has "^board .* notes=11 " 30 || fail "the three typed notes did not reach the board"
expect_output "the notes typed on a slow laptop" typed_notes "One None" "Six None" "Two None"

# Double-click Loose (80 ms between the clicks), type at the caret, Enter saves.
read -r ox oy < <(board_origin)
xdotool mousemove $((ox + 520 + 85)) $((oy + 50 + 60)) click --repeat 2 --delay 80 1
xdotool type --delay 30 " ok"
xdotool key --delay 0 Return
loose_text() {
    "$HOSTSPACE" export S --format json --out - 2>/dev/null | python3 -c '
import json, sys
print([n["text"] for n in json.load(sys.stdin)["notes"] if n["text"].startswith("Loose")])'
}
expect_output_within 10 "the note edited after a double-click" loose_text "['Loose ok']"

press_with ctrl q
wait_for_exit
echo "PASS"
