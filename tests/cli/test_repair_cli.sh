#!/usr/bin/env bash
# `hostspace repair` end to end: a journal damaged mid-file is refused by export, repaired
# (the damaged journal kept aside unchanged, the dropped line named), and every note whose line
# was intact comes back; a healthy session, a second repair, a torn last line, a damaged
# snapshot, a line from a newer hostspace and a session open elsewhere.
# usage: test_repair_cli.sh HOSTSPACE
set -euo pipefail
hostspace=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
checksum() { find "$1" -type f -print0 | sort -z | xargs -0 sha256sum; }
journal=board.hostspace/journal.jsonl

# A session whose notes were saved one line each after its snapshot, as a window saves them
# (here by another device, so the test controls every line): line 1 is the title, 2-6 are the
# notes "Note 1" ... "Note 5".
"$hostspace" new board --title "Repair test" >/dev/null
append_notes() {  # append_notes FIRST LAST [SEQ_BASE]
    python3 - "$journal" "$@" <<'PY'
import json, sys
journal, first, last = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(journal, "a", encoding="utf-8") as out:
    for i in range(first, last + 1):
        op = {"v": 1, "type": "add_note", "dev": "cccccccc-0000-4000-8000-000000000003",
              "seq": i, "lam": 100 + i, "at": 1795300000000, "id": f"n{i}", "text": f"Note {i}",
              "author": "", "organisation": "", "colour": "yellow", "group": "", "x": 0, "y": 0}
        out.write(json.dumps(op, separators=(",", ":")) + "\n")
PY
}
append_notes 1 5
notes() {  # the session's note texts, sorted, on one line
    "$hostspace" export board --format json --out - 2>/dev/null |
        python3 -c 'import json, sys; print(" ".join(sorted(n["text"] for n in json.load(sys.stdin)["notes"])))'
}
[[ $(notes) == "Note 1 Note 2 Note 3 Note 4 Note 5" ]] || fail "the notes did not save: $(notes)"

# A healthy session: repair says so and changes nothing.
before=$(checksum board.hostspace)
"$hostspace" repair board >out.txt || fail "repair of a healthy session failed"
grep -q "nothing needed repair" out.txt || fail "healthy: $(cat out.txt)"
[[ $(checksum board.hostspace) == "$before" ]] || fail "repair changed a healthy session"

# Line 4 ("Note 3") damaged mid-file: export refuses it and writes nothing.
sed -i '4s/.*/{"v":1,"type":"add_note","dev":"cccc/' "$journal"
cp "$journal" damaged.jsonl
before=$(checksum board.hostspace)
if "$hostspace" export board --format json --out x.json 2>err.txt; then fail "a damaged session exported"; fi
grep -q "journal.jsonl line 4" err.txt || fail "export did not name the line: $(cat err.txt)"
[[ ! -e x.json && $(checksum board.hostspace) == "$before" ]] || fail "a failed export wrote"

