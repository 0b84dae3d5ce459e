#!/usr/bin/env bash
# Usage: scripts/check-setup.sh BUILD_DIR [SETUP_SCRIPT]
#
# Fails, naming the Debian package, when the configured build in BUILD_DIR uses a package that
# scripts/setup.sh does not install, either by name or as a dependency (Depends, Pre-Depends, at any
# depth) of a package it names. A machine where a package was once installed by hand builds and
# tests fine and hides the gap; a fresh Debian 12 machine fails. This check sees the gap anywhere.
#
# What "uses" means:
#   - every file and folder under /usr that CMake recorded in BUILD_DIR/CMakeCache.txt and that the
#     build really uses: package configuration folders (*_DIR), libraries the build links, programs
#     found with find_program (compilers, lrelease, the test tools of cmake/TestTools.cmake, ...);
#   - the shared libraries that the built programs load (ldd on every executable of the build);
#   - the Qt plugins that the programs load at run time, which ldd cannot see: the SQLite and
#     PostgreSQL drivers and the platform plugins the tests and the window use.
# Essential and required packages are on every Debian machine and count as installed.
#
# Exit status: 0 every package is covered, 1 some package is not (each is named with the file that
# needs it), 2 wrong usage.
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-}"
setup="${2:-$here/setup.sh}"
if [ -z "$build" ] || [ ! -f "$build/CMakeCache.txt" ]; then
    echo "usage: scripts/check-setup.sh BUILD_DIR [SETUP_SCRIPT]: '$build' holds no CMakeCache.txt; configure it first (scripts/build.sh BUILD_DIR)" >&2
    exit 2
fi
if [ ! -f "$setup" ]; then
    echo "check-setup: there is no setup script at $setup" >&2
    exit 2
fi
build="$(cd "$build" && pwd)"

if ! listed="$(bash "$setup" --list)" || [ -z "$listed" ]; then
    echo "check-setup: '$setup --list' printed no package names; it must print one a line" >&2
    exit 2
fi
if bad="$(printf '%s\n' "$listed" | grep -vE '^[a-z0-9][a-z0-9.+-]+$')"; then
    echo "check-setup: '$setup --list' printed lines that are not package names: $bad" >&2
    exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The packages a fresh machine has after setup: those listed, what they depend on at any depth, and
# the essential and required ones.
{
    printf '%s\n' "$listed"
    # shellcheck disable=SC2086
    apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
        --no-enhances $listed 2>/dev/null | grep -vE '^[[:space:]<]'
    dpkg-query -W -f='${Package} ${Essential} ${Priority}\n' | awk '$2 == "yes" || $3 == "required" { print $1 }'
} | sed 's/:amd64$//' | sort -u >"$work/covered"

# Paths the build uses, each with the reason it is used: "PATH<TAB>REASON".
linked="$(cat "$build/build.ninja" "$build"/CMakeFiles/*/link.txt 2>/dev/null | tr ' ' '\n' |
    grep -E '^/usr/.*\.so(\.[0-9.]+)?$' | sort -u)"
grep -E '^[A-Za-z0-9_.+-]+:(FILEPATH|PATH)=/usr/' "$build/CMakeCache.txt" | while IFS= read -r line; do
    entry="${line%%:*}"
    path="${line#*=}"
    [ -e "$path" ] || continue
    case "$path" in
    *.so | *.so.*)
        # found by a find_library or pkg-config but linked by nothing: not used
        printf '%s\n' "$linked" | grep -qxF "$path" || continue
        ;;
    esac
    if [ -d "$path" ]; then
        # a folder (a CMake package's configuration): the package that owns its configuration file
        # (NAME_DIR holds NAMEConfig.cmake or name-config.cmake; other packages may add files beside it)
        name="${entry%_DIR}"
        file=""
        for candidate in "$path/${name}Config.cmake" "$path/${name,,}-config.cmake" "$path/${name}.pc"; do
            [ -f "$candidate" ] && file="$candidate" && break
        done
        [ -n "$file" ] || file="$(find "$path" -maxdepth 1 -type f | sort | head -n 1)"
        [ -n "$file" ] || continue
        path="$file"
    fi
    printf '%s\tCMakeCache.txt %s\n' "$path" "$entry"
done >"$work/used"
printf '%s\n' "$linked" | grep . | while IFS= read -r library; do
    printf '%s\tlinked by the build\n' "$library"
done >>"$work/used"

