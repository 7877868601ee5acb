#!/bin/bash
# Session details from the window, end to end under Xvfb with the keyboard: Ctrl+I opens them
# with the title field taking the keyboard; Tab, the calling question typed, Enter saves it
# (a set_meta op) and the projector's Purpose screen shows it (draw log); an emptied title is
# refused with the reason and nothing saved; Ctrl+Z takes the question back off the projector.
# usage: test_session_details.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_session_details.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
export HOSTSPACE_DRAW_LOG="$work/draw.log"
question="What must be true for every child in our area to thrive?"
meta_values() {  # the values set_meta ops gave field $1, one a line
    python3 -c "
import json, sys
for l in open('S.hostspace/journal.jsonl'):
    op = json.loads(l) if l.strip() else {}
    if op.get('type') == 'set_meta' and op.get('field') == sys.argv[1]:
        print(op.get('value'))" "$1"
}

"$HOSTSPACE" new S --title "Board afternoon" >/dev/null || fail "hostspace new failed"
start_gui_with_projector S
park_projector
log_has "^projector mode=round " || fail "the projector never drew"
# Purpose mode, from the keyboard: no calling question yet.
press_with ctrl F12
press_with ctrl F12
press_with ctrl F12
latest_now projector "^projector mode=purpose .* screen=no-calling-question " ||
    fail "Ctrl+F12 did not reach Purpose, or it shows a question there is not"

# Ctrl+I: the title has the keyboard; Tab goes on to the calling question.
press_with ctrl i
log_has "^session-details opened" || fail "Ctrl+I did not open Session details"
sleep 0.3
press Tab
xdotool type --delay 30 "$question"
press Return
latest_now projector "^projector mode=purpose .* screen=calling-question " ||
    fail "the projector does not show the calling question typed in Session details"
[ "$(meta_values question)" = "$question" ] ||
    fail "the question saved is not the one typed: $(meta_values question)"

# The title emptied and Enter: refused with the reason, nothing saved.
press_with shift Tab
press_with ctrl a
press BackSpace
press Return
log_has "^session-details refused: .*title" || fail "an empty title was not refused with a reason"
[ -z "$(meta_values title | sed -n 2p)" ] || fail "an empty title was saved: $(meta_values title)"
press Escape  # lets go of the field, keeping the saved title
press Escape  # closes the window
log_has "^session-details closed" || fail "Esc did not close Session details"

# Ctrl+Z takes the question back: the projector has none again.
press_with ctrl z
latest_now projector "^projector mode=purpose .* screen=no-calling-question " ||
    fail "Ctrl+Z did not take the calling question off the projector"
press_with ctrl q
wait_for_exit
[ "$(meta_values title)" = "Board afternoon" ] || fail "the title changed: $(meta_values title)"
[ "$(meta_values question | tail -n 1)" = "" ] || fail "the undo was not saved"
echo "PASS"
