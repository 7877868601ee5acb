#!/bin/bash
# Dot voting end to end in a real window under Xvfb. Four notes are imported; the panel's
# Voting section opens a named round with 2 dots each (the form, from the keyboard); "Pass the
# laptop" takes two ballots from the keyboard: Priya puts both dots on the first note and a
# third is refused with the message, Ctrl+Z and Esc change nothing, Done hands over; Sam's
# screen starts with none of his own dots and no totals, and he puts one dot on each of the
# next two notes; Finish (confirmed) returns to the board. Reveal turns the projector to Votes,
# whose bars show the first note on top with 2 dots and the tie below it. The tally adds
# paper dots with + and - (3 up, 1 down on the second note), refuses to go below zero, and the
# projector's top item changes with it. The export then holds the votes on the notes and the
# round's totals and ballots; the journal has one op per dot and per key press.
# usage: test_voting.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_voting.sh PATH/TO/hostspace}")
DATA=$(realpath "$(dirname "$0")/../data")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
export HOSTSPACE_DRAW_LOG="$work/draw.log"

new_session_with_notes "Voting test" "$DATA/notes-vote.csv"

start_gui_with_projector S
# Beside the control window (1400x900 at the corner), so clicks in its panel reach it.
xdotool windowmove "$projector_id" 1400 0
log_has "^projector mode=round " || fail "the projector never drew"
sleep 0.5

open_round_from_form 2

# ---- ballots -------------------------------------------------------------------------------
laptop_button
away
log_has "^ballot voter=1 dots_left=- own_dots=- totals_shown=no step=start$" ||
    fail "Pass the laptop did not show the first ballot's start screen"
sleep 0.3  # the name field takes the keyboard a frame after the screen first shows
xdotool type --delay 50 "Priya"
sleep 0.2
press Return
log_has "^ballot voter=1 dots_left=2 own_dots=0 totals_shown=no step=voting cards=4 focus=add:1$" ||
    fail "Priya's ballot did not start with 2 dots left"
press Return  # "+ dot" on the first card, where the keyboard starts
press Return
log_has "^ballot voter=1 dots_left=0 own_dots=2 totals_shown=no step=voting" ||
    fail "two Enters did not place Priya's two dots"
press Return
log_has '^ballot refused reason="Priya has used all 2 dots\."$' ||
    fail "a third dot was not refused with the budget message"
press_with ctrl z  # must not take back a dot while ballots are taken
press Escape       # must not leave the ballots
sleep 0.3
[ "$(count_ops cast_dot)" = 2 ] || fail "Priya's ballot should hold 2 dots: $(ops_of)"
[ "$(count_ops withdraw_dot)" = 0 ] || fail "Ctrl+Z took back a dot during the ballots"
last_ballot() { grep "^ballot voter=" "$HOSTSPACE_DRAW_LOG" | tail -n 1; }
last_ballot | grep -q "^ballot voter=1 dots_left=0 own_dots=2 .* step=voting" ||
    fail "Escape or Ctrl+Z changed Priya's ballot: $(last_ballot)"
press_with shift Tab  # round from the first card to Done
log_has "^ballot voter=1 .* focus=done$" || fail "Shift+Tab did not reach Done"
press Return
log_has "^ballot voter=- dots_left=- own_dots=- totals_shown=no step=hand_over$" ||
    fail "Done did not show the hand-over screen"
press Return  # Next voter
log_has "^ballot voter=2 dots_left=- own_dots=- totals_shown=no step=start$" ||
    fail "Next voter did not show the second ballot's start screen"
sleep 0.3
xdotool type --delay 50 "Sam"
sleep 0.2
press Return
log_has "^ballot voter=2 dots_left=2 own_dots=0 totals_shown=no step=voting cards=4 focus=add:1$" ||
    fail "Sam's ballot does not start clean (none of his own dots, 2 left, no totals)"
press Right   # the second card
press Return
press Right   # the third
press Return
log_has "^ballot voter=2 dots_left=0 own_dots=2 totals_shown=no step=voting cards=4 focus=add:3$" ||
    fail "Sam's two dots did not go on the second and third cards"