# Shared libraries that the built programs load.
find "$build" -type f -perm -u+x -not -path '*/CMakeFiles/*' -not -name '*.so*' -not -name '*.sh' \
    -not -name '*.py' 2>/dev/null | sort | while IFS= read -r program; do
    [ "$(head -c 4 "$program" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
    ldd "$program" 2>/dev/null | awk -v who="${program#"$build"/}" '/=> \// { printf "%s\tloaded by %s\n", $3, who }'
done | sort -u -t$'\t' -k1,1 >>"$work/used"

# Qt plugins loaded at run time, invisible to ldd: the SQLite driver every program opens files with,
# the PostgreSQL driver (QPSQL) for a programme on a server, and the platforms the window and the
# tests run on.
qtpaths="$(command -v qtpaths6 || echo /usr/lib/qt6/bin/qtpaths6)"
plugins="$("$qtpaths" --query QT_INSTALL_PLUGINS 2>/dev/null || echo /usr/lib/x86_64-linux-gnu/qt6/plugins)"
for plugin in sqldrivers/libqsqlite.so sqldrivers/libqsqlpsql.so platforms/libqoffscreen.so \
    platforms/libqxcb.so; do
    if [ -e "$plugins/$plugin" ]; then
        printf '%s\tQt plugin loaded at run time\n' "$plugins/$plugin" >>"$work/used"
        ldd "$plugins/$plugin" 2>/dev/null | awk -v who="$plugin" '/=> \// { printf "%s\tloaded by the Qt plugin %s\n", $3, who }'
    else
        printf '%s\tQt plugin loaded at run time (missing on this machine)\n' "$plugins/$plugin" >>"$work/missing-files"
    fi
done | sort -u -t$'\t' -k1,1 >>"$work/used"

# The package that owns each path: the path as used (a -dev package's libfoo.so link, say), else the
# file it leads to, else the same path across the merged /usr (dpkg may record /lib or /usr/lib).
# One pass over dpkg's file lists answers every path at once.
sort -u -t$'\t' -k1,1 "$work/used" >"$work/used.sorted"
while IFS=$'\t' read -r path _; do
    resolved="$(readlink -f "$path")"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$path" "$path" "$resolved" "${path#/usr}" "/usr$path" \
        "${resolved#/usr}" "/usr$resolved"
done <"$work/used.sorted" >"$work/candidates"
cut -f2- "$work/candidates" | tr '\t' '\n' | sort -u >"$work/candidate-paths"
grep -H -x -F -f "$work/candidate-paths" /var/lib/dpkg/info/*.list 2>/dev/null |
    sed -E 's|^/var/lib/dpkg/info/([^:]+)(:[a-z0-9]+)?\.list:|\1\t|' >"$work/owners"
awk -F'\t' -v uncovered="$work/uncovered" -v unowned="$work/unowned" -v build="$build" '
    FILENAME == ARGV[1] { if (!($2 in owner)) owner[$2] = $1; next }
    FILENAME == ARGV[2] { covered[$1] = 1; next }
    FILENAME == ARGV[3] { reason[$1] = $2; next }
    {
        package = ""
        for (i = 2; i <= NF && package == ""; i++)
            if ($i in owner) package = owner[$i]
        if (package == "") {
            if (index($1, "/usr/local/") != 1 && index($1, build "/") != 1)
                printf "  %s (%s) belongs to no Debian package\n", $1, reason[$1] >> unowned
        } else if (!(package in covered)) {
            printf "%s\t%s (%s)\n", package, $1, reason[$1] >> uncovered
        }
    }' "$work/owners" "$work/covered" "$work/used.sorted" "$work/candidates"
touch "$work/uncovered" "$work/unowned"

status=0
if [ -s "$work/uncovered" ]; then
    echo "check-setup: the build in $build uses Debian packages that $setup does not install, so a fresh machine fails:"
    sort -t$'\t' -k1,1 -u "$work/uncovered" | while IFS=$'\t' read -r package why; do
        echo "  $package: $why"
    done
    echo "check-setup: add each package named above to the list in $setup."
    status=1
fi
if [ -s "$work/missing-files" ]; then
    echo "check-setup: files the programs load at run time are missing on this machine:"
    sed 's/^/  /; s/\t/ (/; s/$/)/' "$work/missing-files"
    echo "check-setup: run $setup, then check again."
    status=1
fi
if [ -s "$work/unowned" ]; then
    # files under /usr that no package owns (installed by hand): setup cannot install them either
    echo "check-setup: the build uses files that no Debian package installs; a fresh machine lacks them:"
    cat "$work/unowned"
    status=1
fi
if [ "$status" -eq 0 ]; then
    echo "check-setup: every Debian package the build in $build uses is installed by $setup ($(wc -l <"$work/used.sorted") files checked)."
fi
exit "$status"
