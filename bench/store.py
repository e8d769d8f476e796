"""Store benchmark (issue 9): a big database, and what one more report costs in it.

    python bench/store.py                         # 1,000,000 updates, 200,000 reports
    python bench/store.py --updates 100000        # a short run

Builds the file through storage.Store (the same inserts the pipeline makes, FTS triggers
included) in a temporary folder: updates from 40 sources over three years, one in five carrying
an attack report (RU and UA, drones and missiles, the figures of a plausible war). Then, each
timed on its own and printed:

- record_check_ms: one new update whose report is the newest attack of its series, through
  Ingestor.ingest (extract, counts, store, records): the time of the records stage, median of 20;
- search_ms: `salvo search`'s query (Store.search) for a two-word query, median of 20;
- insert_10k_s: 10,000 more updates in one transaction, store only;
- ingest_10k_s: 10,000 plain-text documents through Ingestor.ingest (every stage).

Targets: record check under 1 ms, search under 50 ms, 10,000 inserts under 2 s.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.diff import content_hash  # noqa: E402
from monitor.models import Document  # noqa: E402
from monitor.pipeline import Ingestor  # noqa: E402
from storage import Store  # noqa: E402

WORDS = (
    "Kyiv Kharkiv Odesa Lviv Dnipro energy grid power station overnight attack air defence "
    "shelter metro debris fire rescuers region governor said officials damaged residential "
    "building drones missiles Shahed Kalibr Iskander ballistic cruise interceptor alert"
).split()
START = date(2023, 1, 1)
DAYS = 3 * 365


# A news vocabulary is large: most words are rare, so a query matches a small share of texts.
VOCABULARY = WORDS + [f"w{n:05d}" for n in range(20_000)]


def filler(rng: random.Random, words: int) -> str:
    # One word in twenty from the beat's own words, the rest from the long tail.
    text = [
        rng.choice(WORDS) if rng.random() < 0.05 else rng.choice(VOCABULARY) for _ in range(words)
    ]
    return " ".join(text).capitalize() + "."


def build(path: Path, updates: int, rng: random.Random) -> int:
    """The big file; returns how many reports it holds."""
    store = Store(path)
    reports = 0
    now = "2026-01-01T00:00:00+00:00"
    started = time.monotonic()
    try:
        batch = 20_000
        for first in range(0, updates, batch):
            with store.write():
                for n in range(first, min(first + batch, updates)):
                    day = START + timedelta(days=n * DAYS // updates)
                    text = filler(rng, 40)
                    fields = {
                        "url": f"https://outlet{n % 40}.example/{n}",
                        "key": f"k{n}",
                        "title": filler(rng, 6),
                        "text": text,
                        "published": f"{day.isoformat()}T06:00:00+00:00",
                        "content_hash": content_hash(None, text),
                        "kind": "feed-entry",
                    }
                    update_id = store.insert_update(f"outlet{n % 40}", fields, now)
                    if n % 5 == 0:
                        attacker = "RU" if n % 10 == 0 else "UA"
                        weapon = "drone" if n % 3 else "missile"
                        launched = rng.randint(20, 700 if weapon == "drone" else 60)
                        store.replace_reports(
                            update_id,
                            1,
                            [
                                {
                                    "attacker": attacker,
                                    "target": "UA" if attacker == "RU" else "RU",
                                    "weapon": weapon,
                                    "launched": launched,
                                    "destroyed": launched * 8 // 10,
                                    "date": day.isoformat(),
                                    "claims_record": 0,
                                    "source": None,
                                    "evidence": text[:120],
                                    "period": None,
                                }
                            ],
                        )
                        reports += 1
            done = min(first + batch, updates)
            rate = done / (time.monotonic() - started)
            print(f"built {done:,} updates ({rate:,.0f}/s)", file=sys.stderr, flush=True)
    finally:
        store.close()
    return reports


def record_check_ms(path: Path) -> float:
    """The records stage for one new report, newest of its series."""
    times = []
    ingestor = Ingestor(lambda: Store(path))
    try:
        for n in range(20):
            day = START + timedelta(days=DAYS + 1 + n)
            document = Document(
                url=f"https://wire.example/new/{n}",
                body=f"Russia launched {300 + n} drones at Ukraine overnight, the air force said.",
                content_type="text/plain",
                published=f"{day.isoformat()}T06:30:00+00:00",
                entry_key=f"new-{n}",
            )
            outcome = ingestor.ingest("wire", "https://wire.example/feed", [document])
            times.append(outcome.cpu.get("records", 0.0) * 1000)
    finally:
        ingestor.close()
    return statistics.median(times)


def search_ms(path: Path) -> float:
    store = Store(path)
    try:
        times = []
        for _ in range(20):
            started = time.perf_counter()
            store.search("Shahed Kyiv", limit=20)
            times.append((time.perf_counter() - started) * 1000)
        return statistics.median(times)
    finally:
        store.close()


def insert_10k_s(path: Path, rng: random.Random) -> float:
    store = Store(path)
    try:
        started = time.perf_counter()
        with store.write():
            for n in range(10_000):
                text = filler(rng, 40)
                store.insert_update(
                    "extra",
                    {
                        "url": f"https://extra.example/{n}",
                        "key": f"x{n}",
                        "title": None,
                        "text": text,
                        "published": "2026-02-01T06:00:00+00:00",
                        "content_hash": content_hash(None, text),
                        "kind": "feed-entry",
                    },
                    "2026-02-01T06:00:00+00:00",
                )
        return time.perf_counter() - started
    finally:
        store.close()


def ingest_10k_s(path: Path, rng: random.Random) -> float:
    documents = [
        Document(
            url=f"https://bulk.example/{n}",
            body=filler(rng, 40),
            content_type="text/plain",
            published="2026-02-02T06:00:00+00:00",
            entry_key=f"b{n}",
        )
        for n in range(10_000)
    ]
    ingestor = Ingestor(lambda: Store(path))
    try:
        started = time.perf_counter()
        ingestor.ingest("bulk", "https://bulk.example/feed", documents)
        return time.perf_counter() - started
    finally:
        ingestor.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--updates", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.db"
        started = time.monotonic()
        reports = build(path, args.updates, rng)
        print(f"updates={args.updates} reports={reports}")
        size = path.stat().st_size / 2**20
        print(f"build_s={time.monotonic() - started:.0f} size_mib={size:.0f}")
        print(f"record_check_ms={record_check_ms(path):.2f}")
        print(f"search_ms={search_ms(path):.2f}")
        print(f"insert_10k_s={insert_10k_s(path, rng):.2f}")
        print(f"ingest_10k_s={ingest_10k_s(path, rng):.2f}")


if __name__ == "__main__":
    main()
