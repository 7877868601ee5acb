#!/bin/bash
# The start screen under Xvfb: recent sessions are listed by title (read from the recent list,
# not the sessions), the folder's name standing in for a title the list does not have; Create
# session with no title says why instead of doing nothing; from the keyboard, Enter in the title
# field goes on to the folder and Enter there creates the session, which then heads the list by
# its title; a click on a recent session opens it. usage: test_start_screen.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_start_screen.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

"$HOSTSPACE" new alpha --title "Alpha board" >/dev/null || fail "hostspace new failed"
"$HOSTSPACE" new old --title "Old title in the session" >/dev/null || fail "hostspace new failed"
# A list as an older hostspace wrote it has no titles: "old" shows its folder's name.
mkdir -p config/hostspace
printf '# list\n%s\n\tAlpha board\n%s\n' "$work/alpha.hostspace" "$work/old.hostspace" \
    >config/hostspace/recent-sessions.txt

export HOSTSPACE_DRAW_LOG="$work/draw.log"
start_gui
xdotool windowfocus --sync "$window_id" 2>/dev/null || true
latest_now start "recent=2 first=\"Alpha board\" first_folder=\"$work/alpha.hostspace\"" ||
    fail "the recent list does not show Alpha by its title"
spot() {  # spot NAME: "X Y" of NAME_at in the latest start line
    grep '^start ' "$HOSTSPACE_DRAW_LOG" | tail -n 1 | sed -E "s/.* $1_at=([0-9]+),([0-9]+).*/\1 \2/"
}

# Create session with nothing typed: a message, not a greyed-out button.
read -r x y < <(spot create)
xdotool mousemove "$x" "$y" click 1
latest_now start 'create_problem="A session needs a title' ||
    fail "Create session with no title said nothing"
[[ $(xdotool getwindowname "$window_id") == "hostspace" ]] || fail "a session was made without a title"

# The keyboard is in the title field: type, Enter; then the folder, Enter.
sleep 0.3
xdotool type "Beta circle"
press Return
latest_now start 'create_problem="Now the folder' || fail "Enter in the title did not ask for the folder"
sleep 0.3
xdotool type "$work/beta"
press Return
wait_for_title "$window_id" "^Beta circle — hostspace" || fail "the session was not created (title: $title)"
[[ -f beta.hostspace/journal.jsonl ]] || fail "no session folder"
press_with ctrl q
wait_for_exit
grep -qx "	Beta circle" config/hostspace/recent-sessions.txt ||
    fail "the list did not keep the title: $(cat config/hostspace/recent-sessions.txt)"

# Next time the new session heads the list by its title; a click on Alpha opens it.
: >"$HOSTSPACE_DRAW_LOG"
start_gui
xdotool windowfocus --sync "$window_id" 2>/dev/null || true
latest_now start 'recent=3 first="Beta circle"' || fail "the new session does not head the list"
grep '^start ' "$HOSTSPACE_DRAW_LOG" | tail -n 1 | grep -q 'first_folder="'"$work"'/beta.hostspace"' ||
    fail "the folder is not shown under the title"
python3 - "$work" <<'PY' || fail "the list's order or titles are wrong"
import sys
work = sys.argv[1]
lines = [l for l in open(f"{work}/config/hostspace/recent-sessions.txt").read().splitlines()
         if not l.startswith("#")]
assert lines == [f"{work}/beta.hostspace", "\tBeta circle", f"{work}/alpha.hostspace",
                 "\tAlpha board", f"{work}/old.hostspace"], lines
PY
read -r x y < <(spot second)
xdotool mousemove "$x" "$y" click 1  # the second row: Alpha
wait_for_title "$window_id" "^Alpha board — hostspace" || fail "a click did not open Alpha (title: $title)"
press_with ctrl q
wait_for_exit
echo "PASS"
