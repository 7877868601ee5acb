#!/bin/bash
# Import from the window while the session is open, end to end under Xvfb: Ctrl+Shift+I, a
# path typed, Enter checks it, Enter imports it. Excel's Windows-1252 CSV (read with a warning)
# and a semicolon CSV of notes, then a Windows-1252 semicolon list of participants (the kind
# picked with the mouse); each import is one undo step; a broken file shows the line and the
# reason and imports nothing. (Dropping a file on the window goes the same way once the path
# is in the field, but xdotool cannot drag a file from another program, so it is not driven.)
# usage: test_import_window.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_import_window.sh PATH/TO/hostspace}")
data=$(realpath "$(dirname "$0")/../data")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
export HOSTSPACE_DRAW_LOG="$work/draw.log"
cp "$data/notes-excel-1252.csv" "$data/notes-semicolon.csv" \
    "$data/participants-excel-1252-semicolon.csv" .
printf 'text;colour\nfine;red\nbad;teal\n' >bad.csv
exported() {  # what the export says: python3 expression $1 over the JSON `e`
    "$HOSTSPACE" export S --format json --out export.json 2>export.err ||
        fail "export failed: $(cat export.err)"
    python3 -c "
import json, sys
e = json.load(open('export.json'))
print($1)"
}
# Opens the dialog, types the path $1 and presses Enter to check it.
check_file() {
    press ctrl+shift+i
    log_has "^import-dialog " || fail "Ctrl+Shift+I did not open the import dialog"
    sleep 0.3
    xdotool type --delay 20 "$1"
    press Return
}
checks() { grep -c "^import check " "$HOSTSPACE_DRAW_LOG" || true; }
dones() { grep -c "^import done " "$HOSTSPACE_DRAW_LOG" || true; }

"$HOSTSPACE" new S --title "Import test" >/dev/null || fail "hostspace new failed"
start_gui S

# Excel's own CSV on Windows: Windows-1252, read with a warning; Enter again imports it.
check_file "$work/notes-excel-1252.csv"
log_has "^import check kind=notes count=5 warnings=1 error=no" ||
    fail "the Windows-1252 file was not read with one warning"
press Return
log_has "^import done 5 notes \(3 new themes\)" || fail "Enter did not import the checked file"
[ "$(exported 'len(e["notes"])')" = 5 ] || fail "the export does not hold the 5 notes"
exported '"\n".join(n["text"] for n in e["notes"])' | grep -xF "Café culture: more small tables" >/dev/null ||
    fail "the accented text was not read as Windows-1252: $(exported '[n["text"] for n in e["notes"]]')"

# A semicolon file (Excel in many European locales), while the session stays open.
check_file "$work/notes-semicolon.csv"
log_has "^import check kind=notes count=4 warnings=0 error=no" ||
    fail "the semicolon file was not recognised"
press Return
log_has "^import done 4 notes" || fail "the semicolon file was not imported"
[ "$(exported 'len(e["notes"])')" = 9 ] || fail "the export does not hold 9 notes"
exported '"\n".join(n["author"] for n in e["notes"])' | grep -xF "Lee, Ann" >/dev/null ||
    fail "a quoted field with a comma was split: $(exported '[n["author"] for n in e["notes"]]')"
# One undo step takes the whole import back.
press_with ctrl z
sleep 0.5
[ "$(exported 'len(e["notes"])')" = 5 ] || fail "Ctrl+Z did not take the 4 notes back at once"

# Participants: the kind picked with the mouse, a Windows-1252 file with semicolons.
press ctrl+shift+i
log_has "^import-dialog kind=notes participants_at=" || fail "the import dialog did not open"
at=$(grep '^import-dialog ' "$HOSTSPACE_DRAW_LOG" | tail -n 1 | sed -E 's/.*participants_at=([0-9]+),([0-9]+).*/\1 \2/')
xdotool mousemove $at click 1
log_has "^import-dialog kind=participants " || fail "clicking Participants did not pick it"
xdotool mousemove 700 880
sleep 0.2
# The click took the keyboard from the path field: Tab goes back to it.
press Tab
press Tab
xdotool type --delay 20 "$work/participants-excel-1252-semicolon.csv"
press Return
log_has "^import check kind=participants count=3 warnings=1 error=no" ||
    fail "the participants file was not read: $(grep '^import check' "$HOSTSPACE_DRAW_LOG" | tail -n 1)"
press Return
log_has "^import done 3 participants" || fail "the participants were not imported"
exported '"\n".join(p["name"] for p in e["session"]["participants"])' | grep -xF "Zoë Dupré" >/dev/null ||
    fail "the participant's name was not read as Windows-1252"

# A broken file: the line and the reason, nothing imported.
before=$(wc -l <S.hostspace/journal.jsonl)
done_before=$(dones)
check_file "$work/bad.csv"
log_has "^import check kind=participants count=0 warnings=0 error=yes" ||
    log_has "^import check kind=notes count=0 .*error=yes" || fail "the broken file was not refused"
press Return
press Escape
press Escape
sleep 0.3
[ "$(wc -l <S.hostspace/journal.jsonl)" = "$before" ] || fail "the broken file changed the session"
[ "$(dones)" = "$done_before" ] || fail "the broken file was imported"
press_with ctrl q
wait_for_exit
echo "PASS"
