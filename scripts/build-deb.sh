#!/usr/bin/env bash
# Builds the Debian package and checks it with lintian. Usage: scripts/build-deb.sh [BUILD_DIR]
# BUILD_DIR (default build-deb) is configured as a release build of the desktop app and the command
# line with Debian's hardening flags, without tests or benchmarks (an existing BUILD_DIR, such as the
# test command's build, is only brought up to date); `cpack -G DEB` there writes seminardesk_VERSION_amd64.deb
# (dependencies from dpkg-shlibdeps plus the Qt SQL driver plugin, stripped binaries), then lintian
# must report no error. Prints the time taken, the package's size and lintian's findings.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
build_dir="${1:-build-deb}"
started=$(date +%s)

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    # Debian's hardening flags (fortified functions, stack protector, read-only relocations, bind now)
    export DEB_BUILD_MAINT_OPTIONS=hardening=+all
    scripts/build.sh "$build_dir" -DCMAKE_BUILD_TYPE=Release -DSEMINARDESK_GUI=ON -DSEMINARDESK_TESTS=OFF \
        -DSEMINARDESK_BENCH=OFF \
        "-DCMAKE_CXX_FLAGS=$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
        "-DCMAKE_C_FLAGS=$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CFLAGS)" \
        "-DCMAKE_EXE_LINKER_FLAGS=$(dpkg-buildflags --get LDFLAGS)"
else
    cmake --build "$build_dir" -j "${SEMINARDESK_JOBS:-$(nproc)}"
fi
scripts/check-setup.sh "$build_dir"

rm -f "$build_dir"/seminardesk_*.deb
(cd "$build_dir" && cpack -G DEB >cpack.log 2>&1) || {
    cat "$build_dir/cpack.log"
    echo "build-deb: cpack -G DEB failed in $build_dir (its output is above)" >&2
    exit 1
}
deb="$(ls "$build_dir"/seminardesk_*_amd64.deb)"

echo "== $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
# lintian exits non-zero on errors; its warnings and notes are printed for the record.
lintian_status=0
lintian --info --display-info --tag-display-limit 0 "$deb" >"$build_dir/lintian.log" 2>&1 || lintian_status=$?
cat "$build_dir/lintian.log"
errors=$(grep -c '^E: ' "$build_dir/lintian.log" || true)
warnings=$(grep -c '^W: ' "$build_dir/lintian.log" || true)
echo "build-deb: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB, in $(($(date +%s) - started)) s; lintian: $errors error(s), $warnings warning(s)"
if [ "$lintian_status" -ne 0 ] || [ "$errors" -ne 0 ]; then
    echo "build-deb: lintian reports errors (above); the package must have none" >&2
    exit 1
fi
