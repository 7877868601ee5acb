#!/bin/bash
# Purpose drafts in the Harvest place, in a real window under Xvfb: a draft written from the
# keyboard (an empty wording refused, the frame offered with Alt+F, the label typed, Ctrl+Enter
# saves); a draft started from the theme picked on the board keeps the theme and its notes as
# sources; a new wording is a second version, Restore brings the first back as a third and
# Ctrl+Z withdraws that; Alt+Down reorders; Delete and Ctrl+Z. Every outcome is read from the
# session's JSON export (`purpose`), not from the app's word.
# usage: test_harvest_purpose.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_harvest_purpose.sh PATH/TO/hostspace}")
DATA=$(realpath "$(dirname "$0")/../data")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

# "Ideas" at (0, 0) with 5 notes, "Risks" at (260, 0) with 2, "Loose" in none.
new_session_with_notes "Purpose test" "$DATA/notes-arrange.csv"
export HOSTSPACE_DRAW_LOG="$work/draw.log"
start_gui S
xdotool windowfocus --sync "$window_id" 2>/dev/null || true

# Each live draft as "label | wording | versions | sources", in order.
drafts() {
    "$HOSTSPACE" export S --format json --out - 2>/dev/null | python3 -c '
import json, sys
for d in json.load(sys.stdin)["purpose"]["drafts"]:
    sources = ",".join(s["type"] + ":" + s["text"] for s in d["sources"])
    print(d["label"], "|", d["text"], "|", len(d["versions"]), "|", sources)'
}
# Where the purpose line puts control $1 ("save_at"...).
purpose_point() {
    grep '^purpose ' "$HOSTSPACE_DRAW_LOG" | tail -n 1 | sed -E "s/.* $1=([-0-9]+),([-0-9]+).*/\1 \2/"
}
purpose_now() { latest_now purpose "$1"; }

# Pick the Ideas theme by its title on the board, then go to the Purpose part.
board_now "^board zoom=1.00 .*notes=8 " || fail "the board did not start"
read -r ox oy < <(board_origin)
xdotool mousemove $((ox + 60)) $((oy + 25)) click 1
latest_now theme "selected=[0-9a-f]" || fail "clicking Ideas' title did not pick the theme"
press_with ctrl 1
purpose_now "drafts=0 .*editing=no" || fail "Ctrl+1 did not open the Purpose part"

# A draft from the keyboard. N opens the editor with "Draft 1" offered, selected.
press n
purpose_now "editing=new .*new_sources=0" || fail "N did not open a new draft"
sleep 0.3
xdotool type --delay 30 "Table A"
press Return  # on to the wording
sleep 0.2
press_with ctrl Return  # an empty wording is refused, nothing saved
purpose_now "editing=new .*refused=yes" || fail "an empty draft was not refused"
[ "$(count_ops add_draft)" = 0 ] || fail "a refused draft was saved: $(ops_of)"
press_with alt f  # the frame, its first gap selected
purpose_now "editing=new .* typing=3[0-9] " || fail "Alt+F did not offer the frame"
sleep 0.2
xdotool type --delay 30 "listen"
press End
press BackSpace  # the second gap's "…"
xdotool type --delay 30 "we act"
purpose_now "editing=new .*show=draft page=0 typing=41 " || fail "the projector was not given the wording as typed"
press_with ctrl Return
purpose_now "drafts=1 picked=\"Table A\" editing=no" || fail "Ctrl+Enter did not save the draft"
expect_output "the typed draft" drafts "Table A | We come together to listen so that we act | 1 | "

# A draft from the picked theme: the theme and its five notes as raw material and sources.
press_with shift n
purpose_now "editing=new .*new_sources=6" || fail "Shift+N did not start a draft from the theme"
sleep 0.3
xdotool type --delay 30 "Ideas table"
press Return
sleep 0.2
xdotool type --delay 30 "We share our ideas"
press Return  # Enter saves too
purpose_now "drafts=2 picked=\"Ideas table\" editing=no .*sources=6" ||
    fail "the draft from the theme was not saved"
expect_output "the draft from the theme" drafts \
    "Table A | We come together to listen so that we act | 1 | " \
    "Ideas table | We share our ideas | 1 | theme:Ideas,note:Idea one,note:Idea two,note:Idea three,note:Idea four,note:Idea five"

# A new wording is a second version; Restore makes the first current again as a third.
press F2
purpose_now "editing=wording" || fail "F2 did not open the wording editor"
sleep 0.3
xdotool type --delay 30 " now"
press_with ctrl Return
purpose_now "picked=\"Ideas table\" editing=no versions=2" || fail "the new wording was not saved"
press v
purpose_now "versions_shown=yes .*restore_first_at=" || fail "V did not show the versions"
xdotool mousemove $(purpose_point restore_first_at) click 1
purpose_now "versions=3" || fail "Restore did not add a version"
expect_output "after restoring the first version" drafts \
    "Table A | We come together to listen so that we act | 1 | " \
    "Ideas table | We share our ideas | 3 | theme:Ideas,note:Idea one,note:Idea two,note:Idea three,note:Idea four,note:Idea five"
press_with ctrl z  # the restore is withdrawn: the second wording shows again
expect_output "after Ctrl+Z of the restore" drafts \
    "Table A | We come together to listen so that we act | 1 | " \
    "Ideas table | We share our ideas now | 3 | theme:Ideas,note:Idea one,note:Idea two,note:Idea three,note:Idea four,note:Idea five"

# Up picks Table A; Alt+Down moves it after Ideas table.
press Up
purpose_now "picked=\"Table A\"" || fail "Up did not pick the first draft"
press_with alt Down
expect_output "after Alt+Down" drafts \
    "Ideas table | We share our ideas now | 3 | theme:Ideas,note:Idea one,note:Idea two,note:Idea three,note:Idea four,note:Idea five" \
    "Table A | We come together to listen so that we act | 1 | "

# Delete takes Table A away (nothing counted it: no question asked); Ctrl+Z brings it back.
press Delete
purpose_now "drafts=1 .*deleted=1" || fail "Delete did not delete the draft"
expect_output "after Delete" drafts \
    "Ideas table | We share our ideas now | 3 | theme:Ideas,note:Idea one,note:Idea two,note:Idea three,note:Idea four,note:Idea five"
press_with ctrl z
purpose_now "drafts=2 .*deleted=0" || fail "Ctrl+Z did not bring the draft back"

press_with ctrl q
wait_for_exit
expect_output "after quitting" drafts \
    "Ideas table | We share our ideas now | 3 | theme:Ideas,note:Idea one,note:Idea two,note:Idea three,note:Idea four,note:Idea five" \
    "Table A | We come together to listen so that we act | 1 | "
echo "PASS"
