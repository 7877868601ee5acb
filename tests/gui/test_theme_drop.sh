#!/bin/bash
# Three notes dropped on a theme in a real window under Xvfb: Loose, Risk one and Risk two
# picked and dragged onto Ideas' title take the first free cells of Ideas' grid, one under the
# other below Ideas' notes (Risks' title beside Ideas keeps the grid from widening into it):
# no note on another, none over Risks. One step, which Ctrl+Z takes back. Checked from the
# saved positions (`hostspace export`).
# usage: test_theme_drop.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_theme_drop.sh PATH/TO/hostspace}")
DATA=$(realpath "$(dirname "$0")/../data")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

# "Ideas" at (0, 0) with 5 notes from (0, 50) down, "Risks" at (260, 0) with 2 from (260, 50),
# "Loose" at (520, 50) in none.
new_session_with_notes "Drop test" "$DATA/notes-arrange.csv"
export HOSTSPACE_DRAW_LOG="$work/draw.log"
start_gui S
xdotool windowfocus --sync "$window_id" 2>/dev/null || true
board_now "^board zoom=1.00 offset=-24,-24 .*notes=8 " || fail "the board did not start"
read -r ox oy < <(board_origin)
sx() { echo $((ox + $1)); }
sy() { echo $((oy + $1)); }
shift_click() {
    xdotool mousemove "$1" "$2"
    xdotool keydown shift
    sleep 0.05
    xdotool click 1
    sleep 0.1
    xdotool keyup shift
    sleep 0.3
}
exported() { "$HOSTSPACE" export S --format json --out - 2>/dev/null; }
before=$(exported)

# Loose, then Risk one and Risk two with Shift; Loose dragged by its middle onto Ideas' title.
xdotool mousemove "$(sx 610)" "$(sy 110)" click 1
sleep 0.3
shift_click "$(sx 350)" "$(sy 110)"
shift_click "$(sx 350)" "$(sy 250)"
board_now " selected=3$" || fail "three notes are not picked"
drag "$(sx 610)" "$(sy 110)" "$(sx 60)" "$(sy 25)"
expect_group_states "after the drop" "Ideas False 8" "Risks False 0"

exported | python3 -c '
import json, sys
d = json.load(sys.stdin)
notes = {n["text"]: n for n in d["notes"]}
risks = next(g for g in d["groups"] if g["title"] == "Risks")
W, H = 180, 120
def rect(n): return (n["x"], n["y"], n["x"] + W, n["y"] + H)
def overlap(a, b): return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
moved = ["Risk one", "Loose", "Risk two"]  # their reading order: they fill the cells so
for text in moved:
    assert notes[text]["group"] == "Ideas", (text, notes[text]["group"])
# The first free cells of Ideas grid (one column: Risks is beside it), under Idea five at y 610.
got = [(int(notes[t]["x"]), int(notes[t]["y"])) for t in moved]
assert got == [(0, 750), (0, 890), (0, 1030)], got
rects = [rect(n) for n in d["notes"]]
for i in range(len(rects)):
    for j in range(i + 1, len(rects)):
        assert not overlap(rects[i], rects[j]), (rects[i], rects[j])
title = (risks["x"], risks["y"], risks["x"] + W, risks["y"] + 50)
for text in moved:
    assert not overlap(rect(notes[text]), title), text
' || fail "the dropped notes are not in free cells of Ideas' grid:
$(exported | python3 -c 'import json,sys; [print(n["text"], n["x"], n["y"], n.get("group")) for n in json.load(sys.stdin)["notes"]]')"

press ctrl+z
expect_group_states "after Ctrl+Z" "Ideas False 5" "Risks False 2"
[ "$(exported | python3 -c 'import json,sys; print(sorted((n["text"], n["x"], n["y"]) for n in json.load(sys.stdin)["notes"]))')" = \
  "$(python3 -c 'import json,sys; print(sorted((n["text"], n["x"], n["y"]) for n in json.load(sys.stdin)["notes"]))' <<<"$before")" ] ||
    fail "Ctrl+Z did not put the three notes back in one step"

press_with ctrl q
wait_for_exit
echo "PASS"
