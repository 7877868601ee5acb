#!/bin/bash
# Sync against real servers started here on 127.0.0.1 (Apache mod_dav with folder ETags, nginx
# dav-ext without, stunnel's HTTPS with our own CA, and the fault proxy in front of Apache),
# then `hostspace sync` on the command line: every failure has its own message and exit code
# and leaves the session's files as they were.
#   run_sync_tests.sh HOSTSPACE_SYNC_TESTS HOSTSPACE DATA_DIR
set -euo pipefail
sync_tests=$1
hostspace=$2
data=$3
servers=$(cd "$(dirname "$0")/servers" && pwd)
work=$(mktemp -d)
cleanup() {
    for server in proxy tls nginx apache; do
        if [ -f "$work/$server/pid" ]; then
            "$servers/stop_server.sh" "$work/$server" >/dev/null 2>&1 || true
        fi
    done
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

read -r apache nginx tls proxy down <<<"$("$servers/free_port.py" 5 | tr '\n' ' ')"
"$servers/start_apache.sh" "$work/apache" "$apache" --etag mtime >/dev/null
"$servers/start_nginx.sh" "$work/nginx" "$nginx" >/dev/null
"$servers/start_stunnel.sh" "$work/tls" "$tls" "$apache" >/dev/null
"$servers/start_fault_proxy.sh" "$work/proxy" "$proxy" "127.0.0.1:$apache" >/dev/null
export HOSTSPACE_DAV_USER=host HOSTSPACE_DAV_PASSWORD=s3cret-pass

echo "== the protocol through Apache (folder ETags)"
HOSTSPACE_DAV_URL="http://127.0.0.1:$apache/dav/" HOSTSPACE_DAV_FOLDER_ETAGS=1 \
    "$sync_tests" "~[faults]"
echo "== the protocol through nginx (no ETags, If-None-Match ignored)"
HOSTSPACE_DAV_URL="http://127.0.0.1:$nginx/dav/" "$sync_tests" "~[faults]"
echo "== faults between the laptops and Apache"
HOSTSPACE_PROXY_URL="http://127.0.0.1:$proxy/dav/" HOSTSPACE_PROXY_DIR="$work/proxy" \
    "$sync_tests" "[faults]"

echo "== hostspace sync on the command line"
export HOSTSPACE_PASSWORD=s3cret-pass
export XDG_CONFIG_HOME="$work/laptop-a"
"$hostspace" new "$work/a" --title "CYP board" >/dev/null
"$hostspace" import-notes "$work/a" "$data/notes-every-script.csv" >/dev/null
fingerprint() { (cd "$1" && cat journal.jsonl snapshot.json | md5sum); }
before=$(fingerprint "$work/a.hostspace")

# expect_failure NAME PATTERN [hostspace sync arguments...]: exit 3, the message, nothing changed.
expect_failure() {
    local name=$1 pattern=$2
    shift 2
    local status=0
    "$hostspace" sync "$work/a" "$@" >"$work/out" 2>"$work/err" || status=$?
    [ "$status" -eq 3 ] || { cat "$work/err"; fail "$name: exit $status, not 3"; }
    grep -q -- "$pattern" "$work/err" || { cat "$work/err"; fail "$name: no \"$pattern\""; }
    [ "$(fingerprint "$work/a.hostspace")" = "$before" ] || fail "$name changed the session"
    [ ! -e "$work/a.hostspace/sync.json" ] || fail "$name kept settings that did not work"
    echo "ok: $name: $(head -c 160 "$work/err")"
}
event=(--event cyp-board --user host)
HOSTSPACE_PASSWORD=wrong expect_failure "wrong password" "refused the user name or password" \
    --server "http://127.0.0.1:$apache/dav/" "${event[@]}"
expect_failure "unknown host" "is not known" --server "http://no-such-host.invalid/dav/" \
    "${event[@]}"
expect_failure "server down" "cannot reach" --server "http://127.0.0.1:$down/dav/" "${event[@]}"
expect_failure "untrusted certificate" "certificate not trusted" \
    --server "https://127.0.0.1:$tls/dav/" "${event[@]}"
"$servers/set_fault.sh" "$work/proxy" '{"mode":"garbage"}'
expect_failure "garbage answers" "not WebDAV XML" --server "http://127.0.0.1:$proxy/dav/" \
    "${event[@]}"
"$servers/set_fault.sh" "$work/proxy" '{"mode":"pass"}'
expect_failure "not a WebDAV server" "instead of WebDAV's 207" \
    --server "http://127.0.0.1:$apache/not-dav/" "${event[@]}"

"$hostspace" sync "$work/a" --server "https://127.0.0.1:$tls/dav/" --ca-file "$work/tls/ca.pem" \
    "${event[@]}" >"$work/out" || fail "sync with the CA file named"
grep -q "in sync: sent 1[0-9] changes" "$work/out" || { cat "$work/out"; fail "no changes sent"; }
grep -q '"ca_file"' "$work/a.hostspace/sync.json" || fail "settings not kept"
! grep -q "s3cret" "$work/a.hostspace/sync.json" || fail "the password is in the session"
echo "ok: $(cat "$work/out")"

# A second laptop joins the event: it pulls everything and shows the same session.
export XDG_CONFIG_HOME="$work/laptop-b"
"$hostspace" sync "$work/b" --server "http://127.0.0.1:$apache/dav/" "${event[@]}" \
    >"$work/out" || fail "joining"
grep -q "joined event cyp-board" "$work/out" || fail "no join message"
"$hostspace" export "$work/a" --format json --out "$work/a.json"
"$hostspace" export "$work/b" --format json --out "$work/b.json"
cmp -s "$work/a.json" "$work/b.json" || { diff "$work/a.json" "$work/b.json" | head; fail "a and b differ"; }
# Its settings are kept: from now on the session's name is enough.
"$hostspace" sync "$work/b" >"$work/out" || fail "sync with saved settings"
grep -q "in sync: sent 0 changes, received 0" "$work/out" || { cat "$work/out"; fail "not idle"; }
echo "ok: joined, and the same export on both laptops"
# Laptop A's session restored from a backup older than what A sent: it syncs on as a new device
# (kept in A's config, never in the session), the change made after the backup comes back from
# the server, and both laptops end with the same session.
export XDG_CONFIG_HOME="$work/laptop-a"
cp -a "$work/a.hostspace" "$work/a-backup.hostspace"
"$hostspace" set "$work/a" --question "What must be true for every child?" >/dev/null
"$hostspace" sync "$work/a" >/dev/null || fail "A's sync after the backup"
rm -rf "$work/a.hostspace"
mv "$work/a-backup.hostspace" "$work/a.hostspace"
"$hostspace" sync "$work/a" >"$work/out" 2>"$work/err" ||
    { cat "$work/err"; fail "the restored copy did not sync"; }
grep -q "now syncs as a new device" "$work/err" || { cat "$work/err"; fail "no word of the new device"; }
renewed=$(head -c 100 "$work/err")
grep -q "a.hostspace" "$work/laptop-a/hostspace/session-devices.json" ||
    fail "the restored copy's device id was not kept"
"$hostspace" export "$work/a" --format json --out "$work/a.json"
grep -q "What must be true for every child" "$work/a.json" ||
    fail "the change made after the backup did not come back"
"$hostspace" set "$work/a" --venue "Town hall" >/dev/null
"$hostspace" sync "$work/a" >/dev/null 2>"$work/err" || { cat "$work/err"; fail "the next sync"; }
! grep -q "new device" "$work/err" || fail "the restored copy took a second new device id"
export XDG_CONFIG_HOME="$work/laptop-b"
"$hostspace" sync "$work/b" >/dev/null || fail "B could not sync after A's restore"
"$hostspace" export "$work/a" --format json --out "$work/a.json"
"$hostspace" export "$work/b" --format json --out "$work/b.json"
cmp -s "$work/a.json" "$work/b.json" || { diff "$work/a.json" "$work/b.json" | head; fail "a and b differ after the restore"; }
grep -q "Town hall" "$work/b.json" || fail "the restored copy's change did not reach B"
echo "ok: a restored backup went on as a new device: $renewed"

# Joining an event nobody has shared (a mistyped name) is refused, and leaves no folder behind.
"$hostspace" sync "$work/c" --server "http://127.0.0.1:$apache/dav/" --event cyp-bored \
    --user host >"$work/out" 2>"$work/err" && fail "joining an event nobody shared worked"
grep -q 'Nothing has been shared under the event "cyp-bored"' "$work/err" ||
    { cat "$work/err"; fail "no message for an event nobody shared"; }
[ ! -e "$work/c.hostspace" ] || fail "the refused join left a folder"
echo "ok: $(head -c 120 "$work/err")"
echo "all sync tests passed"
