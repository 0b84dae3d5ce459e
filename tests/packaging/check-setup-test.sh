#!/usr/bin/env bash
# scripts/check-setup.sh against this build: it passes with setup.sh as it is, and fails naming the
# package when a copy of setup.sh leaves out one that the build uses (the package stays installed,
# as on a machine where it was once installed by hand). The packages left out: libqt6opengl6-dev
# (a gap once hidden by a hand-installed package, needed only through Qt6Charts' CMake package), zlib1g-dev (needed only
# through libxlsxwriter's pkg-config file), and together, in one copy, the three of a programme on a
# server, each of which a machine set up by hand may have: libpq-dev (linked by core),
# libqt6sql6-psql (Qt's QPSQL plugin, loaded at run time) and postgresql-15 (the test server).
# Usage: check-setup-test.sh SOURCE_DIR BUILD_DIR
set -uo pipefail
source_dir="$1"
build="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0

if ! "$source_dir/scripts/check-setup.sh" "$build" >"$work/out" 2>&1; then
    cat "$work/out"
    echo "FAILED: check-setup.sh fails with setup.sh as it is"
    failures=$((failures + 1))
fi
for group in libqt6opengl6-dev zlib1g-dev "libpq-dev libqt6sql6-psql postgresql-15"; do
    cp "$source_dir/scripts/setup.sh" "$work/setup.sh"
    usable=1
    for package in $group; do
        grep -qE "(^| )$package( |$)" <(bash "$source_dir/scripts/setup.sh" --list | tr '\n' ' ') || {
            echo "FAILED: setup.sh --list does not name $package"
            failures=$((failures + 1))
            usable=0
            continue
        }
        # The copy keeps every other line; a line naming several packages loses only this name.
        sed -i -E "s/(^|[[:space:]])$package([[:space:]]|$)/\\1\\2/" "$work/setup.sh"
        if bash "$work/setup.sh" --list | grep -qxF "$package"; then
            echo "FAILED: could not leave $package out of a copy of setup.sh"
            failures=$((failures + 1))
            usable=0
        fi
    done
    [ "$usable" -eq 1 ] || continue
    "$source_dir/scripts/check-setup.sh" "$build" "$work/setup.sh" >"$work/out" 2>&1
    status=$?
    for package in $group; do
        if [ "$status" -ne 1 ] || ! grep -qE "^  $package: " "$work/out"; then
            cat "$work/out"
            echo "FAILED: without $group in setup.sh, check-setup.sh exited $status and did not name $package"
            failures=$((failures + 1))
        fi
    done
done
[ "$failures" -eq 0 ] || exit 1
echo "check-setup-test: check-setup.sh passes on this build and names each package left out of setup.sh"
