#!/bin/bash
# The board canvas, end to end in a real window under Xvfb: Shift+click picks two notes and one
# drag moves both by the same amount (one undo step); a Shift+drag on the bare board is a
# rubber band, Delete deletes what it caught, Ctrl+Z brings it back; Ctrl+D duplicates and the
# copy is selected; dropping a note on a group puts it in the group; Ctrl+wheel zooms the view
# and changes nothing in the session; a drag by a group's title band moves the group and its
# notes. Each step is checked with `hostspace export` while the window is open.
# usage: test_board_canvas.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_board_canvas.sh PATH/TO/hostspace}")
DATA=$(realpath "$(dirname "$0")/../data")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
command -v import >/dev/null || fail "ImageMagick (import) is not installed"

# Alpha, Beta, Gamma, Delta in a column at board x = 260 (y = 50, 190, 330, 470); the group
# "Theme" at (0, 0) holding one note at (0, 50).
new_session_with_notes "Canvas test" "$DATA/notes-canvas.csv"
export HOSTSPACE_DRAW_LOG="$work/draw.log"
start_gui S
xdotool windowfocus --sync "$window_id" 2>/dev/null || true

board_now "^board zoom=1.00 offset=-24,-24 " || fail "the board does not start at 100 %"

read -r ox oy < <(board_origin)
# sx/sy BOARD_X / BOARD_Y: the screen point of a board position at 100 %.
sx() { echo $((ox + $1)); }
sy() { echo $((oy + $1)); }

# The notes on disk now, one line each: "text x y group" (JSON so text with spaces is safe).
notes() {
    "$HOSTSPACE" export S --format json --out - 2>/dev/null | python3 -c '
import json, sys
for n in sorted(json.load(sys.stdin)["notes"], key=lambda n: (n["text"], n["y"], n["x"])):
    print(json.dumps([n["text"], n["x"], n["y"], n.get("group") or ""]))'
}
expect_notes() {  # expect_notes WHAT JSON-LINES...
    local what=$1
    shift
    local want got
    want=$(printf '%s\n' "$@")
    got=$(notes)
    [ "$got" == "$want" ] || fail "$what: expected
$want
got
$got"
}
shift_click() {
    xdotool mousemove "$1" "$2"
    xdotool keydown shift
    sleep 0.05
    xdotool click 1
    sleep 0.1
    xdotool keyup shift
    sleep 0.3
}
start=(
    '["Alpha", 260.0, 50.0, ""]' '["Beta", 260.0, 190.0, ""]' '["Delta", 260.0, 470.0, ""]'
    '["Gamma", 260.0, 330.0, ""]' '["Inside the theme", 0.0, 50.0, "Theme"]')
expect_notes "the imported board" "${start[@]}"

# Click Alpha, Shift+click Beta: two selected. Drag Alpha by (+300, +100): both move.
xdotool mousemove "$(sx 350)" "$(sy 90)" click 1
sleep 0.3
shift_click "$(sx 350)" "$(sy 230)"
board_now "selected=2$" || fail "Shift+click did not add Beta to the selection"
drag "$(sx 350)" "$(sy 90)" "$(sx 650)" "$(sy 190)"
expect_notes "a drag of two selected notes" \
    '["Alpha", 560.0, 150.0, ""]' '["Beta", 560.0, 290.0, ""]' '["Delta", 260.0, 470.0, ""]' \
    '["Gamma", 260.0, 330.0, ""]' '["Inside the theme", 0.0, 50.0, "Theme"]'
press ctrl+z
expect_notes "Ctrl+Z after the drag (one step for both notes)" "${start[@]}"

