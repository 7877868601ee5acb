#!/bin/bash
# `hostspace shot` renders the control window of a session with notes, groups and non-ASCII
# text to DIR/control.png (a folder it creates): a real PNG, 1600x1000, not blank; and the
# projector (round mode, high contrast) to DIR/projector.png: 1280x720, not blank; and in
# Purpose mode to DIR/projector-purpose.png, for the demo its agreed purpose at a readable size.
# Without a display it must fail with a message that says what to do.
# usage: test_shot.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_shot.sh PATH/TO/hostspace}")

# Before the Xvfb: no display means a clear error, not a crash or a hang.
if [ -z "${HOSTSPACE_UNDER_XVFB:-}" ]; then
    scratch=$(mktemp -d -t hostspace-shot-nodisplay-XXXXXX)
    status=0
    (cd "$scratch" && export XDG_CONFIG_HOME="$scratch/config" &&
        "$HOSTSPACE" new S --title T >/dev/null &&
        env -u DISPLAY -u WAYLAND_DISPLAY timeout 20 "$HOSTSPACE" shot S --out shots \
            >"$scratch/out.txt" 2>&1) || status=$?
    message=$(cat "$scratch/out.txt" 2>/dev/null || true)
    rm -rf "$scratch"
    if [ "$status" -eq 0 ] || ! grep -q "no display: run under xvfb-run" <<<"$message"; then
        echo "FAIL: without a display, shot should fail saying 'no display: run under xvfb-run'" \
            "(status $status, said: $message)" >&2
        exit 1
    fi
fi
source "$(dirname "$0")/gui_test_lib.sh"
command -v convert >/dev/null || fail "ImageMagick (convert) is not installed"

"$HOSTSPACE" new S --title "Board away day: what matters" >/dev/null || fail "hostspace new failed"
cat >notes.csv <<'CSV'
text,author,organisation,group,colour
"Young people co-chair at least one board meeting a year",Amira Hussain,Youth Council,Voice,yellow
"Ask “what matters to you?” before “what’s the matter?”",Dr Sarah Okafor,Community Health,Voice,pink
One plan per family instead of five assessments,Helen Marsh,Integrated Care Board,Joined up,blue
"Café – naïve – Zürich – Łódź – Ελλάδα – Київ",Jo Whitfield,Voluntary Sector,,green
CSV
"$HOSTSPACE" import-notes S notes.csv >/dev/null 2>&1 || fail "hostspace import-notes failed"

ASAN_OPTIONS="$window_asan_options" timeout 30 "$HOSTSPACE" shot S --out shots/new \
    >"$work/gui.log" 2>&1 || fail "hostspace shot failed"
[ -f shots/new/control.png ] || fail "no shots/new/control.png"

# png_size FILE WIDTH HEIGHT: a real PNG of that size.
png_size() {
    python3 - "$@" <<'PY'
import struct, sys
with open(sys.argv[1], "rb") as f:
    head = f.read(24)
if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
    sys.exit("not a PNG")
width, height = struct.unpack(">II", head[16:24])
print(sys.argv[1], "size:", width, "x", height)
if (width, height) != (int(sys.argv[2]), int(sys.argv[3])):
    sys.exit("unexpected size")
PY
}
png_size shots/new/control.png 1600 1000 || fail "control.png is not a 1600x1000 PNG"

# A blank or single-colour image has a handful of colours; text, notes and shadows give
# thousands (anti-aliased glyphs alone give hundreds).
colours=$(convert shots/new/control.png -format %k info:) || fail "ImageMagick cannot read it"
echo "unique colours: $colours"
[ "$colours" -gt 500 ] || fail "control.png looks blank ($colours colours)"
# The notes are there: each named colour's paper shows (several thousand pixels of it).
for rgb in "246,239,142" "224,175,202" "102,170,209" "102,197,171"; do
    count=$(convert shots/new/control.png -fill black +opaque "rgb($rgb)" -fill white \
        -opaque "rgb($rgb)" -format "%[fx:mean*w*h]" info:)
    echo "pixels of rgb($rgb): $count"
    python3 -c "import sys; sys.exit(0 if float('$count') > 5000 else 1)" ||
        fail "no note in rgb($rgb) on the picture"
done

# The projector: the session's title on a white ground (no rounds in the agenda yet).
[ -f shots/new/projector.png ] || fail "no shots/new/projector.png"
png_size shots/new/projector.png 1280 720 || fail "projector.png is not a 1280x720 PNG"
white=$(convert shots/new/projector.png -fill black +opaque white -fill white -opaque white \
    -format "%[fx:mean]" info:)
dark=$(convert shots/new/projector.png -colorspace gray -threshold 50% -negate \
    -format "%[fx:mean*w*h]" info:)
echo "projector.png: white share $white, dark pixels $dark"
python3 -c "import sys; sys.exit(0 if float('$white') > 0.5 else 1)" ||
    fail "projector.png is not on a white (high-contrast) ground"
python3 -c "import sys; sys.exit(0 if float('$dark') > 2000 else 1)" ||
    fail "projector.png shows no text"

# The projector in Purpose mode: this session has no harvest and no calling question, so its
# plain notice; a real PNG of the projector's size, not blank.
[ -f shots/new/projector-purpose.png ] || fail "no shots/new/projector-purpose.png"
png_size shots/new/projector-purpose.png 1280 720 || fail "projector-purpose.png is not a 1280x720 PNG"
dark=$(convert shots/new/projector-purpose.png -colorspace gray -threshold 50% -negate \
    -format "%[fx:mean*w*h]" info:)
echo "projector-purpose.png (no harvest): dark pixels $dark"
python3 -c "import sys; sys.exit(0 if float('$dark') > 1000 else 1)" ||
    fail "projector-purpose.png shows no text"

# The demo's agreed purpose: large, readable from the room (at least a thirtieth of the
# height), every letter in the font, with its record; the shot's draw-log line says so.
"$HOSTSPACE" make-demo D >/dev/null || fail "hostspace make-demo failed"
HOSTSPACE_DRAW_LOG="$work/shot.log" ASAN_OPTIONS="$window_asan_options" timeout 30 \
    "$HOSTSPACE" shot D --out shots/demo >>"$work/gui.log" 2>&1 || fail "hostspace shot of the demo failed"
png_size shots/demo/projector-purpose.png 1280 720 || fail "the demo's projector-purpose.png is not 1280x720"
line=$(grep '^shot projector mode=purpose' "$work/shot.log" | tail -n 1)
echo "demo purpose shot: $line"
grep -q ' harvest=agreed text="We come together to listen to children, young people and their families' \
    <<<"$line" || fail "the demo's purpose shot does not show the agreed purpose"
grep -q ' missing_glyphs=0 ' <<<"$line" || fail "the agreed purpose's letters are missing from the font"
grep -q ' readable=yes ' <<<"$line" || fail "the agreed purpose is too small to read from the room"
dark=$(convert shots/demo/projector-purpose.png -colorspace gray -threshold 50% -negate \
    -format "%[fx:mean*w*h]" info:)
echo "projector-purpose.png (demo): dark pixels $dark"
python3 -c "import sys; sys.exit(0 if float('$dark') > 5000 else 1)" ||
    fail "the demo's projector-purpose.png shows too little text"
echo "PASS"
