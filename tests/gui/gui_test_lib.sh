# Shared by the GUI tests (sourced). Runs the calling script again inside its own Xvfb, makes a
# throw-away home for config and data, and stops whatever it started when the script exits.

# Every GUI test runs under its own X server, never on the user's display.
if [ -z "${HOSTSPACE_UNDER_XVFB:-}" ]; then
    command -v xvfb-run >/dev/null || { echo "FAIL: xvfb-run is not installed (package xvfb)"; exit 1; }
    # -a from a random server number: two tests started at once by ctest -j both tried :99,
    # and one lost its X server mid-test (xdotool: "Can't open display").
    HOSTSPACE_UNDER_XVFB=1 exec xvfb-run -a -n $((100 + RANDOM % 800)) -s "-screen 0 1920x1080x24" bash "$0" "$@"
fi

fail() {
    if [ -n "${HOSTSPACE_DRAW_LOG:-}" ] && [ -s "$HOSTSPACE_DRAW_LOG" ]; then
        echo "--- draw log:" >&2
        tail -n 30 "$HOSTSPACE_DRAW_LOG" >&2
    fi
    echo "FAIL: $*" >&2
    if [ -n "${work:-}" ] && [ -s "$work/gui.log" ]; then
        echo "--- hostspace output:" >&2
        cat "$work/gui.log" >&2
    fi
    exit 1
}

work=$(mktemp -d -t hostspace-gui-test-XXXXXX)
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export HOSTSPACE_CHIME=off  # tests never reach for a sound server
# Every partial redraw is compared with a full one; a difference is a line wait_for_exit fails on.
export HOSTSPACE_CHECK_PARTIAL_REDRAW=1
gui_pid=""
started_pids=()  # everything the test started in the background, stopped on exit
cleanup() {
    for pid in "${started_pids[@]}"; do
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$work"
}
trap cleanup EXIT
cd "$work"

# ASAN_OPTIONS for a hostspace that opens a window. In a sanitized build LeakSanitizer reports
# the system GL stack's own leaks (Mesa's llvmpipe leaks even in an empty GLFW program, in frames
# it cannot name), so leak checking is off for window processes only; the rest of
# AddressSanitizer stays on, and the command-line runs in the tests keep their leak checks.
window_asan_options="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

# Starts the GUI in the background (arguments: hostspace's) and waits up to 10 s for its window;
# sets gui_pid and window_id.
start_gui() {
    ASAN_OPTIONS="$window_asan_options" "$HOSTSPACE" "$@" >"$work/gui.log" 2>&1 &
    gui_pid=$!
    started_pids+=("$gui_pid")
    window_id=$(timeout 10 xdotool search --sync --onlyvisible --name 'hostspace' 2>/dev/null | head -n 1) ||
        fail "no hostspace window within 10 s"
    [ -n "$window_id" ] || fail "no hostspace window within 10 s"
    sleep 0.5  # first frames: fonts uploaded, the new-note field takes the keyboard
}

# Starts hostspace with the projector window: its arguments are hostspace's (without
# --projector). Sets gui_pid and projector_id; the control window is found by the caller.
start_gui_with_projector() {
    ASAN_OPTIONS="$window_asan_options" "$HOSTSPACE" "$@" --projector >"$work/gui.log" 2>&1 &
    gui_pid=$!
    started_pids+=("$gui_pid")
    projector_id=$(timeout 10 xdotool search --sync --onlyvisible --name '^hostspace projector$' \
        2>/dev/null | head -n 1) || fail "no projector window within 10 s"
    [ -n "$projector_id" ] || fail "no projector window within 10 s"
}

# Waits up to 10 s for the GUI to exit; fails if it does not, or exits non-zero.
wait_for_exit() {
    for _ in $(seq 1 100); do
        kill -0 "$gui_pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$gui_pid" 2>/dev/null && fail "hostspace did not exit within 10 s of Ctrl+Q"
    local status=0
    wait "$gui_pid" || status=$?
    gui_pid=""
    [ "$status" -eq 0 ] || fail "hostspace exited with status $status"
    if grep -qs "partial redraw mismatch" "$work/gui.log" "${HOSTSPACE_DRAW_LOG:-/dev/null}"; then
        fail "a partial redraw differed from a full one"
    fi
}

