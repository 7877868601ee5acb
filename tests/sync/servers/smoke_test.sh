#!/bin/bash
# Smoke test of the sync test servers, with curl(1): Apache, nginx, stunnel, fault proxy.
#
#   smoke_test.sh [-v] [--save-samples]
#
# -v              print every check, not only failures
# --save-samples  (re)write samples/*.xml|*.http (PROPFIND answers for parser tests)
# KEEP=1          keep the temp folder (server logs) after the run
#
# Starts every server on free 127.0.0.1 ports in a temp folder, stops all of them on exit
# (trap EXIT), exits 0 only if every check passed. Runs as root or as a normal user.
# Expected values here are the measured facts written down in README.md.
set -u
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
VERBOSE=0
SAVE=0
for a in "$@"; do
    case $a in
        -v) VERBOSE=1 ;;
        --save-samples) SAVE=1 ;;
        *) echo "usage: $0 [-v] [--save-samples]" >&2; exit 2 ;;
    esac
done
PY=/usr/bin/python3
T=$(mktemp -d "${TMPDIR:-/tmp}/hostspace-smoke.XXXXXX")
STARTED=()
PASS=0
FAIL=0

cleanup() {
    local d rc=0
    for d in "${STARTED[@]}"; do
        "$HERE/stop_server.sh" "$d" || rc=1
    done
    if [ "${KEEP:-0}" = 1 ]; then echo "kept $T"; else rm -rf "$T"; fi
    [ $rc = 0 ] || echo "WARNING: a server did not stop" >&2
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ok()   { PASS=$((PASS + 1)); [ $VERBOSE = 1 ] && echo "  ok   $*"; return 0; }
bad()  { FAIL=$((FAIL + 1)); echo "  FAIL $*"; return 1; }
check() { # check LABEL EXPECTED ACTUAL
    if [ "$2" = "$3" ]; then ok "$1 ($3)"; else bad "$1: expected '$2', got '$3'"; fi
}
section() { echo "== $*"; }

USER_PW=host:s3cret-pass
CURL=(curl -sS --noproxy '*' --max-time 20)
# code LABEL EXPECTED CURL-ARGS...: one request, body in $T/body, headers in $T/head
code() {
    local label=$1 want=$2; shift 2
    local got
    got=$("${CURL[@]}" -o "$T/body" -D "$T/head" -w '%{http_code}' "$@" 2>"$T/curl.err")
    check "$label" "$want" "$got"
}
# rc LABEL EXPECTED_EXIT CURL-ARGS...: expect a curl exit code (e.g. 52 empty reply)
rc() {
    local label=$1 want=$2; shift 2
    "${CURL[@]}" -o "$T/body" -D "$T/head" "$@" 2>"$T/curl.err" >/dev/null
    check "$label (curl exit)" "$want" "$?"
}
head_has() { grep -qi "^$1" "$T/head"; }
xml_ok() { "$PY" -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' "$1" 2>/dev/null; }
# hrefs FILE: the D:href values of a multistatus, one a line
hrefs() {
    "$PY" -c '
import sys, xml.etree.ElementTree as E
for h in E.parse(sys.argv[1]).getroot().iter("{DAV:}href"): print(h.text)' "$1"
}
# collection_etag FILE HREF: getetag of that response, "none" if absent
etag_of() {
    "$PY" -c '
import sys, xml.etree.ElementTree as E
for r in E.parse(sys.argv[1]).getroot().findall("{DAV:}response"):
    if r.find("{DAV:}href").text == sys.argv[2]:
        e = r.find(".//{DAV:}getetag")
        print("none" if e is None else e.text); break
else:
    print("missing")' "$1" "$2"
}

read -r P_AP P_NG P_SA P_SN P_FA P_FN < <("$HERE/free_port.py" 6 | tr '\n' ' ')
echo "ports: apache $P_AP nginx $P_NG stunnel->apache $P_SA stunnel->nginx $P_SN" \
     "proxy->apache $P_FA proxy->nginx $P_FN; temp $T"

# ---------------------------------------------------------------- start everything
section "start servers"
start() { # start DIR SCRIPT ARGS...: the script must print DIR/pid and return promptly
    local dir=$1 script=$2 out
    shift 2
    # $(...) also proves that the started server does not hold the caller's stdout open.
    if out=$(timeout 20 "$HERE/$script" "$dir" "$@"); then
        STARTED+=("$dir")
        check "$script prints pid file" "$dir/pid" "$out"
        kill -0 "$(cat "$dir/pid")" 2>/dev/null && ok "$script pid alive" || bad "$script pid not alive"
    else
        bad "$script $dir $* failed"
        exit 1
    fi
}
start "$T/apache" start_apache.sh "$P_AP"
start "$T/nginx" start_nginx.sh "$P_NG"
start "$T/tls-apache" start_stunnel.sh "$P_SA" "$P_AP"
start "$T/tls-nginx" start_stunnel.sh "$P_SN" "$P_NG"
start "$T/proxy-apache" start_fault_proxy.sh "$P_FA" "127.0.0.1:$P_AP"
start "$T/proxy-nginx" start_fault_proxy.sh "$P_FN" "127.0.0.1:$P_NG"

# ---------------------------------------------------------------- WebDAV on both servers
SAMPLES=$HERE/samples
printf 'hello, sync\n' >"$T/hello.txt"
head -c 4000000 /dev/zero >"$T/4000000"
head -c 4000001 /dev/zero >"$T/4000001"
head -c 4194304 /dev/zero >"$T/4194304"
head -c 4194305 /dev/zero >"$T/4194305"

dav_suite() { # dav_suite NAME PORT
    local name=$1 port=$2 B=http://127.0.0.1:$2/dav A=(-u "$USER_PW")
    local is_apache=0
    [ "$name" = apache ] && is_apache=1
    section "$name WebDAV on port $port"

    code "$name OPTIONS" 200 "${A[@]}" -X OPTIONS "$B/"
    head_has "DAV:" && ok "$name OPTIONS has DAV header: $(grep -i '^DAV:' "$T/head" | tr -d '\r' | tr '\n' ' ')" \
        || bad "$name OPTIONS has no DAV header"

    # MKCOL: Apache accepts /dav/docs, nginx wants /dav/docs/ (409 without the slash)
    if [ $is_apache = 1 ]; then
        code "$name MKCOL without slash" 201 "${A[@]}" -X MKCOL "$B/docs"
    else
        code "$name MKCOL without slash" 409 "${A[@]}" -X MKCOL "$B/docs"
        code "$name MKCOL with slash" 201 "${A[@]}" -X MKCOL "$B/docs/"
    fi
    code "$name MKCOL sub-folder" 201 "${A[@]}" -X MKCOL "$B/docs/sub/"
    code "$name MKCOL existing" 405 "${A[@]}" -X MKCOL "$B/docs/"
    code "$name MKCOL missing parent" 409 "${A[@]}" -X MKCOL "$B/nope/deeper/"

    code "$name PUT new" 201 "${A[@]}" -T "$T/hello.txt" "$B/docs/hello.txt"
    code "$name PUT overwrite" 204 "${A[@]}" -T "$T/hello.txt" "$B/docs/hello.txt"
    code "$name PUT name with space & umlaut" 201 "${A[@]}" -T "$T/hello.txt" \
        "$B/docs/with%20space%20%26%20%C3%BC.txt"
    code "$name PUT chunked" 201 "${A[@]}" -H 'Transfer-Encoding: chunked' -T "$T/hello.txt" "$B/docs/chunked.txt"
    if [ $is_apache = 1 ]; then
        code "$name PUT into missing folder" 409 "${A[@]}" -T "$T/hello.txt" "$B/nope/x.txt"
    else
        code "$name PUT into missing folder" 500 "${A[@]}" -T "$T/hello.txt" "$B/nope/x.txt"
    fi

    code "$name PROPFIND Depth 1" 207 "${A[@]}" -X PROPFIND -H 'Depth: 1' "$B/docs/"
    cp "$T/body" "$T/$name-propfind.xml"
    if xml_ok "$T/body"; then ok "$name PROPFIND is XML"; else bad "$name PROPFIND is not XML"; fi
    echo "---- $name PROPFIND Depth: 1 /dav/docs/ ($(grep -i '^content-type' "$T/head" | tr -d '\r'))"
    cat "$T/body"; echo "----"
    # hrefs are percent-encoded differently: Apache lower-case hex, nginx upper-case; neither
    # encodes "&" (it only appears XML-escaped as &amp;). A client must decode before comparing.
    local umlaut='%c3%bc'
    [ $is_apache = 1 ] || umlaut='%C3%BC'
    check "$name PROPFIND hrefs" "/dav/docs/ /dav/docs/chunked.txt /dav/docs/hello.txt /dav/docs/sub/ /dav/docs/with%20space%20&%20$umlaut.txt " \
        "$(hrefs "$T/body" | sort | tr '\n' ' ')"
    if [ $is_apache = 1 ]; then
        case $(etag_of "$T/body" /dav/docs/) in
            '""'|'W/""') ok "$name collection getetag is \"\" / W/\"\" (FileETag Digest)" ;;
            *) bad "$name collection getetag: $(etag_of "$T/body" /dav/docs/)" ;;
        esac
        case $(etag_of "$T/body" /dav/docs/hello.txt) in
            \"*=\") ok "$name file getetag is a strong SHA-1 (base64)" ;;
            *) bad "$name file getetag: $(etag_of "$T/body" /dav/docs/hello.txt)" ;;
        esac
    else
        check "$name collection getetag" none "$(etag_of "$T/body" /dav/docs/)"
        check "$name file getetag" none "$(etag_of "$T/body" /dav/docs/hello.txt)"
    fi
    # Depth rules
    code "$name PROPFIND Depth infinity" 403 "${A[@]}" -X PROPFIND -H 'Depth: infinity' "$B/docs/"
    if [ $is_apache = 1 ]; then
        code "$name PROPFIND without Depth" 403 "${A[@]}" -X PROPFIND "$B/docs/"
    else
        code "$name PROPFIND without Depth (treated as Depth 0)" 207 "${A[@]}" -X PROPFIND "$B/docs/"
        check "$name PROPFIND without Depth lists" "/dav/docs/ " "$(hrefs "$T/body" | tr '\n' ' ')"
    fi
    # named properties (getetag asked for explicitly)
    local named='<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:prop><D:resourcetype/><D:getcontentlength/><D:getlastmodified/><D:getetag/></D:prop></D:propfind>'
    code "$name PROPFIND named props" 207 "${A[@]}" -X PROPFIND -H 'Depth: 1' \
        -H 'Content-Type: application/xml; charset=utf-8' --data-binary "$named" "$B/docs/"
    cp "$T/body" "$T/$name-propfind-named.xml"
    xml_ok "$T/body" && ok "$name named PROPFIND is XML" || bad "$name named PROPFIND is not XML"
    if [ $is_apache = 1 ]; then
        grep -q '404 Not Found' "$T/body" && ok "$name lists the collection's missing getcontentlength in a 404 propstat" \
            || bad "$name named PROPFIND has no 404 propstat"
    else
        grep -q getetag "$T/body" && bad "$name named PROPFIND mentions getetag" \
            || ok "$name silently omits unknown/unsupported props (no 404 propstat)"
    fi
    # missing resource
    code "$name PROPFIND missing file" 404 "${A[@]}" -X PROPFIND -H 'Depth: 1' "$B/docs/missing.txt"
    { tr -d '\r' <"$T/head"; cat "$T/body"; } >"$T/$name-propfind-missing.http"

    code "$name GET" 200 "${A[@]}" "$B/docs/hello.txt"
    cmp -s "$T/body" "$T/hello.txt" && ok "$name GET returns the bytes PUT" || bad "$name GET content differs"
    head_has "ETag:" && ok "$name GET has ETag header: $(grep -i '^etag:' "$T/head" | tr -d '\r')" \
        || bad "$name GET has no ETag header"
    code "$name GET space & umlaut" 200 "${A[@]}" "$B/docs/with%20space%20%26%20%C3%BC.txt"
    code "$name GET missing" 404 "${A[@]}" "$B/docs/missing.txt"

    code "$name wrong password" 401 -u host:wrong-pass "$B/docs/hello.txt"
    head_has "WWW-Authenticate: Basic" && ok "$name 401 asks for Basic" || bad "$name 401 without WWW-Authenticate"
    code "$name no credentials" 401 "$B/docs/hello.txt"
    code "$name wrong password PROPFIND" 401 -u host:wrong-pass -X PROPFIND -H 'Depth: 1' "$B/docs/"

    printf 'changed\n' >"$T/changed.txt"
    if [ $is_apache = 1 ]; then
        code "$name PUT If-None-Match: * on existing file" 412 "${A[@]}" -H 'If-None-Match: *' -T "$T/changed.txt" "$B/docs/hello.txt"
        code "$name GET after refused PUT" 200 "${A[@]}" "$B/docs/hello.txt"
        cmp -s "$T/body" "$T/hello.txt" && ok "$name file unchanged after 412" || bad "$name file changed despite 412"
        code "$name PUT If-Match wrong etag" 412 "${A[@]}" -H 'If-Match: "nope"' -T "$T/changed.txt" "$B/docs/hello.txt"
        code "$name PUT If-None-Match: * on new file" 201 "${A[@]}" -H 'If-None-Match: *' -T "$T/changed.txt" "$B/docs/inm.txt"
    else
        code "$name PUT If-None-Match: * on existing file (ignored!)" 204 "${A[@]}" -H 'If-None-Match: *' -T "$T/changed.txt" "$B/docs/hello.txt"
        code "$name GET after PUT" 200 "${A[@]}" "$B/docs/hello.txt"
        cmp -s "$T/body" "$T/changed.txt" && ok "$name overwrote the file despite If-None-Match: *" || bad "$name file content unexpected"
        code "$name PUT If-Match wrong etag (ignored!)" 204 "${A[@]}" -H 'If-Match: "nope"' -T "$T/hello.txt" "$B/docs/hello.txt"
    fi

    # body size limits: Apache LimitRequestBody 4000000, nginx client_max_body_size 4m
    if [ $is_apache = 1 ]; then
        code "$name PUT 4000000 bytes" 201 "${A[@]}" -T "$T/4000000" "$B/docs/big.bin"
        code "$name PUT 4000001 bytes" 413 "${A[@]}" -T "$T/4000001" "$B/docs/big2.bin"
    else
        code "$name PUT 4194304 bytes" 201 "${A[@]}" -T "$T/4194304" "$B/docs/big.bin"
        code "$name PUT 4194305 bytes" 413 "${A[@]}" -T "$T/4194305" "$B/docs/big2.bin"
    fi

    # MOVE / COPY / DELETE
    if [ $is_apache = 1 ]; then
        code "$name MOVE to new name" 201 "${A[@]}" -X MOVE -H "Destination: $B/docs/moved.txt" "$B/docs/chunked.txt"
        code "$name COPY to new name" 201 "${A[@]}" -X COPY -H "Destination: $B/docs/copy.txt" "$B/docs/moved.txt"
    else   # nginx answers 204, not 201, even when the destination did not exist
        code "$name MOVE to new name" 204 "${A[@]}" -X MOVE -H "Destination: $B/docs/moved.txt" "$B/docs/chunked.txt"
        code "$name COPY to new name" 204 "${A[@]}" -X COPY -H "Destination: $B/docs/copy.txt" "$B/docs/moved.txt"
    fi
    code "$name MOVE Overwrite: F onto existing" 412 "${A[@]}" -X MOVE -H 'Overwrite: F' -H "Destination: $B/docs/hello.txt" "$B/docs/moved.txt"
    code "$name MOVE onto existing" 204 "${A[@]}" -X MOVE -H "Destination: $B/docs/hello.txt" "$B/docs/copy.txt"
    code "$name DELETE file" 204 "${A[@]}" -X DELETE "$B/docs/moved.txt"
    code "$name DELETE missing" 404 "${A[@]}" -X DELETE "$B/docs/moved.txt"

    # collection etag / lastmodified vs changes directly inside and inside a sub-folder
    local p0 p1 p2
    code "$name PROPFIND before" 207 "${A[@]}" -X PROPFIND -H 'Depth: 0' "$B/docs/"; cp "$T/body" "$T/p0"
    sleep 1.1
    code "$name PUT into sub-folder" 201 "${A[@]}" -T "$T/hello.txt" "$B/docs/sub/deep.txt"
    code "$name PROPFIND after deep add" 207 "${A[@]}" -X PROPFIND -H 'Depth: 0' "$B/docs/"; cp "$T/body" "$T/p1"
    code "$name PUT directly inside" 201 "${A[@]}" -T "$T/hello.txt" "$B/docs/direct.txt"
    code "$name PROPFIND after direct add" 207 "${A[@]}" -X PROPFIND -H 'Depth: 0' "$B/docs/"; cp "$T/body" "$T/p2"
    lm() { "$PY" -c 'import sys,xml.etree.ElementTree as E; print(E.parse(sys.argv[1]).getroot().find(".//{DAV:}getlastmodified").text)' "$1"; }
    p0=$(lm "$T/p0"); p1=$(lm "$T/p1"); p2=$(lm "$T/p2")
    check "$name collection getlastmodified unchanged by a change in a sub-folder" "$p0" "$p1"
    [ "$p0" != "$p2" ] && ok "$name collection getlastmodified changes when a file is added directly ($p0 -> $p2)" \
        || bad "$name collection getlastmodified did not change on direct add"
}

