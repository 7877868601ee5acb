#!/bin/bash
# The projector's Board mode fills the screen, end to end under Xvfb: a board of 15 notes in 4
# themes (one note by "Łukasz Nowak") on the 1280x720 projector window. Ctrl+F12 turns the
# projector to Board: the draw log says the smallest note text is at least 24 px and no
# character is missing from the projector's font; a capture shows the board reaching across
# the window, not a band across its middle.
# usage: test_projector_board_fill.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_projector_board_fill.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
command -v import >/dev/null || fail "ImageMagick (import) is not installed"
export HOSTSPACE_DRAW_LOG="$work/draw.log"

cat >notes.csv <<'CSV'
text,author,organisation,group,colour
Young people on every interview panel,Łukasz Nowak,Youth Council,Voice,yellow
Feedback they can see acted on,Amira Hussain,Youth Council,Voice,yellow
Meet where young people already are,Jo Whitfield,Voluntary Sector Alliance,Voice,yellow
Plain words in every paper,Helen Marsh,Integrated Care Board,Voice,yellow
One story told once,Priya Natarajan,Public Health,Trust,sky
Say what we cannot do and why,Tom Reilly,Children's Social Care,Trust,sky
Keep promises small and kept,Mark Evans,Education Services,Trust,sky
Share data across the partnership,Dr Sarah Okafor,Children's Community Health,Together,green
Pooled budgets for early help,Helen Marsh,Integrated Care Board,Together,green
A named lead for each principle,Gareth Lloyd,Police,Together,green
Joint training for front-line staff,Jo Whitfield,Voluntary Sector Alliance,Together,green
Measure what matters to families,Priya Natarajan,Public Health,Outcomes,pink
Report back every six months,Tom Reilly,Children's Social Care,Outcomes,pink
Fewer indicators and better ones,Mark Evans,Education Services,Outcomes,pink
Young inspectors visit services,Amira Hussain,Youth Council,Outcomes,pink
CSV
new_session_with_notes "Board fill test" notes.csv

start_gui_with_projector S
log_has "^projector mode=round " || fail "the projector never drew"
press_with ctrl F12
log_has "^projector mode=board .* screen=board " 10 || fail "Ctrl+F12 did not turn the projector to Board"
sleep 1.5  # the fonts settle at the scale that fits

line=$(grep "^projector mode=board .* screen=board " "$work/draw.log" | tail -n 1)
echo "last board line: $line"
grep -q ' height_px=720 ' <<<"$line" || fail "the projector window is not 720 px tall: $line"
text_px=$(sed -E 's/.* note_text_px=([0-9]+).*/\1/' <<<"$line")
[ "$text_px" -ge 24 ] || fail "the smallest note text is $text_px px, under 24"
grep -q ' missing_glyphs=0' <<<"$line" || fail "characters missing from the projector's font: $line"
grep "^projector mode=board .* screen=board " "$work/draw.log" | grep -v ' missing_glyphs=0' &&
    fail "a Board frame drew characters missing from the font"

xdotool windowraise "$projector_id"
sleep 0.5
capture "$projector_id" board.png
# What is not the white ground: the boxes' edges, the notes and their text. It must reach all
# four sides of the window (within its margins), not sit in a band across the middle third.
convert board.png -depth 8 rgb:- | python3 -c '
import sys
w, h = map(int, sys.argv[1:3])
data = sys.stdin.buffer.read()
xs, ys = [], []
for y in range(0, h, 2):
    row = data[y * w * 3:(y + 1) * w * 3]
    for x in range(0, w, 2):
        if min(row[x * 3:x * 3 + 3]) < 235:
            xs.append(x)
            ys.append(y)
x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
print(f"board drawn from ({x0}, {y0}) to ({x1}, {y1}) in {w}x{h}")
sys.exit(0 if (x1 - x0) > 0.9 * w and (y1 - y0) > 0.9 * h else 1)' $(identify -format "%w %h" board.png) ||
    fail "the board does not fill the projector"

press_with ctrl q
wait_for_exit
echo "PASS"
