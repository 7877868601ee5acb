#!/bin/bash
# Arrange in a real window under Xvfb: Ctrl+Shift+A on the board lays each group's notes out in
# a grid (a row shares its y, columns 200 units apart), zooms to fit, and Ctrl+Z puts every
# note back where it was in one step. Checked with `hostspace export` while the window is open.
# usage: test_board_arrange.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_board_arrange.sh PATH/TO/hostspace}")
DATA=$(realpath "$(dirname "$0")/../data")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

# "Ideas" (5 notes) and "Risks" (2) imported in columns, one note in no group.
new_session_with_notes "Arrange test" "$DATA/notes-arrange.csv"
export HOSTSPACE_DRAW_LOG="$work/draw.log"
start_gui S
xdotool windowfocus --sync "$window_id" 2>/dev/null || true

board_now "^board zoom=1.00 offset=-24,-24 .*notes=8 " || fail "the board did not start"
read -r ox oy < <(board_origin)
positions() {  # "text x y group" per note, sorted by text
    "$HOSTSPACE" export S --format json --out - 2>/dev/null | python3 -c '
import json, sys
for n in sorted(json.load(sys.stdin)["notes"], key=lambda n: n["text"]):
    print(json.dumps([n["text"], n["x"], n["y"], n.get("group") or ""]))'
}
before=$(positions)

# A click on the bare board gives it the keys; Ctrl+Shift+A arranges.
xdotool mousemove $((ox + 800)) $((oy + 400)) click 1
sleep 0.3
xdotool keydown ctrl keydown shift
sleep 0.05
press a
xdotool keyup shift keyup ctrl
sleep 0.8
after=$(positions)
[ "$after" != "$before" ] || fail "Ctrl+Shift+A moved no note"
python3 - "$after" <<'PY' || fail "after Arrange the groups are not grids:
$after"
import json, sys
notes = [json.loads(line) for line in sys.argv[1].splitlines()]
for group, size in (("Ideas", 5), ("Risks", 2)):
    rows = {}
    for text, x, y, g in notes:
        if g == group:
            rows.setdefault(y, []).append(x)
    assert sum(len(r) for r in rows.values()) == size, (group, rows)
    lefts = set()
    for y, xs in rows.items():
        xs.sort()
        assert all(b - a == 200 for a, b in zip(xs, xs[1:])), (group, y, xs)
        lefts.add(xs[0])
    assert len(lefts) == 1, (group, rows)  # every row starts at the group's left edge
# Ideas: 5 notes in rows of 3 and 2.
ideas = sorted(len(xs) for y, xs in
               {n[2]: [m[1] for m in notes if m[3] == "Ideas" and m[2] == n[2]]
                for n in notes if n[3] == "Ideas"}.items())
assert ideas == [2, 3], ideas
PY
board_now "^board zoom=1.00 offset=-24,-24 " && fail "Arrange did not zoom the board to fit"

press_with ctrl z
sleep 0.5
[ "$(positions)" == "$before" ] || fail "Ctrl+Z did not put every note back in one step:
$(positions)"

press_with ctrl q
wait_for_exit
echo "PASS"
