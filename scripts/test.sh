#!/usr/bin/env bash
# Install what is missing, build with AddressSanitizer and UBSan, and run every test with CTest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
# -O1 -g1: the optimisation AddressSanitizer recommends, and line tables for its reports. The
# session's operation variant makes a file that folds ops slow to compile; at -O2 -g a test file
# took 133 s here at -O2 -g and 67 s at -O1 -g1.
"$root/scripts/build.sh" test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHOSTSPACE_SANITIZE=ON \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG"
cd "$root/build/test"
# Fontconfig's and Cairo's process-long font caches are not leaks of ours (see the file).
export LSAN_OPTIONS="suppressions=$root/tests/lsan-suppressions.txt:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
ctest --output-on-failure -j 2 "$@"
