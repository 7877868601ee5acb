#!/bin/bash
# Making and naming a theme from the keyboard and the mouse, in a real window under Xvfb: three
# notes picked with Shift+click, Ctrl+G, a typed name and Enter make the theme and move the
# notes into a row under its title, as one saved step (one journal line) that one Ctrl+Z takes
# back; a double-click on the title and F2 rename it; Escape in the title field keeps the old
# title, and Escape while a new theme is being named makes nothing. Checked with the journal
# and `hostspace export`.
# usage: test_theme_make.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_theme_make.sh PATH/TO/hostspace}")
DATA=$(realpath "$(dirname "$0")/../data")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

# Alpha, Beta, Gamma, Delta in a column at board x = 260 (y = 50, 190, 330, 470); the group
# "Theme" at (0, 0) holding one note at (0, 50).
new_session_with_notes "Theme test" "$DATA/notes-canvas.csv"
export HOSTSPACE_DRAW_LOG="$work/draw.log"
start_gui S
xdotool windowfocus --sync "$window_id" 2>/dev/null || true
board_now "^board zoom=1.00 offset=-24,-24 " || fail "the board does not start at 100 %"
read -r ox oy < <(board_origin)
sx() { echo $((ox + $1)); }
sy() { echo $((oy + $1)); }
shift_click() {
    xdotool mousemove "$1" "$2"
    xdotool keydown shift
    sleep 0.05
    xdotool click 1
    sleep 0.1
    xdotool keyup shift
    sleep 0.3
}
# "text x y group" per note, sorted by text.
notes() {
    "$HOSTSPACE" export S --format json --out - 2>/dev/null | python3 -c '
import json, sys
for n in sorted(json.load(sys.stdin)["notes"], key=lambda n: n["text"]):
    print(n["text"], int(n["x"]), int(n["y"]), n.get("group") or "-")'
}
# The op types of the journal's last line (one line is one saved step), sorted and counted.
last_step() {
    python3 -c "
import collections, json
line = json.loads([l for l in open('S.hostspace/journal.jsonl') if l.strip()][-1])
ops = line['ops'] if line['type'] == 'batch' else [line]
print(' '.join('%s*%d' % kv for kv in sorted(collections.Counter(o['type'] for o in ops).items())))"
}
journal_lines() { grep -c . S.hostspace/journal.jsonl; }
group_line() { latest_now theme "$1"; }

# ---- Ctrl+G with Alpha, Beta and Gamma picked; the name typed; Enter makes it
xdotool mousemove "$(sx 350)" "$(sy 110)" click 1
sleep 0.3
shift_click "$(sx 350)" "$(sy 250)"
shift_click "$(sx 350)" "$(sy 390)"
board_now " selected=3$" || fail "Shift+click did not pick three notes"
press ctrl+g
group_line "title_field=new " || fail "Ctrl+G did not open the new theme's title field"
xdotool type --delay 40 "Voice"
sleep 0.2
press Return
expect_group_states "after Ctrl+G, Voice, Enter" "Theme False 1" "Voice False 3"
# The theme took the notes' corner; the notes a row under its title, in their reading order.
expect_output "the notes in Voice's grid" notes \
    "Alpha 260 100 Voice" "Beta 460 100 Voice" "Delta 260 470 -" "Gamma 660 100 Voice" \
    "Inside the theme 0 50 Theme"
[ "$(last_step)" = "add_group*1 assign_note_to_group*3 move_note*3" ] ||
    fail "the new theme was not one saved step: $(last_step)"
voice=$(group_id Voice)
group_line "^theme selected=$voice title_field=-$" || fail "the new theme is not the one picked"

# One Ctrl+Z takes it all back; Ctrl+Shift+Z brings it again.
press ctrl+z
expect_group_states "after Ctrl+Z" "Theme False 1"
expect_output "the notes after Ctrl+Z" notes \
    "Alpha 260 50 -" "Beta 260 190 -" "Delta 260 470 -" "Gamma 260 330 -" \
    "Inside the theme 0 50 Theme"
press ctrl+shift+z
expect_group_states "after Ctrl+Shift+Z" "Theme False 1" "Voice False 3"

# ---- a double-click on the title renames it (the old title is selected: typing replaces it)
xdotool mousemove "$(sx 320)" "$(sy 75)" click --repeat 2 --delay 80 1
group_line "title_field=rename " || fail "a double-click on the title did not open its field"
xdotool type --delay 40 "Voices"
sleep 0.2
press Return
expect_group_states "after the double-click rename" "Theme False 1" "Voices False 3"

# ---- F2 with the theme picked renames it too
group_line "^theme selected=$voice title_field=-$" || fail "the renamed theme is not picked"
press F2
group_line "title_field=rename " || fail "F2 did not open the title field"
xdotool type --delay 40 "Voice of young people"
sleep 0.2
press Return
expect_group_states "after the F2 rename" "Theme False 1" "Voice of young people False 3"
[ "$(last_step)" = "rename_group*1" ] || fail "a rename was not one rename_group op: $(last_step)"

# ---- Escape keeps the title; a name another theme has is refused with the reason
press F2
group_line "title_field=rename " || fail "F2 did not open the title field again"
xdotool type --delay 40 "theme"
group_line " refused$" || fail "a title another theme has was not refused as it was typed"
press Return
group_line "title_field=rename .* refused$" || fail "Enter on a taken title closed the field"
press Escape
group_line "title_field=-$" || fail "Escape did not close the title field"
expect_group_states "after Escape" "Theme False 1" "Voice of young people False 3"

# ---- Escape while naming a new theme makes nothing
lines=$(journal_lines)
xdotool mousemove "$(sx 350)" "$(sy 530)" click 1  # Delta
board_now " selected=1$" || fail "a click did not pick Delta"
press ctrl+g
group_line "title_field=new " || fail "Ctrl+G with Delta did not open the title field"
xdotool type --delay 40 "Never"
press Escape
group_line "title_field=-$" || fail "Escape did not close the new theme's field"
sleep 0.3
[ "$(journal_lines)" = "$lines" ] || fail "Escape on a new theme saved something: $(last_step)"
expect_group_states "after Escape on a new theme" "Theme False 1" "Voice of young people False 3"

press_with ctrl q
wait_for_exit
echo "PASS"
