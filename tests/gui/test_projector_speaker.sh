#!/bin/bash
# The talking piece on the projector, end to end under Xvfb. A session made with the check-in
# circle method (whose round passes the talking piece, 1 min 30 s each) and two participants,
# one of them "Łukasz Nowak". F5 starts the round: the room sees the speaker's name and own
# countdown, its digits at least a fifth of the window's height, and the step's time as the
# smaller line; F7 passes the piece and the name and countdown follow. F5 pauses: a PAUSED
# banner a tenth of the window tall, and a capture shows it across the whole width. Every line
# of the draw log reports no character missing from the projector's font.
# usage: test_projector_speaker.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_projector_speaker.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
command -v import >/dev/null || fail "ImageMagick (import) is not installed"
export HOSTSPACE_DRAW_LOG="$work/draw.log"

"$HOSTSPACE" new S --title "Speaker test" --method check-in-circle >/dev/null ||
    fail "hostspace new --method failed"
# Who is in the room, as another laptop's ops would bring them in.
dev=00000000-0000-4000-8000-00000000c0c0
cat >>S.hostspace/journal.jsonl <<JSON
{"v":1,"type":"add_participant","dev":"$dev","seq":1,"lam":100,"at":0,"id":"p1","name":"Łukasz Nowak","organisation":"Youth Council","role":""}
{"v":1,"type":"add_participant","dev":"$dev","seq":2,"lam":101,"at":0,"id":"p2","name":"Amira Hussain","organisation":"Police","role":""}
JSON

start_gui_with_projector S
log_has "^projector mode=round phase=idle " || fail "the projector never drew its idle screen"

# The room sees the first speaker's own countdown, large.
press F5
log_has '^projector mode=round phase=running .* speaker_countdown=1:(30|29|28) .* speaker="Łukasz Nowak"' ||
    fail "F5 did not show Łukasz Nowak's countdown on the projector"
# The piece passes on: the next name and a fresh countdown.
press F7
log_has '^projector mode=round phase=running .* speaker_countdown=1:(30|29|28) .* speaker="Amira Hussain"' ||
    fail "F7 did not pass the talking piece to Amira Hussain on the projector"

# Paused: the banner across the screen.
press F5
log_has '^projector mode=round phase=paused .* paused_label_px=[1-9]' ||
    fail "pausing did not put the PAUSED banner on the projector"
xdotool windowraise "$projector_id"
sleep 0.5
capture "$projector_id" paused.png
# A row of the capture that is dark from edge to edge: the banner (black on the white theme).
convert paused.png -depth 8 gray:- | python3 -c '
import sys
w, h = map(int, sys.argv[1:3])
data = sys.stdin.buffer.read()
rows = sum(1 for y in range(h) if sum(1 for v in data[y * w:(y + 1) * w] if v < 60) > 0.97 * w)
print("rows dark across the whole width:", rows)
sys.exit(0 if rows >= h // 20 else 1)' $(identify -format "%w %h" paused.png) ||
    fail "the paused projector shows no band across the screen"
press F5  # resume

echo "--- draw log:"
cat "$work/draw.log"
python3 - "$work/draw.log" <<'PY' || fail "the draw log breaks a talking-piece rule"
import re, sys
speakers, seen_paused = [], False
for line in open(sys.argv[1], encoding="utf-8"):
    if not line.startswith("projector "):
        continue
    fields = dict(re.findall(r'(\w+)=("[^"]*"|\S+)', line))
    if fields.get("missing_glyphs") != "0":
        sys.exit("characters missing from the projector's font: " + line.strip())
    if fields.get("speaker_countdown", "-") == "-":
        continue
    height = int(fields["height_px"])
    big, small = int(fields["speaker_digits_px"]), int(fields["digits_px"])
    if big * 5 < height:
        sys.exit(f"the speaker's digits are {big} px in a window {height} px tall: {line.strip()}")
    if small >= big:
        sys.exit(f"the step's time ({small} px) is not the smaller line: {line.strip()}")
    if fields["phase"] == "paused":
        seen_paused = True
        label = int(fields["paused_label_px"])
        if label * 10 < height - 10:
            sys.exit(f"PAUSED is {label} px in a window {height} px tall: {line.strip()}")
    speakers.append(fields["speaker"].strip('"'))
print("speakers shown:", sorted(set(speakers)))
if not seen_paused:
    sys.exit("no paused line with the speaker's countdown")
PY

press_with ctrl q
wait_for_exit
echo "PASS"
