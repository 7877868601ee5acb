#!/bin/bash
# Into: lists the themes and makes new ones, in a real window under Xvfb: "New theme…" in the
# new-note bar's Into: list opens a title field on the board; the typed name and Enter make an
# empty theme that becomes the Into: theme, and the note typed next lands in it. Ctrl+G in the
# note field does the same from the keyboard. Checked with the draw log and `hostspace export`.
# usage: test_theme_into.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_theme_into.sh PATH/TO/hostspace}")
DATA=$(realpath "$(dirname "$0")/../data")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

new_session_with_notes "Into test" "$DATA/notes-canvas.csv"
export HOSTSPACE_DRAW_LOG="$work/draw.log"
start_gui S
xdotool windowfocus --sync "$window_id" 2>/dev/null || true
board_now "^board zoom=1.00 offset=-24,-24 " || fail "the board did not start"
latest_now new-note " into=-$" || fail "a theme is picked before any note was"
latest_now into-picker "open=no" || fail "the Into: picker is not in the draw log"
# The first frames may still move the bar (a slow sanitized build drew the picker 16 px higher
# before the tabs above it were laid out): read where it settled.
read -r px py < <(point_of into-picker at)
# "text group" per note, sorted by text.
notes() {
    "$HOSTSPACE" export S --format json --out - 2>/dev/null | python3 -c '
import json, sys
for n in sorted(json.load(sys.stdin)["notes"], key=lambda n: n["text"]):
    print(n["text"], n.get("group") or "-")'
}

# ---- Into: → New theme…
xdotool mousemove "$px" "$py" click 1
latest_now into-picker "open=yes new_theme=" || fail "a click did not open the Into: list"
read -r nx ny < <(point_of into-picker new_theme)
xdotool mousemove "$nx" "$ny" click 1
latest_now theme "title_field=new " || fail "New theme… did not open a title field"
xdotool type --delay 40 "Questions"
sleep 0.2
press Return
expect_group_states "after New theme… Questions" "Questions False 0" "Theme False 1"
questions=$(group_id Questions)
latest_now new-note " into=$questions$" || fail "the new theme did not become the Into: theme"
# The note field has the keyboard back: the next note goes into Questions.
xdotool type --delay 40 "What next"
sleep 0.2
xdotool key Return
expect_output "the note typed into Questions" notes \
    "Alpha -" "Beta -" "Delta -" "Gamma -" "Inside the theme Theme" "What next Questions"

# ---- Ctrl+G in the note field: another theme for Into:, from the keyboard
latest_now new-note "into=$questions$" || fail "Into: changed"
press ctrl+g
latest_now theme "title_field=new " || fail "Ctrl+G in the note field did not open a title field"
xdotool type --delay 40 "Hopes"
sleep 0.2
press Return
expect_group_states "after Ctrl+G Hopes" "Hopes False 0" "Questions False 1" "Theme False 1"
hopes=$(group_id Hopes)
latest_now new-note " into=$hopes$" || fail "Ctrl+G's theme did not become the Into: theme"
xdotool type --delay 40 "Hope one"
sleep 0.2
xdotool key Return
expect_output "the note typed into Hopes" notes \
    "Alpha -" "Beta -" "Delta -" "Gamma -" "Hope one Hopes" "Inside the theme Theme" \
    "What next Questions"

press_with ctrl q
wait_for_exit
echo "PASS"
