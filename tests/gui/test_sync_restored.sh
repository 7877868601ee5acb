#!/bin/bash
# A session restored from an older backup, opened in the window, under Xvfb with a real Apache:
# the first sync finds the server holds more of this laptop's changes than the copy, so the
# session goes on as a new device (kept in the config folder), a banner says so, and the change
# made after the backup comes back; a note typed then reaches the server under the new id.
# usage: test_sync_restored.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_sync_restored.sh PATH/TO/hostspace}")
servers=$(cd "$(dirname "$0")/../sync/servers" && pwd)
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

port=$("$servers/free_port.py" 1)
"$servers/start_apache.sh" "$work/apache" "$port" --etag mtime >/dev/null ||
    fail "Apache did not start"
trap '"$servers/stop_server.sh" "$work/apache" >/dev/null 2>&1 || true; cleanup' EXIT
export HOSTSPACE_PASSWORD=s3cret-pass

# The session syncs; a backup is taken; a question is set and synced; the backup comes back.
"$HOSTSPACE" new S --title "CYP board" >/dev/null || fail "hostspace new failed"
"$HOSTSPACE" sync S --server "http://127.0.0.1:$port/dav/" --event cyp --user host >/dev/null ||
    fail "the first sync failed"
cp -a S.hostspace backup.hostspace
"$HOSTSPACE" set S --question "What must be true for every child?" >/dev/null
"$HOSTSPACE" sync S >/dev/null || fail "the sync after the backup failed"
rm -rf S.hostspace
mv backup.hostspace S.hostspace

export HOSTSPACE_DRAW_LOG="$work/draw.log"
start_gui S
xdotool windowfocus --sync "$window_id" 2>/dev/null || true
log_has "^sync renewed device=[0-9a-f-]{36}" 15 || fail "the restored copy did not take a new device id"
log_has "^sync folded [0-9]+" 15 || fail "the change made after the backup did not come back"
grep -q "S.hostspace" "$work/config/hostspace/session-devices.json" || fail "the new id was not kept"
sleep 1
capture "$window_id" "$work/restored.png"
if [ -n "${HOSTSPACE_SHOTS:-}" ]; then cp "$work/restored.png" "$HOSTSPACE_SHOTS/"; fi

xdotool type --delay 50 "Typed in the restored copy"
sleep 0.2
xdotool key Return
sleep 4  # the next pass sends it
xdotool key ctrl+q
wait_for_exit

# A second laptop joins and sees all of it: the question, and the note under the new id.
XDG_CONFIG_HOME="$work/other" "$HOSTSPACE" sync other --server "http://127.0.0.1:$port/dav/" \
    --event cyp --user host >/dev/null || fail "another laptop could not join"
XDG_CONFIG_HOME="$work/other" "$HOSTSPACE" export other --format json --out other.json ||
    fail "export failed"
grep -q "What must be true for every child" other.json || fail "the question is not on the server"
grep -q "Typed in the restored copy" other.json || fail "the note typed after the restore did not go out"
echo "PASS"
