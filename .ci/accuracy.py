#!/usr/bin/env python3
"""The accuracy gate: runs `newswire --input jsonl --format spans` over the labelled dev
corpora in ../shared, scores each with ../shared/eval/score.py --json, and fails when a
figure falls below its floor (or a rate rises above its ceiling).

Usage: .ci/accuracy.py [--bin target/release/newswire] [--shared ../shared] [--out DIR]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

# (corpus, path into the scorer's JSON, floor, "min" | "max")
GATES = [
    ("reuters21578", "dateline.detection.precision", 0.99, "min"),
    ("reuters21578", "dateline.detection.recall", 0.99, "min"),
    ("reuters21578", "dateline.place.accuracy", 0.98, "min"),
    ("reuters21578", "dateline.date.accuracy", 0.98, "min"),
    ("reuters21578", "headline.accuracy", 0.97, "min"),
    ("reuters21578", "byline.accuracy", 0.90, "min"),
    ("reuters21578", "footer.coverage", 0.995, "min"),
    ("reuters21578", "footer.false_footer_rate", 0.005, "max"),
    ("polnear", "agency.end_to_end", 0.95, "min"),
    ("polnear", "quotes.attribution.recall", 0.92, "min"),
    ("polnear", "quotes.precision", 0.95, "min"),
    ("polnear", "quotes.attribution.speaker.accuracy", 0.93, "min"),
    ("polnear", "quotes.attribution.cue.accuracy", 0.93, "min"),
    ("polnear", "quotes.segment.recall", 0.94, "min"),
    ("tempeval3", "agency.accuracy", 0.85, "min"),
    ("tempeval3", "silver_no_dateline.false_dateline_rate", 0.005, "max"),
    ("reuters21578", "docs.with_error", 0, "max"),
    ("polnear", "docs.with_error", 0, "max"),
    ("tempeval3", "docs.with_error", 0, "max"),
]


def get(d, path):
    for key in path.split("."):
        d = d[key]
    return d


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/newswire")
    ap.add_argument("--shared", default=os.environ.get("NEWSWIRE_SHARED", "../shared"))
    ap.add_argument("--out", default=None, help="keep predictions and scores here")
    args = ap.parse_args()
    out = args.out or tempfile.mkdtemp(prefix="newswire-accuracy-")
    os.makedirs(out, exist_ok=True)
    scores = {}
    for corpus in sorted({g[0] for g in GATES}):
        gold = os.path.join(args.shared, "corpora", corpus, "dev.jsonl")
        pred = os.path.join(out, corpus + ".pred.jsonl")
        with open(pred, "wb") as f:
            # The CLI exits non-zero when a record failed; the scorer counts those as errors.
            subprocess.run([args.bin, "--input", "jsonl", "--format", "spans", gold], stdout=f, check=False)
        res = subprocess.run([sys.executable, os.path.join(args.shared, "eval", "score.py"), gold, pred, "--json"],
                             capture_output=True, text=True, check=True)
        scores[corpus] = json.loads(res.stdout)
        with open(os.path.join(out, corpus + ".score.json"), "w") as f:
            f.write(res.stdout)
    failed = 0
    for corpus, path, bound, kind in GATES:
        value = get(scores[corpus], path)
        ok = value is not None and (value >= bound if kind == "min" else value <= bound)
        failed += not ok
        sign = ">=" if kind == "min" else "<="
        print(f"{'ok  ' if ok else 'FAIL'} {corpus:<13} {path:<45} {value!s:>8} {sign} {bound}")
    print(f"accuracy gate: {len(GATES) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
