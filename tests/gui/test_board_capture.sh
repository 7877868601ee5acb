#!/bin/bash
# Quick capture into the current group, in a real window under Xvfb: with no group picked a
# typed note lands in no group; a click on a note in "Theme" makes "Theme" the new-note bar's
# "Into:" group, and notes typed then (Enter, the keyboard staying in the field for the next)
# join "Theme" in free cells of its grid. Checked with `hostspace export`.
# usage: test_board_capture.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_board_capture.sh PATH/TO/hostspace}")
DATA=$(realpath "$(dirname "$0")/../data")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

# The group "Theme" at (0, 0) holds "Inside the theme" at (0, 50); four notes in no group.
new_session_with_notes "Capture test" "$DATA/notes-canvas.csv"
export HOSTSPACE_DRAW_LOG="$work/draw.log"
start_gui S
xdotool windowfocus --sync "$window_id" 2>/dev/null || true

last() { grep "^$1 " "$HOSTSPACE_DRAW_LOG" | tail -n 1; }
log_has "^board zoom=1.00 offset=-24,-24 .*notes=5 " || fail "the board did not start"
log_has "^new-note field=[0-9]+,[0-9]+ into=-$" || fail "a group is picked before any note was"
read -r ox oy < <(last board | sed -E 's/.* at=([-0-9]+),([-0-9]+) .*/\1 \2/')
read -r fx fy < <(last new-note | sed -E 's/.* field=([0-9]+),([0-9]+) .*/\1 \2/')
notes() {  # "text|group|x|y" per note, sorted by text
    "$HOSTSPACE" export S --format json --out - 2>/dev/null | python3 -c '
import json, sys
for n in sorted(json.load(sys.stdin)["notes"], key=lambda n: n["text"]):
    print("%s|%s|%g|%g" % (n["text"], n.get("group") or "", n["x"], n["y"]))'
}

# The field has the keyboard: a note with no group picked joins no group.
xdotool type --delay 50 "Free note"
sleep 0.2
xdotool key Return
log_has "^board .* notes=6 " || fail "the first typed note did not reach the board"
notes | grep -q "^Free note||" || fail "a note typed with no group picked joined one: $(notes)"

# A click on the note in Theme picks Theme; back in the field, two notes typed with Enter.
xdotool mousemove $((ox + 90)) $((oy + 100)) click 1
log_has "^new-note field=.* into=[0-9a-f-]{36}$" || fail "selecting a note in Theme did not pick Theme"
xdotool mousemove "$fx" "$fy" click 1
sleep 0.3
xdotool type --delay 50 "Into the theme"
sleep 0.2
xdotool key Return
log_has "^board .* notes=7 " || fail "the second typed note did not reach the board"
xdotool type --delay 50 "Second into the theme"
sleep 0.2
xdotool key Return
# The board shows a note once its op is saved, so the export after this line holds it.
log_has "^board .* notes=8 " || fail "the third typed note did not reach the board"
got=$(notes)
python3 - "$got" <<'PY' || fail "the typed notes did not land in Theme's grid:
$got"
import sys
notes = {t: (g, float(x), float(y)) for t, g, x, y in (l.split("|") for l in sys.argv[1].splitlines())}
cells = set()
for text in ("Inside the theme", "Into the theme", "Second into the theme"):
    group, x, y = notes[text]
    assert group == "Theme", text
    assert x % 200 == 0 and y >= 50, (text, x, y)  # a cell of the grid under the title
    cells.add((x, y))
assert len(cells) == 3, cells  # no two in one cell
PY

press_with ctrl q
wait_for_exit
echo "PASS"