# Escape lets go of both. A Shift+drag from the bare board right of the notes catches Gamma
# and Delta (not Beta, whose bottom is at y 310); Delete deletes both; Ctrl+Z brings them back.
press Escape
board_now "selected=0$" || fail "Escape did not clear the selection"
xdotool keydown shift
sleep 0.05
drag "$(sx 520)" "$(sy 320)" "$(sx 300)" "$(sy 600)"
xdotool keyup shift
sleep 0.2
board_now "selected=2$" || fail "the rubber band did not select Gamma and Delta"
press Delete
expect_notes "Delete after the rubber band" \
    '["Alpha", 260.0, 50.0, ""]' '["Beta", 260.0, 190.0, ""]' \
    '["Inside the theme", 0.0, 50.0, "Theme"]'
press ctrl+z
expect_notes "Ctrl+Z after deleting two notes" "${start[@]}"

# A plain click on Alpha selects it alone; Ctrl+D copies it 20 units down and right, and the
# copy is what is selected.
xdotool mousemove "$(sx 350)" "$(sy 90)" click 1
sleep 0.3
board_now "selected=1$" || fail "a click did not select one note"
press ctrl+d
expect_notes "Ctrl+D" \
    '["Alpha", 260.0, 50.0, ""]' '["Alpha", 280.0, 70.0, ""]' '["Beta", 260.0, 190.0, ""]' \
    '["Delta", 260.0, 470.0, ""]' '["Gamma", 260.0, 330.0, ""]' \
    '["Inside the theme", 0.0, 50.0, "Theme"]'

# Drag the copy (on top, its lower right corner clear of Alpha) onto the group "Theme": it
# joins the group, in the first free cell of its grid (under the note already there). The
# pointer ends at board (100, 160), inside the group's region.
drag "$(sx 440)" "$(sy 170)" "$(sx 100)" "$(sy 160)"
expect_notes "a drop on the group" \
    '["Alpha", 260.0, 50.0, ""]' '["Alpha", 0.0, 190.0, "Theme"]' '["Beta", 260.0, 190.0, ""]' \
    '["Delta", 260.0, 470.0, ""]' '["Gamma", 260.0, 330.0, ""]' \
    '["Inside the theme", 0.0, 50.0, "Theme"]'
before=$(notes)

# Ctrl+wheel zooms the view about the pointer: the picture changes, the session does not.
import -window "$window_id" "$work/before-zoom.png"
xdotool mousemove "$(sx 400)" "$(sy 300)"
xdotool keydown ctrl
sleep 0.05
for _ in 1 2 3; do
    xdotool click 4
    sleep 0.15
done
xdotool keyup ctrl
sleep 0.4
board_now "^board zoom=1.52 " || fail "Ctrl+wheel did not zoom in by three steps"
import -window "$window_id" "$work/after-zoom.png"
cmp -s "$work/before-zoom.png" "$work/after-zoom.png" && fail "the zoomed picture did not change"
[ "$(notes)" == "$before" ] || fail "zooming changed the session"
xdotool mousemove "$(sx 400)" "$(sy 300)"  # keep the pointer where it is: it is the anchor
xdotool keydown ctrl
sleep 0.05
for _ in 1 2 3; do
    xdotool click 5
    sleep 0.15
done
xdotool keyup ctrl
sleep 0.4
board_now "^board zoom=1.00 offset=-24,-24 " || fail "zooming out about the same point did not go back"

# The group "Theme" by its title band, down by 400: the group and both its notes move, in one
# undo step.
drag "$(sx 60)" "$(sy 20)" "$(sx 60)" "$(sy 420)"
expect_notes "a drag by the group's title band" \
    '["Alpha", 260.0, 50.0, ""]' '["Alpha", 0.0, 590.0, "Theme"]' '["Beta", 260.0, 190.0, ""]' \
    '["Delta", 260.0, 470.0, ""]' '["Gamma", 260.0, 330.0, ""]' \
    '["Inside the theme", 0.0, 450.0, "Theme"]'
press ctrl+z
[ "$(notes)" == "$before" ] || fail "Ctrl+Z did not take the group's move back in one step"

press ctrl+q
wait_for_exit
echo "PASS"
