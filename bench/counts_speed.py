"""Speed of the count reader alone: `python bench/counts_speed.py`.

Cuts the labelled corpora into ~1 KB texts and prints texts per second on one core.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.counts import read_reports  # noqa: E402


def texts_of_1kb() -> list[tuple[str, str]]:
    texts, buffer = [], ""
    for name in ("reports.jsonl", "airforce_uk.jsonl"):
        for line in (ROOT / "tests" / "corpus" / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            buffer += row["text"] + "\n"
            if len(buffer.encode()) >= 1024:
                texts.append((buffer, row["published"]))
                buffer = ""
    return texts


def main() -> None:
    texts = texts_of_1kb()
    for text, published in texts:
        read_reports(text, published=published)
    rounds, start = 20, time.process_time()
    for _ in range(rounds):
        for text, published in texts:
            read_reports(text, published=published)
    elapsed = time.process_time() - start
    size = sum(len(t.encode()) for t, _ in texts) / len(texts)
    print(f"texts={len(texts)} mean_bytes={size:.0f} rounds={rounds}")
    print(f"texts_per_cpu_second={rounds * len(texts) / elapsed:.0f}")


if __name__ == "__main__":
    main()
