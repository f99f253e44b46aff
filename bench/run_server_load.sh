#!/usr/bin/env bash
# Load benchmark for the team server, on loopback only:
#
#   bench/run_server_load.sh [--viewers N] [--publishers N] [--rate N] [--duration S]
#
# Defaults: 1000 viewers, 20 publishers sending 10 metrics/s each, 30 s.
# Starts the real invoicedash-server on 127.0.0.1 (ephemeral port), prints a
# Markdown table (paste it into docs/BENCHMARKS.md). Exit 1 if any ack is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=$root/${INVOICEDASH_BUILD_DIR:-build}

# One socket per client in this process and one in the server's.
ulimit -n 8192 2>/dev/null || ulimit -n "$(ulimit -Hn)"
echo "bench: open files limit $(ulimit -n)" >&2

cmake --build "$build" -j2 --target server_load invoicedash-server >&2
exec "$build/bin/server_load" --server "$build/bin/invoicedash-server" "$@"
