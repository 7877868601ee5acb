#!/bin/bash
# "Export harvest…" from the window, end to end under Xvfb with the keyboard, while the session
# stays open: Ctrl+E ticks the sections with content and offers the session's folder; W unticks
# Word, A makes it anonymous, Ctrl+L types a new folder and Enter exports. The dialog shows the
# files written (every chosen format, none other), and they are real documents: the Markdown
# names no one, the PDF is tagged. A file typed as the folder is refused with the reason, and
# exporting changes nothing in the session.
# usage: test_export_window.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_export_window.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
export HOSTSPACE_DRAW_LOG="$work/draw.log"
"$HOSTSPACE" make-demo S >/dev/null 2>&1 || fail "make-demo failed"
before=$(find S.hostspace -type f -name journal.jsonl -exec sha256sum {} \;)
start_gui S

press_with ctrl e
log_has "^export-dialog opened folder=$work$" || fail "Ctrl+E did not offer $work"
sleep 0.3
press w
press a
press_with ctrl l
sleep 0.3
press_with ctrl a
xdotool type --delay 20 "$work/harvest"
sleep 0.3
press Return
log_has "^export started $work/harvest formats=6$" || fail "Enter did not start the export of 6 formats"
for i in $(seq 1 150); do grep -q "^export done\|^export failed" "$HOSTSPACE_DRAW_LOG" && break; sleep 0.2; done
log_has "^export done .*\.md .*\.html .*\.pdf .*\.csv .*\.json .*\.png$" || fail "the export did not end with the six files"
stem="$work/harvest/children-and-young-people-s-board-our-purpose-2026-11-26"
for ext in md html pdf csv json png; do [ -s "$stem.$ext" ] || fail "no $stem.$ext"; done
[ ! -e "$stem.docx" ] || fail "Word was written though it was unticked"
! grep -q "Helen Marsh\|Ruth Adeyemi" "$stem.md" || fail "a name in the anonymous export"
grep -q "Youth Council" "$stem.md" || fail "the organisations are missing"
pdfinfo "$stem.pdf" | grep -q "^Tagged: *yes" || fail "the PDF is not tagged"
capture root "$work/export-done.png"
press Return
log_has "^export closed$" || fail "Enter did not close the finished export"

# A file as the folder: refused with the reason, nothing written.
press_with ctrl e
log_has "^export-dialog opened folder=$work/harvest$" || fail "the dialog did not keep the folder"
sleep 0.3
press_with ctrl l
sleep 0.3
press_with ctrl a
xdotool type --delay 20 "$stem.md"
sleep 0.3
press Return
log_has "^export refused: .* is a file, not a folder" || fail "a file as the folder was not refused"
press Escape
press Escape
sleep 0.3

# The session stayed open and takes a change; exporting changed nothing in it.
after=$(find S.hostspace -type f -name journal.jsonl -exec sha256sum {} \;)
[ "$before" == "$after" ] || fail "exporting changed the session's journal"
press_with ctrl q
wait_for_exit
echo "PASS"
