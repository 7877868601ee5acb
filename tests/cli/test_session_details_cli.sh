#!/usr/bin/env bash
# A session's details on the command line: `new` with --title (required) and the other fields,
# `set` for an existing session (one undo step), and every refusal leaving the session byte
# for byte as it was. usage: test_session_details_cli.sh HOSTSPACE
set -euo pipefail
hostspace=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
checksum() { find "$1" -type f -print0 | sort -z | xargs -0 sha256sum; }
details() {  # title|question|date|venue|hosts of session $1
    "$hostspace" export "$1" --format json --out - | python3 -c '
import json, sys
s = json.load(sys.stdin)["session"]
print("|".join(s[k] for k in ("title", "question", "date", "venue", "hosts")))'
}
refused() {  # refused WHAT EXPECTED_TEXT COMMAND...: fails unless the command fails saying it
    local what=$1 expected=$2
    shift 2
    if "$hostspace" "$@" >out.txt 2>err.txt; then fail "$what was accepted"; fi
    grep -qF -- "$expected" err.txt || fail "$what: expected \"$expected\" in: $(cat err.txt)"
}

# new with every field; values are saved trimmed.
"$hostspace" new away --title "  Board away day " --question "What matters most?" \
    --date 2026-03-14 --venue "Town hall" --hosts "Ann, Priya" >/dev/null
[[ $(details away) == "Board away day|What matters most?|2026-03-14|Town hall|Ann, Priya" ]] ||
    fail "new saved: $(details away)"

# new refuses a missing, empty or blank title and a date that is not YYYY-MM-DD; nothing is made.
refused "new without --title" "--title is required" new untitled
refused "new --title \"\"" "needs a title" new untitled --title ""
refused "new --title \"   \"" "needs a title" new untitled --title "   "
refused "new --date 14/03/2026" "2026-03-14" new untitled --title T --date 14/03/2026
grep -q "YYYY-MM-DD" err.txt || fail "the date message has no format: $(cat err.txt)"
refused "new --date 2026-02-30" "no day 2026-02-30" new untitled --title T --date 2026-02-30
[[ ! -e untitled.hostspace ]] || fail "a refused new left a session behind"

# set changes only what is named, in one journal line (one undo step in the window).
lines_before=$(wc -l <away.hostspace/journal.jsonl)
"$hostspace" set away --question "  Who is missing from the room? " --venue "Library" >out.txt
grep -q "set question, venue of" out.txt || fail "set said: $(cat out.txt)"
[[ $(details away) == "Board away day|Who is missing from the room?|2026-03-14|Library|Ann, Priya" ]] ||
    fail "set saved: $(details away)"
[[ $(wc -l <away.hostspace/journal.jsonl) == $((lines_before + 1)) ]] || fail "set made more than one line"
tail -n 1 away.hostspace/journal.jsonl | python3 -c '
import json, sys
line = json.loads(sys.stdin.read())
assert line["type"] == "batch", line
assert [(op["type"], op["field"]) for op in line["ops"]] == [("set_meta", "question"), ("set_meta", "venue")], line' ||
    fail "set did not save one batch of set_meta ops"

# Every refusal leaves the session byte for byte as it was.
before=$(checksum away.hostspace)
refused "set with nothing to set" "name what to set" set away
refused "set --title \"\"" "needs a title" set away --title ""
refused "set --title \" \"" "needs a title" set away --title " " --venue "Elsewhere"
refused "set --date 2026-3-14" "2026-03-14" set away --date 2026-3-14
refused "set --colour" "unknown option --colour" set away --colour red
refused "set on a missing session" "no session here" set nowhere --title T
[[ $(checksum away.hostspace) == "$before" ]] || fail "a refused set changed the session"
[[ ! -e nowhere.hostspace ]] || fail "set made a session"

# Setting what is already there writes nothing.
"$hostspace" set away --venue Library >out.txt
grep -q "nothing to change" out.txt || fail "set of the same value: $(cat out.txt)"
[[ $(checksum away.hostspace) == "$before" ]] || fail "set of the same value wrote"

# The session open in another hostspace (which holds its lock): refused, nothing written.
exec 9<away.hostspace/journal.jsonl
flock -n 9 || fail "could not take the lock for the test"
refused "set while open elsewhere" "open in another hostspace" set away --title "Other"
exec 9<&-
[[ $(checksum away.hostspace) == "$before" ]] || fail "a refused set changed the session"

# A new title reaches the start screen's list of recent sessions, in place.
mkdir -p config/hostspace
printf '# list\n%s\n%s\n\tBoard away day\n' "$work/other.hostspace" "$work/away.hostspace" \
    >config/hostspace/recent-sessions.txt
"$hostspace" set away --title "Board away day (March)" --date "" >/dev/null
[[ $(details away) == "Board away day (March)|Who is missing from the room?||Library|Ann, Priya" ]] ||
    fail "set --title --date \"\": $(details away)"
grep -qxF "	Board away day (March)" config/hostspace/recent-sessions.txt ||
    fail "the recent list has: $(cat config/hostspace/recent-sessions.txt)"
[[ $(grep -c "\\.hostspace$" config/hostspace/recent-sessions.txt) == 2 ]] || fail "the list changed shape: $(cat config/hostspace/recent-sessions.txt)"
echo "cli session details: all checks passed"
