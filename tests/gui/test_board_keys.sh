#!/bin/bash
# The board's group keys in a real window under Xvfb. In the new-note field, Alt+Down / Alt+Up
# step the "Into:" group through "No group" and the groups in board order, wrapping round, and
# leave the typed text alone; the next note lands in the group picked. On the board, C collapses
# the selected note's group (its notes leave the canvas and the selection) and C again opens it;
# with notes of two groups selected, C collapses both, and one Ctrl+Z opens both; a C typed in
# the new-note field is text.
# usage: test_board_keys.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_board_keys.sh PATH/TO/hostspace}")
DATA=$(realpath "$(dirname "$0")/../data")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

# "Ideas" at (0, 0) with 5 notes from (0, 50) down, "Risks" at (260, 0) with 2 from (260, 50),
# "Loose" at (520, 50) in none.
new_session_with_notes "Keys test" "$DATA/notes-arrange.csv"
ideas=$(group_id Ideas)
risks=$(group_id Risks)
export HOSTSPACE_DRAW_LOG="$work/draw.log"
start_gui S
xdotool windowfocus --sync "$window_id" 2>/dev/null || true

board_now "^board zoom=1.00 offset=-24,-24 .*notes=8 " || fail "the board did not start"
latest_now new-note " into=-$" || fail "a group is picked before any note was"
read -r ox oy < <(board_origin)
read -r fx fy < <(grep '^new-note ' "$HOSTSPACE_DRAW_LOG" | tail -n 1 |
    sed -E 's/.* field=([0-9]+),([0-9]+) .*/\1 \2/')

# ---- Alt+Down / Alt+Up in the new-note field (it has the keyboard from the start)
xdotool type --delay 50 "Keyed"
press_with alt Down
latest_now new-note " into=$ideas$" || fail "Alt+Down from No group did not pick Ideas"
press_with alt Down
latest_now new-note " into=$risks$" || fail "a second Alt+Down did not pick Risks"
press_with alt Down
latest_now new-note " into=-$" || fail "Alt+Down after the last group did not wrap to No group"
press_with alt Up
latest_now new-note " into=$risks$" || fail "Alt+Up from No group did not wrap to Risks"
xdotool type --delay 50 " note"
sleep 0.2
xdotool key Return
expect_output "the note typed around Alt+Up/Down" typed_notes "Keyed note Risks"
expect_group_states "before any C" "Ideas False 5" "Risks False 3"

# ---- C on the board: the selected note's group collapses; C again opens it
xdotool mousemove "$((ox + 90))" "$((oy + 100))" click 1  # Idea one
board_now " selected=1$" || fail "a click did not select Idea one"
press c
expect_group_states "after C with Idea one selected" "Ideas True 5" "Risks False 3"
board_now " notes=4 .* selected=0$" || fail "C did not take Ideas' notes off the canvas and the selection"
press c
expect_group_states "after a second C" "Ideas False 5" "Risks False 3"
board_now " notes=9 " || fail "a second C did not bring Ideas' notes back"

# ---- notes of two groups selected: C collapses both; one Ctrl+Z opens both
xdotool mousemove "$((ox + 90))" "$((oy + 100))" click 1  # Idea one
xdotool mousemove "$((ox + 350))" "$((oy + 100))" keydown shift  # Shift+click Risk one
sleep 0.05
xdotool click 1
sleep 0.1
xdotool keyup shift
board_now " selected=2$" || fail "Shift+click did not add Risk one to the selection"
press c
expect_group_states "after C with notes of both groups selected" "Ideas True 5" "Risks True 3"
board_now " notes=1 .* selected=0$" || fail "C did not hide both groups' notes"
press_with ctrl z
expect_group_states "after one Ctrl+Z" "Ideas False 5" "Risks False 3"

# ---- a C typed in the new-note field is text, not the key
xdotool mousemove "$fx" "$fy" click 1
sleep 0.3
xdotool type --delay 50 "c"
sleep 0.5
expect_group_states "after typing c in the new-note field" "Ideas False 5" "Risks False 3"

press_with ctrl q
wait_for_exit
echo "PASS"