"$hostspace" repair board >out.txt 2>err.txt || fail "repair failed: $(cat err.txt)"
grep -q "kept 5 of 6 lines" out.txt || fail "repair did not say what it kept: $(cat out.txt)"
grep -q "line 4: not valid JSON" out.txt || fail "repair did not name the dropped line: $(cat out.txt)"
copies=(board.hostspace/journal.damaged-*.jsonl)
[[ ${#copies[@]} == 1 && -f ${copies[0]} ]] || fail "no damaged copy: $(ls board.hostspace)"
grep -qF "$(basename "${copies[0]}")" out.txt || fail "the output does not say where the copy is"
cmp -s "${copies[0]}" damaged.jsonl || fail "the damaged copy is not the damaged journal"
[[ $(notes) == "Note 1 Note 2 Note 4 Note 5" ]] || fail "after repair the notes are: $(notes)"
"$hostspace" export board --format json --out - | grep -q '"title": *"Repair test"' ||
    fail "the title was lost"

# A second repair finds nothing to do.
before=$(checksum board.hostspace)
"$hostspace" repair board >out.txt
grep -q "nothing needed repair" out.txt || fail "second repair: $(cat out.txt)"
[[ $(checksum board.hostspace) == "$before" ]] || fail "a second repair changed the session"

# A torn last line (a crash mid-write): open drops it with a warning; repair cuts it off, keeps
# the torn journal aside under a new name, and the first copy stays as it was.
first_copy=$(sha256sum "${copies[0]}")
printf '{"v":1,"type":"add_note","dev":"cc' >>"$journal"
"$hostspace" export board --format json --out - >/dev/null 2>err.txt || fail "a torn line stopped the open"
grep -q "incomplete last line" err.txt || fail "no warning for the torn line: $(cat err.txt)"
"$hostspace" repair board >out.txt || fail "repair of a torn line failed"
grep -q "line 6: an incomplete last line" out.txt || fail "torn: $(cat out.txt)"
[[ $(ls board.hostspace/journal.damaged-*.jsonl | wc -l) == 2 ]] || fail "no second copy: $(ls board.hostspace)"
[[ $(sha256sum "${copies[0]}") == "$first_copy" ]] || fail "the first damaged copy was overwritten"
"$hostspace" export board --format json --out - >/dev/null 2>err.txt
[[ ! -s err.txt ]] || fail "the repaired session still warns: $(cat err.txt)"

# A damaged snapshot: kept aside and rebuilt from the journal; no note is lost.
head -c 100 board.hostspace/snapshot.json >half.json
cp half.json board.hostspace/snapshot.json
if "$hostspace" export board --format json --out - >/dev/null 2>err.txt; then fail "a damaged snapshot opened"; fi
grep -q "snapshot.json" err.txt || fail "no snapshot in: $(cat err.txt)"
"$hostspace" repair board >out.txt || fail "repair of the snapshot failed"
grep -q "rebuilt from the journal" out.txt || fail "snapshot: $(cat out.txt)"
cmp -s board.hostspace/snapshot.damaged-*.json half.json || fail "the damaged snapshot was not kept"
[[ $(notes) == "Note 1 Note 2 Note 4 Note 5" ]] || fail "after the snapshot repair: $(notes)"

# A line written by a newer hostspace is not damage: refused, nothing changed; --drop-unknown
# sets it aside like a damaged one.
append_notes 6 7
sed -i '$s/"add_note"/"add_hologram"/' "$journal"
before=$(checksum board.hostspace)
if "$hostspace" repair board >out.txt 2>err.txt; then fail "a newer line was dropped without asking"; fi
grep -q "newer hostspace" err.txt || fail "newer: $(cat err.txt)"
[[ $(checksum board.hostspace) == "$before" ]] || fail "a refused repair changed the session"
"$hostspace" repair board --drop-unknown >out.txt || fail "repair --drop-unknown failed"
grep -q 'unknown operation type "add_hologram"' out.txt || fail "drop-unknown: $(cat out.txt)"
[[ $(notes) == "Note 1 Note 2 Note 4 Note 5 Note 6" ]] || fail "after --drop-unknown: $(notes)"

# A session open in another hostspace (which holds the journal's lock) is not repaired.
sed -i '2s/.*/garbage/' "$journal"
before=$(checksum board.hostspace)
exec 9<"$journal"
flock -n 9 || fail "could not take the lock for the test"
if "$hostspace" repair board >out.txt 2>err.txt; then fail "repaired a session open elsewhere"; fi
exec 9<&-
grep -q "open in another hostspace" err.txt || fail "locked: $(cat err.txt)"
[[ $(checksum board.hostspace) == "$before" ]] || fail "a refused repair changed the session"
"$hostspace" repair board >/dev/null || fail "repair once the lock is gone failed"

# No session: a clear message and a non-zero exit.
if "$hostspace" repair nowhere 2>err.txt; then fail "repair of a missing session succeeded"; fi
grep -q "no session here" err.txt || fail "missing: $(cat err.txt)"
[[ ! -e nowhere.hostspace ]] || fail "repair made a folder"
if "$hostspace" repair 2>err.txt; then fail "repair without a session succeeded"; fi
echo "cli repair: all checks passed"