dav_suite apache "$P_AP"
dav_suite nginx "$P_NG"

# ---------------------------------------------------------------- stunnel
for x in apache:$P_SA nginx:$P_SN; do
    name=${x%%:*}; port=${x#*:}
    section "stunnel HTTPS -> $name on port $port"
    CA=$T/tls-$name/ca.pem
    B=https://127.0.0.1:$port/dav
    code "https $name PROPFIND with --cacert" 207 --cacert "$CA" -u "$USER_PW" -X PROPFIND -H 'Depth: 1' "$B/docs/"
    code "https $name via localhost name" 207 --cacert "$CA" -u "$USER_PW" -X PROPFIND -H 'Depth: 1' "https://localhost:$port/dav/docs/"
    code "https $name GET" 200 --cacert "$CA" -u "$USER_PW" "$B/docs/hello.txt"
    rc "https $name without --cacert fails" 60 -u "$USER_PW" "$B/docs/hello.txt"
    grep -qi 'certificate' "$T/curl.err" && ok "certificate error: $(head -n 1 "$T/curl.err")" \
        || bad "no certificate error: $(cat "$T/curl.err")"
    rc "https $name with the other tunnel's CA fails" 60 --cacert "$T/tls-$([ $name = apache ] && echo nginx || echo apache)/ca.pem" \
        -u "$USER_PW" "$B/docs/hello.txt"
    code "https $name PUT" 201 --cacert "$CA" -u "$USER_PW" -T "$T/hello.txt" "$B/docs/tls.txt"
    # MOVE with an https Destination: the backend sees plain http.
    if [ $name = apache ]; then   # fixed by "RequestHeader edit Destination ^https: http:"
        code "https $name MOVE (https Destination)" 201 --cacert "$CA" -u "$USER_PW" -X MOVE -H "Destination: $B/docs/tls-moved.txt" "$B/docs/tls.txt"
    else                          # nginx: 400 "client sent invalid Destination header"
        code "https $name MOVE (https Destination) is refused" 400 --cacert "$CA" -u "$USER_PW" -X MOVE -H "Destination: $B/docs/tls-moved.txt" "$B/docs/tls.txt"
    fi
done
if openssl x509 -in "$T/tls-apache/server.pem" -noout -ext subjectAltName 2>/dev/null | grep -q 'IP Address:127.0.0.1' &&
   openssl x509 -in "$T/tls-apache/server.pem" -noout -ext subjectAltName 2>/dev/null | grep -q 'DNS:localhost'; then
    ok "server certificate has IP:127.0.0.1 and DNS:localhost"
else
    bad "server certificate subjectAltName"
fi

# ---------------------------------------------------------------- fault proxy
PX=$T/proxy-apache
B=http://127.0.0.1:$P_FA/dav
D=http://127.0.0.1:$P_AP/dav       # direct, to look behind the proxy
A=(-u "$USER_PW")
fault() { "$HERE/set_fault.sh" "$PX" "$1" || bad "set_fault $1"; }
section "fault proxy -> apache on port $P_FA"

fault '{"mode":"pass"}'
code "pass PUT" 201 "${A[@]}" -T "$T/hello.txt" "$B/docs/px.txt"
code "pass GET" 200 "${A[@]}" "$B/docs/px.txt"
cmp -s "$T/body" "$T/hello.txt" && ok "pass GET content" || bad "pass GET content differs"
code "pass PROPFIND" 207 "${A[@]}" -X PROPFIND -H 'Depth: 1' "$B/docs/"
xml_ok "$T/body" && ok "pass PROPFIND is XML" || bad "pass PROPFIND not XML"
code "pass wrong password" 401 -u host:nope "$B/docs/px.txt"
code "pass chunked PUT" 201 "${A[@]}" -H 'Transfer-Encoding: chunked' -T "$T/4000000" "$B/docs/pxc.bin"
code "pass PUT with Expect: 100-continue" 201 "${A[@]}" -H 'Expect: 100-continue' -T "$T/4000000" "$B/docs/pxe.bin"
code "pass GET 4 MB" 200 "${A[@]}" "$B/docs/pxe.bin"
cmp -s "$T/body" "$T/4000000" && ok "pass 4 MB round trip" || bad "pass 4 MB content differs"
code "pass MOVE through proxy" 201 "${A[@]}" -X MOVE -H "Destination: $B/docs/pxc-moved.bin" "$B/docs/pxc.bin"
head_has "Connection: close" && ok "proxy answers Connection: close" || bad "no Connection: close"

fault '{"mode":"drop"}'
rc "drop GET" 52 "${A[@]}" "$B/docs/px.txt"
rc "drop PUT" 52 "${A[@]}" -T "$T/hello.txt" "$B/docs/dropped.txt"
code "drop (before): server never saw the PUT" 404 "${A[@]}" "$D/docs/dropped.txt"
fault '{"mode":"drop","phase":"after"}'
rc "drop after PUT" 52 "${A[@]}" -T "$T/hello.txt" "$B/docs/dropped-after.txt"
code "drop (after): the server did store the PUT" 200 "${A[@]}" "$D/docs/dropped-after.txt"

fault '{"mode":"delay","ms":600}'
t=$("${CURL[@]}" -o /dev/null -w '%{http_code} %{time_total}' "${A[@]}" "$B/docs/px.txt")
if [ "${t%% *}" = 200 ] && "$PY" -c "import sys; sys.exit(0 if float('${t#* }') >= 0.6 else 1)"; then
    ok "delay 600 ms: $t"
else
    bad "delay 600 ms: got '$t'"
fi

fault '{"mode":"status","code":503,"retry_after":7}'
code "status 503 GET" 503 "${A[@]}" "$B/docs/px.txt"
check "status 503 Retry-After" "Retry-After: 7" "$(grep -i '^retry-after' "$T/head" | tr -d '\r')"
code "status 503 PUT" 503 "${A[@]}" -T "$T/hello.txt" "$B/docs/status.txt"
code "status: server never saw the PUT" 404 "${A[@]}" "$D/docs/status.txt"
code "status 503 big PUT with Expect" 503 "${A[@]}" -H 'Expect: 100-continue' -T "$T/4000000" "$B/docs/status.bin"
fault '{"mode":"status","code":429,"retry_after":"2"}'
code "status 429" 429 "${A[@]}" -X PROPFIND -H 'Depth: 1' "$B/docs/"

fault '{"mode":"truncate"}'
rc "truncate GET" 18 "${A[@]}" "$B/docs/pxe.bin"
check "truncate: half the body arrived" 2000000 "$(stat -c %s "$T/body")"
check "truncate: Content-Length was the full size" "Content-Length: 4000000" "$(grep -i '^content-length' "$T/head" | tr -d '\r')"
rc "truncate PROPFIND" 18 "${A[@]}" -X PROPFIND -H 'Depth: 1' "$B/docs/"

fault '{"mode":"garbage"}'
code "garbage PROPFIND" 207 "${A[@]}" -X PROPFIND -H 'Depth: 1' "$B/docs/"
xml_ok "$T/body" && bad "garbage PROPFIND body parses as XML" || ok "garbage PROPFIND body is not XML"
code "garbage GET" 200 "${A[@]}" "$B/docs/pxe.bin"
check "garbage GET length" 4000000 "$(stat -c %s "$T/body")"
cmp -s "$T/body" "$T/4000000" && bad "garbage GET returned the real bytes" || ok "garbage GET bytes differ"

fault '{"mode":"status","code":500,"methods":["PUT"]}'
code "methods filter: GET passes" 200 "${A[@]}" "$B/docs/px.txt"
code "methods filter: PUT fails" 500 "${A[@]}" -T "$T/hello.txt" "$B/docs/px.txt"
fault '{"mode":"status","code":507,"path_prefix":"/dav/docs/sub/"}'
code "path_prefix: other path passes" 200 "${A[@]}" "$B/docs/px.txt"
code "path_prefix: matching path fails" 507 "${A[@]}" "$B/docs/sub/deep.txt"
fault '{"mode":"drop","count":2}'
rc "count 1/2" 52 "${A[@]}" "$B/docs/px.txt"
rc "count 2/2" 52 "${A[@]}" "$B/docs/px.txt"
code "count exhausted: passes" 200 "${A[@]}" "$B/docs/px.txt"

seq_codes() {
    local s=""
    for _ in $(seq 1 20); do
        s+=$("${CURL[@]}" -o /dev/null -w '%{http_code}' "${A[@]}" "$B/docs/px.txt")" "
    done
    echo "$s"
}
fault '{"mode":"status","code":503,"probability":0.5,"seed":42}'
s1=$(seq_codes)
fault '{"mode":"status","code":503,"probability":0.5,"seed":42}'   # same content, rewritten
s2=$(seq_codes)
fault '{"mode":"status","code":503,"probability":0.5,"seed":42,"id":2}'
s3=$(seq_codes)
n503=$(grep -o 503 <<<"$s1" | wc -l)
if [ "$n503" -ge 3 ] && [ "$n503" -le 17 ]; then ok "probability 0.5: $n503 of 20 faulted"; else bad "probability 0.5: $n503 of 20 faulted"; fi
check "same seed, same sequence (file rewritten)" "$s1" "$s2"
check "same seed, same sequence (id changed)" "$s1" "$s3"

fault '{"mode":"pass"}'
code "back to pass" 200 "${A[@]}" "$B/docs/px.txt"
lines=$(grep -c ' mode=' "$PX/proxy.log")
grep -q 'PUT /dav/docs/dropped-after.txt mode=drop(after) status=- upstream=201' "$PX/proxy.log" \
    && ok "proxy log has one line per request ($lines lines)" || bad "proxy log lacks the drop(after) line"

section "fault proxy -> nginx on port $P_FN"
PX=$T/proxy-nginx
B=http://127.0.0.1:$P_FN/dav
code "nginx via proxy PROPFIND" 207 "${A[@]}" -X PROPFIND -H 'Depth: 1' "$B/docs/"
code "nginx via proxy PUT" 201 "${A[@]}" -T "$T/hello.txt" "$B/docs/px.txt"
code "nginx via proxy MOVE (Destination port = proxy port)" 204 "${A[@]}" -X MOVE -H "Destination: $B/docs/px-moved.txt" "$B/docs/px.txt"
fault '{"mode":"truncate","fraction":0.25}'
rc "nginx via proxy truncate 1/4" 18 "${A[@]}" "$B/docs/big.bin"
check "truncate fraction 0.25" 1048576 "$(stat -c %s "$T/body")"
fault '{"mode":"pass"}'

# ---------------------------------------------------------------- samples
if [ $SAVE = 1 ]; then
    mkdir -p "$SAMPLES"
    cp "$T/apache-propfind.xml" "$SAMPLES/apache-propfind.xml"
    cp "$T/nginx-propfind.xml" "$SAMPLES/nginx-propfind.xml"
    cp "$T/apache-propfind-named.xml" "$SAMPLES/apache-propfind-named.xml"
    cp "$T/nginx-propfind-named.xml" "$SAMPLES/nginx-propfind-named.xml"
    cp "$T/apache-propfind-missing.http" "$SAMPLES/apache-propfind-missing.http"
    cp "$T/nginx-propfind-missing.http" "$SAMPLES/nginx-propfind-missing.http"
    echo "samples written to $SAMPLES"
fi

# ---------------------------------------------------------------- stop everything
section "stop servers"
for d in "${STARTED[@]}"; do
    pid=$(cat "$d/pid")
    if "$HERE/stop_server.sh" "$d"; then ok "stopped $(basename "$d") (pid $pid)"; else bad "could not stop $d"; fi
    [ -f "$d/pid" ] && bad "$d/pid still there"
done
STARTED=()
for p in $P_AP $P_NG $P_SA $P_SN $P_FA $P_FN; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then bad "port $p still answers"; else ok "port $p closed"; fi
done

echo "== $PASS passed, $FAIL failed"
[ $FAIL = 0 ]
