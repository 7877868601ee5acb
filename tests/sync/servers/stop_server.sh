#!/bin/bash
# Stop a server started by one of the start_*.sh scripts (or any process whose pid
# is in DIR/pid): TERM, wait up to ~5 s, then KILL. Removes DIR/pid.
#
#   stop_server.sh DIR [TIMEOUT_SECONDS]
#
# Exits 0 if the process is gone (or DIR/pid does not exist), 1 otherwise.
# A zombie (exited, not yet reaped by its parent) counts as gone.
set -u
[ $# -ge 1 ] || { echo "usage: $0 DIR [TIMEOUT_SECONDS]" >&2; exit 2; }
DIR=$1
TIMEOUT=${2:-5}
PIDFILE=$DIR/pid
[ -f "$PIDFILE" ] || exit 0
PID=$(tr -dc '0-9' <"$PIDFILE")
if [ -z "$PID" ] || [ "$PID" -le 1 ]; then
    echo "stop_server.sh: bad pid in $PIDFILE" >&2
    exit 1
fi

alive() {
    local state
    kill -0 "$1" 2>/dev/null || return 1
    state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
    [ "$state" != "Z" ] && [ -n "$state" ]
}

if alive "$PID"; then
    kill -TERM "$PID" 2>/dev/null
    steps=$((TIMEOUT * 20))
    for ((i = 0; i < steps; i++)); do
        alive "$PID" || break
        sleep 0.05
    done
    if alive "$PID"; then
        echo "stop_server.sh: pid $PID ignored TERM for ${TIMEOUT}s, sending KILL" >&2
        kill -KILL "$PID" 2>/dev/null
        for ((i = 0; i < 40; i++)); do
            alive "$PID" || break
            sleep 0.05
        done
    fi
fi
if alive "$PID"; then
    echo "stop_server.sh: pid $PID is still running" >&2
    exit 1
fi
rm -f "$PIDFILE"
exit 0
