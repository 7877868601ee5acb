#!/usr/bin/env bash
# Configures and builds into build/<name> with the given CMake options.
# usage: scripts/build.sh NAME [CMAKE OPTIONS...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
name=$1
shift
cmake -S "$root" -B "$root/build/$name" "$@" >/dev/null
cmake --build "$root/build/$name" -j "$(nproc)"
