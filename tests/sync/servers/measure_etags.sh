#!/bin/bash
# Measure what a collection's getetag / getlastmodified do on each test server when files
# change directly inside it or inside a sub-folder (facts for an incremental sync).
#
#   measure_etags.sh            (~25 s; prints a table; starts and stops its own servers)
#
# Servers: Apache with FileETag Digest (start_apache.sh default), Apache with
# FileETag MTime Size (--etag mtime), nginx. Steps on collection /dav/A/ (with sub-folder
# /dav/A/B/), each ~1.1 s apart so 1-second timestamps can move:
#   fresh        right after MKCOL A and A/B
#   settled      1.1 s later, nothing changed
#   add-direct   PUT A/f.txt
#   add-deep     PUT A/B/g.txt
#   edit-direct  PUT A/f.txt again (same size, other bytes)
#   del-direct   DELETE A/f.txt
# For each step: A's getetag, A's getlastmodified, and f.txt's getetag where it exists.
set -u
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
T=$(mktemp -d)
STARTED=()
cleanup() {
    for d in "${STARTED[@]}"; do "$HERE/stop_server.sh" "$d" >/dev/null 2>&1; done
    rm -rf "$T"
}
trap cleanup EXIT
read -r P1 P2 P3 < <("$HERE/free_port.py" 3 | tr '\n' ' ')

"$HERE/start_apache.sh" "$T/ad" "$P1" >/dev/null && STARTED+=("$T/ad") || exit 1
"$HERE/start_apache.sh" "$T/am" "$P2" --etag mtime >/dev/null && STARTED+=("$T/am") || exit 1
"$HERE/start_nginx.sh" "$T/ng" "$P3" >/dev/null && STARTED+=("$T/ng") || exit 1

C=(curl -s --noproxy '*' -u host:s3cret-pass)
# props NAME BASE: print "A-etag | A-lastmod | f-etag" from a Depth:1 PROPFIND of A/
props() {
    "${C[@]}" -X PROPFIND -H 'Depth: 1' "$1/A/" | /usr/bin/python3 -c '
import sys, xml.etree.ElementTree as E
D = "{DAV:}"
root = E.parse(sys.stdin).getroot()
row = {}
for r in root.findall(D + "response"):
    href = r.find(D + "href").text
    e = r.find(".//" + D + "getetag"); m = r.find(".//" + D + "getlastmodified")
    row[href.rstrip("/").rsplit("/", 1)[-1]] = (None if e is None else e.text, None if m is None else m.text)
a = row.get("A", (None, None)); f = row.get("f.txt")
fe = "-" if f is None else repr(f[0]) if f[0] is not None else "none"
print("%-28s | %-29s | %s" % (repr(a[0]) if a[0] is not None else "none", a[1], fe))'
}

declare -A BASE=([apache-digest]="http://127.0.0.1:$P1/dav" [apache-mtime]="http://127.0.0.1:$P2/dav"
                 [nginx]="http://127.0.0.1:$P3/dav")
NAMES=(apache-digest apache-mtime nginx)
declare -A OUT

step() {   # step LABEL: record props of every server under LABEL
    local n
    for n in "${NAMES[@]}"; do OUT[$n]+="$(printf '  %-12s %s' "$1" "$(props "${BASE[$n]}")")"$'\n'; done
}
each() {   # each CURL-ARGS... with @ replaced by the base URL
    local n a args
    for n in "${NAMES[@]}"; do
        args=()
        for a in "$@"; do args+=("${a//@/${BASE[$n]}}"); done
        "${C[@]}" -o /dev/null "${args[@]}"
    done
}

each -X MKCOL @/A/
each -X MKCOL @/A/B/
step fresh
sleep 1.1; step settled
sleep 1.1; each -T /etc/hostname @/A/f.txt; step add-direct
sleep 1.1; each -T /etc/hostname @/A/B/g.txt; step add-deep
sleep 1.1; tr 'a-z0-9' 'b-z0-9a' </etc/hostname >"$T/other"; each -T "$T/other" @/A/f.txt; step edit-direct
sleep 1.1; step edit+1.1s
each -X DELETE @/A/f.txt; step del-direct

for n in "${NAMES[@]}"; do
    echo "== $n   (step: A etag | A getlastmodified | f.txt etag)"
    printf '%s' "${OUT[$n]}"
done
echo "== GET/HEAD ETag header of a file"
for n in "${NAMES[@]}"; do
    printf '  %-14s %s\n' "$n" "$("${C[@]}" -I "${BASE[$n]}/A/B/g.txt" | tr -d '\r' | grep -i '^etag:' || echo 'no ETag header')"
done
