#!/usr/bin/env bash
# The installed Seminar Desk, checked as a desktop would see it: `cmake --install` into a temporary
# prefix, then every expected file, desktop-file-validate, appstreamcli validate --no-net, the
# manual pages rendered by man without a warning, the .sdesk type recognised by gio by name and, on
# a renamed copy, by content (magic), and the installed seminardesk-cli run from the prefix.
#
# Usage: install-test.sh BUILD_DIR VERSION; the tools come from the environment (tests/packaging's
# CMakeLists.txt passes the paths cmake/TestTools.cmake found): DESKTOP_FILE_VALIDATE, APPSTREAMCLI,
# UPDATE_MIME_DATABASE, GIO, SQLITE3, PYTHON3.
set -euo pipefail
build="$1"
version="$2"
app_id=org.seminardesk.SeminarDesk
file_type=application/x-seminardesk
file_icon=application-x-seminardesk

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
failures=0
fail() {
    echo "FAILED: $*" >&2
    failures=$((failures + 1))
}

cmake --install "$build" --prefix "$prefix" >"$work/install.log" || {
    cat "$work/install.log" >&2
    echo "FAILED: cmake --install $build --prefix $prefix" >&2
    exit 1
}

# 1. The files.
expected=(
    bin/seminardesk
    bin/seminardesk-cli
    share/applications/$app_id.desktop
    share/metainfo/$app_id.metainfo.xml
    share/mime/packages/$app_id.xml
    share/icons/hicolor/scalable/apps/$app_id.svg
    share/icons/hicolor/scalable/mimetypes/$file_icon.svg
    share/man/man1/seminardesk.1.gz
    share/man/man1/seminardesk-cli.1.gz
    share/doc/seminardesk/copyright
    share/doc/seminardesk/changelog.gz
)
for size in 48 128 256; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$app_id.png"
        "share/icons/hicolor/${size}x${size}/mimetypes/$file_icon.png")
done
for file in "${expected[@]}"; do
    [ -s "$prefix/$file" ] || fail "cmake --install did not install $file"
done
for program in bin/seminardesk bin/seminardesk-cli; do
    [ -x "$prefix/$program" ] || fail "$program is not executable"
done

# Each PNG is a PNG of its folder's size (its IHDR says so).
for png in "$prefix"/share/icons/hicolor/*x*/*/*.png; do
    size="$(basename "$(dirname "$(dirname "$png")")")"
    actual="$("$PYTHON3" -c 'import struct, sys
data = open(sys.argv[1], "rb").read(24)
assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", "not a PNG"
print("%dx%d" % struct.unpack(">II", data[16:24]))' "$png")" || actual="not a PNG"
    [ "$actual" = "$size" ] || fail "$png is $actual, not $size"
done

# 2. The validators.
"$DESKTOP_FILE_VALIDATE" "$prefix/share/applications/$app_id.desktop" || fail "desktop-file-validate"
grep -qx 'Exec=seminardesk %f' "$prefix/share/applications/$app_id.desktop" || fail "the desktop entry's Exec is not 'seminardesk %f'"
grep -qx "MimeType=$file_type;" "$prefix/share/applications/$app_id.desktop" || fail "the desktop entry does not name $file_type"
for key in 'Name\[es\]' 'Comment\[es\]' 'Keywords\[es\]'; do
    grep -q "^$key=" "$prefix/share/applications/$app_id.desktop" || fail "the desktop entry has no $key"
done
"$APPSTREAMCLI" validate --no-net "$prefix/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate --no-net"
grep -q "<release version=\"$version\"" "$prefix/share/metainfo/$app_id.metainfo.xml" ||
    fail "the metainfo has no release $version"

# 3. The manual pages: man renders them without a warning, and seminardesk-cli.1 names every command
# that `seminardesk-cli --help` lists, and every exit status.
for page in "$prefix"/share/man/man1/*.1.gz; do
    warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)" || fail "man cannot render $page"
    [ -z "$warnings" ] || fail "man warns about $page: $warnings"
done
cli_page="$(LC_ALL=C.UTF-8 MANWIDTH=200 man -l "$prefix/share/man/man1/seminardesk-cli.1.gz" 2>/dev/null | col -b)"
commands="$("$prefix/bin/seminardesk-cli" --help | sed -n '/^Commands:/,/^$/p' | awk '/^  [a-z-]/ { print $1 }')"
[ -n "$commands" ] || fail "seminardesk-cli --help lists no commands"
for command in $commands; do
    grep -qE "^ +$command( |,|$)" <<<"$cli_page" || fail "seminardesk-cli.1 does not describe the command $command"
done
exit_section="$(sed -n '/^EXIT STATUS/,/^[A-Z]/p' <<<"$cli_page")"
for status in 0 2 3 4 5 6; do
    grep -qE "^ +$status +[A-Z]" <<<"$exit_section" || fail "seminardesk-cli.1 does not explain exit status $status"
done

# 4. The installed command line runs from the prefix.
printed="$("$prefix/bin/seminardesk-cli" --version)" || fail "the installed seminardesk-cli --version failed"
[ "$printed" = "seminardesk-cli $version" ] || fail "the installed seminardesk-cli --version printed '$printed'"
"$prefix/bin/seminardesk-cli" demo "$work/demo.sdesk" >/dev/null || fail "the installed seminardesk-cli could not write the demo"

# 5. The file type: by name, by content on a renamed copy, and a plain SQLite file stays SQLite.
# (it notes that the prefix is not on XDG_DATA_DIRS: gio below gets it there)
"$UPDATE_MIME_DATABASE" "$prefix/share/mime" >"$work/mime.log" 2>&1 || {
    cat "$work/mime.log" >&2
    fail "update-mime-database $prefix/share/mime"
}
cp "$work/demo.sdesk" "$work/programme-copy"
"$SQLITE3" "$work/plain-sqlite" 'CREATE TABLE t(x);'
content_type() {
    XDG_DATA_HOME="$work/empty" XDG_DATA_DIRS="$prefix/share:/usr/share" \
        "$GIO" info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'
}
for file in demo.sdesk programme-copy; do
    type="$(content_type "$work/$file")"
    [ "$type" = "$file_type" ] || fail "gio says $file is '$type', not $file_type"
done
type="$(content_type "$work/plain-sqlite")"
[ "$type" = "application/vnd.sqlite3" ] || fail "gio says a plain SQLite file is '$type', not application/vnd.sqlite3"

if [ "$failures" -gt 0 ]; then
    echo "install-test: $failures check(s) failed" >&2
    exit 1
fi
echo "install-test: ${#expected[@]} files installed into $prefix, validated, and recognised by gio"
