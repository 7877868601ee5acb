#!/bin/bash
# A round run from the keyboard with the projector open, end to end under Xvfb. The session is
# made with `hostspace new --method` from a method of the user's own (an 8-second round, so the
# test sees zero). F5 starts it; the projector's countdown ticks down second by second (its draw
# log and two captures of its window a few seconds apart say so) with digits at least a fifth of
# its height; `hostspace shot` of the running session draws the countdown into projector.png; at
# zero the projector flashes, then counts overtime in red, and the zero cue fires once; the
# export shows the round running.
# usage: test_round.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_round.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
command -v import >/dev/null || fail "ImageMagick (import) is not installed"
export HOSTSPACE_DRAW_LOG="$work/draw.log"

capture_projector() {
    xdotool windowraise "$projector_id"
    sleep 0.3
    import -window "$projector_id" "$1" 2>/dev/null || fail "cannot capture the projector window"
}

mkdir -p "$XDG_DATA_HOME/hostspace/methods"
cat >"$XDG_DATA_HOME/hostspace/methods/quick.json" <<'JSON'
{"schema_version": 1, "id": "quick-test", "name": "Quick test round",
 "how_to": "A round short enough for a test to see zero.", "harvest_hint": "",
 "question_prompts": ["What is one word for today?"],
 "rounds": [{"title": "Quick round", "question": "What is one word for today?",
             "minutes": 0.1334}]}
JSON
"$HOSTSPACE" new S --title "Round test" --method quick-test,closing-circle >/dev/null ||
    fail "hostspace new --method failed"
first_round=$("$HOSTSPACE" export S --format json --out - 2>/dev/null |
    python3 -c "import json, sys; print(json.load(sys.stdin)['agenda'][0]['id'])") ||
    fail "the demo has no agenda"

start_gui_with_projector S
log_has "^projector mode=round phase=idle " || fail "the projector never drew its idle screen"

press F5
log_has "^projector mode=round phase=running countdown=[0-9]" ||
    fail "F5 did not start a countdown on the projector"
capture_projector first.png
sleep 2
capture_projector second.png
changed=$(compare -metric AE first.png second.png null: 2>&1 || true)
echo "pixels changed between two captures 2.3 s apart: $changed"
[ "${changed%% *}" -gt 100 ] 2>/dev/null || fail "the projector's countdown did not move ($changed pixels changed)"

ASAN_OPTIONS="$window_asan_options" "$HOSTSPACE" shot S --out shots >"$work/shot.log" 2>&1 ||
    fail "hostspace shot failed while the round runs: $(cat "$work/shot.log")"
[ -s shots/projector.png ] || fail "shot wrote no projector.png"

log_has "^projector mode=round phase=overtime .* tone=flash " ||
    fail "zero did not flash on the projector"
log_has "^projector mode=round phase=overtime countdown=\+0:0[1-9] .* tone=red " ||
    fail "the projector does not count overtime in red"
log_has "^cue time_up chime=on$" || fail "the zero cue did not fire"
sleep 1.5

echo "--- draw log:"
cat "$work/draw.log"
python3 - "$work/draw.log" <<'PY' || fail "the draw log breaks a countdown rule"
import re, sys
running, cues = [], 0
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("cue time_up"):
        cues += 1
        continue
    fields = dict(re.findall(r"(\w+)=(\S+)", line))
    countdown = fields.get("countdown", "-")
    if countdown == "-":
        continue
    height, digits = int(fields["height_px"]), int(fields["digits_px"])
    if digits * 5 < height:
        sys.exit(f"digits {digits} px in a window {height} px tall: {line.strip()}")
    if fields["phase"] == "running" and ":" in countdown and not countdown.startswith("+"):
        minutes, seconds = countdown.split(":")
        running.append(int(minutes) * 60 + int(seconds))
# Second by second: at least three successive readings one second apart, counting down.
steps = [a - b for a, b in zip(running, running[1:])]
print("running countdown seconds:", running[:8], "...")
if steps.count(1) < 3:
    sys.exit("the countdown did not tick second by second")
if cues != 1:
    sys.exit(f"the zero cue fired {cues} times, not once")
PY

press Escape  # nothing should be active; quit cleanly
xdotool keydown ctrl
xdotool keydown q
sleep 0.05
xdotool keyup q
xdotool keyup ctrl
wait_for_exit

"$HOSTSPACE" export S --format json --out - >out.json 2>/dev/null || fail "hostspace export failed"
python3 - out.json "$first_round" <<'PY' || fail "the export does not show the first round running"
import json, sys
timer = json.load(open(sys.argv[1], encoding="utf-8"))["timer"]
print("timer:", timer)
sys.exit(0 if timer["running"] and timer["round_id"] == sys.argv[2] else 1)
PY

# The shot taken while the round ran shows a countdown: dark digits on the white ground, far
# more ink than the idle screen of the same session.
"$HOSTSPACE" new Idle --title "Round test" --method quick-test >/dev/null
ASAN_OPTIONS="$window_asan_options" "$HOSTSPACE" shot Idle --out idle_shots >"$work/shot.log" 2>&1 ||
    fail "hostspace shot of the idle session failed: $(cat "$work/shot.log")"
ink() { convert "$1" -colorspace gray -threshold 50% -negate -format "%[fx:mean*w*h]" info:; }
running_ink=$(ink shots/projector.png)
idle_ink=$(ink idle_shots/projector.png)
echo "dark pixels: running $running_ink, idle $idle_ink"
python3 -c "import sys; sys.exit(0 if float('$running_ink') > float('$idle_ink') + 5000 else 1)" ||
    fail "the running shot's projector.png shows no countdown"
echo "PASS"
