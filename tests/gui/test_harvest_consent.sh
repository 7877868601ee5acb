#!/bin/bash
# Dot voting on the purpose drafts and a consent round, in a real window under Xvfb. The demo
# session has two drafts (the first agreed already, the second not). From the Purpose part,
# "Dot vote on the drafts…" opens the new-round form on the drafts (Enter opens it); the side
# panel's Voting section shows the round, Pass the laptop takes two ballots from the keyboard
# (Priya: 3 dots on the first draft; Sam: 2 on the second), and Reveal shows the results. Then
# on the second draft a named consent round: Helen agrees (keys), Amira objects with a reason
# (keys), Tom can live with it (mouse); Mark agreed is disabled and a click on it saves
# nothing; Amend and ask again with a new wording (Ctrl+Enter): a new version, the objection
# resolved by amendment, a new round; all three agree; Enter in the review date marks it
# agreed; Ctrl+Z un-agrees and a click on Mark agreed agrees again. The JSON export holds the
# vote, both rounds, the objection resolved by amendment and the agreed statement.
# usage: test_harvest_consent.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_harvest_consent.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
export HOSTSPACE_DRAW_LOG="$work/draw.log"

"$HOSTSPACE" make-demo S >/dev/null 2>&1 || fail "hostspace make-demo failed"
base_agreements=$(count_ops set_consent_agreement)

type_text() { xdotool type --delay 12 "$1"; sleep 0.2; }

start_gui S
press_with ctrl 1
log_has '^purpose drafts=2 ' || fail "Ctrl+1 did not show the Purpose part with the demo's two drafts"

# ---- dot vote on the drafts ----------------------------------------------------------------
latest_now draft-vote 'enabled=yes' || fail "Dot vote on the drafts… is not enabled with two drafts"
click_at $(point_of draft-vote button)
sleep 0.5
press Return  # the form's defaults, the drafts as its target
latest_now voting-panel 'target=drafts' || fail "the side panel does not show a round on the drafts"
xdotool mousemove $(point_of voting-panel laptop) click 1
xdotool mousemove 700 880
log_has '^ballot voter=1 .* step=start target=drafts$' || fail "Pass the laptop did not start a ballot on the drafts"
sleep 0.3
type_text Priya
press Return
log_has '^ballot voter=1 dots_left=3 own_dots=0 totals_shown=no step=voting cards=2 focus=add:1 target=drafts$' ||
    fail "Priya's ballot does not list the two drafts"
press Return
press Return
press Return
log_has '^ballot voter=1 dots_left=0 own_dots=3 ' || fail "three Enters did not place Priya's dots"
press Down
press Return
log_has '^ballot voter=- .* step=hand_over' || fail "Priya's Done did not hand over"
press Return
sleep 0.3
type_text Sam
press Return
log_has '^ballot voter=2 dots_left=3 own_dots=0 ' || fail "Sam's ballot did not start"
press Right
press Return
press Return
log_has '^ballot voter=2 dots_left=1 own_dots=2 ' || fail "Sam's two dots were not placed"
press Down
press Return
log_has '^ballot voter=- .* step=hand_over' || fail "Sam's Done did not hand over"
press Tab
press Return
sleep 0.3
press Return  # "Finish" in the question
sleep 0.8
# The Purpose part comes back with its list's keys, and can take that last Enter as "edit the
# wording" (seen at times): leave the editor it opened.
if grep '^purpose ' "$HOSTSPACE_DRAW_LOG" | tail -n 1 | grep -q ' editing=wording'; then
    press Escape
    latest_now purpose ' editing=no ' || fail "Esc did not close the Purpose part's editor"
fi
xdotool mousemove $(point_of voting-panel reveal) click 1
xdotool mousemove 700 880
sleep 0.5
[ "$(count_ops cast_dot)" -ge 5 ] || fail "the ballots did not save the dots: $(ops_of | tail -c 300)"

