"""Accuracy of the count reader over labelled JSONL corpora: `python bench/accuracy.py [FILE...]`.

Prints report-level precision, recall and F1 per language (a report counts only when attacker,
weapon, date, launched and destroyed are all right), record-claim accuracy, and every miss.
Default corpora: tests/corpus/reports.jsonl and tests/corpus/airforce_uk.jsonl.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.counts import read_reports  # noqa: E402

KEY = ("attacker", "weapon", "date", "launched", "destroyed")


def load(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            rows += [json.loads(line) for line in lines if line.strip()]
    return rows


def score(rows: list[dict]) -> int:
    tally: dict[str, Counter] = {}
    claims_right = claims_total = 0
    misses = []
    for row in rows:
        found = [r.to_json() for r in read_reports(row["text"], published=row.get("published"))]
        got = Counter(tuple(r[k] for k in KEY) for r in found)
        want = Counter(tuple(r[k] for k in KEY) for r in row["expected"])
        counts = tally.setdefault(row.get("lang", "?"), Counter())
        counts["tp"] += sum((got & want).values())
        counts["fp"] += sum((got - want).values())
        counts["fn"] += sum((want - got).values())
        by_key = {tuple(r[k] for k in KEY): r["claims_record"] for r in found}
        for expected in row["expected"]:
            claims_total += 1
            claims_right += by_key.get(tuple(expected[k] for k in KEY)) == expected["claims_record"]
        if got != want:
            misses.append((row["id"], sorted(want - got, key=repr), sorted(got - want, key=repr)))
    total = Counter()
    print(f"{'lang':6} {'texts':>5} {'precision':>9} {'recall':>7} {'F1':>6}")
    for lang, counts in sorted(tally.items()):
        total += counts
        texts = sum(1 for row in rows if row.get("lang", "?") == lang)
        print(f"{lang:6} {texts:5d} " + _prf(counts))
    print(f"{'all':6} {len(rows):5d} " + _prf(total))
    print(
        f"record-claim accuracy: {claims_right}/{claims_total}"
        f" = {claims_right / max(claims_total, 1):.3f}"
    )
    for row_id, missed, extra in misses:
        print(f"miss {row_id}: expected {missed} got {extra}")
    return 0


def _prf(counts: Counter) -> str:
    precision = counts["tp"] / max(counts["tp"] + counts["fp"], 1)
    recall = counts["tp"] / max(counts["tp"] + counts["fn"], 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return f"{precision:9.3f} {recall:7.3f} {f1:6.3f}"


if __name__ == "__main__":
    args = [Path(arg) for arg in sys.argv[1:]]
    default = [
        ROOT / "tests" / "corpus" / "reports.jsonl",
        ROOT / "tests" / "corpus" / "airforce_uk.jsonl",
    ]
    sys.exit(score(load(args or default)))
