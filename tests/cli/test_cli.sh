#!/usr/bin/env bash
# The command line end to end: new, import-notes, export, and the errors that must leave a
# session exactly as it was. usage: test_cli.sh HOSTSPACE DATA_DIR
set -euo pipefail
hostspace=$1
data=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
checksum() { find "$1" -type f -print0 | sort -z | xargs -0 sha256sum; }

"$hostspace" new board --title "Our purpose" >/dev/null
[[ -f board.hostspace/journal.jsonl && -f board.hostspace/snapshot.json ]] || fail "new made no session"

# Creating it again fails and changes nothing.
before=$(checksum board.hostspace)
if "$hostspace" new board --title "Other" 2>err.txt; then fail "new over a session succeeded"; fi
grep -q "already exists" err.txt || fail "no clear message: $(cat err.txt)"
[[ $(checksum board.hostspace) == "$before" ]] || fail "a failed new changed the session"

# Import the sample: 8 notes, 5 groups.
"$hostspace" import-notes board "$data/notes-sample.csv" >out.txt
grep -q "imported 8 notes" out.txt || fail "import said: $(cat out.txt)"
"$hostspace" export board --format json --out export.json
python3 - "$data/notes-sample.csv" <<'PY'
import csv, json, sys
export = json.load(open("export.json", encoding="utf-8"))
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
assert export["session"]["title"] == "Our purpose", export["session"]
notes = export["notes"]
assert len(notes) == len(rows) == 8, len(notes)
for row, note in zip(rows, notes):
    assert note["text"] == row["text"], (note["text"], row["text"])
    assert note["author"] == row["author"]
    assert note["organisation"] == row["organisation"]
    assert note["group"] == row["group"], (note["group"], row["group"])
    assert note["colour"] == row["colour"]
titles = sorted(g["title"] for g in export["groups"])
assert titles == sorted(set(r["group"] for r in rows)), titles
PY

# A broken CSV (an unterminated quote) is refused with its line; the session is untouched.
before=$(checksum board.hostspace)
printf 'text,colour\nfine,yellow\n"never closed,blue\nmore\n' >broken.csv
if "$hostspace" import-notes board broken.csv 2>err.txt; then fail "broken CSV imported"; fi
grep -q "broken.csv line 3" err.txt || fail "no line in: $(cat err.txt)"
printf 'text,colour\nfine,yellow\nbad colour,teal\n' >colour.csv
if "$hostspace" import-notes board colour.csv 2>err.txt; then fail "unknown colour imported"; fi
grep -q 'colour.csv line 3.*teal' err.txt || fail "no line/colour in: $(cat err.txt)"
[[ $(checksum board.hostspace) == "$before" ]] || fail "a failed import changed the session"

# A damaged journal is reported with file and line, and nothing is rewritten.
cp -r board.hostspace damaged.hostspace
sed -i '1s/.*/{"v":1,"type":"add_note", broken/' damaged.hostspace/journal.jsonl
before=$(checksum damaged.hostspace)
if "$hostspace" export damaged --format json --out x.json 2>err.txt; then fail "damaged session opened"; fi
grep -q "journal.jsonl line 1" err.txt || fail "no file/line in: $(cat err.txt)"
if "$hostspace" import-notes damaged "$data/notes-sample.csv" 2>err.txt; then fail "import into damaged"; fi
[[ $(checksum damaged.hostspace) == "$before" ]] || fail "a failed open changed the session"
[[ ! -e x.json ]] || fail "a failed export wrote a file"

# Usage errors.
if "$hostspace" export board --format doc --out x 2>err.txt; then fail "unknown format accepted"; fi
grep -q 'format "doc"' err.txt || fail "format message: $(cat err.txt)"
[[ ! -e x ]] || fail "an unknown format wrote a file"
if "$hostspace" export board --bogus 2>err.txt; then fail "unknown option accepted"; fi
grep -q "unknown option --bogus" err.txt || fail "option message: $(cat err.txt)"
"$hostspace" --help | grep -q "import-notes" || fail "help"

# The demo session: about 30 notes in 5 themes.
"$hostspace" make-demo demo >/dev/null
"$hostspace" export demo --format json --out - >demo.json
python3 - <<'PY'
import json
d = json.load(open("demo.json", encoding="utf-8"))
assert 25 <= len(d["notes"]) <= 40, len(d["notes"])
assert len(d["groups"]) == 5, [g["title"] for g in d["groups"]]
assert all(n["group"] for n in d["notes"])
assert d["session"]["question"]
# An afternoon's agenda from the method library, starting 13:30 on the session's date.
assert [r["method"] for r in d["agenda"]][:2] == ["check-in-circle", "world-cafe"], d["agenda"]
assert d["session"]["planned_start_ms"] and d["session"]["planned_end_ms"]
assert d["session"]["planned_end_ms"] - d["session"]["planned_start_ms"] == 150 * 60 * 1000
assert not d["timer"]["running"]
# A revealed, closed dot vote on the themes: 8 people x 3 dots, ranked, kept for the harvest.
[vote] = d["voting_rounds"]
assert vote["target"] == "groups" and vote["closed"] and vote["revealed"], vote
assert vote["total_dots"] == 24 and vote["voters"] == 8, vote
assert [r["rank"] for r in vote["results"]] == sorted(r["rank"] for r in vote["results"])
top = vote["results"][0]
assert top["dots"] == max(r["dots"] for r in vote["results"]), vote["results"]
assert any(g["votes"] and g["votes"][0]["dots"] == top["dots"] for g in d["groups"]), d["groups"]
assert all(n["votes"] == [] for n in d["notes"])
PY

# A session made with an agenda: the methods' rounds in order; an unknown method makes nothing.
"$hostspace" new planned --title "Planned" --method one-two-four-all,closing-circle >/dev/null
"$hostspace" export planned --format json --out - >planned.json
python3 - <<'PY'
import json
agenda = json.load(open("planned.json", encoding="utf-8"))["agenda"]
assert [r["title"] for r in agenda] == ["1-2-4-All", "Closing circle"], agenda
assert [s["duration_s"] for s in agenda[0]["steps"]] == [60, 120, 240, 300], agenda[0]
PY
if "$hostspace" new typo --title Typo --method world-caffe 2>err.txt; then fail "an unknown method was accepted"; fi
grep -q 'no method "world-caffe"' err.txt || fail "unknown method message: $(cat err.txt)"
grep -q "world-cafe" err.txt || fail "the message does not list the methods: $(cat err.txt)"
[[ ! -e typo.hostspace ]] || fail "a failed new --method left a session behind"
echo "cli: all checks passed"
