#!/usr/bin/env bash
# One command for a newcomer: install what is missing, build, start InvoiceDash.
# Arguments go to the app (e.g. files to open).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
exec "${INVOICEDASH_BUILD_DIR:-build}/bin/invoicedash" "$@"
