#!/usr/bin/env bash
# The harvest's documents from the command line, checked by readers from outside the project:
# every format of the demo session (cmark, html5lib, pdfinfo and pdftotext, python-docx,
# Python's csv module, ImageMagick's identify), --all into a folder, --anonymous, --sections,
# --table, --out - for text, and the errors. Exporting changes nothing in the session.
# usage: test_export_cli.sh HOSTSPACE READERS_DIR
set -euo pipefail
hostspace=$1
readers=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data TZ=UTC
cd "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
checksum() { find "$1" -type f -print0 | sort -z | xargs -0 sha256sum; }

"$hostspace" make-demo demo >/dev/null 2>&1 || fail "make-demo failed"
before=$(checksum demo.hostspace)

# Every format into a folder, named from the title and date; the folder is made.
"$hostspace" export demo --all --out out >written.txt 2>progress.txt || fail "export --all: $(cat progress.txt)"
stem="out/children-and-young-people-s-board-our-purpose-2026-11-26"
for ext in md html pdf docx csv json png; do
  [[ -s $stem.$ext ]] || fail "--all did not write $stem.$ext: $(cat written.txt)"
done
[[ $(wc -l <written.txt) -eq 7 ]] || fail "--all listed: $(cat written.txt)"
grep -q "\[7/7\]" progress.txt || fail "no progress: $(cat progress.txt)"
[[ $(ls out | wc -l) -eq 7 ]] || fail "stray files: $(ls out)"
[[ $(checksum demo.hostspace) == "$before" ]] || fail "exporting changed the session"

# Markdown: CommonMark with the document's headings.
/usr/bin/python3 "$readers/markdown_structure.py" "$stem.md" >md.json
python3 - md.json <<'PY' || fail "Markdown structure"
import json, sys
md = json.load(open(sys.argv[1], encoding="utf-8"))
h = [t for _, t in md["headings"]]
assert h[0] == "Children and Young People's Board: our purpose", h
for want in ("Purpose", "Principles", "Actions", "Next focus", "Votes", "Who took part", "Appendix: every note"):
    assert want in h, (want, h)
assert md["counts"]["link"] == 0 and md["counts"]["html_inline"] == 0, md["counts"]
text = "\n".join(md["paragraphs"] + md["items"])
assert "grows up safe, healthy and heard" in text
assert "Agreed by consent on 2026-11-26" in text
PY

# HTML: parses with no errors, semantic, self-contained.
/usr/bin/python3 "$readers/html_structure.py" "$stem.html" >html.json
python3 - html.json <<'PY' || fail "HTML structure"
import json, sys
h = json.load(open(sys.argv[1], encoding="utf-8"))
assert not h["errors"], h["errors"]
assert h["lang"] == "en-GB" and h["title"].startswith("Children and Young"), (h["lang"], h["title"])
assert h["scripts"] == 0 and not h["external"], h["external"]
assert len(h["images"]) == 1 and h["images"][0]["data_uri"] and h["images"][0]["alt"], h["images"]
assert all(scope == "col" for _, scope in h["th"]), h["th"]
levels = [l for l, _ in h["headings"]]
assert levels[0] == 1 and all(b <= a + 1 for a, b in zip(levels, levels[1:])), levels
PY

# CSV: one row per note, BOM and CRLF.
/usr/bin/python3 "$readers/csv_rows.py" "$stem.csv" >csv.json
python3 - csv.json "$stem.json" <<'PY' || fail "CSV rows"
import json, sys
c = json.load(open(sys.argv[1], encoding="utf-8"))
e = json.load(open(sys.argv[2], encoding="utf-8"))
assert c["bom"] and c["crlf"]
assert c["rows"][0] == ["text", "author", "organisation", "theme", "colour", "dots", "created_at"], c["rows"][0]
assert len(c["rows"]) == len(e["notes"]) + 1, (len(c["rows"]), len(e["notes"]))
PY
"$hostspace" export demo --format csv --table actions --out - >actions.csv
head -c 3 actions.csv | od -An -tx1 | grep -q "ef bb bf" || fail "actions CSV has no BOM"
grep -q "Invite two young people" actions.csv || fail "actions CSV: $(cat actions.csv)"

# JSON: the session export, schema version and all.
python3 -c 'import json,sys; e=json.load(open(sys.argv[1])); assert e["format"]=="hostspace-export" and e["principles"]' "$stem.json" \
  || fail "JSON"

# PDF: tagged A4 with the title, every section's text, page numbers.
info=$(pdfinfo "$stem.pdf")
grep -q "^Tagged: *yes" <<<"$info" || fail "PDF not tagged: $info"
grep -q "^Title: *Children and Young People's Board: our purpose" <<<"$info" || fail "PDF title: $info"
grep -q "595.* x 841.* pts (A4)" <<<"$info" || fail "PDF not A4: $info"
pdftotext -layout "$stem.pdf" pdf.txt
for want in "grows up safe, healthy and heard" "One team around the child" "Page 1 of"; do
  grep -q "$want" pdf.txt || fail "PDF text lacks: $want"
done

# Word: headings, lists and tables as python-docx reads them.
/usr/bin/python3 - "$stem.docx" <<'PY' || fail "Word structure"
import sys, docx
d = docx.Document(sys.argv[1])
styles = [p.style.name for p in d.paragraphs if p.style.name.startswith("Heading")]
assert "Heading 2" in styles and "Heading 3" in styles, styles
texts = [p.text for p in d.paragraphs]
assert any("grows up safe, healthy and heard" in t for t in texts)
assert len(d.tables) >= 2, len(d.tables)
assert d.core_properties.title.startswith("Children and Young"), d.core_properties.title
PY

# PNG: the board, at least 2400 px wide.
size=$(identify -format "%w %h" "$stem.png")
width=${size% *} height=${size#* }
(( width >= 2400 && height > 100 )) || fail "PNG is ${width}x$height"

# Anonymous: no one's name anywhere, organisations kept.
"$hostspace" export demo --format md --anonymous --out - >anon.md
! grep -q "Helen Marsh\|Amira Hussain\|Ruth Adeyemi" anon.md || fail "a name in the anonymous export"
grep -q "Youth Council" anon.md || fail "organisations left out of the anonymous export"

# Sections: only those asked for.
"$hostspace" export demo --format md --sections actions,focus --out - >some.md
grep -q "^## Actions" some.md && grep -q "^## Next focus" some.md || fail "sections asked for are missing"
! grep -q "^## Principles\|^## Appendix" some.md || fail "a section not asked for is there"

# Errors: clear, non-zero, nothing written, the session as it was.
if "$hostspace" export demo --format pdf --out - >x.pdf 2>err.txt; then fail "a PDF printed to standard output"; fi
grep -q "pdf is not text" err.txt || fail "binary to stdout message: $(cat err.txt)"
if "$hostspace" export demo --format md --sections purpose,apendix --out y.md 2>err.txt; then fail "bad section accepted"; fi
grep -q 'no section "apendix"' err.txt || fail "section message: $(cat err.txt)"
[[ ! -e y.md ]] || fail "a failed export wrote a file"
if "$hostspace" export demo --format csv --table themes --out z.csv 2>err.txt; then fail "bad table accepted"; fi
grep -q 'no "themes" table' err.txt || fail "table message: $(cat err.txt)"
[[ ! -e z.csv ]] || fail "a failed export wrote a file"
[[ $(checksum demo.hostspace) == "$before" ]] || fail "a failed export changed the session"
echo PASS
