#!/bin/bash
# The Actions and Focus parts of the Harvest place, under Xvfb: Ctrl+3 opens Actions with the
# empty row taking the keyboard; two actions typed from the keyboard alone (Tab between fields,
# Enter adds the row and starts the next), a date that is not a day refused with its reason and
# nothing saved, then corrected; the first ticked done with the mouse; Ctrl+4 opens Focus and a
# question is added the same way. The JSON export's `actions` and `focus` hold them.
# usage: test_harvest_plans.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_harvest_plans.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

"$HOSTSPACE" new S --title "Plans test" >/dev/null || fail "hostspace new failed"
export HOSTSPACE_DRAW_LOG="$work/draw.log"
start_gui S
xdotool windowfocus --sync "$window_id" 2>/dev/null || true
board_now "^board " || fail "the board did not start"

spot() {  # spot PART NAME: "X Y" of control NAME in PART's latest draw-log line
    grep "^$1 " "$HOSTSPACE_DRAW_LOG" | tail -n 1 | sed -E "s/.* $2=([-0-9]+),([-0-9]+).*/\1 \2/"
}
wait_for_ops() {  # wait_for_ops TYPE N: up to 5 s for N ops of TYPE in the journal
    for _ in $(seq 1 50); do
        [ "$(count_ops "$1")" = "$2" ] && return 0
        sleep 0.1
    done
    fail "expected $2 $1 ops, found $(count_ops "$1"): $(ops_of)"
}

press_with ctrl 3
latest_now harvest "part=actions" || fail "Ctrl+3 did not open the Actions part"
latest_now actions "^actions rows=0 " || fail "the Actions part did not draw"
sleep 0.4

# First action: what, Tab, who, Tab, a day that does not exist, Enter: refused, nothing saved.
xdotool type --delay 30 "Invite two young people to the board"
press Tab
xdotool type --delay 30 "Youth council"
press Tab
xdotool type --delay 30 "2027-02-30"
press Return
latest_now actions 'error="[^"]+"' || fail "a date that is not a day was not refused with a reason"
[ "$(count_ops add_action)" = 0 ] || fail "an action with a wrong date was saved: $(ops_of)"
# The keyboard is back in the date, its text selected: the right one typed over it.
xdotool type --delay 30 "2027-01-31"
press Return
wait_for_ops add_action 1
latest_now actions '^actions rows=1 .*error=""' || fail "the action did not show, or its error stayed"

# Second action: the empty row has the keyboard again.
xdotool type --delay 30 "Map the youth groups"
press Tab
press Tab
xdotool type --delay 30 "2027-03-01"
press Return
wait_for_ops add_action 2
latest_now actions "^actions rows=2 done=0 " || fail "the second action did not show"

# The first ticked done with the mouse.
xdotool mousemove $(spot actions first_done) click 1
latest_now actions "^actions rows=2 done=1 " || fail "a click on the first row's box did not tick it done"
wait_for_ops edit_action 1

# Focus: Ctrl+4, the empty row has the keyboard.
press_with ctrl 4
latest_now harvest "part=focus" || fail "Ctrl+4 did not open the Focus part"
latest_now focus "^focus rows=0 " || fail "the Focus part did not draw"
sleep 0.4
xdotool type --delay 30 "How do we hear from families?"
press Tab
xdotool type --delay 30 "Helen"
press Tab
xdotool type --delay 30 "the March board"
press Return
wait_for_ops add_focus_item 1
latest_now focus "^focus rows=1 " || fail "the focus item did not show"

press_with ctrl q
wait_for_exit

"$HOSTSPACE" export S --format json --out "$work/export.json" >/dev/null ||
    fail "hostspace export failed"
python3 - "$work/export.json" <<'PY' || fail "the export's actions and focus are not what was typed"
import json, sys
data = json.load(open(sys.argv[1]))
def check(what, got, want):
    if got != want:
        sys.exit(f"{what}: expected {want!r}, got {got!r}")
actions = data["actions"]
check("actions", [(a["what"], (a["who"] or {}).get("name"), a["due"], a["status"]) for a in actions],
      [("Invite two young people to the board", "Youth council", "2027-01-31", "done"),
       ("Map the youth groups", None, "2027-03-01", "open")])
focus = data["focus"]
check("focus", [(f["question"], (f["who"] or {}).get("name"), f["when"]) for f in focus],
      [("How do we hear from families?", "Helen", "the March board")])
PY
echo "PASS"
