#!/usr/bin/env bash
# Configures and builds one build folder. Usage: scripts/build.sh BUILD_DIR [cmake options...]
# SEMINARDESK_TARGETS="a b" builds only those targets (and what they need) instead of everything.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="$1"
shift
jobs="${SEMINARDESK_JOBS:-$(nproc)}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" > "$build_dir.configure.log" 2>&1 \
    || { cat "$build_dir.configure.log"; exit 1; }
targets=()
for target in ${SEMINARDESK_TARGETS:-}; do
    targets+=(--target "$target")
done
cmake --build "$build_dir" -j "$jobs" "${targets[@]}"