press Down    # from the last row of cards to Done
press Return
log_has "^ballot voter=- .* step=hand_over$" || fail "Sam's Done did not hand over"
sleep 0.3
press Tab     # from Next voter to Finish ballots
press Return
sleep 0.3
press Return  # "Finish" in the question
sleep 0.5
[ "$(count_ops cast_dot)" = 4 ] || fail "the ballots should hold 4 dots: $(ops_of)"

# ---- reveal: the projector shows the bars --------------------------------------------------
reveal_button
away
log_has '^projector mode=votes .* votes_visible=yes bars=3 top="Listen before we decide" top_dots=2 ties=1 dots=4 voters=2$' ||
    fail "revealing did not put the results on the projector (3 bars, the first note on top with 2 dots, one tie)"
# ... and the side panel lists the top three in full, at 1400x900, with the timer and agenda.
latest_now voting-panel 'results rows=3 of=3 visible=yes' ||
    fail "the side panel does not show the top three after the reveal: $(grep '^voting-panel' "$HOSTSPACE_DRAW_LOG" | tail -n 1)"

# ---- tally ---------------------------------------------------------------------------------
tally_button
away
log_has '^tally round="Which matter most\?" rows=4 row=1 item="Listen before we decide" count=0$' ||
    fail "the tally did not open on the first note"
press Down
press plus
press plus
press equal
press minus
log_has '^tally .* row=2 item="Young people sit on the board" count=2$' ||
    fail "+, +, = and - did not leave 2 paper dots on the second note"
press Down
press minus
log_has '^tally refused reason="The count is already at zero\."$' ||
    fail "taking a dot from a count of zero was not refused"
press KP_Add
log_has '^tally .* row=3 item="Share the data we hold" count=1$' || fail "keypad + did not add a dot"
press KP_Subtract
log_has '^tally .* row=3 item="Share the data we hold" count=0$' ||
    fail "keypad - did not take the dot away"
press Escape
log_has '^projector mode=votes .* votes_visible=yes bars=3 top="Young people sit on the board" top_dots=3 ties=0 dots=6 voters=2$' ||
    fail "the projector did not follow the tally (the second note on top with 3 dots)"
[ "$(count_ops adjust_tally)" = 6 ] || fail "each accepted key press should be one op: $(ops_of)"

press_with ctrl q
wait_for_exit

"$HOSTSPACE" export S --format json --out out.json 2>/dev/null || fail "hostspace export failed"
python3 - out.json <<'PY' || fail "the export does not hold the votes"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
rounds = d["voting_rounds"]
assert len(rounds) == 1, rounds
r = rounds[0]
print("round:", {k: r[k] for k in ("title", "dots_per_person", "per_item_max", "anonymous",
                                   "results_shown", "closed", "revealed", "total_dots", "voters",
                                   "has_ties")})
assert r["title"] == "Which matter most?" and r["dots_per_person"] == 2
assert r["per_item_max"] is None and r["anonymous"] is False
assert r["results_shown"] == "when_revealed" and r["revealed"] is True and r["closed"] is False
assert r["total_dots"] == 6 and r["voters"] == 2 and r["has_ties"] is False
got = [(x["label"], x["dots"], x["ballot_dots"], x["tally"], x["rank"]) for x in r["results"]]
print("results:", got)
assert got == [("Young people sit on the board", 3, 1, 2, 1),
               ("Listen before we decide", 2, 2, 0, 2),
               ("Share the data we hold", 1, 1, 0, 3),
               ("Keep the promises we make", 0, 0, 0, 4)], got
ids = {n["text"]: n["id"] for n in d["notes"]}
ballots = [(b["voter"], b["items"]) for b in r["ballots"]]
print("ballots:", ballots)
assert ballots == [("Priya", [ids["Listen before we decide"]] * 2),
                   ("Sam", [ids["Young people sit on the board"], ids["Share the data we hold"]])]
votes = {n["text"]: [(v["round"], v["dots"], v["rank"]) for v in n["votes"]] for n in d["notes"]}
print("votes on notes:", votes)
assert votes["Young people sit on the board"] == [(r["id"], 3, 1)]
assert votes["Listen before we decide"] == [(r["id"], 2, 2)]
assert votes["Keep the promises we make"] == [(r["id"], 0, 4)]
PY
echo "PASS"
