#!/usr/bin/env python3
"""Field accuracy and score calibration of InvoiceDash results, per corpus.

    bench/accuracy.py SCORER LABEL:TRUTH_DIR:RESULTS.jsonl [...]

For each set: score.py's field accuracy (overall and per field), line-item F1,
and the calibration of InvoiceDash's own per-invoice `accuracy` score against
the truth: the mean absolute difference between the score and the share of
the invoice's scored fields that are right, and the true field accuracy of the
invoices InvoiceDash marked "verified". Prints Markdown tables.
"""
import json
import os
import subprocess
import sys

FIELDS = [("vendor", "vendor"), ("invoice_number", "inv#"), ("invoice_date", "date"),
          ("due_date", "due"), ("currency", "cur"), ("subtotal", "subtot"), ("tax", "tax"),
          ("total", "total")]


def pct(v):
    return "-" if v is None else "%.1f" % (100 * v)


def own_results(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            obj = json.loads(line)
            if "file" in obj and obj.get("status") in ("ok", "duplicate"):
                out[os.path.basename(obj["file"])] = obj
    return out


def stem(name):
    return os.path.splitext(name)[0]


def main(argv):
    scorer, sets = argv[0], argv[1:]
    summary, per_field = [], []
    pooled = {"diffs": [], "right": 0, "total": 0, "n": 0}
    for spec in sets:
        label, truth_dir, results = spec.split(":", 2)
        rep = json.loads(subprocess.run([sys.executable, scorer, truth_dir, results, "--json"],
                                        check=True, capture_output=True, text=True).stdout)
        mine = {stem(k): v for k, v in own_results(results).items()}
        diffs, verified_right, verified_total, verified_n, read = [], 0, 0, 0, 0
        for row in rep["per_image"]:
            fields = row.get("fields") or {}
            res = mine.get(stem(row["file"]))
            if not fields or res is None:
                continue
            read += 1
            true_acc = sum(fields.values()) / len(fields)
            diffs.append(abs(float(res.get("accuracy", 0)) - 100 * true_acc))
            if res.get("verified"):
                verified_n += 1
                verified_right += sum(fields.values())
                verified_total += len(fields)
        pooled["diffs"] += diffs
        pooled["right"] += verified_right
        pooled["total"] += verified_total
        pooled["n"] += verified_n
        o = rep["overall"]
        items = o.get("items") or {}
        summary.append("| %s | %d/%d | %s | %s | %d | %s | %s |" % (
            label, read, len(rep["per_image"]), pct(o.get("fields_mean")),
            pct(items.get("f1")) if items.get("n_truth_items") else "-",
            verified_n, pct(verified_right / verified_total) if verified_total else "-",
            "%.1f" % (sum(diffs) / len(diffs)) if diffs else "-"))
        f = o.get("fields", {})
        per_field.append("| %s | %s |" % (label, " | ".join(
            pct(f[k]["accuracy"]) if k in f and f[k].get("n") else "-" for k, _ in FIELDS)))
    print("| set | read | fields % | items-F1 % | verified | fields right in verified % "
          "| mean abs(score − true) points |")
    print("|---|---|---|---|---|---|---|")
    print("\n".join(summary))
    if len(sets) > 1:
        print("| all sets | %d | | | %d | %s | %.1f |" % (
            len(pooled["diffs"]), pooled["n"],
            pct(pooled["right"] / pooled["total"]) if pooled["total"] else "-",
            sum(pooled["diffs"]) / max(1, len(pooled["diffs"]))))
    print()
    print("| set | " + " | ".join(a for _, a in FIELDS) + " |")
    print("|---|" + "---|" * len(FIELDS))
    print("\n".join(per_field))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
