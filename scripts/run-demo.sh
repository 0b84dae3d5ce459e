#!/usr/bin/env bash
# Sets up, builds and opens the desktop app on the demo programme (Mexico II).
# Without a display it says so and prints the demo's results table from the command line.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh build -DSEMINARDESK_GUI=ON -DSEMINARDESK_TESTS=OFF -DSEMINARDESK_BENCH=OFF -DSEMINARDESK_SANITIZE=OFF

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    # With no file, the first run writes the demo programme into the user's data folder and opens it.
    exec build/src/app/seminardesk "$@"
fi

echo "No display is available (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open."
echo "Here is the demo programme's results table from the command line instead:"
echo
demo="$(mktemp -d)/mexico-ii.sdesk"
build/src/cli/seminardesk-cli demo "$demo"
build/src/cli/seminardesk-cli results "$demo" --by activity
echo
echo "To see the window without a display: xvfb-run -a build/src/app/seminardesk \"$demo\""
