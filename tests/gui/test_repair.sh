#!/bin/bash
# Repair from the window, under Xvfb: a folder that is no session is refused without an offer
# of repair; a session whose journal is damaged mid-file shows the file, line and reason and
# offers "Repair and open" with the keyboard on it; Enter repairs and opens it (the window's
# title), the journal then holds every line that still read, and the damaged journal is kept
# beside it unchanged. usage: test_repair.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_repair.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

# Line 1 is the title; lines 2-5 are "Note 1" ... "Note 4", saved one a line after the snapshot
# (by another device, so the test controls every line). Line 3 ("Note 2") is then garbled.
"$HOSTSPACE" new S --title "Repair test" >/dev/null || fail "hostspace new failed"
python3 - <<'PY'
import json
with open("S.hostspace/journal.jsonl", "a", encoding="utf-8") as out:
    for i in range(1, 5):
        op = {"v": 1, "type": "add_note", "dev": "cccccccc-0000-4000-8000-000000000003",
              "seq": i, "lam": 100 + i, "at": 1795300000000, "id": f"n{i}", "text": f"Note {i}",
              "author": "", "organisation": "", "colour": "yellow", "group": "", "x": 40 * i,
              "y": 0}
        out.write(json.dumps(op, separators=(",", ":")) + "\n")
PY
sed -i '3s/.*/{"v":1,"type":"add_note","dev":"cccc/' S.hostspace/journal.jsonl
cp S.hostspace/journal.jsonl damaged.jsonl

export HOSTSPACE_DRAW_LOG="$work/draw.log"
start_gui
xdotool windowfocus --sync "$window_id" 2>/dev/null || true
latest_now start "repair_offer=no" || fail "no start screen"
open_field() { latest_now start "." && grep '^start ' "$HOSTSPACE_DRAW_LOG" | tail -n 1 |
    sed -E 's/.* open_at=([0-9]+),([0-9]+).*/\1 \2/'; }

# A folder that holds no session: the error, and no offer of repair.
read -r x y < <(open_field)
xdotool mousemove "$x" "$y" click 1
sleep 0.3
xdotool type "$work/nowhere"
press Return
latest_now start 'message="Could not open the session: .*no session here' ||
    fail "no message for a missing session"
latest_now start "repair_offer=no" || fail "repair was offered for a missing session"

# The damaged session: the file, line and reason, and the offer.
read -r x y < <(open_field)
xdotool mousemove "$x" "$y" click 1
sleep 0.3
press_with ctrl a
xdotool type "$work/S"
press Return
log_has '^repair offered: .*journal.jsonl line 3: not valid JSON' ||
    fail "the window did not offer to repair the damaged session"
latest_now start "repair_offer=yes" || fail "the start screen does not show the offer"
[[ $(xdotool getwindowname "$window_id") == "hostspace" ]] || fail "a damaged session opened"
cmp -s S.hostspace/journal.jsonl damaged.jsonl || fail "offering repair changed the journal"

# Enter: the keyboard is on "Repair and open".
press Return
log_has "^repair done kept=4 dropped=1 journal_copy=journal\.damaged-[0-9]{8}T[0-9]{6}Z\.jsonl " ||
    fail "Enter did not repair the session"
wait_for_title "$window_id" "^Repair test — hostspace — all changes saved" ||
    fail "the repaired session did not open (title: $title)"

press_with ctrl q
wait_for_exit

# The journal: every line reads, and only Note 2's line is gone; the damaged one is kept.
python3 - <<'PY' || fail "the repaired journal is not the intact lines"
import json
damaged = open("damaged.jsonl", encoding="utf-8").read().splitlines()
repaired = open("S.hostspace/journal.jsonl", encoding="utf-8").read().splitlines()
assert repaired == damaged[:2] + damaged[3:], repaired
for line in repaired:
    json.loads(line)
PY
copies=(S.hostspace/journal.damaged-*.jsonl)
[[ ${#copies[@]} == 1 ]] || fail "expected one damaged copy: $(ls S.hostspace)"
cmp -s "${copies[0]}" damaged.jsonl || fail "the damaged copy is not the damaged journal"
notes=$("$HOSTSPACE" export S --format json --out - | python3 -c '
import json, sys
print(" ".join(sorted(n["text"] for n in json.load(sys.stdin)["notes"])))')
[[ $notes == "Note 1 Note 3 Note 4" ]] || fail "the repaired session holds: $notes"
echo "PASS"
