#!/usr/bin/env bash
# Importing real spreadsheets from the command line: notes saved as Windows-1252 and with
# semicolons, participants, checked in the JSON export against Python's own CSV reader; and bad
# files that must leave the session byte for byte as it was.
# usage: test_import_cli.sh HOSTSPACE DATA_DIR
set -euo pipefail
hostspace=$1
data=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
checksum() { find "$1" -type f -print0 | sort -z | xargs -0 sha256sum; }

"$hostspace" new board --title "Import" >/dev/null

# Windows-1252, comma (Excel's "CSV (Comma delimited)"): read, with a warning naming the file.
"$hostspace" import-notes board "$data/notes-excel-1252.csv" >out.txt 2>err.txt
grep -q "^imported 5 notes into board.hostspace (3 new themes)$" out.txt ||
    fail "1252 import said: $(cat out.txt)"
grep -q "notes-excel-1252.csv is not UTF-8 text, so it was read as Windows-1252" err.txt ||
    fail "no encoding warning: $(cat err.txt)"

# Semicolons, UTF-8: Voice exists now, Ways of working is new.
"$hostspace" import-notes board "$data/notes-semicolon.csv" >out.txt 2>err.txt
grep -q "^imported 4 notes into board.hostspace (1 new theme)$" out.txt ||
    fail "semicolon import said: $(cat out.txt)"
[[ ! -s err.txt ]] || fail "warnings for a clean UTF-8 file: $(cat err.txt)"

# Participants: a repeated person is skipped with a warning; importing again adds nobody and
# writes nothing.
"$hostspace" import-participants board "$data/participants.csv" >out.txt 2>err.txt
grep -q "^imported 4 participants into board.hostspace$" out.txt ||
    fail "participants import said: $(cat out.txt)"
grep -q 'repeating an earlier row: ann  lee (nhs sheffield) (line 7)' err.txt ||
    fail "no repeat warning: $(cat err.txt)"
before=$(checksum board.hostspace)
"$hostspace" import-participants board "$data/participants.csv" >out.txt 2>err.txt
grep -q "^imported no participants into board.hostspace$" out.txt ||
    fail "second import said: $(cat out.txt)"
grep -q "skipped 5 rows already in the session" err.txt || fail "no skip warning: $(cat err.txt)"
[[ $(checksum board.hostspace) == "$before" ]] || fail "an import of nobody changed the session"
# Windows-1252 with semicolons; Ann Lee of NHS Sheffield is there already.
"$hostspace" import-participants board "$data/participants-excel-1252-semicolon.csv" >out.txt 2>err.txt
grep -q "^imported 2 participants" out.txt || fail "1252 participants said: $(cat out.txt)"

"$hostspace" export board --format json --out export.json 2>/dev/null
python3 - "$data" <<'PY'
import csv, json, sys
data = sys.argv[1]
export = json.load(open("export.json", encoding="utf-8"))
def rows(name, encoding, delimiter):
    with open(f"{data}/{name}", encoding=encoding, newline="") as f:
        return list(csv.DictReader(f, delimiter=delimiter))
expected = rows("notes-excel-1252.csv", "cp1252", ",") + rows("notes-semicolon.csv", "utf-8", ";")
notes = export["notes"]
assert len(notes) == len(expected) == 9, len(notes)
for row, note in zip(expected, notes):
    for field in ("text", "author", "organisation", "group", "colour"):
        if field == "colour" and not row[field]:
            continue  # the default colour
        assert note[field] == row[field], (field, note[field], row[field])
assert notes[2]["text"] == "Budget: \u20ac5,000 for the youth forum", notes[2]["text"]
assert notes[5]["text"] == "Listen first; then act, together", notes[5]["text"]
titles = sorted(g["title"] for g in export["groups"])
assert titles == ["Spaces", "Voice", "Ways of working", "Young people"], titles

people = [(p["name"], p["organisation"], p["role"]) for p in export["session"]["participants"]]
assert people == [
    ("Ann Lee", "NHS Sheffield", "Chair"),
    ("Bo Chen", "City Council", "Youth worker"),
    ("\u0141ukasz Nowak", "Police", "Inspector"),
    ("Dee Okafor", "", "Young person"),
    ("Zo\u00eb Dupr\u00e9", "Conseil d\u00e9partemental", "Facilitator"),
    ("Jos\u00e9 Mu\u00f1oz", "Ayuntamiento", "Host; co-host"),
], people
PY

# Bad files: each refused with a clear message, and the session's files stay byte-identical.
before=$(checksum board.hostspace)
refused() {  # refused COMMAND FILE PATTERN: the import fails and stderr matches PATTERN
    if "$hostspace" "$1" board "$2" >out.txt 2>err.txt; then fail "$1 $2 was accepted"; fi
    grep -q -- "$3" err.txt || fail "$1 $2: expected /$3/ in: $(cat err.txt)"
    [[ $(checksum board.hostspace) == "$before" ]] || fail "$1 $2 changed the session"
}
printf 'text,author\nfine,Ann\nbad \x81 byte,Bo\n' >undefined.csv
refused import-notes undefined.csv 'undefined.csv line 3: the byte 0x81 is neither UTF-8 nor Windows-1252'
printf 'text,author\nCaf\xc3\xa9 cr\xc3\xa8me,Ann\nCaf\xe9,Bo\n' >mixed.csv
refused import-notes mixed.csv 'mixed.csv line 3: .*mixes two encodings'
printf 'note;author\nHello;Ann\n' >noheader.csv
refused import-notes noheader.csv 'noheader.csv line 1: there is no "text" column .*commas, semicolons or tabs'
printf 'text;colour\n"a, b";red\nc;teal\n' >colour.csv
refused import-notes colour.csv 'colour.csv line 3: unknown colour "teal"'
printf 'full name,role\nAnn,Chair\n' >people.csv
refused import-participants people.csv 'people.csv line 1: there is no "name" column'
: >empty.csv
refused import-notes empty.csv 'empty.csv: the file is empty'
refused import-notes missing.csv 'missing.csv: there is no such file'
mkdir folder.csv
refused import-participants folder.csv 'folder.csv: this is a folder'

# Usage.
if "$hostspace" import-participants board 2>err.txt; then fail "no file accepted"; fi
grep -q "wrong number of arguments" err.txt || fail "usage message: $(cat err.txt)"
"$hostspace" --help | grep -q "import-participants SESSION FILE.csv" || fail "help"
echo "cli import: all checks passed"
