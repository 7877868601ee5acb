#!/usr/bin/env bash
# The main job: install what is missing, build (Release) and open hostspace on the demo session.
# With no display it renders the windows under Xvfb to PNG files and exports the demo's harvest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
"$root/scripts/build.sh" release -DCMAKE_BUILD_TYPE=Release -DHOSTSPACE_BUILD_TESTS=OFF
hostspace="$root/build/release/app/hostspace"

if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
  exec "$hostspace" --demo
fi

out="$root/out"
mkdir -p "$out"
"$hostspace" make-demo "$out/demo.hostspace"
xvfb-run -a -s "-screen 0 1920x1080x24" "$hostspace" shot "$out/demo.hostspace" --out "$out/shots"
"$hostspace" export "$out/demo.hostspace" --all --out "$out/harvest" >/dev/null
echo
echo "No display, so hostspace rendered its windows and exported the demo's harvest:"
echo "  windows:  $out/shots/ (control.png, projector.png, projector-purpose.png)"
echo "  harvest:  $out/harvest/ (Markdown, HTML, PDF, Word, CSV, JSON and the board as PNG)"
echo "  session:  $out/demo.hostspace (open it with: $hostspace $out/demo.hostspace)"
