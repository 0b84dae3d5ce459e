#!/usr/bin/env bash
# Sets up, builds and runs every test: first a build without the GUI (core and command line, which
# proves that core never needs Qt Widgets, and the fault and kill tests, which run without the
# sanitizers), then the full build with every other test, under AddressSanitizer and
# UndefinedBehaviorSanitizer.
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

echo "== core and command line without the GUI, the fault and kill tests, the benchmarks"
# This build proves that core and the command line need no Qt Widgets. Its tests are the reliability
# suites (tests/reliability: faults injected under SQLite, processes killed at chosen system calls),
# which run only without the sanitizers; every other test runs once, in the sanitized build below,
# so this build compiles only what those suites need, and the benchmarks that need no window (a
# sanitized benchmark would measure the sanitizers; docs/performance.md, "Building and testing on
# 2 cores"). Optimised with -O1 -g1, as the sanitized build: half the compile time of
# RelWithDebInfo's -O2 -g, still optimised code with line tables. The package (scripts/build-deb.sh)
# is built as Release, fully optimised.
SEMINARDESK_TARGETS="seminardesk_core seminardesk-cli reliability_fault_tests reliability_kill_tests
    core_bench search_bench export_bench import_bench list_memory_bench copy_bench server_bench soak_bench" \
    scripts/build.sh build-nogui -DSEMINARDESK_GUI=OFF -DSEMINARDESK_BENCH=ON -DSEMINARDESK_WERROR=$werror \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG"
scripts/check-setup.sh build-nogui

# The reliability suites wait on fsync and on the processes they kill much of their time, so they run
# while the sanitized build compiles; their report follows the build.
(cd build-nogui/tests/reliability && ctest --output-on-failure -j 2 --timeout 300) > build-nogui/reliability.log 2>&1 &
reliability=$!
trap 'kill "$reliability" 2> /dev/null || true' EXIT

echo "== everything, with the GUI, under AddressSanitizer and UndefinedBehaviorSanitizer"
# The whole suite runs sanitized in this build (docs/reliability.md): a memory error, a leak or an
# undefined behaviour fails its test. Test discovery runs the test programs while building, so the
# options are set before the build; the test programs pass them on to the processes they start.
export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# One leak inside Debian's libxlsxwriter (its data validations' strings) is suppressed, by name; the
# file says why. Every other leak fails its test.
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan-suppressions.txt"
scripts/build.sh build -DSEMINARDESK_GUI=ON -DSEMINARDESK_BENCH=ON -DSEMINARDESK_WERROR=$werror \
    -DSEMINARDESK_SANITIZE=ON
scripts/check-setup.sh build

echo "== the fault and kill tests (build without the GUI, run during the sanitized build)"
if ! wait "$reliability"; then
    cat build-nogui/reliability.log
    echo "run-tests: the fault and kill tests failed (above)" >&2
    exit 1
fi
cat build-nogui/reliability.log

echo "== every other test, sanitized"
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j 2 --timeout 300)
