#!/bin/bash
# The board's dot badges, end to end under Xvfb: a named round of 2 dots run from the panel,
# Priya's ballot puts both on "Idea one". While the results are hidden the note's top right
# corner shows no badge; once revealed it shows the dark disc with the count; hidden again,
# it goes. The screen is captured and the dark pixels around the corner counted.
# usage: test_dot_badges.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_dot_badges.sh PATH/TO/hostspace}")
DATA=$(realpath "$(dirname "$0")/../data")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
command -v import >/dev/null || fail "ImageMagick (import) is not installed"
export HOSTSPACE_DRAW_LOG="$work/draw.log"

# "Ideas" (Idea one..five), "Risks" (Risk one, two) and "Loose" in no group.
new_session_with_notes "Badge test" "$DATA/notes-arrange.csv"

start_gui S
board_now "^board zoom=1.00 " || fail "the board does not start at 100 %"
read -r ox oy < <(board_origin)
read -r nx ny < <("$HOSTSPACE" export S --format json --out - 2>/dev/null | python3 -c '
import json, sys
note = next(n for n in json.load(sys.stdin)["notes"] if n["text"] == "Idea one")
print(int(note["x"]), int(note["y"]))')
# The badge's centre: the note's top right corner (180 board units wide, 100 % zoom).
bx=$((ox + nx + 180)) by=$((oy + ny))
echo "Idea one's top right corner at ($bx, $by)"
badge_ink() {
    capture root screen.png
    dark_pixels_around "$bx" "$by" 12 screen.png
}
[ "$(badge_ink)" -lt 20 ] || fail "a badge-like dark patch is on Idea one before any vote"

# ---- a named round of 2 dots each; Priya's two dots on the first card, Idea one ------------
open_round_from_form 2
laptop_button
away
log_has "^ballot voter=1 .* step=start$" || fail "Pass the laptop did not show a ballot"
sleep 0.3
xdotool type --delay 50 "Priya"
sleep 0.2
press Return
log_has "^ballot voter=1 dots_left=2 " || fail "Priya's ballot did not open"
press Return
press Return
log_has "^ballot voter=1 dots_left=0 own_dots=2 " || fail "two Enters did not place Priya's two dots"
press_with shift Tab
press Return
log_has "^ballot voter=- .* step=hand_over$" || fail "Done did not hand over"
sleep 0.3
press Tab
press Return
sleep 0.3
press Return
sleep 0.8
[ "$(count_ops cast_dot)" = 2 ] || fail "the ballot should hold 2 dots: $(ops_of)"

hidden=$(badge_ink)
echo "dark pixels at the corner, results hidden: $hidden"
[ "$hidden" -lt 20 ] || fail "Idea one shows a badge before the results are revealed ($hidden dark pixels)"

reveal_button
away
sleep 0.8
[ "$(count_ops reveal_votes)" = 1 ] || fail "Reveal results made no reveal op: $(ops_of)"
revealed=$(badge_ink)
echo "dark pixels at the corner, results revealed: $revealed"
[ "$revealed" -gt 200 ] || fail "no dot badge on Idea one after the reveal ($revealed dark pixels)"

reveal_button  # now "Hide results"
away
sleep 0.8
again=$(badge_ink)
echo "dark pixels at the corner, results hidden again: $again"
[ "$again" -lt 20 ] || fail "the badge stayed on Idea one once the results were hidden ($again dark pixels)"

press_with ctrl q
wait_for_exit
echo "PASS"
