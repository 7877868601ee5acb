#!/bin/bash
# Starting or resuming the timer brings the projector back to Round, unless it is pinned, end
# to end under Xvfb with the keyboard (and the Pin box with the mouse). The projector shows
# Board (Ctrl+F12); F5 starts the round and the projector turns to Round. Back to Board, pinned
# (Shift+F12): pausing and resuming leave it on Board. Unpinned with a click on the Pin box,
# a pause and resume turn it to Round again. Each step is read from the projector's draw log.
# usage: test_projector_follows_timer.sh PATH/TO/hostspace
set -euo pipefail
HOSTSPACE=$(realpath "${1:?usage: test_projector_follows_timer.sh PATH/TO/hostspace}")
source "$(dirname "$0")/gui_test_lib.sh"
command -v xdotool >/dev/null || fail "xdotool is not installed"
export HOSTSPACE_DRAW_LOG="$work/draw.log"

# The Projector section's header and its Pin box: projector_section_header and pin_box
# (gui_test_lib.sh) find them from the draw log.

printf 'text,group\nListen first,Voice\nShare the data,Trust\n' >notes.csv
"$HOSTSPACE" new S --title "Follow test" --method world-cafe >/dev/null || fail "hostspace new failed"
"$HOSTSPACE" import-notes S notes.csv >/dev/null 2>&1 || fail "import-notes failed"

start_gui_with_projector S
park_projector
log_has "^projector mode=round phase=idle " || fail "the projector never drew"
latest() { latest_now projector "$1"; }

press_with ctrl F12
latest "^projector mode=board phase=idle " || fail "Ctrl+F12 did not turn the projector to Board"
press F5
latest "^projector mode=round phase=running " || fail "starting the timer left the projector on Board"

# Board again, pinned from the keyboard: a pause and a resume leave it there.
press_with ctrl F12
latest "^projector mode=board phase=running " || fail "Ctrl+F12 did not turn the projector to Board"
press_with shift F12
press F5
latest "^projector mode=board phase=paused " || fail "pausing moved the pinned projector"
press F5
latest "^projector mode=board phase=running " || fail "resuming moved the pinned projector off Board"
sleep 1
latest "^projector mode=board phase=running " || fail "the pinned projector left Board"

# Unpinned with the mouse: the next resume brings Round back.
projector_section_header
sleep 0.5
pin_box
away
sleep 0.3
press F5
latest "^projector mode=board phase=paused " || fail "pausing moved the projector"
press F5
latest "^projector mode=round phase=running " ||
    fail "once unpinned with the Pin box, resuming did not bring the projector back to Round"

press_with ctrl q
wait_for_exit
echo "PASS"
