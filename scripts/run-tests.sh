#!/usr/bin/env bash
# One command for the whole test suite: install what is missing, build with
# warnings as errors, run every test through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh -DINVOICEDASH_WERROR=ON
cd "${INVOICEDASH_BUILD_DIR:-build}"
ctest --output-on-failure --no-tests=error --timeout 600 "$@"
