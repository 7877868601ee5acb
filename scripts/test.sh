#!/usr/bin/env bash
# Install what is missing, build with AddressSanitizer and UBSan, and run every test with CTest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
"$root/scripts/build.sh" test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHOSTSPACE_SANITIZE=ON
cd "$root/build/test"
ctest --output-on-failure -j 2 "$@"
