#!/usr/bin/env bash
# Benchmark: field accuracy, line items and score calibration against issue 4's
# targets, on every corpus with ground truth.
#
#   bench/run_accuracy.sh [SEED...]
#
# Runs `invoicedash process --no-store --workers 2` on ../shared/corpus/synthetic,
# ../shared/corpus/real (PNG, OCR) and ../shared/corpus/real-pdf (text layers), plus
# one freshly generated set per SEED (../shared/corpus/generate.py, 30 pages each;
# default seed 77) to check that nothing is tuned to the stored corpus. Prints
# Markdown tables (docs/BENCHMARKS.md) and keeps the results in bench/out/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
shared=$root/../shared
scorer=${INVOICEDASH_SCORER:-$shared/bench/score.py}
out=$root/bench/out
exe=$root/${INVOICEDASH_BUILD_DIR:-build}/bin/invoicedash
seeds=("$@")
[[ ${#seeds[@]} -eq 0 ]] && seeds=(77)

if [[ ! -d "$shared/corpus" ]]; then
    echo "bench: $shared/corpus is missing; this benchmark needs the shared corpus" \
         "(synthetic, real, real-pdf) beside the project." >&2
    exit 2
fi
[[ -f "$scorer" ]] || scorer=$root/tests/data/score.py

"$root/scripts/setup.sh" --bench >&2
"$root/scripts/build.sh" >&2
mkdir -p "$out"

run() { # $1 = label, $2 = folder
    local label=$1 dir=$2
    echo "bench: $label ($dir)" >&2
    INVOICEDASH_DATA_DIR=$(mktemp -d) "$exe" process "$dir" --no-store --workers 2 \
        --jsonl "$out/accuracy-$label.jsonl" >"$out/accuracy-$label.log" 2>&1 || true
    specs+=("$label:$dir:$out/accuracy-$label.jsonl")
}

specs=()
run synthetic "$shared/corpus/synthetic"
run real "$shared/corpus/real"
run real-pdf "$shared/corpus/real-pdf"
for seed in "${seeds[@]}"; do
    gen=$out/generated-seed$seed
    if [[ ! -f "$gen/manifest.json" ]]; then
        echo "bench: generating 30 pages with seed $seed" >&2
        /usr/bin/python3 "$shared/corpus/generate.py" --out "$gen" --count 30 --seed "$seed" >&2
    fi
    run "seed$seed" "$gen"
done
python3 "$here/accuracy.py" "$scorer" "${specs[@]}"
