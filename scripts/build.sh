#!/usr/bin/env bash
# Configures and builds InvoiceDash into build/ (or $INVOICEDASH_BUILD_DIR).
# Extra arguments go to CMake's configure step; CI builds with warnings as errors.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${INVOICEDASH_BUILD_DIR:-build}
args=()
[[ "${CI:-}" == "true" ]] && args+=(-DINVOICEDASH_WERROR=ON)
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${args[@]}" "$@"
cmake --build "$build_dir" --parallel "$(nproc)"
