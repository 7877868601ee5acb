#!/bin/bash
# The facilitator's agenda and timer, end to end in a real window under Xvfb: "+ Blank round"
# adds a round; "+ Method…" opens the method library, Down picks 1-2-4-All and Enter adds its
# round with its four steps; a click selects a round and Delete removes it, Ctrl+Z brings it
# back; F5 starts the timer, F5 again pauses it, Ctrl+Z undoes the pause; Alt+Down and a mouse
# drag reorder the rounds. Every step is checked in `hostspace export --format json` (the
# agenda and the "timer") and in the journal while the window is still open.
# usage: test_agenda.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_agenda.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
export HOSTSPACE_CHIME=off

"$HOSTSPACE" new S --title "Agenda test" >/dev/null || fail "hostspace new failed"
start_gui S
xdotool windowfocus --sync "$window_id" 2>/dev/null || true


# Checks the live session with a Python expression over the export `d` and the journal's op
# types `ops` (oldest first); prints what it saw, fails with `what` otherwise.
check() {  # check WHAT EXPRESSION
    "$HOSTSPACE" export S --format json --out export.json 2>export.err ||
        fail "hostspace export failed while the window is open: $(cat export.err)"
    python3 - "$2" export.json S.hostspace/journal.jsonl <<'PY' || fail "$1"
import json, sys

expression, export_file, journal_file = sys.argv[1:4]
with open(export_file, encoding="utf-8") as f:
    d = json.load(f)
with open(journal_file, encoding="utf-8") as f:
    ops = [json.loads(line)["type"] for line in f if line.strip()]
rounds = [(r["title"], r["method"], len(r["steps"])) for r in d["agenda"]]
timer = d.get("timer", {})
print("agenda:", rounds, "| timer:", {k: timer.get(k) for k in ("running", "paused")},
      "| last ops:", ops[-3:])
sys.exit(0 if eval("(" + expression + ")") else 1)  # may span lines
PY
}

# The window is 1400x900 at the screen's corner and the text size is 100 %: the side panel
# holds the timer card, the folded options and projector sections, then the agenda header.
blank_button() { xdotool mousemove 1327 325 click 1; }   # with the agenda empty
method_button() { xdotool mousemove 1219 404 click 1; }  # once a round is there
row_y() { echo $((493 + ($1 - 1) * 34)); }               # agenda row N, no editor open above

blank_button
sleep 0.5
check "+ Blank round did not add a round" 'rounds == [("New round", "", 0)]'

method_button
sleep 0.6
press Down  # the library in file order: Check-in circle, then 1-2-4-All
press Return
sleep 0.3
check "the method's round is not in the agenda" \
    'rounds == [("New round", "", 0), ("1-2-4-All", "one-two-four-all", 4)] and
     d["agenda"][1]["duration_s"] == 720 and ops.count("add_round") == 2'

# Select the first round with a click, Delete removes it, Ctrl+Z restores it.
xdotool mousemove 1150 "$(row_y 1)" click 1
sleep 0.4
press Delete
check "Delete did not remove the selected round" 'rounds == [("1-2-4-All", "one-two-four-all", 4)]'
press_with ctrl z
check "Ctrl+Z did not bring the round back" \
    'rounds == [("New round", "", 0), ("1-2-4-All", "one-two-four-all", 4)]'

# F5 starts the first round (none is selected now), F5 again pauses, Ctrl+Z resumes.
press F5
check "F5 did not start the timer" \
    'ops[-1] == "start_round" and timer.get("running") is True and not timer.get("paused") and
     timer.get("round_id") == d["agenda"][0]["id"]'
press F5
check "F5 did not pause the running timer" 'ops[-1] == "pause_timer" and timer.get("paused") is True'
press_with ctrl z
check "Ctrl+Z did not undo the pause" \
    'ops[-1] == "resume_timer" and timer.get("running") is True and not timer.get("paused")'

# Alt+Down moves the selected round one place down; a drag moves it back to the top.
xdotool mousemove 1150 "$(row_y 1)" click 1
sleep 0.4
press_with alt Down
check "Alt+Down did not move the selected round" \
    'rounds == [("1-2-4-All", "one-two-four-all", 4), ("New round", "", 0)]'
# New round is selected and second now, its editor open below it: drag its row onto the first.
xdotool mousemove 1150 "$(row_y 2)"
sleep 0.2
xdotool mousedown 1
for step in 1 2 3 4 5 6; do
    xdotool mousemove 1150 $(($(row_y 2) - step * 6))
    sleep 0.05
done
sleep 0.2
xdotool mouseup 1
sleep 0.5
check "dragging a round onto the first row did not move it there" \
    'rounds == [("New round", "", 0), ("1-2-4-All", "one-two-four-all", 4)]'

press_with ctrl q
wait_for_exit
echo "PASS"
