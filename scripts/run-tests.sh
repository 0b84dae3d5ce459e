#!/usr/bin/env bash
# Sets up, builds and runs every test: first a build without the GUI (core, command line and core
# tests, which proves that core never needs Qt Widgets), then the full build with the widget tests.
# After each build, scripts/check-setup.sh fails if the build uses a Debian package that setup.sh does
# not install (what a fresh machine would hit); the full build's tests include the installed files
# (tests/packaging). The Debian package itself: scripts/build-deb.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

werror=OFF
if [ -n "${CI:-}" ]; then
    werror=ON
fi

echo "== core and command line, without the GUI"
scripts/build.sh build-nogui -DSEMINARDESK_GUI=OFF -DSEMINARDESK_BENCH=OFF -DSEMINARDESK_WERROR=$werror
scripts/check-setup.sh build-nogui
(cd build-nogui && ctest --output-on-failure -j 2 --timeout 300)

echo "== everything, with the GUI"
scripts/build.sh build -DSEMINARDESK_GUI=ON -DSEMINARDESK_BENCH=ON -DSEMINARDESK_WERROR=$werror
scripts/check-setup.sh build
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j 2 --timeout 300)
