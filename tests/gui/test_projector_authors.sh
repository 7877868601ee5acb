#!/bin/bash
# "Hide authors on the projector", end to end under Xvfb: with the projector in Board mode it
# shows a note's byline under its text; once the box in the control window's Projector section
# is ticked (a set_board_anonymous op) the byline is gone from the projector, the text stays.
# The projector is captured from the screen and the note found by its yellow: the byline is
# the dark ink in the bottom of the note (the one-line text sits at the top).
# usage: test_projector_authors.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_projector_authors.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
command -v import >/dev/null || fail "ImageMagick (import) is not installed"
export HOSTSPACE_DRAW_LOG="$work/draw.log"

# The side panel's Projector section, 1400x900 at 100 %, with no agenda (its header is found
# from the draw log): once it is open, the Board mode button and the "Hide authors on the projector" box.
projector_board_button() { xdotool mousemove 1141 348 click 1; }
hide_authors_checkbox() { xdotool mousemove 1016 462 click 1; }

"$HOSTSPACE" new S --title "Authors test" >/dev/null || fail "hostspace new failed"
printf 'text,author,organisation,colour\nListen first,Ada Lovelace,Tide Trust,yellow\n' >notes.csv
"$HOSTSPACE" import-notes S notes.csv >/dev/null 2>&1 || fail "import-notes failed"

start_gui_with_projector S
park_projector  # beside the control window: clicks reach the panel
log_has "^projector mode=round " || fail "the projector never drew"
sleep 0.5

projector_section_header
sleep 0.5
projector_board_button
away
log_has "^projector mode=board .* screen=board " || fail "the projector did not turn to Board mode"
sleep 0.5

before=$(projector_note_ink) || fail "no yellow note on the projector"
echo "note ink (x0 y0 x1 y1 top bottom), authors shown: $before"
read -r _ _ _ _ top bottom <<<"$before"
[ "$top" -gt 50 ] || fail "the note's text is not on the projector ($before)"
[ "$bottom" -gt 50 ] || fail "the projector does not show the note's author ($before)"

hide_authors_checkbox
away
sleep 0.8
[ "$(count_ops set_board_anonymous)" = 1 ] || fail "the box did not set the board anonymous: $(ops_of)"
after=$(projector_note_ink) || fail "no yellow note on the projector once authors are hidden"
echo "note ink (x0 y0 x1 y1 top bottom), authors hidden: $after"
read -r _ _ _ _ top bottom <<<"$after"
[ "$top" -gt 50 ] || fail "hiding authors took the note's text off the projector ($after)"
[ "$bottom" -lt 5 ] || fail "the projector still shows the note's author ($after)"

press_with ctrl q
wait_for_exit
echo "PASS"
