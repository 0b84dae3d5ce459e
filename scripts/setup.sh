#!/usr/bin/env bash
# Installs every Debian 12 package that Seminar Desk's build, desktop app and tests need.
# Idempotent: when everything is present it installs nothing and says so.
# `scripts/setup.sh --list` prints the package names, one a line, and installs nothing
# (scripts/check-setup.sh reads it).
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build pkg-config clang-format
    # lld links the programs several times faster than GNU ld (cmake/ProjectOptions.cmake)
    lld
    # Qt 6: Widgets, Sql (SQLite driver), Charts, PrintSupport (in qtbase), Test, platform plugins
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-qpa-plugins qt6-l10n-tools
    # Qt6Charts' CMake package needs Qt6OpenGL's, which Debian's qt6-charts-dev does not pull in
    libqt6opengl6-dev
    # translations: LinguistTools' CMake package (lrelease at build time) and Qt's own qtbase_es.qm
    qt6-tools-dev qt6-translations-l10n
    # libraries
    libspdlog-dev libfmt-dev libxlsxwriter-dev libminizip-dev libsqlite3-dev
    # libxlsxwriter's pkg-config file links zlib (-lz), and libxlsxwriter-dev does not depend on zlib1g-dev
    zlib1g-dev
    # tests and benchmarks
    libgtest-dev libgmock-dev libbenchmark-dev sqlite3 python3 python3-openpyxl poppler-utils
    # fuzzing the CSV reader (libFuzzer comes with clang)
    clang libclang-rt-14-dev
    # running the window without a display, screenshots, fonts with every accent
    xvfb xauth imagemagick fonts-dejavu-core
    # installing: the icons' PNGs rendered from their SVG at build time, validators of the installed
    # desktop entry, metainfo and file type, and the Debian package (cpack -G DEB, dpkg-shlibdeps, lintian)
    librsvg2-bin
    desktop-file-utils
    appstream
    shared-mime-info
    libglib2.0-bin
    dpkg-dev
    lintian
    # tests that watch what the programs do with their files (and the kill tests of tests/reliability)
    strace
    # a programme on a PostgreSQL server: libpq (linked by core for its URI parser and COPY), Qt's
    # QPSQL driver plugin (loaded at run time), and the server the tests start (initdb, pg_ctl and
    # postgres in /usr/lib/postgresql/15/bin; postgresql-15 also holds the contrib extensions such as
    # unaccent, and Debian's postgresql-contrib-15 is only a name it provides)
    libpq-dev libqt6sql6-psql postgresql-15
    # the system keychain for remembered server passwords; the keychain test runs its own Secret
    # Service (GNOME Keyring on a private D-Bus session)
    qtkeychain-qt6-dev gnome-keyring dbus-daemon dbus-bin
)

if [ "${1:-}" = "--list" ]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi
if [ $# -gt 0 ]; then
    echo "usage: scripts/setup.sh [--list]" >&2
    exit 2
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages are installed."
    exit 0
fi

echo "setup: installing ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup: done."
