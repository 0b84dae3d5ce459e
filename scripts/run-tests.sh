#!/usr/bin/env bash
# Sets up, builds and runs every test: first a build without the GUI (core, command line and core
# tests, which proves that core never needs Qt Widgets), then the full build with the widget tests,
# under AddressSanitizer and UndefinedBehaviorSanitizer.
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
# Optimised with -O1 -g1, as the sanitized build below: half the compile time of RelWithDebInfo's
# -O2 -g (docs/performance.md, "Building and testing on 2 cores"), still optimised code with line
# tables. The package (scripts/build-deb.sh) is built as Release, fully optimised.
scripts/build.sh build-nogui -DSEMINARDESK_GUI=OFF -DSEMINARDESK_BENCH=OFF -DSEMINARDESK_WERROR=$werror \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG"
scripts/check-setup.sh build-nogui
(cd build-nogui && ctest --output-on-failure -j 2 --timeout 300)

echo "== everything, with the GUI, under AddressSanitizer and UndefinedBehaviorSanitizer"
# The whole suite runs sanitized in this build (docs/reliability.md): a memory error, a leak or an
# undefined behaviour fails its test. Test discovery runs the test programs while building, so the
# options are set before the build; the test programs pass them on to the processes they start.
export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
scripts/build.sh build -DSEMINARDESK_GUI=ON -DSEMINARDESK_BENCH=ON -DSEMINARDESK_WERROR=$werror \
    -DSEMINARDESK_SANITIZE=ON
scripts/check-setup.sh build
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j 2 --timeout 300)
