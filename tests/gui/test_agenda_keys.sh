#!/bin/bash
# One owner of the keyboard, and agenda text that is never lost, end to end in a real window
# under Xvfb: with a note selected, "+ Blank round" gives the keys to the agenda, so Delete
# removes the new round and leaves the note; Enter in the method picker adds the method and
# does not open the selected note's editor (typing afterwards leaves the note as it was); a
# round title typed and not finished is saved by Ctrl+Q. Checked in `hostspace export`.
# usage: test_agenda_keys.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_agenda_keys.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

"$HOSTSPACE" new S --title "Agenda keys test" >/dev/null || fail "hostspace new failed"
start_gui S
xdotool windowfocus --sync "$window_id" 2>/dev/null || true


# Checks the session on disk with a Python expression over the export `d`, the notes' texts
# `notes` and the rounds' titles `rounds`; prints what it saw, fails with `what` otherwise.
check() {  # check WHAT EXPRESSION
    "$HOSTSPACE" export S --format json --out export.json 2>export.err ||
        fail "hostspace export failed: $(cat export.err)"
    python3 - "$2" export.json <<'PY' || fail "$1"
import json, sys

expression, export_file = sys.argv[1:3]
with open(export_file, encoding="utf-8") as f:
    d = json.load(f)
notes = sorted(n["text"] for n in d["notes"])
rounds = [r["title"] for r in d["agenda"]]
print("notes:", notes, "| rounds:", rounds)
sys.exit(0 if eval("(" + expression + ")") else 1)  # may span lines
PY
}

# The window is 1400x900 at the screen's corner and the text size is 100 %: the first note
# lands at the board's top left; with the agenda empty its buttons sit at y 325.
note() { xdotool mousemove 130 200 click 1; }
blank_button() { xdotool mousemove 1327 325 click 1; }   # with the agenda empty
method_button() { xdotool mousemove 1219 325 click 1; }  # with the agenda empty

xdotool type --delay 30 "Keep me"
press Return
sleep 0.3
check "the note was not added" 'notes == ["Keep me"]'

# A note selected, then "+ Blank round": the new round has the keys, Delete takes only it.
note
sleep 0.4
blank_button
sleep 0.6
check "+ Blank round did not add a round" 'rounds == ["New round"] and notes == ["Keep me"]'
press Delete
sleep 0.3
check "Delete after + Blank round removed the selected note too, or not the round" \
    'rounds == [] and notes == ["Keep me"]'

# A note selected, then the picker: Enter adds the method and opens no note editor, so what
# is typed next (and Enter) leaves the note alone.
note
sleep 0.4
method_button
sleep 0.6
press Return
sleep 0.3
xdotool type --delay 30 "zz"
press Return
sleep 0.3
check "Enter in the method picker did not add the method, or reached the note" \
    'rounds == ["Check-in circle"] and notes == ["Keep me"]'

# The method's round, selected: its editor opens below it. Type a new title and quit at once.
xdotool mousemove 1150 515 click 1  # row 1: the timer card shows its steps
sleep 0.5
xdotool mousemove 1230 558 click 1
sleep 0.3
press_with ctrl a
xdotool type --delay 30 "Renamed round"
sleep 0.2
press_with ctrl q
wait_for_exit
check "the round title typed before Ctrl+Q was not saved" \
    'rounds == ["Renamed round"] and notes == ["Keep me"]'
echo "PASS"
