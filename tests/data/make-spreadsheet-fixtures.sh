#!/usr/bin/env bash
# Makes the spreadsheet fixtures of the CSV import tests with a real spreadsheet program, as a
# facilitator's files are made: LibreOffice Calc reads each source table below (UTF-8 CSV) and
# saves it with the filter options of the export it stands for. The fixtures are committed; this
# script and LibreOffice are needed only to make them again (see README.md here).
# usage: tests/data/make-spreadsheet-fixtures.sh   (needs soffice: libreoffice-calc-nogui)
set -euo pipefail
data=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="-env:UserInstallation=file://$work/profile"

# convert SOURCE_NAME OUT_NAME FILTER_OPTIONS: the CSV export filter's options are
# separator (44 comma, 59 semicolon, 9 tab), text delimiter (34 "), character set
# (76 UTF-8, 1 Windows-1252, 65535 UTF-16 "Unicode"), first line.
convert() {
    local source=$1 out=$2 options=$3
    mkdir -p "$work/out"
    soffice "$profile" --headless --infilter="CSV:44,34,76,1" \
        --convert-to "csv:Text - txt - csv (StarCalc):$options" --outdir "$work/out" \
        "$work/$source" 2>&1 | { grep -v -e javaldx -e "^convert " || true; }
    mv "$work/out/${source%.*}.csv" "$data/$out"
}

# Western European text as Excel's "CSV (Comma delimited)" writes it on Windows: Windows-1252.
cat >"$work/notes-1252.csv" <<'CSV'
text,author,organisation,group,colour
Café culture: more small tables,Zoë Dupré,Conseil départemental,Spaces,yellow
Ask “what matters to you?” – then listen,Siân O’Brien,NHS Trust,Voice,sky
"Budget: €5,000 for the youth forum",Jürgen Groß,Stadtrat,Young people,green
Naïve questions welcome… really,François Œuvray,Police,Voice,
"Two lines:
first, then second",Åsa Ståhl,Voluntary sector,Spaces,pink
CSV
convert notes-1252.csv notes-excel-1252.csv 44,34,1,1

# Excel in many European locales: semicolons, UTF-8; fields holding commas and semicolons.
cat >"$work/notes-semicolon.csv" <<'CSV'
text,author,organisation,group,colour
"Listen first; then act, together","Lee, Ann",NHS,Voice,blue
"Meet in the community, not the office",Bo Chen,Council;Housing,Ways of working,
Zeit für Gespräche; „Kaffee“ inklusive,Jörg Weiß,Jugendamt,Ways of working,green
"Say ""yes, and""; then build",Ines,School,Voice,
CSV
convert notes-semicolon.csv notes-semicolon.csv 59,34,76,1

# Tab-separated, UTF-8, fields holding commas, semicolons and a tab.
cat >"$work/notes-tab.csv" <<'CSV'
text,author,organisation,group,colour
"Hold meetings out there, not here; in schools too",Ann,NHS,Places,orange
"A tab	inside this note",Bo,Council,Places,
"Three
lines
here",Cy,"Police; Fire",Other,grey
CSV
convert notes-tab.csv notes-tab.csv 9,34,76,1

# "Unicode Text": UTF-16 with a byte order mark, tab-separated, any script.
cat >"$work/notes-unicode.csv" <<'CSV'
text,author,organisation,group,colour
Łódź youth council joins in,Łukasz Nowak,Rada Miasta,Partners,
Ρωτήστε τα παιδιά,Ελένη Παπαδοπούλου,Δήμος,Voice,sky
倾听年轻人,李伟,社区中心,Voice,
CSV
convert notes-unicode.csv notes-unicode-text.txt 9,34,65535,1

# Who is in the room: UTF-8 with an e-mail column the import ignores, a repeated person
# (other case and spacing), a row with no name, and a blank row.
cat >"$work/participants.csv" <<'CSV'
Name,Organisation,Role,Email
Ann Lee,NHS Sheffield,Chair,ann@example.org
Bo Chen,City Council,Youth worker,
Łukasz Nowak,Police,Inspector,
,Voluntary Action,Observer,
,,,
ann  lee,nhs sheffield,Chair again,
Dee Okafor,,Young person,
CSV
convert participants.csv participants.csv 44,34,76,1

# The same kind of list as Excel writes it in a European locale: semicolons, Windows-1252,
# "Organization" spelt the US way, columns in another order.
cat >"$work/participants-1252.csv" <<'CSV'
role,name,organization
Facilitator,Zoë Dupré,Conseil départemental
"Host; co-host",José Muñoz,Ayuntamiento
Guest,Ann Lee,NHS Sheffield
CSV
convert participants-1252.csv participants-excel-1252-semicolon.csv 59,34,1,1
echo "made the spreadsheet fixtures in $data"
