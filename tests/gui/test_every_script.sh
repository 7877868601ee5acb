#!/bin/bash
# Every script a board writes in, drawn by both windows: a session whose title, question,
# themes, notes, authors and organisations are in Polish, Greek, Russian, Chinese, Japanese,
# Arabic, Urdu, Bengali and Hindi. `hostspace shot` renders the control window and the
# projector (Round, Purpose and Board modes); the draw log says the control window's atlas
# draws every code point of the session with a glyph of its own (none as a box) and that no
# projector picture drew a missing glyph. Then a character no installed font has (private use
# U+E000) is drawn as a box with its code point, and hostspace says once which fonts to install.
# usage: test_every_script.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_every_script.sh PATH/TO/hostspace}")
data=$(realpath "$(dirname "$0")/../data")
source "$(dirname "$0")/gui_test_lib.sh"

"$HOSTSPACE" new S --title "Every script: 李伟, فاطمة, Ελένη" \
    --question "Как мы слушаем? ہم کیسے سنتے ہیں؟" >/dev/null || fail "hostspace new failed"
"$HOSTSPACE" import-notes S "$data/notes-every-script.csv" >/dev/null ||
    fail "hostspace import-notes failed"

HOSTSPACE_DRAW_LOG="$work/shot.log" ASAN_OPTIONS="$window_asan_options" timeout 60 \
    "$HOSTSPACE" shot S --out shots >"$work/gui.log" 2>&1 || fail "hostspace shot failed"
for png in control projector projector-purpose projector-board; do
    [ -s "shots/$png.png" ] || fail "no shots/$png.png"
done

# Every code point the session holds, as the atlas should cover it (line breaks aside).
"$HOSTSPACE" export S --format json --out s.json 2>/dev/null || fail "export failed"
distinct=$(python3 - s.json <<'PY'
import json, sys
e = json.load(open(sys.argv[1], encoding="utf-8"))
texts = [e["session"]["title"], e["session"]["question"]]
for n in e["notes"]:
    texts += [n["text"], n.get("author", ""), n.get("organisation", "")]
texts += [g["title"] for g in e.get("groups", e.get("themes", []))]
print(len({c for t in texts for c in t if ord(c) >= 0x20}))
PY
) || fail "cannot read the export"
line=$(grep '^atlas window=control ' "$work/shot.log" | tail -n 1)
echo "control atlas: $line (the session has $distinct distinct characters)"
[ -n "$line" ] || fail "the shot wrote no atlas line"
grep -q ' pending=0 missing=0 ' <<<"$line" || fail "the control window's atlas lacks glyphs: $line"
chars=$(sed -E 's/.* chars=([0-9]+) .*/\1/' <<<"$line")
[ "$chars" -ge "$distinct" ] || fail "the atlas was asked for $chars characters, the session has $distinct"

for mode in round purpose board; do
    shot=$(grep "^shot projector mode=$mode " "$work/shot.log" | tail -n 1) ||
        fail "no draw-log line for the projector's $mode shot"
    echo "projector $mode: $shot"
    grep -Eq ' missing_glyphs=0( |$)' <<<"$shot" || fail "the projector's $mode shot drew missing glyphs"
done
board=$(grep "^shot projector mode=board " "$work/shot.log" | tail -n 1)
grep -q 'note_text_px=[1-9]' <<<"$board" ||
    fail "the projector's board shot shows no notes: $board"

# Not a black or blank picture: each has text on it.
for png in control projector-board; do
    colours=$(convert "shots/$png.png" -format %k info:)
    echo "$png.png: $colours colours"
    [ "$colours" -gt 500 ] || fail "$png.png looks blank"
done

# A character no installed font has: a box with its code point, and the notice, once.
"$HOSTSPACE" new P --title "Private use" >/dev/null || fail "hostspace new failed"
printf 'text,author\n"A logo \xee\x80\x80 here",Ann\n' >pua.csv
"$HOSTSPACE" import-notes P pua.csv >/dev/null || fail "import of the private-use note failed"
HOSTSPACE_DRAW_LOG="$work/pua.log" ASAN_OPTIONS="$window_asan_options" timeout 60 \
    "$HOSTSPACE" shot P --out pua >"$work/pua-gui.log" 2>&1 || fail "hostspace shot of P failed"
line=$(grep '^atlas window=control ' "$work/pua.log" | tail -n 1)
echo "private use: $line"
grep -q ' pending=0 missing=1 boxes=U+E000 ' <<<"$line" || fail "U+E000 is not drawn as a box: $line"
told=$(grep -c "has no font on this computer" "$work/pua-gui.log" || true)
[ "$told" = 1 ] || fail "the missing font was told $told times, not once: $(cat "$work/pua-gui.log")"
grep -q "only the font it was typed in can draw" "$work/pua-gui.log" ||
    fail "the notice does not say why a private-use character has no font"

# A script with no font installed: the notice names the package. fontconfig is pointed at the
# folder of DejaVu Sans alone, so Chinese has no font (the bundled Noto Sans has none).
cat >fonts.conf <<XML
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>$(dirname "$(fc-match -f '%{file}' 'DejaVu Sans')")</dir><cachedir>$work/fc-cache</cachedir></fontconfig>
XML
HOSTSPACE_DRAW_LOG="$work/nocjk.log" FONTCONFIG_FILE="$work/fonts.conf" \
    ASAN_OPTIONS="$window_asan_options" timeout 60 \
    "$HOSTSPACE" shot S --out nocjk >"$work/nocjk-gui.log" 2>&1 || fail "hostspace shot without CJK fonts failed"
line=$(grep '^atlas window=control ' "$work/nocjk.log" | tail -n 1)
echo "without CJK fonts: ${line:0:200}"
grep -q ' boxes=.*U+674E' <<<"$line" || fail "李 is not drawn as a box without a CJK font: $line"
grep -q "Install .*fonts-noto-cjk" "$work/nocjk-gui.log" ||
    fail "the notice does not name fonts-noto-cjk: $(cat "$work/nocjk-gui.log")"
echo "PASS"
