"""Speed of the count reader alone: `python bench/counts_speed.py`.

Packs the labelled corpora into texts of about 1 KB and prints texts per CPU second (one core)
and KB per CPU second.
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
    """The corpora's texts, paragraph by paragraph, packed into texts of about 1 KB.

    A text is closed at the first paragraph end past 900 bytes; a longer paragraph is a text of
    its own. The mean size is printed with the result.
    """
    texts, buffer, size = [], [], 0
    for name in ("reports.jsonl", "airforce_uk.jsonl"):
        for line in (ROOT / "tests" / "corpus" / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for paragraph in row["text"].splitlines():
                buffer.append(paragraph)
                size += len(paragraph.encode()) + 1
                if size >= 900:
                    texts.append(("\n".join(buffer), row["published"]))
                    buffer, size = [], 0
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
    print(f"kb_per_cpu_second={rounds * len(texts) * size / 1024 / elapsed:.0f}")


if __name__ == "__main__":
    main()
