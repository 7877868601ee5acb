#!/bin/bash
# The board's mouse and keyboard editing, end to end in a real window under Xvfb: a drag is one
# MoveNote on release (not one per frame); a double-click edits in place (Shift+Enter for a new
# line, Enter or Ctrl+Enter saves, Escape cancels); the context menu recolours; Delete deletes
# the selected note; Ctrl+Z / Ctrl+Y undo and redo; Ctrl+= / Ctrl+0 rebuild the fonts without
# harm. The result is checked on disk after Ctrl+Q.
# usage: test_board_edit.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_board_edit.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

"$HOSTSPACE" new S --title "Edit test" >/dev/null || fail "hostspace new failed"
export HOSTSPACE_DRAW_LOG="$work/draw.log"
start_gui S
xdotool windowfocus --sync "$window_id" 2>/dev/null || true

# Text size up and back: the font atlas is rebuilt twice between frames.
xdotool key ctrl+equal
sleep 0.4
xdotool key ctrl+0
sleep 0.4

# Four notes land side by side in the top row: board x = 0, 200, 400, 600.
for text in Alpha Beta Gamma Delta; do
    xdotool type --delay 30 "$text"
    xdotool key Return
    sleep 0.3
done
sleep 0.3
# The text size is 100 %, so a note at board (x, 0) covers screen ox+x .. ox+x+178,
# oy .. oy+118, where (ox, oy) is board (0, 0) on screen (the board's draw-log line).
log_has "^board .* notes=4 " || fail "the four notes are not on the board"
read -r ox oy < <(board_origin)
note_x() { echo $((ox + $1 + 85)); }
note_y=$((oy + 78))

# Drag Alpha by (+300, +300) in small steps: many frames, one move on release.
xdotool mousemove "$(note_x 0)" "$note_y"
sleep 0.2
xdotool mousedown 1
for step in 1 2 3 4 5 6; do
    xdotool mousemove $(($(note_x 0) + step * 50)) $((note_y + step * 50))
    sleep 0.05
done
xdotool mouseup 1
sleep 0.4

# Double-click Beta, replace its text with two lines (Shift+Enter breaks the line), Ctrl+Enter
# saves.
xdotool mousemove "$(note_x 200)" "$note_y" click --repeat 2 --delay 80 1
sleep 0.4
xdotool key ctrl+a
xdotool type --delay 30 "Beta"
xdotool key shift+Return
xdotool type --delay 30 "edited"
xdotool key ctrl+Return
sleep 0.4
# Double-click Alpha where it was dragged: the caret starts after the text; Enter saves.
xdotool mousemove "$(note_x 300)" $((note_y + 300)) click --repeat 2 --delay 80 1
sleep 0.4
xdotool type --delay 30 " too"
xdotool key Return
sleep 0.4

# Double-click Gamma, type, Escape: nothing changes.
xdotool mousemove "$(note_x 400)" "$note_y" click --repeat 2 --delay 80 1
sleep 0.4
xdotool type --delay 30 " not this"
xdotool key Escape
sleep 0.4

# Right-click Gamma; the menu opens at the cursor: "Pink" is its third colour row.
xdotool mousemove "$(note_x 400)" "$note_y" click 3
sleep 0.5
xdotool mousemove $(($(note_x 400) + 60)) $((note_y + 148)) click 1
sleep 0.4
# Gamma is selected (right-click selects): Delete, then undo twice (delete, colour), redo once.
xdotool key Delete
sleep 0.3
xdotool key ctrl+z
sleep 0.3
xdotool key ctrl+z
sleep 0.3
xdotool key ctrl+y
sleep 0.3

# Click Delta to select it and delete it for good.
xdotool mousemove "$(note_x 600)" "$note_y" click 1
sleep 0.3
xdotool key Delete
sleep 0.4
xdotool key ctrl+q
wait_for_exit

"$HOSTSPACE" export S --format json --out out.json 2>/dev/null || fail "hostspace export failed"
python3 - out.json S.hostspace/journal.jsonl <<'PY' || fail "the board on disk is not what was done"
import json, sys

with open(sys.argv[1], encoding="utf-8") as f:
    notes = {n["text"]: n for n in json.load(f)["notes"]}
for text, n in sorted(notes.items()):
    print(f"{text!r}: at ({n['x']}, {n['y']}) {n['colour']}")
problems = []
if sorted(notes) != ["Alpha too", "Beta\nedited", "Gamma"]:
    problems.append(f"notes {sorted(notes)}: expected Alpha too, Beta\\nedited, Gamma")
else:
    if (notes["Alpha too"]["x"], notes["Alpha too"]["y"]) != (300, 300):
        problems.append("Alpha was not dragged by (+300, +300)")
    if (notes["Beta\nedited"]["x"], notes["Beta\nedited"]["y"]) != (200, 0):
        problems.append("Beta moved")
    if notes["Gamma"]["colour"] != "pink":
        problems.append("Gamma is not pink after recolour, delete, undo, undo, redo")
moves = 0
with open(sys.argv[2], encoding="utf-8") as f:
    for line in f:
        moves += line.count('"type":"move_note"')
print("move_note ops in the journal:", moves)
if moves != 1:
    problems.append(f"{moves} move ops for one drag, expected 1")
if problems:
    sys.exit("; ".join(problems))
PY
echo "PASS"
