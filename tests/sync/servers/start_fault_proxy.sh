#!/bin/bash
# Start fault_proxy.py in the background, like the other start_*.sh scripts.
#
#   start_fault_proxy.sh DIR LISTEN_PORT TARGET_HOST:TARGET_PORT
#
# Writes DIR/control.json = {"mode":"pass"} unless it exists, logs one line per request to
# DIR/proxy.log, writes DIR/pid, waits until 127.0.0.1:LISTEN_PORT answers, prints DIR/pid.
# Change faults while it runs with set_fault.sh DIR '{"mode":"drop"}' (atomic rename).
# Stop with: stop_server.sh DIR
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 DIR LISTEN_PORT TARGET_HOST:TARGET_PORT" >&2; exit 2; }
DIR=$1; PORT=$2; TARGET=$3
case $PORT in ''|*[!0-9]*) echo "bad port: $PORT" >&2; exit 2 ;; esac
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"
PYTHON=${PYTHON:-/usr/bin/python3}

require_free_port "$PORT" start_fault_proxy.sh
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd -P)
rm -f "$DIR/pid"
[ -f "$DIR/control.json" ] || echo '{"mode":"pass"}' >"$DIR/control.json"

setsid "$PYTHON" "$HERE/fault_proxy.py" --listen "$PORT" --target "$TARGET" \
    --control "$DIR/control.json" --log "$DIR/proxy.log" \
    </dev/null >>"$DIR/stdout.log" 2>>"$DIR/stderr.log" &
PID=$!
await_server start_fault_proxy.sh "$PID" "$PORT" "$DIR" "$DIR/stderr.log"