# ---- a named consent round on the second draft ---------------------------------------------
press_with ctrl h  # to the board and back: the list of drafts has the keys again
press_with ctrl h
press Down
log_has '^purpose drafts=2 picked="Café table 3"' || fail "Down did not pick the second draft"
consent_now 'draft="Café table 3" round=- .* ask=' "no Ask for consent under the second draft"
click_at $(point_of consent ask)
consent_now 'round=[0-9a-f]+ mode=named counts=0/0/0/0 open=0 agreed=no' "Ask for consent did not open a named round"
sleep 0.3
type_text "Helen Marsh"
press Return
press 1
press Return
consent_now 'counts=1/0/0/0 ' "Helen's agreement was not recorded from the keyboard"
sleep 0.3
type_text "Amira Hussain"
press Return
press 4
type_text "It leaves families out"
press Return
consent_now 'counts=1/0/0/1 open=1 agreed=no .* can_agree=no' "Amira's objection was not recorded with its reason"
click_at $(point_of consent name)
type_text "Tom Reilly"
click_at $(point_of consent live_with)
click_at $(point_of consent record)
consent_now 'counts=1/1/0/1 open=1 ' "Tom's response was not recorded with the mouse"
click_at $(point_of consent mark)
sleep 0.3
[ "$(count_ops set_consent_agreement)" = "$base_agreements" ] ||
    fail "Mark agreed saved an agreement while an objection was open"
grep -q "^consent .*counts=1/1/0/1 open=1 agreed=no" "$HOSTSPACE_DRAW_LOG" || fail "the round changed"

# ---- amend and ask again -------------------------------------------------------------------
click_at $(point_of consent amend)
consent_now 'amending=yes' "Amend and ask again… did not open the editor"
press_with ctrl a
type_text "We come together with families so that no child falls between our services."
press_with ctrl Return
consent_now 'counts=0/0/0/0 open=0 agreed=no .* amending=no' "Ask again did not open a new round"
sleep 0.3
for person in "Helen Marsh" "Amira Hussain" "Tom Reilly"; do
    type_text "$person"
    press Return
    press 1
    press Return
    sleep 0.2
done
consent_now 'counts=3/0/0/0 open=0 agreed=no .* can_agree=yes' "the three agreements were not recorded"
click_at $(point_of consent review)
type_text "2027-06-01"
press Return
today=$(date +%F)
consent_now "agreed=yes date=$today review=2027-06-01" "Enter in the review date did not mark it agreed"
press_with ctrl z
consent_now 'counts=3/0/0/0 open=0 agreed=no' "Ctrl+Z did not undo the agreement"
click_at $(point_of consent mark)
consent_now "agreed=yes date=$today review=2027-06-01" "a click on Mark agreed did not agree it again"

press_with ctrl q
wait_for_exit

"$HOSTSPACE" export S --format json --out out.json 2>/dev/null || fail "hostspace export failed"
python3 - out.json "$today" <<'PY' || fail "the export does not hold the vote and the consent rounds"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
today = sys.argv[2]
p = d["purpose"]
labels = {x["id"]: x["label"] for x in p["drafts"]}
second = [x for x in p["drafts"] if x["label"] == "Café table 3"][0]
rounds = [r for r in d["voting_rounds"] if r["id"] in p["voting_rounds"]]
print("draft votes:", [(r["title"], r["revealed"], r["total_dots"],
                        [(labels.get(x["item"]), x["dots"]) for x in r["results"]]) for r in rounds])
assert len(rounds) == 1, rounds
r = rounds[0]
assert r["revealed"] is True and r["total_dots"] == 5 and r["voters"] == 2
assert [(labels[x["item"]], x["dots"]) for x in r["results"]] == [("Café table 1", 3),
                                                                    ("Café table 3", 2)]
mine = [c for c in p["consent_rounds"] if c["draft"] == second["id"]]
print("rounds:", [(c["mode"], c["counts"], [(o["by"], o["reason"], o["resolution"])
                                            for o in c["objections"]], c["agreed"])
                  for c in mine])
assert len(mine) == 2, mine
first, again = mine
assert first["counts"] == {"agree": 1, "live_with": 1, "stand_aside": 0, "object": 1}
assert [(o["by"], o["reason"], o["resolution"]) for o in first["objections"]] == [
    ("Amira Hussain", "It leaves families out", "amended")]
assert first["agreed"] is False
assert again["counts"] == {"agree": 3, "live_with": 0, "stand_aside": 0, "object": 0}
assert again["agreed"] is True and again["agreed_date"] == today
assert again["review_date"] == "2027-06-01"
assert len(second["versions"]) == 2 and second["text"].startswith("We come together with families")
assert again["version"] == second["current_version"] != first["version"]
a = p["agreed"]
print("agreed:", a["label"], a["date"], a["review_date"], a["counts"])
assert a["label"] == "Café table 3" and a["date"] == today and a["review_date"] == "2027-06-01"
assert a["text"] == second["text"] and a["consent_round"] == again["id"]
assert [(o["by"], o["resolution"]) for o in a["objections"]] == [("Amira Hussain", "amended")]
PY
echo "PASS"
