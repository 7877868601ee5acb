#!/bin/bash
# Other laptops' changes arrive while the facilitator is in the middle of something, under Xvfb
# with a real Apache: laptop A (this window) has a note half typed in the new-note field and is
# dragging another when laptop B's ten notes come in. The typed text and the drag are untouched:
# the drag ends where the mouse let go, the typed note is finished and saved whole, and both
# laptops end with the same board.
# usage: test_sync_while_working.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_sync_while_working.sh PATH/TO/hostspace}")
servers=$(cd "$(dirname "$0")/../sync/servers" && pwd)
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

port=$("$servers/free_port.py" 1)
"$servers/start_apache.sh" "$work/apache" "$port" --etag mtime >/dev/null ||
    fail "Apache did not start"
trap '"$servers/stop_server.sh" "$work/apache" >/dev/null 2>&1 || true; cleanup' EXIT
url="http://127.0.0.1:$port/dav/"
export HOSTSPACE_PASSWORD=s3cret-pass
laptop_b() { XDG_CONFIG_HOME="$work/laptop-b" "$HOSTSPACE" "$@"; }
# Ten loose notes (no themes: a theme box under the drop would take Alpha in).
{ echo "text,author"; for i in 1 2 3 4 5 6 7 8 9 10; do echo "Table 2 idea $i,Ben"; done; } >b-notes.csv

"$HOSTSPACE" new A --title "CYP board" >/dev/null || fail "hostspace new failed"
"$HOSTSPACE" sync A --server "$url" --event cyp --user host >/dev/null || fail "A could not sync"
laptop_b sync B --server "$url" --event cyp --user host >/dev/null || fail "B could not join"

export HOSTSPACE_DRAW_LOG="$work/a.log"
start_gui A
xdotool windowfocus --sync "$window_id" 2>/dev/null || true
log_has "^sync started event=cyp" || fail "A did not start syncing"
xdotool type --delay 30 "Alpha"
xdotool key Return
log_has "^board .* notes=1 " || fail "Alpha is not on the board"
read -r ox oy < <(board_origin)
x=$((ox + 85)) y=$((oy + 78))  # inside Alpha, at board (0, 0)

# Half a note typed, not entered; then Alpha picked up and moved part of the way.
xdotool type --delay 30 "Half a thought"
sleep 0.3
xdotool mousemove "$x" "$y"
sleep 0.2
xdotool mousedown 1
for step in 1 2 3; do
    xdotool mousemove $((x + step * 50)) $((y + step * 50))
    sleep 0.05
done
# Meanwhile laptop B's ten notes go to the server, and reach A mid-drag.
laptop_b import-notes B b-notes.csv >/dev/null || fail "B's import failed"
laptop_b sync B >/dev/null || fail "B could not sync"
log_has "^sync folded 1[0-9]" 15 || fail "B's notes did not reach A within 15 s"
log_has "^board .* notes=11 " || fail "A's board does not show B's notes"
# The drag goes on to (+300, +300) and ends there.
for step in 4 5 6; do
    xdotool mousemove $((x + step * 50)) $((y + step * 50))
    sleep 0.05
done
xdotool mouseup 1
sleep 0.4
# Back to the new-note field: the half-typed text is still there, to finish.
read -r fx fy < <(grep '^new-note ' "$HOSTSPACE_DRAW_LOG" | tail -n 1 | sed -E 's/.* field=([0-9]+),([0-9]+).*/\1 \2/')
xdotool mousemove "$fx" "$fy" click 1
sleep 0.3
press End
xdotool type --delay 30 " finished"
xdotool key Return
sleep 4  # the next pass sends them
capture "$window_id" "$work/while-working.png"
if [ -n "${HOSTSPACE_SHOTS:-}" ]; then cp "$work/while-working.png" "$HOSTSPACE_SHOTS/"; fi
xdotool key ctrl+q
wait_for_exit

"$HOSTSPACE" export A --format json --out a.json 2>/dev/null || fail "export of A failed"
python3 - a.json <<'PY' || fail "the drag or the typed note was not kept as meant"
import json, sys
notes = json.load(open(sys.argv[1], encoding="utf-8"))["notes"]
alpha = [n for n in notes if n["text"] == "Alpha"][0]
print("Alpha at", alpha["x"], alpha["y"], "texts:", sorted(n["text"] for n in notes)[:3], len(notes))
assert (alpha["x"], alpha["y"]) == (300, 300), alpha
assert "Half a thought finished" in [n["text"] for n in notes]
assert len(notes) == 12
PY
laptop_b sync B >/dev/null || fail "B could not sync again"
laptop_b export B --format json --out b.json 2>/dev/null || fail "export of B failed"
cmp -s a.json b.json || { diff a.json b.json | head; fail "A and B differ"; }
echo "PASS"
