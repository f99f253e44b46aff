#!/usr/bin/env bash
# Benchmark: InvoiceDash's CLI against the plain `tesseract` command on the
# synthetic corpus, in one run, both scored with the corpus scorer.
#
#   bench/run_corpus.sh [CORPUS_DIR]     (default: ../shared/corpus/synthetic)
#
# Runs: invoicedash with 1 and 2 workers, `tesseract IMG stdout` one at a time
# and two at a time. Prints a Markdown table (paste it into docs/BENCHMARKS.md)
# and keeps every results file in bench/out/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
corpus=${1:-$root/../shared/corpus/synthetic}
scorer=${INVOICEDASH_SCORER:-$root/../shared/bench/score.py}
out=$root/bench/out
exe=$root/${INVOICEDASH_BUILD_DIR:-build}/bin/invoicedash

if [[ ! -d "$corpus" ]]; then
    echo "bench: corpus folder $corpus is missing; this benchmark needs ../shared/corpus/synthetic" \
         "(or pass a folder of images with ground-truth JSON as the first argument)." >&2
    exit 2
fi
if [[ ! -f "$scorer" ]]; then
    echo "bench: scorer $scorer is missing (../shared/bench/score.py); using the copy in tests/data." >&2
    scorer=$root/tests/data/score.py
fi

"$root/scripts/setup.sh" --bench >&2
"$root/scripts/build.sh" >&2
mkdir -p "$out"
mapfile -t images < <(find "$corpus" -maxdepth 1 -type f \( -name '*.png' -o -name '*.jpg' \) | sort)
echo "bench: ${#images[@]} images from $corpus on $(nproc) cores" >&2

# --- InvoiceDash CLI -------------------------------------------------------
for workers in 1 2; do
    echo "bench: invoicedash --workers $workers" >&2
    INVOICEDASH_DATA_DIR=$(mktemp -d) /usr/bin/time -f '%M' -o "$out/invoicedash-w$workers.rss" \
        "$exe" process "${images[@]}" --no-store --workers "$workers" \
        --jsonl "$out/invoicedash-w$workers.jsonl" 2>"$out/invoicedash-w$workers.log" || true
done

# --- tesseract command, text only (no fields) --------------------------------
run_tesseract() { # $1 = parallel jobs
    local jobs=$1 file=$out/tesseract-j$1.jsonl tmp
    tmp=$(mktemp -d)
    local start end
    start=$(date +%s.%N)
    printf '%s\n' "${images[@]}" | OMP_THREAD_LIMIT=1 xargs -P "$jobs" -I{} sh -c '
        img="$1"; tmp="$2"; name=$(basename "$img")
        s=$(date +%s%N); tesseract "$img" stdout > "$tmp/$name.txt" 2>/dev/null; e=$(date +%s%N)
        echo $(( (e - s) / 1000000 )) > "$tmp/$name.ms"' _ {} "$tmp"
    end=$(date +%s.%N)
    python3 - "$tmp" "$file" "$start" "$end" "$jobs" <<'PY'
import json, os, sys
tmp, out, start, end, jobs = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
with open(out, "w", encoding="utf-8") as f:
    for name in sorted(n[:-4] for n in os.listdir(tmp) if n.endswith(".txt")):
        text = open(os.path.join(tmp, name + ".txt"), encoding="utf-8", errors="replace").read()
        ms = float(open(os.path.join(tmp, name + ".ms")).read())
        f.write(json.dumps({"file": name, "text": text, "latency_ms": ms, "fields": {}}) + "\n")
    f.write(json.dumps({"wall_time_s": end - start, "jobs": jobs}) + "\n")
PY
    rm -rf "$tmp"
}
for jobs in 1 2; do
    echo "bench: tesseract, $jobs at a time" >&2
    run_tesseract "$jobs"
done

# --- score and compare ----------------------------------------------------
python3 - "$scorer" "$corpus" "$out" <<'PY'
import json, subprocess, sys
scorer, corpus, out = sys.argv[1:4]
runs = [("invoicedash, 1 worker", "invoicedash-w1"), ("invoicedash, 2 workers", "invoicedash-w2"),
        ("tesseract CLI, 1 at a time", "tesseract-j1"), ("tesseract CLI, 2 at a time", "tesseract-j2")]
rows = {}
for label, stem in runs:
    rep = json.loads(subprocess.run([sys.executable, scorer, corpus, f"{out}/{stem}.jsonl", "--json"],
                                    check=True, capture_output=True, text=True).stdout)
    rows[stem] = (label, rep["overall"])
    with open(f"{out}/{stem}.report.md", "w") as f:
        f.write(subprocess.run([sys.executable, scorer, corpus, f"{out}/{stem}.jsonl", "--markdown"],
                               check=True, capture_output=True, text=True).stdout)
def pct(v): return "-" if v is None else "%.1f" % (100 * v)
base = rows["tesseract-j1"][1].get("throughput_img_per_s") or float("nan")
import os
def rss(stem):
    p = f"{out}/{stem}.rss"
    return "%.0f" % (int(open(p).read().split()[-1]) / 1024) if os.path.exists(p) else "-"
print("| run | images/s | vs tesseract 1-at-a-time | latency mean ms | latency p95 ms | peak RSS MiB | CER % | CER-frag % | BoW-F1 % | fields % | inv# % | date % | total % | items-F1 % |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
for stem, (label, o) in rows.items():
    f = o.get("fields", {})
    acc = lambda k: pct(f[k]["accuracy"]) if k in f else "-"
    tp = o.get("throughput_img_per_s")
    items = o.get("items") or {}
    print("| %s | %.3f | %.2fx | %.0f | %.0f | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
        label, tp or 0, (tp or 0) / base, o.get("latency_ms_mean") or 0, o.get("latency_ms_p95") or 0,
        rss(stem),
        pct(o.get("cer")), pct(o.get("cer_fragments")), pct(o.get("bow_f1")),
        pct(o.get("fields_mean")) if stem.startswith("invoicedash") else "-",
        acc("invoice_number") if stem.startswith("invoicedash") else "-",
        acc("invoice_date") if stem.startswith("invoicedash") else "-",
        acc("total") if stem.startswith("invoicedash") else "-",
        pct(items.get("f1")) if stem.startswith("invoicedash") else "-"))
PY
