#!/bin/bash
# A voter comes back to change their ballot: Priya places one of her two dots and hands the
# laptop on; the next person types "priya". The name is refused as a new ballot (a second
# Priya would share the first one's budget) and "Continue Priya's ballot" is offered; Enter
# takes it, her first dot is still hers, and her second lands on the same ballot. The export
# then has one ballot, Priya's, with both dots.
# usage: test_ballot_return.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_ballot_return.sh PATH/TO/hostspace}")
DATA=$(realpath "$(dirname "$0")/../data")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
export HOSTSPACE_DRAW_LOG="$work/draw.log"

new_session_with_notes "Returning voter" "$DATA/notes-arrange.csv"
start_gui S
sleep 0.5

# A named round of 2 dots each, from the panel's form.
open_round_from_form 2
laptop_button
away

type_name() {
    log_has "^ballot voter=.* step=start$" || fail "no ballot start screen"
    sleep 0.3  # the name field takes the keyboard a frame after the screen first shows
    xdotool type --delay 50 "$1"
    sleep 0.2
    press Return
}

type_name "Priya"
log_has "^ballot voter=1 dots_left=2 own_dots=0 .* step=voting" || fail "Priya's ballot did not start"
press Return  # "+ dot" on the first card
log_has "^ballot voter=1 dots_left=1 own_dots=1 .* step=voting" || fail "Priya's first dot was not placed"
press_with shift Tab  # round to Done
press Return
log_has "^ballot voter=- .* step=hand_over$" || fail "Done did not hand over"
sleep 0.3
press Return  # Next voter
sleep 0.3

type_name "priya"
log_has '^ballot refused reason=".*Priya has voted in this round already' ||
    fail "a second ballot under Priya's name was not refused"
[ "$(count_ops cast_dot)" = 1 ] || fail "the refusal changed the dots: $(ops_of)"
press Return  # the keyboard is on "Continue Priya's ballot"
log_has "^ballot voter=1 dots_left=1 own_dots=1 .* step=voting" ||
    fail "continuing did not reopen Priya's ballot with her one dot"
press Return  # her second dot, on the first card again
log_has "^ballot voter=1 dots_left=0 own_dots=2 .* step=voting" || fail "Priya's second dot was not placed"
press_with shift Tab
press Return
log_has "^ballot voter=- .* step=hand_over$" || fail "Done did not hand over the second time"

press_with ctrl q
wait_for_exit

"$HOSTSPACE" export S --format json --out export.json 2>/dev/null || fail "export failed"
python3 - <<'PY' || fail "the export does not hold one ballot of Priya's two dots"
import json
[vote] = json.load(open("export.json", encoding="utf-8"))["voting_rounds"]
assert [(b["voter"], len(b["items"])) for b in vote["ballots"]] == [("Priya", 2)], vote["ballots"]
assert vote["voters"] == 1 and vote["total_dots"] == 2, vote
PY
echo "PASS"
