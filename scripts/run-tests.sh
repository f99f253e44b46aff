#!/usr/bin/env bash
# One command for the whole test suite: install what is missing, build with
# warnings as errors, run every test through CTest, then build the .deb and
# test it: install it on this machine, run the installed programs, purge it
# (scripts/test-package.sh; needs root or sudo).
#   scripts/run-tests.sh [--no-package] [CTEST ARGS...]
# --no-package skips the package test, e.g. on a machine where you may not
# install packages. Without root or sudo the package test fails; it never
# skips itself silently.
set -euo pipefail
cd "$(dirname "$0")/.."

package_test=1
ctest_args=()
for arg in "$@"; do
    if [[ "$arg" == "--no-package" ]]; then
        package_test=0
    else
        ctest_args+=("$arg")
    fi
done

scripts/setup.sh
scripts/build.sh -DINVOICEDASH_WERROR=ON
build_dir=${INVOICEDASH_BUILD_DIR:-build}
(cd "$build_dir" && ctest --output-on-failure --no-tests=error --timeout 600 "${ctest_args[@]}")

if ((!package_test)); then
    echo "run-tests: ***************************************************************"
    echo "run-tests: *** --no-package: the .deb was NOT built, installed or tested ***"
    echo "run-tests: ***************************************************************"
    exit 0
fi
echo "run-tests: building the .deb (cpack)"
rm -f "$build_dir"/invoicedash_*.deb
(cd "$build_dir" && cpack)
scripts/test-package.sh "$(ls "$build_dir"/invoicedash_*.deb)"
