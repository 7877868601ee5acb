#!/bin/bash
# Auto-advance under Xvfb: with auto-advance on (set by a co-host's op in the journal, as sync
# would bring it), F5 starts an 8-second round; at zero the chime's cue fires once and the
# timer moves on to the next round by itself. A note typed meanwhile is the facilitator's last
# change: Ctrl+Z takes the note back and leaves the timer where auto-advance put it.
# usage: test_auto_advance.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_auto_advance.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
export HOSTSPACE_DRAW_LOG="$work/draw.log"


mkdir -p "$XDG_DATA_HOME/hostspace/methods"
cat >"$XDG_DATA_HOME/hostspace/methods/quick.json" <<'JSON'
{"schema_version": 1, "id": "quick-test", "name": "Quick test round",
 "how_to": "A round short enough for a test to see zero.", "harvest_hint": "",
 "question_prompts": [], "rounds": [{"title": "Quick round", "minutes": 0.1334}]}
JSON
"$HOSTSPACE" new S --title "Auto-advance test" --method quick-test,closing-circle >/dev/null ||
    fail "hostspace new --method failed"
# A co-host switched auto-advance on (another device's op, as sync delivers it).
echo '{"v":1,"type":"set_timer_options","dev":"00000000-0000-4000-8000-00000000c0c0","seq":1,"lam":100,"at":0,"auto_advance":true}' \
    >>S.hostspace/journal.jsonl
"$HOSTSPACE" export S --format json --out - 2>/dev/null | python3 -c "
import json, sys
d = json.load(sys.stdin)
assert d['timer']['auto_advance'], 'auto-advance is off'
print(d['agenda'][1]['id'])" >next_round || fail "the session was not set up"

# The control window keeps the keyboard beside the projector (the app sees to it). No
# windowfocus here: a search by name for "hostspace" may find the projector window first.
start_gui_with_projector S
log_has "^projector mode=round phase=idle " || fail "the projector never drew its idle screen"
press F5
log_has "^projector mode=round phase=running countdown=0:0[0-9]" || fail "F5 did not start the round"
xdotool type --delay 30 "Typed while the round runs"
press Return
sleep 0.5
log_has "^cue time_up chime=on$" 12 || fail "the zero cue did not fire at the end of the step"
log_has "^projector mode=round phase=running countdown=15:00 " 5 ||
    fail "auto-advance did not start the next round"
press ctrl+z
sleep 1
press ctrl+q
wait_for_exit

"$HOSTSPACE" export S --format json --out - >out.json 2>/dev/null || fail "hostspace export failed"
python3 - out.json "$(cat next_round)" "$work/draw.log" <<'PY' || fail "auto-advance and undo went wrong"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
timer, notes = d["timer"], [n["text"] for n in d["notes"]]
print("timer:", timer["round_id"], "step", timer["step_index"], "notes:", notes)
cues = sum(1 for line in open(sys.argv[3]) if line.startswith("cue time_up"))
ok = True
if timer["round_id"] != sys.argv[2]:
    print("the timer is not on the next round: Ctrl+Z undid the auto-advance?"); ok = False
if notes:
    print("Ctrl+Z did not take back the note typed last"); ok = False
if cues != 1:
    print(f"the zero cue fired {cues} times, not once"); ok = False
sys.exit(0 if ok else 1)
PY
echo "PASS"
