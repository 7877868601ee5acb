# shellcheck shell=bash
# Shared helpers for the start_*.sh scripts (sourced, not run).

# wait_port PID PORT [TRIES]: wait until 127.0.0.1:PORT accepts a connection
# (50 ms steps, default 100 tries = 5 s). Fails early if PID has exited.
wait_port() {
    local pid=$1 port=$2 tries=${3:-100} i
    for ((i = 0; i < tries; i++)); do
        kill -0 "$pid" 2>/dev/null || return 1
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            return 0
        fi
        sleep 0.05
    done
    return 1
}

# make_searchable DIR: when root runs a server whose workers run as www-data, the
# worker must be able to reach DIR. Adds o+x (search, not list) to DIR and to those
# parent folders that lie inside the temp folder (${TMPDIR:-/tmp}) and belong to us
# (mktemp -d makes 0700 folders). Never touches anything outside the temp folder.
make_searchable() {
    local d tmp uid
    d=$(cd "$1" && pwd -P)
    tmp=$(cd "${TMPDIR:-/tmp}" && pwd -P)
    uid=$(id -u)
    chmod o+x "$d"
    while [ "$d" != "/" ] && [ "$d" != "$tmp" ]; do
        d=$(dirname "$d")
        case "$d/" in "$tmp"/*) ;; *) break ;; esac
        [ "$d" = "$tmp" ] && break
        if [ "$(stat -c %u "$d")" = "$uid" ]; then chmod o+x "$d"; fi
    done
}

# require_free_port PORT NAME: fail if something already answers on 127.0.0.1:PORT
# (otherwise wait_port would mistake that process for the new server).
require_free_port() {
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
        echo "$2: port $1 on 127.0.0.1 is already in use" >&2
        exit 1
    fi
}

# await_server NAME PID PORT DIR LOG...: the end of every start script. Writes DIR/pid and
# waits (5 s) for the port; prints DIR/pid and exits 0 once it answers, or says why not (the
# logs' last lines), stops the server and exits 1.
await_server() {
    local name=$1 pid=$2 port=$3 dir=$4
    shift 4
    echo "$pid" >"$dir/pid"
    if wait_port "$pid" "$port" 100; then
        echo "$dir/pid"
        exit 0
    fi
    if kill -0 "$pid" 2>/dev/null; then
        echo "$name: port $port did not answer within 5 s" >&2
        kill -TERM "$pid" 2>/dev/null || true
    else
        echo "$name: the server exited; its log:" >&2
    fi
    tail -n 20 "$@" >&2 2>/dev/null || true
    rm -f "$dir/pid"
    exit 1
}
