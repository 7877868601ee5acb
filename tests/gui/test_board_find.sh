#!/bin/bash
# The board's find box in a real window under Xvfb: Ctrl+F takes the keyboard to it; a text
# query and an "author:" query count their matches (the board's draw-log line); Ctrl+A on the
# board then selects only the matches; Enter in the field centres the view on a match; Escape
# clears the filter and gives the board its keys back. A note inside a collapsed group counts,
# and Enter goes to its group (centred, still collapsed), which C then opens.
# usage: test_board_find.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_board_find.sh PATH/TO/hostspace}")
DATA=$(realpath "$(dirname "$0")/../data")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

# Alpha (Ann), Beta (Ben), Gamma (Gus), Delta (Dee) and, in the group "Theme", "Inside the
# theme" (Ida).
new_session_with_notes "Find test" "$DATA/notes-canvas.csv"
export HOSTSPACE_DRAW_LOG="$work/draw.log"
start_gui S
xdotool windowfocus --sync "$window_id" 2>/dev/null || true

board_now "^board zoom=1.00 offset=-24,-24 .*notes=5 " || fail "the board did not start"
board_now "shown=[0-9]+ selected=0$" || fail "a filter is on before anything was typed"
read -r ox oy < <(board_origin)

# A text query: "ta" is in Beta and Delta only.
press_with ctrl f
xdotool type --delay 60 "ta"
board_now " filter_matches=2 selected=0$" || fail "the text query 'ta' did not match 2 notes"

# A click on the bare board gives it the keys; Ctrl+A selects the two matches only.
xdotool mousemove $((ox + 700)) $((oy + 600)) click 1
sleep 0.3
press_with ctrl a
board_now " filter_matches=2 selected=2$" || fail "Ctrl+A with a filter did not select the 2 matches"

# Enter in the field centres the view on the first match (Beta): the view moves.
press_with ctrl f
press Return
board_now "offset=-24,-24 " && fail "Enter in the find box did not move the view"

# An author query (Ctrl+F selects what was typed, so typing replaces it).
press_with ctrl f
xdotool type --delay 60 "author:ben"
board_now " filter_matches=1 selected=2$" || fail "the query 'author:ben' did not match 1 note"
press BackSpace
press BackSpace
press BackSpace
xdotool type --delay 60 "i"
board_now " filter_matches=1 " || fail "the query 'author:i' did not match Ida alone"
press BackSpace
xdotool type --delay 60 "DEE"
board_now " filter_matches=1 " || fail "the query 'author:DEE' did not match Dee"
press BackSpace
press BackSpace
press BackSpace
xdotool type --delay 60 "nobody"
board_now " filter_matches=0 " || fail "the query 'author:nobody' matched a note"

# Escape clears the filter and the board has the keys again: Ctrl+A selects all five.
press Escape
board_now "shown=[0-9]+ selected=2$" || fail "Escape did not clear the filter"
press_with ctrl a
board_now "shown=[0-9]+ selected=5$" || fail "Ctrl+A after Escape did not select every note"

# Theme collapsed (its chevron, board 140..180 across the title band): its note still counts.
# "t" is in Beta, Delta and, hidden, "Inside the theme": Enter goes to Beta, to Delta, then to
# Theme, centring it, and leaves it collapsed; C on the board then opens it.
at_x() { grep '^board ' "$HOSTSPACE_DRAW_LOG" | tail -n 1 | sed -E 's/.* at=([-0-9]+),.*/\1/'; }
read -r ox oy < <(board_origin)  # the view has moved since
xdotool mousemove $((ox + 160)) $((oy + 25)) click 1
board_now " notes=4 " || fail "the chevron did not collapse Theme"
expect_group_states "after collapsing Theme" "Theme True 1"
press_with ctrl f
xdotool type --delay 60 "t"
latest_now find "^find matches=3 of=5 collapsed=1 in_groups=1$" ||
    fail "the query 't' did not count Beta, Delta and the note inside collapsed Theme"
board_now " filter_matches=2 " || fail "the query 't' did not ring Beta and Delta on the canvas"
press Return
press Return
board_now "offset=-24,-24 " && fail "Enter did not move the view to Delta"
grep -q "^find went to group" "$HOSTSPACE_DRAW_LOG" && fail "Enter went to a group before the shown matches"
delta_x=$(at_x)
press Return
log_has "^find went to group Theme$" || fail "the third Enter did not go to collapsed Theme"
# Delta's middle (x 350) was in the middle of the canvas; now Theme's box's middle (x 90) is.
theme_x=$(at_x)
[ $((theme_x - delta_x - 260)) -ge -1 ] && [ $((theme_x - delta_x - 260)) -le 1 ] ||
    fail "Theme was not centred: board x 0 went from $delta_x to $theme_x on screen"
expect_group_states "after Enter went to Theme" "Theme True 1"
press Escape
latest_now find "^find off$" || fail "Escape did not clear the filter"
press c
expect_group_states "after C on the group Enter went to" "Theme False 1"
board_now " notes=5 " || fail "C did not bring Theme's note back"

press_with ctrl q
wait_for_exit
echo "PASS"
