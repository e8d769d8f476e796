"""bench/accuracy.py's errors by kind: what a held-out set's figures say without its texts read."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from accuracy import error_kinds  # noqa: E402


def _report(
    attacker: str, weapon: str, day: str, launched: int | None, destroyed: int | None
) -> tuple:
    return (attacker, weapon, day, launched, destroyed)


def test_a_wrong_figure_is_told_apart_from_a_report_not_expected() -> None:
    want = Counter(
        [
            _report("RU", "drone", "2025-10-22", 405, 372),
            _report("RU", "missile", "2025-10-22", 28, 26),
        ]
    )
    got = Counter(
        [
            _report("RU", "drone", "2025-10-22", 405, 370),  # destroyed misread
            _report("RU", "missile", "2025-10-21", 28, 26),  # the day before
            _report("UA", "drone", "2025-10-22", None, 48),  # an attack the text does not hold
        ]
    )
    assert error_kinds(want, got) == Counter(
        {"wrong destroyed": 1, "wrong date": 1, "report not expected": 1}
    )


def test_a_report_from_a_text_that_holds_none_and_one_missed() -> None:
    assert error_kinds(Counter(), Counter([_report("RU", "drone", "2025-10-22", 40, None)])) == (
        Counter({"report from a text that holds none": 1})
    )
    want = Counter([_report("RU", "any", "2025-10-22", 550, 510)])
    assert error_kinds(want, Counter()) == Counter({"report missed": 1})
    assert error_kinds(want, want) == Counter()


def test_the_script_prints_errors_by_kind_without_the_misses(tmp_path: Path) -> None:
    corpus = tmp_path / "set.jsonl"
    text = "Russia launched 40 drones at Ukraine overnight, the air force said. 35 were shot down."
    rows = [
        {"id": "t-1", "lang": "en", "published": "2025-10-22", "text": text, "expected": []},
    ]
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "accuracy.py"), "--no-misses", str(corpus)],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = done.stdout.splitlines()
    kinds = lines[lines.index("errors by kind:") + 1 :]
    assert [line.split(maxsplit=1) for line in kinds] == [
        ["1", "report from a text that holds none"]
    ]
    assert "miss t-1" not in done.stdout


def test_no_screen_measures_the_rules_alone(tmp_path: Path) -> None:
    from test_gate import NOT_REPORTS

    published, text = NOT_REPORTS[0]
    corpus = tmp_path / "set.jsonl"
    row = {"id": "t-1", "lang": "en", "published": published, "text": text, "expected": []}
    corpus.write_text(json.dumps(row) + "\n", encoding="utf-8")

    def kinds(*options: str) -> list[str]:
        done = subprocess.run(
            [sys.executable, str(ROOT / "bench" / "accuracy.py"), *options, str(corpus)],
            capture_output=True,
            text=True,
            check=True,
        )
        lines = done.stdout.splitlines()
        if "errors by kind:" not in lines:  # (printed only when there are some)
            return []
        return [line.split(maxsplit=1)[1] for line in lines[lines.index("errors by kind:") + 1 :]]

    assert kinds("--no-misses") == []  # the screen drops what the rules misread
    assert kinds("--no-misses", "--no-screen") == ["report from a text that holds none"]
