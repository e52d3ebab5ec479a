#!/usr/bin/env python3
"""Scores the parser's reported speech (`X said (that) ...`, `..., X said.`, `according to X`)
against PolNeAR's indirect attributions, which the shared scorer (../shared/eval/score.py) does
not measure: it scores direct quotes only.

Runs `newswire --input jsonl --format jsonl` over polnear/dev.jsonl and compares each
article's `reported_speech` with the first annotator's attributions, as the shared scorer
does for quotes. Offsets: the CLI gives UTF-8 byte offsets, PolNeAR code-point offsets; both
are compared as code points.

Gold: an attribution whose derived_quote_form is "indirect" and whose cue ends in one of the
speech verbs the parser reads (say, says, said, tell, tells, told, added, wrote) or is
"according to". PolNeAR also marks `asked`, `noted`, `believes` and the like, which the parser
does not read as reported speech, and denials (`would not say`, `has never said`), where what
follows is what was not said and the parser reports nothing; those are left out of recall,
not counted as misses.

Metrics (null when the denominator is 0):
  * recall: the share of gold attributions for which some predicted report's content covers
    >= 50% of the gold content's characters (both trimmed of blanks and punctuation at the
    ends).
  * precision: the share of predicted reports whose content overlaps (>= 1 character) the
    content of some gold attribution of any form or cue; precision_strict: >= 50% of the
    predicted content's trimmed characters lie inside such content.
  * speaker / cue accuracy: among matched gold attributions with a source (cue) span, the
    share whose best-covering predicted report has a speaker mention (cue) that overlaps it.

Usage: .ci/reported.py [--bin target/release/newswire] [--shared ../shared] [--json]
                       [--gate] [--examples N]
With --gate it exits 1 when a figure falls below its floor (FLOORS).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata

# The floors of --gate, a little below the figures measured when they were set.
FLOORS = {
    "recall": 0.75,
    "precision": 0.98,
    "speaker_accuracy": 0.945,
    "cue_accuracy": 0.96,
}

VERBS = ("say", "says", "said", "tell", "tells", "told", "added", "wrote")


def is_trim(ch):
    return ch.isspace() or unicodedata.category(ch).startswith("P") or ch == "`"


def chars(text, spans):
    """The set of code-point offsets in `spans`, trimmed of blanks and punctuation at the
    ends of each span."""
    out = set()
    for s, e in spans:
        while s < e and is_trim(text[s]):
            s += 1
        while e > s and is_trim(text[e - 1]):
            e -= 1
        out.update(range(s, e))
    return out


def overlaps(a, b):
    return any(s < e2 and s2 < e for s, e in a for s2, e2 in b)


def speech_cue(cue_text):
    words = re.findall(r"[a-z]+", cue_text.lower().replace("n’t", " not").replace("n't", " not"))
    if not words or {"not", "never", "cannot"} & set(words):
        return False
    return words[-1] in VERBS or words[-2:] == ["according", "to"]


def byte_to_char(text):
    """A list mapping each UTF-8 byte offset of `text` (and its end) to a code-point offset."""
    m = []
    for i, ch in enumerate(text):
        m.extend([i] * len(ch.encode("utf-8")))
    m.append(len(text))
    return m


def span_of(node, conv):
    if not node:
        return None
    sp = node.get("span") or node.get("mention", {}).get("span")
    if not sp:
        return None
    return [(conv[sp["start"]], conv[sp["end"]])]


def score(gold_path, pred_path, examples=0):
    preds = {}
    with open(pred_path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            preds[d.get("id")] = d
    n_gold = matched = 0
    spk_total = spk_ok = cue_total = cue_ok = 0
    n_pred = prec = prec_strict = 0
    misses, false = [], []
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            text = doc["text"]
            conv = byte_to_char(text)
            atts = doc["annotations"][0]["attributions"] if doc.get("annotations") else []
            reps = []
            art = (preds.get(doc["id"]) or {}).get("article") or {}
            for r in art.get("reported_speech") or []:
                content = span_of(r.get("content"), conv)
                if not content:
                    continue
                reps.append({
                    "content": content,
                    "chars": chars(text, content),
                    "speaker": span_of((r.get("speaker") or {}).get("mention"), conv),
                    "cue": span_of(r.get("cue"), conv),
                })
            all_content = set()
            for a in atts:
                if a.get("content"):
                    all_content |= chars(text, a["content"]["spans"])
            for r in reps:
                n_pred += 1
                inside = len(r["chars"] & all_content)
                prec += inside > 0
                ok = r["chars"] and inside * 2 >= len(r["chars"])
                prec_strict += bool(ok)
                if not inside and len(false) < examples:
                    s, e = r["content"][0]
                    false.append(text[s:e][:160])
            for a in atts:
                if a.get("derived_quote_form") != "indirect" or not a.get("cue") or not a.get("content"):
                    continue
                if not speech_cue(a["cue"]["text"]):
                    continue
                n_gold += 1
                g = chars(text, a["content"]["spans"])
                if not g:
                    continue
                best = max(reps, key=lambda r: len(r["chars"] & g), default=None)
                if best is None or len(best["chars"] & g) * 2 < len(g):
                    if len(misses) < examples:
                        s, e = a["content"]["spans"][0]
                        misses.append(a["source"]["text"] if a.get("source") else None)
                        misses[-1] = f'{misses[-1]!r} {a["cue"]["text"]!r}: {text[s:e][:140]}'
                    continue
                matched += 1
                if a.get("source"):
                    spk_total += 1
                    spk_ok += bool(best["speaker"] and overlaps(best["speaker"], a["source"]["spans"]))
                cue_total += 1
                cue_ok += bool(best["cue"] and overlaps(best["cue"], a["cue"]["spans"]))

    def ratio(a, b):
        return round(a / b, 4) if b else None

    return {
        "gold": n_gold,
        "predicted": n_pred,
        "recall": ratio(matched, n_gold),
        "precision": ratio(prec, n_pred),
        "precision_strict": ratio(prec_strict, n_pred),
        "speaker_accuracy": ratio(spk_ok, spk_total),
        "cue_accuracy": ratio(cue_ok, cue_total),
    }, misses, false


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/newswire")
    ap.add_argument("--shared", default=os.environ.get("NEWSWIRE_SHARED", "../shared"))
    ap.add_argument("--pred", help="score this JSON Lines output instead of running --bin")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--gate", action="store_true")
    ap.add_argument("--examples", type=int, default=0)
    args = ap.parse_args()
    gold = os.path.join(args.shared, "corpora", "polnear", "dev.jsonl")
    if not os.path.isfile(gold):
        sys.exit(f"reported.py: {gold} is missing")
    pred = args.pred
    if pred is None:
        import tempfile
        fd, pred = tempfile.mkstemp(prefix="newswire-reported-", suffix=".jsonl")
        with os.fdopen(fd, "wb") as f:
            subprocess.run([args.bin, "--input", "jsonl", "--format", "jsonl", gold], stdout=f, check=False)
    res, misses, false = score(gold, pred, args.examples)
    if args.json:
        print(json.dumps(res))
    else:
        print("reported speech on polnear/dev (indirect attributions with a speech verb)")
        for k, v in res.items():
            print(f"  {k:18} {v}")
        for m in misses:
            print("  missed:", m)
        for m in false:
            print("  outside any attribution:", m)
    if args.gate:
        bad = [k for k, floor in FLOORS.items() if res[k] is None or res[k] < floor]
        for k in bad:
            print(f"FAIL reported speech {k} = {res[k]} < {FLOORS[k]}", file=sys.stderr)
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