# Puts every character of $1 that the keyboard map lacks on a spare key, before it is typed.
# Without this, xdotool maps such a character onto a spare key for one keystroke and takes it off
# again at once; when the app reads the key after that (a slow frame of a sanitized build), the
# character comes out wrong or not at all. Call it once the window is open: Xvfb resets its
# keyboard map when its last client leaves, so a map made before the app connects is lost.
put_on_keyboard() {
    command -v xmodmap >/dev/null || fail "xmodmap is not installed (package x11-xserver-utils)"
    local spare needed i=0 keysym expressions=()
    mapfile -t spare < <(xmodmap -pke | awk 'NF == 3 && $2 > 8 {print $2}')
    # Each character's keysym: Latin-1 ones are their code point, the rest U+XXXX.
    mapfile -t needed < <(python3 -c '
import sys
seen = set()
for ch in sys.argv[1]:
    if ord(ch) > 0x7e and ch not in seen:
        seen.add(ch)
        print("0x%04x" % ord(ch) if ord(ch) <= 0xff else "U%04X" % ord(ch))' "$1")
    [ "${#needed[@]}" -lt "${#spare[@]}" ] ||
        fail "put_on_keyboard: ${#needed[@]} characters but only ${#spare[@]} spare keys"
    for keysym in "${needed[@]}"; do
        # Twice: one keysym alone would make a capital letter's key type its small letter.
        expressions+=(-e "keycode ${spare[$i]} = $keysym $keysym")
        i=$((i + 1))
    done
    [ "${#expressions[@]}" -eq 0 ] || xmodmap "${expressions[@]}" || fail "xmodmap could not map the keys"
    sleep 0.3  # the app takes the new map in
}

# ImGui 1.86 sees a key only if it is down during a frame (PLATFORM-NOTES): hold each one
# briefly, then give the app a moment. `press ctrl+z` works too.
press() {
    xdotool keydown "$1"
    sleep 0.05
    xdotool keyup "$1"
    sleep 0.3
}
press_with() {  # press_with MODIFIER KEY
    xdotool keydown "$1"
    sleep 0.05
    press "$2"
    xdotool keyup "$1"
    sleep 0.3
}

# Waits up to $2 seconds (default 5) for a line of the draw log (HOSTSPACE_DRAW_LOG) that
# matches the extended regular expression $1.
log_has() {
    for _ in $(seq 1 $((${2:-5} * 10))); do
        grep -Eq "$1" "$HOSTSPACE_DRAW_LOG" 2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

# Waits up to 5 s for the board's latest draw-log line to match the regular expression $1.
board_now() { latest_now board "$1"; }

# Where board (0, 0) is on screen, "X Y", from the board's latest draw-log line.
board_origin() {
    grep '^board ' "$HOSTSPACE_DRAW_LOG" | tail -n 1 | sed -E 's/.* at=([-0-9]+),([-0-9]+) .*/\1 \2/'
}

# Drags with the left button from screen point (X0, Y0) to (X1, Y1), in steps so every frame
# sees the pointer move: drag X0 Y0 X1 Y1.
drag() {
    xdotool mousemove "$1" "$2"
    sleep 0.15
    xdotool mousedown 1
    for step in 1 2 3 4 5 6; do
        xdotool mousemove $(($1 + ($3 - $1) * step / 6)) $(($2 + ($4 - $2) * step / 6))
        sleep 0.05
    done
    sleep 0.1
    xdotool mouseup 1
    sleep 0.5
}

# The op types in session S's journal, oldest first, and how many of one type there are.
ops_of() { python3 -c "
import json
print(' '.join(json.loads(l)['type'] for l in open('S.hostspace/journal.jsonl') if l.strip()))"; }
count_ops() { ops_of | tr ' ' '\n' | grep -cx "$1" || true; }

# The side panel's Voting section, 1400x900 at 100 %: it sits at the bottom, below the agenda,
# and grows upwards, so its buttons keep their places whatever is listed above them.
voting_header() { xdotool mousemove 1057 839 click 1; }
new_round_button() { xdotool mousemove 1189 835 click 1; }  # while there is no round
tally_button() { xdotool mousemove 1092 750 click 1; }
laptop_button() { xdotool mousemove 1286 750 click 1; }
reveal_button() { xdotool mousemove 1092 793 click 1; }
away() { xdotool mousemove 700 880; }  # off every button, on the status line

# The projector window (projector_id) out of the control window's way, mostly off screen, so
# clicks reach the side panel; and back on screen, raised, to be captured.
park_projector() { xdotool windowmove "$projector_id" 1400 0; sleep 0.3; }
show_projector() { xdotool windowmove "$projector_id" 640 0; xdotool windowraise "$projector_id"; sleep 0.8; }

# Captures window $1 (default: the whole screen) into PNG $2.
capture() {
    import -window "${1:-root}" "$2" 2>/dev/null || fail "cannot capture window ${1:-root}"
}

# Counts the dark pixels (each channel under 100) in the square of half-width $3 around
# (X, Y) = ($1, $2) of PNG $4.
dark_pixels_around() {
    local x=$1 y=$2 r=$3 png=$4
    convert "$png" -crop "$((2 * r))x$((2 * r))+$((x - r))+$((y - r))" +repage -depth 8 rgb:- |
        python3 -c '
import sys
data = sys.stdin.buffer.read()
print(sum(1 for i in range(0, len(data) - 2, 3) if max(data[i:i + 3]) < 100))'
}

# The yellow (#F6EF8E) note on the projector: captures it (shown, then parked again) and prints
# its box "X0 Y0 X1 Y1" and its dark ink in the top 40 % and the bottom 40 % of the box ("TOP
# BOTTOM"); fails (status 1) when no yellow is on it.
projector_note_ink() {
    show_projector
    capture "$projector_id" "$work/projector-note.png"
    park_projector
    local size
    size=$(identify -format "%w %h" "$work/projector-note.png")
    convert "$work/projector-note.png" -depth 8 rgb:- | python3 -c '
import sys
w, h = map(int, sys.argv[1:3])
data = sys.stdin.buffer.read()
xs, ys = [], []
for y in range(h):
    row = data[y * w * 3:(y + 1) * w * 3]
    at = row.find(b"\xf6\xef\x8e")
    while at >= 0:
        if at % 3 == 0:
            xs.append(at // 3)
            ys.append(y)
        at = row.find(b"\xf6\xef\x8e", at + 1)
if not xs:
    sys.exit(1)
x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
def ink(top, bottom):
    count = 0
    for y in range(top, bottom):
        for x in range(x0 + 3, x1 - 3):
            i = (y * w + x) * 3
            if max(data[i:i + 3]) < 110:
                count += 1
    return count
band = int((y1 - y0) * 0.4)
print(x0, y0, x1, y1, ink(y0 + 3, y0 + band), ink(y1 - band, y1 - 3))' $size
}

# Waits up to 5 s for the latest draw-log line that starts with the word $1 ("find",
# "new-note") to match the extended regular expression $2.
latest_now() {
    for _ in $(seq 1 50); do
        grep "^$1 " "$HOSTSPACE_DRAW_LOG" | tail -n 1 | grep -Eq "$2" && return 0
        sleep 0.1
    done
    return 1
}

# The notes of session S that were not imported from notes-arrange.csv, one "text group" line
# each (group None for none), sorted.
typed_notes() {
    "$HOSTSPACE" export S --format json --out - 2>/dev/null | python3 -c '
import json, sys
notes = json.load(sys.stdin)["notes"]
for text, group in sorted((n["text"], str(n.get("group"))) for n in notes
                          if not n["text"].startswith(("Idea ", "Risk ", "Loose"))):
    print(text, group)'
}

# Waits up to 5 s for the title of window $1 to match the extended regular expression $2; sets
# `title` to the last title read either way.
wait_for_title() {
    for _ in $(seq 1 50); do
        title=$(xdotool getwindowname "$1")
        grep -Eq "$2" <<<"$title" && return 0
        sleep 0.1
    done
    return 1
}

# "title collapsed note_count" for each group of session S, by title.
group_states() {
    "$HOSTSPACE" export S --format json --out - 2>/dev/null | python3 -c '
import json, sys
for g in sorted(json.load(sys.stdin)["groups"], key=lambda g: g["title"]):
    print(g["title"], g["collapsed"], g["note_count"])'
}

# Waits up to $1 seconds for the output of command $3 to be the lines after it; fails saying $2
# (what is being checked) and both texts if it never is.
expect_output_within() {
    local seconds=$1 what=$2 command=$3 want got
    shift 3
    want=$(printf '%s\n' "$@")
    for _ in $(seq 1 $((seconds * 10))); do
        got=$($command)
        [ "$got" == "$want" ] && return 0
        sleep 0.1
    done
    fail "$what: expected
$want
got
$got"
}
expect_output() { expect_output_within 2 "$@"; }

# Waits up to 2 s for group_states to be the lines after $1 (what is being checked).
expect_group_states() {
    local what=$1
    shift
    expect_output "$what" group_states "$@"
}

# The id of session S's group titled $1.
group_id() {
    "$HOSTSPACE" export S --format json --out - 2>/dev/null | python3 -c '
import json, sys
print([g["id"] for g in json.load(sys.stdin)["groups"] if g["title"] == sys.argv[1]][0])' "$1"
}

# Opens a voting round of $1 dots each from the side panel's form (named, results hidden: the
# form's defaults otherwise) and checks that its op was saved. The session's first round.
open_round_from_form() {
    voting_header
    sleep 0.5
    new_round_button
    sleep 0.6
    press Tab  # from the question to the dots per person, its text selected
    xdotool type "$1"
    sleep 0.2
    press Return
    sleep 0.3
    [ "$(count_ops open_voting_round)" = 1 ] || fail "the form did not open a voting round: $(ops_of)"
}

# Makes session S titled $1 and imports the notes CSV $2 into it.
new_session_with_notes() {
    "$HOSTSPACE" new S --title "$1" >/dev/null || fail "hostspace new failed"
    "$HOSTSPACE" import-notes S "$2" >/dev/null 2>&1 || fail "import-notes failed"
}

# The side panel's Projector section header, and its Pin box once the section is open, where
# the draw log's latest `panel` line puts them (the timer above moves them).
panel_point() {
    grep '^panel ' "$HOSTSPACE_DRAW_LOG" | tail -n 1 | sed -E "s/.* $1=([-0-9]+),([-0-9]+).*/\1 \2/"
}
projector_section_header() {
    latest_now panel 'projector_header=[0-9]' || fail "the side panel never drew its Projector header"
    xdotool mousemove $(panel_point projector_header) click 1
}
pin_box() {
    latest_now panel ' pin=[0-9]' || fail "the Projector section did not open"
    xdotool mousemove $(panel_point pin) click 1
}

# The point named $2 of the draw log's latest line starting with $1 ("consent", "voting-panel"),
# as "X Y", once what changed has settled (a change may scroll a column a frame later).
point_of() {
    sleep 0.3
    grep "^$1 " "$HOSTSPACE_DRAW_LOG" | tail -n 1 | sed -E "s/.* $2=([-0-9]+),([-0-9]+).*/\1 \2/"
}
click_at() { xdotool mousemove $1 $2 click 1; sleep 0.3; }
# Waits for the latest `consent` line to match $1, else fails with $2 and that line.
consent_now() { latest_now consent "$1" || fail "$2: $(grep '^consent ' "$HOSTSPACE_DRAW_LOG" | tail -n 1)"; }
