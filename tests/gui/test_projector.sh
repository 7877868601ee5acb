#!/bin/bash
# The projector window, end to end under Xvfb: `hostspace SESSION --projector` opens a second,
# display-only window beside the control window; the keyboard stays with the control window (a
# typed note reaches the disk); the projector draws its idle screen (the draw log says so, and a
# capture of the window is not blank); the countdown rule (digits at least a fifth of the
# window's height) holds for every countdown the log reports; and with nothing happening the
# two windows together leave the processor idle.
# usage: test_projector.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_projector.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
command -v import >/dev/null || fail "ImageMagick (import) is not installed"
export HOSTSPACE_CHIME=off
export HOSTSPACE_DRAW_LOG="$work/draw.log"

"$HOSTSPACE" new S --title "Board away day: what matters" >/dev/null || fail "hostspace new failed"

start_gui_with_projector S
control_id=""
for _ in $(seq 1 50); do
    control_id=$(xdotool search --onlyvisible --name 'hostspace' 2>/dev/null |
        grep -vx "$projector_id" | head -n 1 || true)
    [ -n "$control_id" ] && break
    sleep 0.1
done
[ -n "$control_id" ] || fail "no control window beside the projector"
echo "control window $control_id ($(xdotool getwindowname "$control_id"))," \
    "projector window $projector_id ($(xdotool getwindowname "$projector_id"))"
sleep 0.5

# The keyboard is the control window's, though the projector was made after it: no
# `windowfocus` here, the app must have kept it so by itself.
focused=$(xdotool getwindowfocus 2>/dev/null || true)
[ "$focused" = "$control_id" ] || fail "the keyboard focus is on window $focused, not the control window $control_id"
xdotool type --delay 50 "Typed with the projector open"
sleep 0.2
xdotool keydown Return
sleep 0.05
xdotool keyup Return
# Up to 5 s: a sanitized build may still be making the projector's large type when the keys
# arrive (they wait in the queue, and count once it is done).
note_on_disk() {
    "$HOSTSPACE" export S --format json --out - >out.json 2>/dev/null || fail "hostspace export failed"
    python3 - out.json <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    found = [note["text"] for note in json.load(f)["notes"]]
print("notes on disk:", found)
sys.exit(0 if "Typed with the projector open" in found else 1)
PY
}
saved=no
for _ in $(seq 1 25); do
    sleep 0.2
    if note_on_disk >/dev/null; then saved=yes; break; fi
done
note_on_disk || true
[ "$saved" = yes ] || fail "the note typed with the projector open did not reach the disk"

# The projector drew its idle screen: no rounds yet, so the session's title.
for _ in $(seq 1 50); do
    grep -q "^projector mode=round phase=idle .* screen=session " "$work/draw.log" 2>/dev/null && break
    sleep 0.1
done
echo "--- draw log:"
cat "$work/draw.log" 2>/dev/null || true
grep -q "^projector mode=round phase=idle countdown=- .* screen=session " "$work/draw.log" ||
    fail "the draw log shows no idle round screen"

# Every countdown the log reports has digits at least a fifth of the window's height.
python3 - "$work/draw.log" <<'PY' || fail "a countdown was shorter than a fifth of the window"
import re, sys
checked = 0
for line in open(sys.argv[1], encoding="utf-8"):
    fields = dict(re.findall(r"(\w+)=(\S+)", line))
    if fields.get("countdown", "-") == "-":
        continue
    checked += 1
    height, digits = int(fields["height_px"]), int(fields["digits_px"])
    if digits * 5 < height:
        sys.exit(f"digits {digits} px in a window {height} px tall: {line.strip()}")
print("countdown lines checked:", checked)
PY

# A capture of the projector window: on top (without a window manager the control window was
# raised when it took the focus back), then grabbed from the screen.
xdotool windowraise "$projector_id"
sleep 0.5
import -window "$projector_id" projector.png 2>/dev/null || fail "cannot capture the projector window"
size=$(identify -format "%w %h" projector.png)
echo "projector capture: $size"
read -r width height <<<"$size"
[ "$width" -ge 640 ] && [ "$height" -ge 360 ] || fail "the projector window is only $size"
# Not blank: a white ground with the title's dark, anti-aliased text on it.
dark=$(convert projector.png -colorspace gray -threshold 50% -negate -format "%[fx:mean*w*h]" info:)
colours=$(convert projector.png -format %k info:)
echo "dark pixels: $dark, unique colours: $colours"
python3 -c "import sys; sys.exit(0 if float('$dark') > 2000 else 1)" ||
    fail "the projector capture looks blank ($dark dark pixels)"
[ "$colours" -gt 10 ] || fail "the projector capture looks blank ($colours colours)"
# The keyboard is still the control window's after the raise.
focused=$(xdotool getwindowfocus 2>/dev/null || true)
[ "$focused" = "$control_id" ] || fail "raising the projector moved the keyboard focus to $focused"

# Idle, both windows open: the loop sleeps between ticks instead of spinning.
ticks() { awk '{print $14 + $15}' "/proc/$gui_pid/stat"; }
hz=$(getconf CLK_TCK)
before=$(ticks)
sleep 3
after=$(ticks)
share=$(python3 -c "print(round(($after - $before) / $hz / 3 * 100, 1))")
echo "processor use while idle: $share % of a core"
python3 -c "import sys; sys.exit(0 if $share < 15 else 1)" ||
    fail "idle with the projector open, hostspace used $share % of a core"

xdotool keydown ctrl
xdotool keydown q
sleep 0.05
xdotool keyup q
xdotool keyup ctrl
wait_for_exit
echo "PASS"
