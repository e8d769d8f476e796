"""Accuracy of the count reader over labelled JSONL corpora: `python bench/accuracy.py [FILE...]`.

Prints report-level precision, recall and F1 per language (a report counts only when attacker,
weapon, date, launched and destroyed are all right), precision and recall per field (each field
judged with the report's weapon, so a wrong date does not hide a right count), record-claim
accuracy, the errors by kind (a report from a text that holds none, a wrong figure, a report
missed...), and every miss (`--no-misses`: the figures only, for held-out sets, whose misses
are not to be read). `--no-screen`: the rules alone, without the report screen
(monitor/gate.py). Default corpora: tests/corpus/reports.jsonl and tests/corpus/airforce_uk.jsonl.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.counts import read_reports  # noqa: E402

KEY = ("attacker", "weapon", "date", "launched", "destroyed")
FIELDS = ("attacker", "target", "date", "launched", "destroyed", "claims_record")


def load(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            rows += [json.loads(line) for line in lines if line.strip()]
    return rows


def score(rows: list[dict], show_misses: bool = True, screen: bool = True) -> int:
    tally: dict[str, Counter] = {}
    fields: dict[str, Counter] = {name: Counter() for name in ("weapon", *FIELDS)}
    claims_right = claims_total = 0
    kinds: Counter = Counter()
    misses = []
    for row in rows:
        reports = read_reports(row["text"], published=row.get("published"), screen=screen)
        found = [r.to_json() for r in reports]
        got = Counter(tuple(r[k] for k in KEY) for r in found)
        want = Counter(tuple(r[k] for k in KEY) for r in row["expected"])
        _tally_fields(fields, found, row["expected"])
        counts = tally.setdefault(row.get("lang", "?"), Counter())
        counts["tp"] += sum((got & want).values())
        counts["fp"] += sum((got - want).values())
        counts["fn"] += sum((want - got).values())
        by_key = {tuple(r[k] for k in KEY): r["claims_record"] for r in found}
        for expected in row["expected"]:
            claims_total += 1
            claims_right += by_key.get(tuple(expected[k] for k in KEY)) == expected["claims_record"]
        kinds += error_kinds(want, got)
        if got != want:
            misses.append((row["id"], sorted(want - got, key=repr), sorted(got - want, key=repr)))
    total = Counter()
    print(f"{'lang':6} {'texts':>5} {'precision':>9} {'recall':>7} {'F1':>6}")
    for lang, counts in sorted(tally.items()):
        total += counts
        texts = sum(1 for row in rows if row.get("lang", "?") == lang)
        print(f"{lang:6} {texts:5d} " + _prf(counts))
    print(f"{'all':6} {len(rows):5d} " + _prf(total))
    print(f"{'field':13} {'precision':>9} {'recall':>7} {'F1':>6}")
    for name, counts in fields.items():
        print(f"{name:13} " + _prf(counts))
    print(
        f"record-claim accuracy: {claims_right}/{claims_total}"
        f" = {claims_right / max(claims_total, 1):.3f}"
    )
    print("errors by kind:" + ("" if kinds else " none"))
    for kind, number in kinds.most_common():
        print(f"{number:6d}  {kind}")
    for row_id, missed, extra in misses if show_misses else []:
        print(f"miss {row_id}: expected {missed} got {extra}")
    return 0


def error_kinds(want: Counter, got: Counter) -> Counter:
    """One text's wrong reports by kind: a report read where the text holds none, one of an
    attack not expected, a wrong field (a read report beside the expected one of its attacker
    and weapon), a wrong attacker or weapon, a report missed."""
    extra, missed = list((got - want).elements()), list((want - got).elements())
    kinds: Counter = Counter()
    # (attacker, weapon) first: a report of the right attack read with a wrong figure or day
    for same in ((0, 1), (1, 2), (0, 2)):
        for report in list(extra):
            partner = next((m for m in missed if all(m[i] == report[i] for i in same)), None)
            if partner is None:
                continue
            extra.remove(report)
            missed.remove(partner)
            wrong = [name for name, a, b in zip(KEY, report, partner, strict=True) if a != b]
            kinds["wrong " + "+".join(wrong)] += 1
    for _ in extra:
        kinds["report from a text that holds none" if not want else "report not expected"] += 1
    kinds["report missed"] += len(missed)
    return +kinds


def _tally_fields(fields: dict[str, Counter], found: list[dict], expected: list[dict]) -> None:
    for name, counts in fields.items():
        got, want = _pairs(found, name), _pairs(expected, name)
        counts["tp"] += sum((got & want).values())
        counts["fp"] += sum((got - want).values())
        counts["fn"] += sum((want - got).values())


def _pairs(reports: list[dict], name: str) -> Counter:
    if name == "weapon":
        return Counter(r["weapon"] for r in reports)
    return Counter((r["weapon"], r[name]) for r in reports)


def _prf(counts: Counter) -> str:
    precision = counts["tp"] / max(counts["tp"] + counts["fp"], 1)
    recall = counts["tp"] / max(counts["tp"] + counts["fn"], 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return f"{precision:9.3f} {recall:7.3f} {f1:6.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSONL corpora (default: the dev sets)")
    parser.add_argument(
        "--no-misses",
        action="store_true",
        help="print the figures only: a held-out set is measured, its misses never read",
    )
    parser.add_argument(
        "--no-screen",
        action="store_true",
        help="the rules alone: keep the reports the report screen would drop",
    )
    args = parser.parse_args()
    default = [
        ROOT / "tests" / "corpus" / "reports.jsonl",
        ROOT / "tests" / "corpus" / "airforce_uk.jsonl",
    ]
    missing = [path for path in args.files if not path.is_file()]
    if missing:
        parser.error(f"no such file: {missing[0]}")
    rows = load(args.files or default)
    return score(rows, show_misses=not args.no_misses, screen=not args.no_screen)


if __name__ == "__main__":
    sys.exit(main())
