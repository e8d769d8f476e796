"""Soak: the daemon polling 50 sources every second against a local server, memory sampled.

    python bench/soak.py              # 10 minutes
    python bench/soak.py --minutes 1  # a short run

Serves 50 RSS feeds (8 entries each, their pages too) on 127.0.0.1 with the replay server; one
feed gains an entry every 10 seconds so that ingestion keeps happening. Starts the real
`salvo run`, reads its resident memory from /proc every 5 s, and prints the polls done, the
resident memory after warm-up (the first fifth of the run) and at the end, and the growth.
Target (issue 6): growth after warm-up under 10%.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from monitor.replay import ReplayServer  # noqa: E402

FEEDS, ENTRIES, ROUNDS = 50, 8, 400

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="{published}"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>{title}</h1>
<p>Russia launched {drones} drones and {missiles} missiles at Ukraine overnight, the Ukrainian
air force said. Air defences shot down {down} drones.</p><p>Officials reported damage in two
regions.</p></article><aside>Related: more news</aside></body></html>"""


def build_corpus(folder: Path) -> None:
    """50 feeds; feed 0 gains one entry per round, the others never change."""
    rounds = []
    for index in range(ROUNDS):
        files: dict[str, str] = {}
        for feed in range(FEEDS if index == 0 else 1):
            count = ENTRIES + (index if feed == 0 else 0)
            items = []
            for entry in range(count):
                day = 1 + entry % 28
                month = 1 + (entry // 28) % 12
                published = f"2025-{month:02d}-{day:02d}T06:00:00+00:00"
                path = f"/f{feed}/e{entry}.html"
                page = folder / f"f{feed}-e{entry}.html"
                if not page.exists():
                    page.write_text(
                        PAGE.format(
                            title=f"Attack report {feed}-{entry}",
                            published=published,
                            drones=100 + (entry * 37 + feed) % 500,
                            missiles=entry % 20,
                            down=90 + (entry * 37 + feed) % 400,
                        )
                    )
                files[path] = page.name
                stamp = time.strptime(published[:10], "%Y-%m-%d")
                pub_date = time.strftime("%a, %d %b %Y 06:00:00 +0000", stamp)
                items.append(
                    f"<item><title>Attack report {feed}-{entry}</title>"
                    f"<link>{{{{base}}}}{path}</link><guid>f{feed}-e{entry}</guid>"
                    f"<pubDate>{pub_date}</pubDate>"
                    f"<description>Report {entry}</description></item>"
                )
            name = f"feed{feed}-r{index}.rss.xml"
            (folder / name).write_text(
                '<?xml version="1.0"?><rss version="2.0"><channel>'
                f"<title>Feed {feed}</title>{''.join(reversed(items))}</channel></rss>"
            )
            files[f"/f{feed}/rss.xml"] = name
        rounds.append({"name": f"round {index}", "files": files})
    (folder / "replay.json").write_text(json.dumps({"rounds": rounds}))


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10)
    args = parser.parse_args()
    seconds = args.minutes * 60
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = folder / "corpus"
        corpus.mkdir()
        build_corpus(corpus)
        with ReplayServer(corpus) as server:
            # Fifty sources on one local host: per_host lets them all run, as fifty outlets would.
            sources = f"[defaults]\nper_host = {FEEDS}\n\n" + "".join(
                f'[[source]]\nname = "feed{n}"\nurl = "{server.base_url}/f{n}/rss.xml"\n'
                'kind = "feed"\ninterval = "1s"\n\n'
                for n in range(FEEDS)
            )
            (folder / "salvo.toml").write_text(sources)
            db = folder / "soak.db"
            daemon = subprocess.Popen(
                [sys.executable, "-m", "monitor", "-q", "--db", str(db), "run"],
                cwd=folder,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
                stdout=subprocess.DEVNULL,
            )
            samples: list[tuple[float, int]] = []
            started = time.monotonic()
            next_round = started + 10
            try:
                while (now := time.monotonic()) - started < seconds:
                    if now >= next_round:
                        server.advance()
                        next_round += 10
                    samples.append((now - started, rss_kib(daemon.pid)))
                    time.sleep(5)
            finally:
                daemon.send_signal(signal.SIGTERM)
                code = daemon.wait(timeout=30)
            cpu = os.times()
            conn = sqlite3.connect(db)
            polls = conn.execute("SELECT sum(polls) FROM source_state").fetchone()[0] or 0
            updates = conn.execute("SELECT count(*) FROM updates").fetchone()[0]
            conn.close()
    warm = [kib for at, kib in samples if at >= seconds / 5]
    print(f"sources={FEEDS} interval=1s minutes={args.minutes:g} exit={code}")
    print(f"polls={polls} polls_per_second={polls / seconds:.1f} updates={updates}")
    print(f"rss_after_warmup_mib={warm[0] / 1024:.1f} rss_end_mib={warm[-1] / 1024:.1f}")
    print(f"rss_peak_mib={max(kib for _, kib in samples) / 1024:.1f}")
    print(f"children_cpu_seconds={cpu.children_user + cpu.children_system:.1f}")
    print(f"rss_growth_after_warmup={(warm[-1] - warm[0]) / warm[0] * 100:.1f}%")


if __name__ == "__main__":
    main()
