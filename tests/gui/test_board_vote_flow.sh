#!/bin/bash
# The board and a vote end to end, in the order a facilitator works, in a real window under
# Xvfb: three notes typed from the keyboard into the new-note field, one of them dragged onto
# another group's title, a named round opened from the panel's form, ballots passed round
# (Priya puts her two dots on the first note), results revealed on the projector. The export
# then shows the moved note in its new group and the votes on the note and in the round.
# usage: test_board_vote_flow.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_board_vote_flow.sh PATH/TO/hostspace}")
DATA=$(realpath "$(dirname "$0")/../data")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
export HOSTSPACE_DRAW_LOG="$work/draw.log"

# "Ideas" (Idea one..five), "Risks" (Risk one, two) and "Loose" in no group.
new_session_with_notes "Flow test" "$DATA/notes-arrange.csv"

start_gui_with_projector S
xdotool windowmove "$projector_id" 1400 0  # beside the control window: clicks reach the panel
log_has "^projector mode=round " || fail "the projector never drew"
sleep 0.5
board_now "^board zoom=1.00 " || fail "the board does not start at 100 %"
read -r ox oy < <(board_origin)

exported() { "$HOSTSPACE" export S --format json --out - 2>/dev/null; }

# ---- three notes from the keyboard: the new-note field has it from the start ----------------
for text in "Ask young people first" "Meet in their spaces" "Report back every time"; do
    xdotool type --delay 40 "$text"
    sleep 0.2
    press Return
    sleep 0.4
done
typed_count() {
    exported | python3 -c '
import json, sys
texts = [n["text"] for n in json.load(sys.stdin)["notes"]]
print([texts.count(t) for t in ("Ask young people first", "Meet in their spaces", "Report back every time")])'
}
expect_output "the three typed notes, each on the board once" typed_count "[1, 1, 1]"

# ---- drag "Meet in their spaces" onto the Risks group's title --------------------------------
read -r nx ny gx gy < <(exported | python3 -c '
import json, sys
d = json.load(sys.stdin)
note = next(n for n in d["notes"] if n["text"] == "Meet in their spaces")
group = next(g for g in d["groups"] if g["title"] == "Risks")
print(int(note["x"]), int(note["y"]), int(group["x"]), int(group["y"]))')
from_x=$((ox + nx + 90)) from_y=$((oy + ny + 40))
[ "$from_x" -lt 1000 ] && [ "$from_y" -lt 850 ] ||
    fail "the typed note landed off the visible board at ($nx, $ny)"
drag "$from_x" "$from_y" "$((ox + gx + 60))" "$((oy + gy + 25))"
group_of_moved=$(exported | python3 -c '
import json, sys
print(next(n["group"] for n in json.load(sys.stdin)["notes"] if n["text"] == "Meet in their spaces"))')
[ "$group_of_moved" = "Risks" ] || fail "the dragged note is in \"$group_of_moved\", not Risks"

# ---- a named round of 2 dots each, ballots passed round ------------------------------------
open_round_from_form 2
laptop_button
away
log_has "^ballot voter=1 .* step=start$" || fail "Pass the laptop did not show a ballot"
sleep 0.3  # the name field takes the keyboard a frame after the screen first shows
xdotool type --delay 50 "Priya"
sleep 0.2
press Return
log_has "^ballot voter=1 dots_left=2 own_dots=0 totals_shown=no step=voting cards=11 " ||
    fail "Priya's ballot does not list the 11 notes with 2 dots left"
press Return  # "+ dot" on the first card, where the keyboard starts
press Return
log_has "^ballot voter=1 dots_left=0 own_dots=2 totals_shown=no step=voting" ||
    fail "two Enters did not place Priya's two dots"
press_with shift Tab  # from the first card round to Done
press Return
log_has "^ballot voter=- .* step=hand_over$" || fail "Done did not hand over"
sleep 0.3
press Tab     # from Next voter to Finish ballots
press Return
sleep 0.3
press Return  # "Finish" in the question
sleep 0.5
[ "$(count_ops cast_dot)" = 2 ] || fail "the ballot should hold 2 dots: $(ops_of)"

# ---- reveal: the projector's bars -------------------------------------------------------------
reveal_button
away
log_has '^projector mode=votes .* votes_visible=yes bars=1 top="Idea one" top_dots=2 ties=0 dots=2 voters=1$' ||
    fail "revealing did not show Idea one's 2 dots on the projector"

press_with ctrl q
wait_for_exit

# ---- the export: the grouping and the votes ----------------------------------------------------
exported >export.json || fail "export failed"
python3 - <<'PY' || fail "the export does not show the grouping and the votes"
import json
d = json.load(open("export.json", encoding="utf-8"))
notes = {n["text"]: n for n in d["notes"]}
assert notes["Meet in their spaces"]["group"] == "Risks", notes["Meet in their spaces"]
assert notes["Ask young people first"]["group"] is None
risks = next(g for g in d["groups"] if g["title"] == "Risks")
assert risks["note_count"] == 3, risks
[vote] = d["voting_rounds"]
assert vote["revealed"] and vote["total_dots"] == 2 and vote["voters"] == 1, vote
assert vote["results"][0]["label"] == "Idea one" and vote["results"][0]["dots"] == 2, vote
assert [(b["voter"], len(b["items"])) for b in vote["ballots"]] == [("Priya", 2)], vote
assert [v["dots"] for v in notes["Idea one"]["votes"]] == [2], notes["Idea one"]
assert [v["dots"] for v in notes["Meet in their spaces"]["votes"]] == [0]
PY
echo "PASS"
