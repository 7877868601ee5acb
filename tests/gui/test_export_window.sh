#!/bin/bash
# Export from the window, end to end under Xvfb with the keyboard: Ctrl+E offers a file beside
# the session, Enter writes it (real JSON that holds the session's notes); a folder typed as the
# path is refused with the reason and nothing written; the Export… button opens it too.
# usage: test_export_window.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_export_window.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
export HOSTSPACE_DRAW_LOG="$work/draw.log"
printf 'text,group\nListen first,Voice\nZoë says: ask us,Voice\n' >notes.csv
"$HOSTSPACE" new S --title "Export test" >/dev/null || fail "hostspace new failed"
"$HOSTSPACE" import-notes S notes.csv >/dev/null 2>&1 || fail "import-notes failed"
start_gui S

# Ctrl+E offers S.json beside the session; Enter writes it.
press_with ctrl e
log_has "^export-dialog opened path=$work/S.json$" || fail "Ctrl+E did not offer $work/S.json"
sleep 0.3
press Return
log_has "^export done $work/S.json$" || fail "Enter did not export"
python3 - "$work/S.json" <<'PY' || fail "the exported file is not the session"
import json, sys
e = json.load(open(sys.argv[1], encoding="utf-8"))
assert e["session"]["title"] == "Export test", e["session"]
assert sorted(n["text"] for n in e["notes"]) == ["Listen first", "Zoë says: ask us"], e["notes"]
PY

# A folder as the path: refused, with the reason; nothing written there.
press_with ctrl e
log_has "^export-dialog opened path=$work/S.json$" || fail "Ctrl+E did not open the dialog again"
sleep 0.3
press_with ctrl a
xdotool type --delay 20 "$work"
press Return
log_has "^export refused: .* is a folder" || fail "a folder was not refused with the reason"
[ ! -e "$work/.json" ] || fail "something was written"
press Escape
press Escape
sleep 0.3
press_with ctrl q
wait_for_exit
echo "PASS"
