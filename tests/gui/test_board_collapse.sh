#!/bin/bash
# Collapsing a group in a real window under Xvfb: a click on the chevron at the right end of a
# group's title band collapses it (saved: "collapsed": true in the export) and its notes leave
# the canvas (the board's draw-log line counts fewer notes); a note dropped on the collapsed
# group's title joins it and is hidden too; a second click opens the group again.
# usage: test_board_collapse.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_board_collapse.sh PATH/TO/hostspace}")
DATA=$(realpath "$(dirname "$0")/../data")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

# "Ideas" at (0, 0) with 5 notes, "Risks" at (260, 0) with 2, "Loose" at (520, 50) in none.
new_session_with_notes "Collapse test" "$DATA/notes-arrange.csv"
export HOSTSPACE_DRAW_LOG="$work/draw.log"
start_gui S
xdotool windowfocus --sync "$window_id" 2>/dev/null || true

board_now "^board zoom=1.00 offset=-24,-24 .*notes=8 " || fail "the board did not start"
read -r ox oy < <(board_origin)
sx() { echo $((ox + $1)); }
sy() { echo $((oy + $1)); }
group_state() {  # "title collapsed note_count" per group; then "Loose's group"
    "$HOSTSPACE" export S --format json --out - 2>/dev/null | python3 -c '
import json, sys
d = json.load(sys.stdin)
for g in sorted(d["groups"], key=lambda g: g["title"]):
    print(g["title"], g["collapsed"], g["note_count"])
print("Loose:", [n.get("group") or "" for n in d["notes"] if n["text"] == "Loose"][0])'
}
expect_groups() {  # expect_groups WHAT LINES...
    local what=$1
    shift
    expect_output "$what" group_state "$@"
}

# The chevron at the right end of Ideas' title band (board 140..180 across, 0..50 down).
xdotool mousemove "$(sx 160)" "$(sy 25)" click 1
board_now " notes=3 " || fail "collapsing Ideas did not take its 5 notes off the canvas"
expect_groups "after collapsing Ideas" "Ideas True 5" "Risks False 2" "Loose: "

# Loose dragged by its middle onto Ideas' title joins the collapsed group and is hidden.
drag "$(sx 610)" "$(sy 100)" "$(sx 60)" "$(sy 25)"
board_now " notes=2 " || fail "a note dropped on the collapsed group still shows"
expect_groups "after dropping Loose on Ideas' title" "Ideas True 6" "Risks False 2" "Loose: Ideas"

# A second click opens Ideas again: all eight notes are back on the canvas.
xdotool mousemove "$(sx 160)" "$(sy 25)" click 1
board_now " notes=8 " || fail "opening Ideas did not bring its notes back"
expect_groups "after opening Ideas" "Ideas False 6" "Risks False 2" "Loose: Ideas"

press_with ctrl q
wait_for_exit
echo "PASS"
