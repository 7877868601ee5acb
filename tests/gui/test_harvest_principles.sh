#!/bin/bash
# The Principles part of the Harvest place, under Xvfb: Ctrl+2 opens it; From theme… and a click
# on the board's "Ideas" theme start a principle (its title the theme's, the theme and its five
# notes its sources) with the statement taking the keyboard; the statement, two practices and
# two accountability lines typed from the keyboard alone (Enter adds a line and opens the next,
# Enter on an empty practice goes on to accountability); Ctrl+Z takes the last line back. The
# JSON export's `principles` holds all of it.
# usage: test_harvest_principles.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_harvest_principles.sh PATH/TO/hostspace}")
DATA=$(realpath "$(dirname "$0")/../data")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

# "Ideas" with 5 notes, "Risks" with 2, "Loose" in none.
new_session_with_notes "Principles test" "$DATA/notes-arrange.csv"
export HOSTSPACE_DRAW_LOG="$work/draw.log"
start_gui S
xdotool windowfocus --sync "$window_id" 2>/dev/null || true
board_now "^board " || fail "the board did not start"

# Where the latest `principles` line puts control $1: "X Y".
spot() {
    grep '^principles ' "$HOSTSPACE_DRAW_LOG" | tail -n 1 | sed -E "s/.* $1=([-0-9]+),([-0-9]+).*/\1 \2/"
}
lines_saved() { count_ops add_principle_line; }
wait_for_lines() {  # wait_for_lines N: up to 5 s for N add_principle_line ops in the journal
    for _ in $(seq 1 50); do
        [ "$(lines_saved)" = "$1" ] && return 0
        sleep 0.1
    done
    fail "expected $1 lines saved, found $(lines_saved): $(ops_of)"
}

press_with ctrl 2
latest_now harvest "part=principles" || fail "Ctrl+2 did not open the Principles part"
latest_now principles "^principles count=0 " || fail "the Principles part did not draw"

# From theme… (mouse): the menu lists the board's themes; a click on the first takes Ideas.
xdotool mousemove $(spot from_theme) click 1
latest_now principles " theme_item=[1-9][0-9]*,[1-9]" || fail "From theme… did not open its menu"
xdotool mousemove $(spot theme_item) click 1
latest_now principles '^principles count=1 .*picked="Ideas"' ||
    fail "a click on the theme did not start a principle titled Ideas"
[ "$(count_ops add_principle)" = 1 ] || fail "no add_principle op saved: $(ops_of)"

# The statement has the keyboard; Enter goes on to the practices.
sleep 0.5
xdotool type --delay 30 "We ask the people affected before we decide"
press Return
xdotool type --delay 30 "Young people sit on every panel"
press Return
wait_for_lines 1
xdotool type --delay 30 "We meet where people are"
press Return
wait_for_lines 2
press Return  # an empty practice: on to accountability
xdotool type --delay 30 "Each meeting opens with who is missing"
press Return
wait_for_lines 3
xdotool type --delay 30 "A line taken back"
press Return
wait_for_lines 4

# Ctrl+Z in the empty field that follows: the app's undo takes the last line back.
press_with ctrl z
for _ in $(seq 1 50); do
    [ "$(count_ops delete_principle_line)" = 1 ] && break
    sleep 0.1
done
[ "$(count_ops delete_principle_line)" = 1 ] || fail "Ctrl+Z did not take the last line back: $(ops_of)"

# From the keyboard alone: Esc lets go of the field; T opens From theme…, Down and Enter take
# the second theme in its list (board order: Ideas, Risks).
press Escape
press t
latest_now principles " theme_item=[1-9][0-9]*,[1-9]" || fail "T did not open From theme…"
press Down
press Return
latest_now principles '^principles count=2 .*picked="Risks"' ||
    fail "Down and Enter in From theme… did not start a principle titled Risks"

press_with ctrl q
wait_for_exit

"$HOSTSPACE" export S --format json --out "$work/export.json" >/dev/null ||
    fail "hostspace export failed"
python3 - "$work/export.json" <<'PY' || fail "the export's principles are not what was typed"
import json, sys
items = json.load(open(sys.argv[1]))["principles"]["items"]
assert len(items) == 2, items
assert items[1]["title"] == "Risks", items[1]
p = items[0]
def check(what, got, want):
    if got != want:
        sys.exit(f"{what}: expected {want!r}, got {got!r}")
check("title", p["title"], "Ideas")
check("statement", p["statement"], "We ask the people affected before we decide")
check("practices", [l["text"] for l in p["practices"]],
      ["Young people sit on every panel", "We meet where people are"])
check("accountability", [l["text"] for l in p["accountability"]],
      ["Each meeting opens with who is missing"])
check("source kinds", [s["type"] for s in p["sources"]], ["theme"] + ["note"] * 5)
check("source texts", [s["text"] for s in p["sources"]],
      ["Ideas", "Idea one", "Idea two", "Idea three", "Idea four", "Idea five"])
PY
echo "PASS"
