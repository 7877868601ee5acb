#!/bin/bash
# The note editor wraps its lines like the note, in a real window under Xvfb: a long text typed
# into it shows on several lines inside the note's width (a screenshot's rows of ink), and what
# is saved is the text as typed, with the one line break Shift+Enter made and none of the
# editor's wrap breaks. Checked with a screenshot and `hostspace export`.
# usage: test_note_editor_wrap.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_note_editor_wrap.sh PATH/TO/hostspace}")
DATA=$(realpath "$(dirname "$0")/../data")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
command -v import >/dev/null || fail "ImageMagick (import) is not installed"

# Alpha at board (260, 50), 180 x 120.
new_session_with_notes "Editor test" "$DATA/notes-canvas.csv"
export HOSTSPACE_DRAW_LOG="$work/draw.log"
start_gui S
xdotool windowfocus --sync "$window_id" 2>/dev/null || true
board_now "^board zoom=1.00 offset=-24,-24 " || fail "the board did not start"
read -r ox oy < <(board_origin)
text_of() {
    "$HOSTSPACE" export S --format json --out - 2>/dev/null | python3 -c '
import json, sys
print(json.dumps(next(n["text"] for n in json.load(sys.stdin)["notes"] if n["author"] == "Ann")))'
}

xdotool mousemove $((ox + 350)) $((oy + 110)) click --repeat 2 --delay 80 1
sleep 0.5
press ctrl+a
xdotool type --delay 15 "Young people should shape the agenda from the start of every meeting"
sleep 0.3
# Rows of dark ink inside the note's width, from its top: the text wrapped onto several.
capture "$window_id" "$work/editing.png"
bands=$(convert "$work/editing.png" -crop "160x200+$((ox + 270))+$((oy + 52))" +repage -depth 8 rgb:- |
    python3 -c '
import sys
data = sys.stdin.buffer.read()
w, h = 160, 200
rows = [any(max(data[(y * w + x) * 3:(y * w + x) * 3 + 3]) < 100 for x in range(w)) for y in range(h)]
print(sum(1 for y in range(1, h) if rows[y] and not rows[y - 1]) + (1 if rows[0] else 0))')
[ "$bands" -ge 3 ] || fail "the editor shows the long text on $bands line(s), not wrapped inside the note"
xdotool key shift+Return
xdotool type --delay 15 "and the end"
sleep 0.2
press Return
expect_output "the saved text" text_of \
    '"Young people should shape the agenda from the start of every meeting\nand the end"'

press_with ctrl q
wait_for_exit
echo "PASS"
