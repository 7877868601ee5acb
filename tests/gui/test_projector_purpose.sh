#!/bin/bash
# The projector's Purpose mode shows the harvest: the demo session (two drafts, an agreed
# purpose, three principles) with four more drafts written on another laptop (in Polish,
# German, Greek and Ukrainian, letters the rest of the session never uses). F12 opens the
# projector, Ctrl+F12 steps it to Purpose: the drafts side by side, four to a page, their text
# at a readable size (at least a thirtieth of the window's height) and every letter in the
# projector's font. PageDown shows the next two drafts, PageUp the first four again. Then the
# Harvest place: the Principles part puts one principle large on the projector and PageDown
# steps it; a draft's wording typed in the Purpose part shows as it is typed, in letters the
# session never had.
# usage: test_projector_purpose.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_projector_purpose.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
export HOSTSPACE_DRAW_LOG="$work/draw.log"

"$HOSTSPACE" make-demo S >/dev/null || fail "hostspace make-demo failed"
# Four drafts from another device, appended to the journal as that laptop's sync would.
python3 - <<'PY' || fail "cannot add the drafts to the demo's journal"
import json, time, uuid
journal = "S.hostspace/journal.jsonl"
device = str(uuid.uuid4())
texts = [
    ("Stół 5", "Spotykamy się, aby słuchać dzieci z Łodzi i Gdańska, żeby każde było słyszane."),
    ("Tisch 6", "Wir kommen zusammen, damit kein Kind zwischen unseren Diensten verloren geht."),
    ("Τραπέζι 7", "Ερχόμαστε μαζί για να ακούμε τα παιδιά, ώστε κάθε παιδί να μεγαλώνει ασφαλές."),
    ("Стіл 8", "Ми збираємося разом, щоб кожна дитина зростала в безпеці й була почута."),
]
with open(journal, "a", encoding="utf-8") as out:
    for seq, (label, text) in enumerate(texts, start=1):
        op = {"v": 1, "type": "add_draft", "dev": device, "seq": seq, "lam": 500 + seq,
              "at": int(time.time() * 1000), "id": str(uuid.uuid4()), "label": label,
              "sources": [], "version": str(uuid.uuid4()), "text": text, "author": label,
              "rank": 1.0 + seq}
        out.write(json.dumps(op, ensure_ascii=False) + "\n")
PY

start_gui S
put_on_keyboard "ğ"
# latest_projector REGEX: waits up to 10 s for the projector's latest line to match.
latest_projector() {
    for _ in $(seq 1 100); do
        grep '^projector ' "$HOSTSPACE_DRAW_LOG" 2>/dev/null | tail -n 1 | grep -Eq "$1" && return 0
        sleep 0.1
    done
    return 1
}
press F12
latest_projector "^projector mode=round " || fail "F12 did not open the projector in Round mode"
for mode in board votes purpose; do
    press_with ctrl F12
    latest_projector "^projector mode=$mode " || fail "Ctrl+F12 did not step the projector to $mode"
done

# The first page: the first four drafts in order, the demo's two and two of the new ones.
latest_projector ' harvest=drafts text="We come together to listen to children, young people and their families' ||
    fail "Purpose mode does not show the drafts, the demo's first draft first"
latest_projector ' drafts=4 page=1/2 ' || fail "the first page does not show four drafts of six"
line=$(grep '^projector mode=purpose' "$HOSTSPACE_DRAW_LOG" | tail -n 1)
echo "first page: $line"
grep -q ' missing_glyphs=0 ' <<<"$line" || fail "letters of the drafts are missing from the projector's font"
grep -q ' readable=yes ' <<<"$line" || fail "the drafts' text is too small to read from the room"
python3 - "$line" <<'PY' || fail "the drafts' text is under a thirtieth of the window's height"
import re, sys
fields = dict(re.findall(r"(\w+)=(\S+)", sys.argv[1]))
height, px = int(fields["height_px"]), int(fields["text_px"])
print(f"drafts' text {px} px in a window {height} px tall")
sys.exit(0 if px * 30 >= height and height >= 360 else 1)
PY

# PageDown, as a presenter's clicker sends it: the next page, the last two drafts.
press Page_Down
latest_projector ' harvest=drafts text="Ερχόμαστε μαζί .* drafts=2 page=2/2 ' ||
    fail "PageDown did not show the second page of drafts"
line=$(grep '^projector mode=purpose' "$HOSTSPACE_DRAW_LOG" | tail -n 1)
echo "second page: $line"
grep -q ' missing_glyphs=0 ' <<<"$line" || fail "Greek or Ukrainian letters are missing from the projector's font"
grep -q ' readable=yes ' <<<"$line" || fail "the second page's text is too small to read"
# PageDown at the last page stays there; PageUp goes back to the first.
press Page_Down
press Page_Up
latest_projector ' drafts=4 page=1/2 ' || fail "PageUp did not go back to the first page"

# The Harvest place's Principles part (Ctrl+2) puts the picked principle on the projector,
# large; PageDown steps to the next one, PageUp back.
press_with ctrl 2
latest_projector ' harvest=principle text="[^"]+" text_px=[0-9]+ readable=yes .* principle=1/3 ' ||
    fail "the Principles part does not show the first principle large and readable"
grep '^projector mode=purpose' "$HOSTSPACE_DRAW_LOG" | tail -n 1 | grep -q ' missing_glyphs=0 ' ||
    fail "the principle's letters are missing from the projector's font"
press Page_Down
latest_projector ' harvest=principle .* principle=2/3 ' || fail "PageDown did not show principle 2 of 3"
press Page_Up
latest_projector ' harvest=principle .* principle=1/3 ' || fail "PageUp did not go back to principle 1"

# The Purpose part (Ctrl+1), F2 edits the picked draft: the projector shows it large, and
# letters typed that the session has never used show at once, none missing from the font.
press_with ctrl 1
press F2
latest_projector ' harvest=draft text="We come together to listen to children, young people' ||
    fail "editing a draft does not show it large on the projector"
xdotool type --delay 100 " Ag"
latest_projector ' harvest=draft text="[^"]*heard\. Ag"' ||
    fail "the wording typed does not show on the projector as it is typed"
# A letter no text of the session has (on a spare key: put_on_keyboard, above).
xdotool type --delay 150 "ğ"
latest_projector ' harvest=draft text="[^"]*heard\. Agğ"' ||
    fail "the letter ğ typed does not show on the projector"
grep '^projector mode=purpose' "$HOSTSPACE_DRAW_LOG" | tail -n 1 | grep -q ' missing_glyphs=0 ' ||
    fail "letters typed into the draft are missing from the projector's font"
press Escape

press_with ctrl q
wait_for_exit
echo "PASS"
