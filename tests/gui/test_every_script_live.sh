#!/bin/bash
# New characters reach the open window without a restart: a Chinese note typed with xdotool
# into the new-note field, then a CSV whose author is Arabic imported from the window's Import
# dialog. Each time the font atlas is rebuilt on its worker and swapped in, and the draw log's
# atlas line says every character typed or imported is drawn with a glyph of its own (none as
# a box); the note and the author are saved as typed.
# usage: test_every_script_live.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_every_script_live.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
export HOSTSPACE_DRAW_LOG="$work/draw.log"
typed="先听孩子们的声音"
author="فاطمة علي"
export HOSTSPACE_TEST_PROBE="$typed $author"  # three words: one Chinese, two Arabic
printf 'text,author,organisation\n"We listen first","%s","Children'"'"'s Social Care"\n' "$author" >arabic.csv

"$HOSTSPACE" new S --title "Live scripts" >/dev/null || fail "hostspace new failed"
start_gui S
put_on_keyboard "$typed"
log_has "^atlas window=control .* probe=0,0,0 " || fail "no first atlas line: $(cat "$HOSTSPACE_DRAW_LOG")"
xdotool windowfocus --sync "$window_id" 2>/dev/null || true

# Typed: the characters are on spare keys (put_on_keyboard, above).
xdotool type --delay 200 "$typed"
sleep 0.3
xdotool key Return
sleep 0.5
# The typed note's characters are in the atlas; the Arabic ones are still to come.
log_has "^atlas window=control .* pending=0 missing=0 probe=1,0,0 " 10 ||
    fail "the typed characters did not reach the atlas: $(grep '^atlas' "$HOSTSPACE_DRAW_LOG" | tail -n 2)"

# Imported while open: Ctrl+Shift+I, the path, Enter checks it, Enter imports it.
press ctrl+shift+i
log_has "^import-dialog " || fail "Ctrl+Shift+I did not open the import dialog"
sleep 0.3
xdotool type --delay 20 "$work/arabic.csv"
press Return
log_has "^import check kind=notes count=1 " || fail "the Arabic CSV was not read"
press Return
log_has "^import done 1 note" || fail "the Arabic CSV was not imported"
log_has "^atlas window=control .* pending=0 missing=0 probe=1,1,1 " 10 ||
    fail "the imported author's characters did not reach the atlas: $(grep '^atlas' "$HOSTSPACE_DRAW_LOG" | tail -n 2)"
sleep 0.5
capture "$window_id" "$work/live.png"
[ -n "${HOSTSPACE_KEEP_SHOTS:-}" ] && cp "$work/live.png" "$HOSTSPACE_KEEP_SHOTS/"
xdotool key ctrl+q
wait_for_exit

"$HOSTSPACE" export S --format json --out s.json 2>/dev/null || fail "export failed"
python3 - s.json "$typed" "$author" <<'PY' || fail "the typed note or the imported author was not saved"
import json, sys
e = json.load(open(sys.argv[1], encoding="utf-8"))
texts = [n["text"] for n in e["notes"]]
authors = [n["author"] for n in e["notes"]]
print("notes:", texts, "authors:", authors)
sys.exit(0 if sys.argv[2] in texts and sys.argv[3] in authors else 1)
PY
echo "PASS"
