#!/usr/bin/env bash
# Takes the user guide's screenshots again, from the real window on the demo programme, in both
# languages: docs/guide/images/<language>/*.png, docs/screenshot-guide.png of the guide itself and the
# README's docs/screenshot-main.png and docs/screenshot-main-es.png, docs/screenshot-demo-banner.png and
# docs/screenshot-new-programme.png.
# Run it when the window changes, look at every picture, and commit them with the guide's text.
#
#   scripts/guide-screenshots.sh BUILD_DIR [LARGE_PROGRAMME]
#
# BUILD_DIR holds a build with the GUI (target guide_screenshots); LARGE_PROGRAMME is a file made by
# `seminardesk-cli generate FILE --participants 100000 --activities 2000` for the overview at 2,000
# activities (generated into a temporary folder when not given). Needs xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:?usage: scripts/guide-screenshots.sh BUILD_DIR [LARGE_PROGRAMME]}"
large="${2:-}"
cmake --build "$build" --target guide_screenshots seminardesk-cli
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
if [ -z "$large" ]; then
    large="$scratch/large.sdesk"
    "$build/src/cli/seminardesk-cli" generate "$large" --participants 100000 --activities 2000
fi
shoot() {
    XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache" \
        xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/gui/guide_screenshots" "$@"
}
shoot --language en --out docs/guide/images/en --large "$large" --main-shot docs/screenshot-main.png \
    --banner-shot docs/screenshot-demo-banner.png --wizard-shot docs/screenshot-new-programme.png
shoot --language es --out docs/guide/images/es --large "$large" --main-shot docs/screenshot-main-es.png
# A palette of 256 colours keeps the pictures readable and the program a few megabytes smaller.
for picture in docs/guide/images/*/*.png; do
    convert "$picture" +dither -colors 256 -define png:compression-level=9 "$picture"
done
# The guide's own window shows the pictures built into the program: built again with the new ones.
cmake --build "$build" --target guide_screenshots
shoot --language en --out "$scratch/again" --guide-shot docs/screenshot-guide.png
