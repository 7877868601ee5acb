#!/bin/bash
# Sync's states as the window shows them, under Xvfb with a real Apache that the test stops and
# starts: a laptop with no password for the event, then a wrong one typed into Sync… (paused:
# wrong password, in the title), then the right one (synced); the server goes away while a note
# is typed (saved here, "offline since" in the title); the server comes back and Sync now
# (Ctrl+R) sends the note at once, which another laptop then has.
# usage: test_sync_offline_paused.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_sync_offline_paused.sh PATH/TO/hostspace}")
servers=$(cd "$(dirname "$0")/../sync/servers" && pwd)
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

port=$("$servers/free_port.py" 1)
"$servers/start_apache.sh" "$work/apache" "$port" --etag mtime >/dev/null ||
    fail "Apache did not start"
trap '"$servers/stop_server.sh" "$work/apache" >/dev/null 2>&1 || true; cleanup' EXIT
url="http://127.0.0.1:$port/dav/"

# The event is set up from the command line; this laptop keeps no password for it.
HOSTSPACE_PASSWORD=s3cret-pass "$HOSTSPACE" new A --title "CYP board" >/dev/null
HOSTSPACE_PASSWORD=s3cret-pass "$HOSTSPACE" sync A --server "$url" --event cyp --user host \
    >/dev/null || fail "the first sync failed"

export HOSTSPACE_DRAW_LOG="$work/a.log"
start_gui A
xdotool windowfocus --sync "$window_id" 2>/dev/null || true
# title_has REGEX [SECONDS]: waits for the window title to match.
title_has() {
    local title=""
    for _ in $(seq 1 $((${2:-10} * 10))); do
        title=$(xdotool getwindowname "$window_id")
        [[ $title =~ $1 ]] && return 0
        sleep 0.1
    done
    echo "the title: $title" >&2
    return 1
}
# sync_dialog_password TEXT: Ctrl+Shift+S, Tab to the password (Server, User, Password), TEXT
# over what is there, Enter starts syncing.
sync_dialog_password() {
    press_with ctrl shift+s
    log_has "^sync-dialog opened" || fail "Ctrl+Shift+S did not open Sync"
    sleep 0.3
    press Tab
    press Tab
    press_with ctrl a
    xdotool type --delay 30 "$1"
    press Return
}
title_has "paused" || fail "with no password the title does not say sync is paused"

sync_dialog_password "wrong-pass"
log_has "^sync-dialog start event=cyp" || fail "Enter did not start syncing"
title_has "paused: wrong password" 15 || fail "a wrong password is not said in the title"
# The label in the window is drawn anew too, though nothing was typed or clicked.
log_has "^save-label ⚠ Sync paused: wrong password" || fail "the save label still shows the old state"
capture "$window_id" "$work/paused.png"
sync_dialog_password "s3cret-pass"
title_has "synced [0-9]{2}:[0-9]{2}" 15 || fail "the right password did not sync"

# The server goes away; a note typed meanwhile is saved here.
"$servers/stop_server.sh" "$work/apache" >/dev/null || fail "Apache did not stop"
xdotool type --delay 30 "Typed while offline"
xdotool key Return
title_has "offline since [0-9]{2}:[0-9]{2}" 30 || fail "the title does not say offline"
log_has "^save-label ✓ Saved · offline since" || fail "the save label does not say offline"
capture "$window_id" "$work/offline.png"
if [ -n "${HOSTSPACE_SHOTS:-}" ]; then cp "$work/paused.png" "$work/offline.png" "$HOSTSPACE_SHOTS/"; fi
"$HOSTSPACE" export A --format json --out a.json 2>/dev/null || fail "export failed"
grep -q "Typed while offline" a.json || fail "the note typed offline was not saved here"

# The server is back: Sync now sends it without waiting for the back-off.
"$servers/start_apache.sh" "$work/apache" "$port" --etag mtime >/dev/null ||
    fail "Apache did not start again"
press_with ctrl shift+s
sleep 0.3
press_with ctrl r
press Escape
title_has "synced [0-9]{2}:[0-9]{2}" 15 || fail "Sync now did not sync once the server was back"
xdotool key ctrl+q
wait_for_exit

XDG_CONFIG_HOME="$work/other" HOSTSPACE_PASSWORD=s3cret-pass "$HOSTSPACE" sync other \
    --server "$url" --event cyp --user host >/dev/null || fail "another laptop could not join"
XDG_CONFIG_HOME="$work/other" "$HOSTSPACE" export other --format json --out other.json ||
    fail "export failed"
grep -q "Typed while offline" other.json || fail "the note typed offline did not reach the server"
echo "PASS"
