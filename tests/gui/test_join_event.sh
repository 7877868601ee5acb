#!/bin/bash
# Joining an event from the window, under Xvfb with a real Apache on 127.0.0.1. Laptop A (the
# host) shares a session of 8 notes from the command line. Laptop B starts on the start screen:
# Ctrl+J opens the Join tab with the keyboard in Server; the fields are typed and Tab'd through.
# A wrong password is refused with the server's reason and leaves no folder; the right one
# joins: the session opens (A's title, A's 8 notes) in ~/sessions/<event> (no folder typed),
# syncing, with the password remembered in B's config. A note typed on B reaches A.
# usage: test_join_event.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_join_event.sh PATH/TO/hostspace}")
DATA=$(realpath "$(dirname "$0")/../data")
servers=$(cd "$(dirname "$0")/../sync/servers" && pwd)
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

port=$("$servers/free_port.py" 1)
"$servers/start_apache.sh" "$work/apache" "$port" --etag mtime >/dev/null ||
    fail "Apache did not start"
trap '"$servers/stop_server.sh" "$work/apache" >/dev/null 2>&1 || true; cleanup' EXIT
url="http://127.0.0.1:$port/dav/"

# Laptop A: a session with 8 notes, shared as the event "cyp-board".
host() { XDG_CONFIG_HOME="$work/laptop-a" HOSTSPACE_PASSWORD=s3cret-pass "$HOSTSPACE" "$@"; }
host new A --title "CYP board purpose" >/dev/null || fail "hostspace new failed"
host import-notes A "$DATA/notes-arrange.csv" >/dev/null || fail "import failed"
host sync A --server "$url" --event cyp-board --user host >/dev/null || fail "A could not sync"

# Laptop B: its own config and home; nothing of the event yet.
mkdir -p "$work/home-b"
export HOSTSPACE_DRAW_LOG="$work/b.log"
HOME="$work/home-b" start_gui
xdotool windowfocus --sync "$window_id" 2>/dev/null || true
log_has "^join shown=no " || fail "the start screen did not draw"
press_with ctrl j
latest_now join "shown=yes joining=no" || fail "Ctrl+J did not show the Join tab"
sleep 0.3
xdotool type --delay 20 "$url"
press Tab
xdotool type --delay 30 "cyp-board"
press Tab
xdotool type --delay 30 "host"
press Tab
xdotool type --delay 30 "wrong-pass"
press Return
latest_now join 'joining=no problem="[^"]*(user name or password|password)' ||
    fail "a wrong password was not refused with a reason: $(grep '^join' "$HOSTSPACE_DRAW_LOG" | tail -n 2)"
[ ! -e "$work/home-b/sessions/cyp-board.hostspace" ] || fail "the refused join left a folder"
capture "$window_id" "$work/join-refused.png"

# The right password: click into the field, select what is there, type over it.
spot() { grep '^join ' "$HOSTSPACE_DRAW_LOG" | tail -n 1 | sed -E "s/.* $1_at=([0-9]+),([0-9]+).*/\1 \2/"; }
read -r x y < <(spot password)
xdotool mousemove "$x" "$y" click 1
sleep 0.2
press_with ctrl a
xdotool type --delay 30 "s3cret-pass"
press Return
log_has "^join done ops=[0-9]+" 15 || fail "the join did not finish: $(grep '^join' "$HOSTSPACE_DRAW_LOG" | tail -n 2)"
log_has "^sync started event=cyp-board" || fail "the joined session did not start syncing"
board_now "notes=8 " || fail "the joined session does not show A's 8 notes"
title=$(xdotool getwindowname "$window_id")
[[ $title == *"CYP board purpose"* ]] || fail "the window title is not A's session: $title"
[ -f "$work/home-b/sessions/cyp-board.hostspace/sync.json" ] || fail "no sync settings kept"
grep -q "s3cret-pass" "$work/config/hostspace/sync-passwords.json" ||
    fail "the password was not remembered in B's config"
! grep -rq "s3cret-pass" "$work/home-b/sessions" || fail "the password is in the session folder"
sleep 0.5
capture "$window_id" "$work/joined.png"
if [ -n "${HOSTSPACE_SHOTS:-}" ]; then cp "$work/join-refused.png" "$work/joined.png" "$HOSTSPACE_SHOTS/"; fi

# A note typed on B reaches A.
xdotool type --delay 50 "Table 4: ask the young people"
sleep 0.2
xdotool key Return
sleep 3  # B's next pass sends it
host sync A >/dev/null || fail "A could not sync again"
host export A --format json --out "$work/a.json" 2>/dev/null || fail "export of A failed"
grep -q "Table 4: ask the young people" "$work/a.json" || fail "the note typed on B did not reach A"
xdotool key ctrl+q
wait_for_exit
echo "PASS"
