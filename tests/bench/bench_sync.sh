#!/bin/bash
# Starts Apache (mod_dav, folder ETags) on 127.0.0.1 and runs bench_sync against it.
#   bench_sync.sh BUILD_DIR
set -euo pipefail
build=$1
servers=$(cd "$(dirname "$0")/../sync/servers" && pwd)
work=$(mktemp -d)
trap '"$servers/stop_server.sh" "$work/apache" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
port=$("$servers/free_port.py" 1)
"$servers/start_apache.sh" "$work/apache" "$port" --etag mtime >/dev/null
echo "sync through Apache $(apache2 -v | sed -n 's/Server version: //p') on loopback:"
HOSTSPACE_DAV_URL="http://127.0.0.1:$port/dav/" HOSTSPACE_DAV_USER=host \
    HOSTSPACE_DAV_PASSWORD=s3cret-pass "$build/tests/bench/bench_sync"
