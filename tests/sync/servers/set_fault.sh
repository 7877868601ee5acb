#!/bin/bash
# Switch the fault of a running fault proxy atomically (temp file + rename).
#
#   set_fault.sh DIR JSON        e.g. set_fault.sh "$P" '{"mode":"status","code":503}'
#
# DIR is the folder given to start_fault_proxy.sh (the file is DIR/control.json).
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 DIR JSON" >&2; exit 2; }
printf '%s\n' "$2" | /usr/bin/python3 -c 'import json,sys; json.load(sys.stdin)' \
    || { echo "set_fault.sh: not valid JSON: $2" >&2; exit 2; }
tmp=$(mktemp "$1/.control.XXXXXX")
printf '%s\n' "$2" >"$tmp"
mv -f "$tmp" "$1/control.json"
