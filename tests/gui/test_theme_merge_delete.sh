#!/bin/bash
# Deleting and merging themes in a real window under Xvfb: a click on a theme's title picks it
# and Delete deletes it, its notes staying where they were in no theme, and Ctrl+Z brings the
# theme back with its notes in it; Risks' title dragged onto Ideas' title merges Risks into
# Ideas (its notes take the first free cells of Ideas' grid, Risks is deleted), one step that
# Ctrl+Z takes back. Checked with the journal and `hostspace export`.
# usage: test_theme_merge_delete.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_theme_merge_delete.sh PATH/TO/hostspace}")
DATA=$(realpath "$(dirname "$0")/../data")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"

# "Ideas" at (0, 0) with 5 notes from (0, 50) down, "Risks" at (260, 0) with 2 from (260, 50),
# "Loose" at (520, 50) in none.
new_session_with_notes "Merge test" "$DATA/notes-arrange.csv"
risks=$(group_id Risks)
export HOSTSPACE_DRAW_LOG="$work/draw.log"
start_gui S
xdotool windowfocus --sync "$window_id" 2>/dev/null || true
board_now "^board zoom=1.00 offset=-24,-24 .*notes=8 " || fail "the board did not start"
read -r ox oy < <(board_origin)
sx() { echo $((ox + $1)); }
sy() { echo $((oy + $1)); }
# "text x y group" for the notes that are not Ideas', sorted by text.
risk_notes() {
    "$HOSTSPACE" export S --format json --out - 2>/dev/null | python3 -c '
import json, sys
for n in sorted(json.load(sys.stdin)["notes"], key=lambda n: n["text"]):
    if not n["text"].startswith("Idea"):
        print(n["text"], int(n["x"]), int(n["y"]), n.get("group") or "-")'
}
last_step() {
    python3 -c "
import collections, json
line = json.loads([l for l in open('S.hostspace/journal.jsonl') if l.strip()][-1])
ops = line['ops'] if line['type'] == 'batch' else [line]
print(' '.join('%s*%d' % kv for kv in sorted(collections.Counter(o['type'] for o in ops).items())))"
}

# ---- a click on Risks' title picks it; Delete deletes the theme, not its notes
xdotool mousemove "$(sx 320)" "$(sy 25)" click 1
latest_now theme "^theme selected=$risks " || fail "a click on Risks' title did not pick it"
press Delete
expect_group_states "after Delete on Risks" "Ideas False 5"
expect_output "Risks' notes after the delete" risk_notes \
    "Loose 520 50 -" "Risk one 260 50 -" "Risk two 260 190 -"
[ "$(last_step)" = "assign_note_to_group*2 delete_group*1" ] ||
    fail "deleting a theme was not one step of its notes leaving and delete_group: $(last_step)"

# ---- Ctrl+Z: the theme is back, with its notes in it
press ctrl+z
expect_group_states "after Ctrl+Z" "Ideas False 5" "Risks False 2"
expect_output "Risks' notes after Ctrl+Z" risk_notes \
    "Loose 520 50 -" "Risk one 260 50 Risks" "Risk two 260 190 Risks"

# ---- Risks' title dropped on Ideas' title: merged
drag "$(sx 320)" "$(sy 25)" "$(sx 60)" "$(sy 25)"
expect_group_states "after dropping Risks' title on Ideas" "Ideas False 7"
# Ideas' grid widens into the free column beside it (Loose stops the third), so Risks' notes
# take its first free cells there, in their order.
expect_output "the merged notes" risk_notes \
    "Loose 520 50 -" "Risk one 200 50 Ideas" "Risk two 200 190 Ideas"
[ "$(last_step)" = "assign_note_to_group*2 delete_group*1 move_note*2" ] ||
    fail "the merge was not one step: $(last_step)"

press ctrl+z
expect_group_states "after Ctrl+Z of the merge" "Ideas False 5" "Risks False 2"
expect_output "Risks' notes after Ctrl+Z of the merge" risk_notes \
    "Loose 520 50 -" "Risk one 260 50 Risks" "Risk two 260 190 Risks"

press_with ctrl q
wait_for_exit
echo "PASS"
