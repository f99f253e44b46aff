#!/usr/bin/env bash
# Configures and builds InvoiceDash into build/ (Release with debug info).
# Extra arguments are passed to CMake's configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${INVOICEDASH_BUILD_DIR:-build}
werror=OFF
[[ "${CI:-}" == "true" ]] && werror=ON
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DINVOICEDASH_WERROR="$werror" "$@"
cmake --build "$build_dir" --parallel "$(nproc)"
