#!/bin/bash
# A counted consent round (a show of hands) on the demo's second purpose draft, in a real window
# under Xvfb: 1-4 pick a row and + (=) / - change its count from the keys, a click on a row's +
# from the mouse; an object hand without a recorded reason keeps Mark agreed disabled; O puts
# the keyboard in the objection field and Enter records it; Resolve… (withdrawn, with a note)
# resolves it; Mark agreed then agrees. The JSON export holds the counts, the objection and how
# it was resolved, and the agreement.
# usage: test_harvest_consent_counted.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_harvest_consent_counted.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
export HOSTSPACE_DRAW_LOG="$work/draw.log"

"$HOSTSPACE" make-demo S >/dev/null 2>&1 || fail "hostspace make-demo failed"
base_agreements=$(count_ops set_consent_agreement)


start_gui S
press_with ctrl 1
log_has '^purpose drafts=2 ' || fail "Ctrl+1 did not show the Purpose part"
press Down
log_has '^purpose drafts=2 picked="Café table 3"' || fail "Down did not pick the second draft"
consent_now 'draft="Café table 3" round=- .* counted=' "no consent controls under the second draft"
click_at $(point_of consent counted)
click_at $(point_of consent ask)
consent_now 'mode=counted counts=0/0/0/0 open=0 .* keys=yes' "Ask for consent did not open a counted round with the keys"
press 1
press equal
press equal
press KP_Add
press 2
press equal
press 4
press equal
consent_now 'counts=3/1/0/1 open=1 agreed=no .* can_agree=no' "the keys did not count 3 agree, 1 can live with it, 1 object"
click_at $(point_of consent stand_aside_plus)
click_at $(point_of consent stand_aside_minus)
consent_now 'counts=3/1/0/1 ' "the stand aside row's + and - did not come back to 0"
click_at $(point_of consent mark)
sleep 0.3
[ "$(count_ops set_consent_agreement)" = "$base_agreements" ] ||
    fail "Mark agreed saved an agreement while an objection hand had no reason"
press o  # the objection field takes the keyboard
xdotool type --delay 30 "We have not heard from families"
sleep 0.2
press Return
consent_now 'counts=3/1/0/1 open=1 .* resolve=' "the objection was not recorded with its reason"
click_at $(point_of consent resolve)
consent_now 'resolve_note=' "Resolve… did not open"
click_at $(point_of consent resolve_note)
xdotool type --delay 30 "Families join the next board"
sleep 0.2
press Return
consent_now 'counts=3/1/0/1 open=0 agreed=no .* can_agree=yes' "the objection was not resolved"
click_at $(point_of consent mark)
today=$(date +%F)
consent_now "agreed=yes date=$today review=-" "Mark agreed did not agree the round"

press_with ctrl q
wait_for_exit

"$HOSTSPACE" export S --format json --out out.json 2>/dev/null || fail "hostspace export failed"
python3 - out.json "$today" <<'PY' || fail "the export does not hold the counted round"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
p = d["purpose"]
second = [x for x in p["drafts"] if x["label"] == "Café table 3"][0]
mine = [c for c in p["consent_rounds"] if c["draft"] == second["id"]]
print("round:", [(c["mode"], c["counts"], c["responses"], c["objections"], c["agreed"]) for c in mine])
assert len(mine) == 1
c = mine[0]
assert c["mode"] == "counted" and c["responses"] is None
assert c["counts"] == {"agree": 3, "live_with": 1, "stand_aside": 0, "object": 1}
assert [(o["by"], o["reason"], o["resolution"], o["resolution_note"]) for o in c["objections"]] == [
    ("", "We have not heard from families", "withdrawn", "Families join the next board")]
assert c["agreed"] is True and c["agreed_date"] == sys.argv[2]
assert p["agreed"]["consent_round"] == c["id"]
PY
echo "PASS"
