"""Throughput of the distributed mode (issue 10) against the single process, on this machine.

    python bench/distributed.py [--pages 600] [--feeds 6] [--workers 1,2,4]

Serves a bench/corpus.py corpus on 127.0.0.1 and starts a redis-server of its own (needs
`redis-server` on PATH). For each worker count: a fresh database and Redis, `salvo ingest`,
N `salvo worker`s, then `salvo run --redis --no-ingest` over all feeds; timed from the
scheduler's start until every article is stored. The single-process figure is `salvo poll`
over the same feeds, timed the same way (process start included in both).

Last, the writer's ceiling: four workers fill the stream with no writer running, then one
`salvo ingest` stores it all; timed from its "writer ready" line to the last update stored.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import generate  # noqa: E402
from monitor.replay import ReplayServer  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def salvo(workdir: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "monitor", "--db", str(workdir / "salvo.db"), *args],
        cwd=workdir,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def lines_of(process: subprocess.Popen) -> list[str]:
    """Its stdout, read on a thread as it comes."""
    lines: list[str] = []

    def read() -> None:
        for line in process.stdout:
            lines.append(line)

    threading.Thread(target=read, daemon=True).start()
    return lines


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute("select count(*) from updates").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def wait(condition, timeout: float = 1800) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        time.sleep(0.05)


class Redis:
    def __init__(self, folder: Path) -> None:
        self.port = free_port()
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no", "--dir", str(folder)],
            stdout=subprocess.DEVNULL,
        )
        self.url = f"redis://127.0.0.1:{self.port}/0"
        import redis

        client = redis.Redis.from_url(self.url)
        wait(lambda: _pings(client), 30)
        self.client = client

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait()


def _pings(client) -> bool:  # type: ignore[no-untyped-def]
    import redis

    try:
        return bool(client.ping())
    except redis.ConnectionError:
        return False


def config(workdir: Path, feeds: list[str]) -> None:
    # All feeds are on 127.0.0.1: per_host lets their polls run at once, as `salvo poll` of
    # many hosts would; with the default 1 they take turns.
    text = f"[defaults]\nper_host = {len(feeds)}\n\n" + "".join(
        f'[[source]]\nname = "feed{i}"\nurl = "{url}"\nkind = "feed"\ninterval = "1h"\n\n'
        for i, url in enumerate(feeds)
    )
    (workdir / "salvo.toml").write_text(text)


def stop(processes: list[subprocess.Popen]) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def distributed(feeds: list[str], articles: int, workers: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        config(workdir, feeds)
        redis = Redis(workdir)
        writer = salvo(workdir, "ingest", "--redis", redis.url)
        said = lines_of(writer)
        pool = [salvo(workdir, "worker", "--redis", redis.url) for _ in range(workers)]
        ready = [lines_of(worker) for worker in pool]
        wait(lambda: said and all(ready))
        started = time.monotonic()
        scheduler = salvo(workdir, "run", "--redis", redis.url, "--no-ingest")
        wait(lambda: stored(workdir / "salvo.db") >= articles)
        seconds = time.monotonic() - started
        stop([scheduler, *pool, writer])
        redis.stop()
        return seconds


def single(feeds: list[str], articles: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        started = time.monotonic()
        poll = salvo(workdir, "poll", *feeds)
        poll.communicate()
        seconds = time.monotonic() - started
        assert stored(workdir / "salvo.db") == articles
        return seconds


def writer_ceiling(feeds: list[str], articles: int) -> tuple[float, int]:
    """Seconds for one writer to store a full stream, and the updates it stored."""
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        config(workdir, feeds)
        redis = Redis(workdir)
        pool = [salvo(workdir, "worker", "--redis", redis.url) for _ in range(4)]
        scheduler = salvo(workdir, "run", "--redis", redis.url, "--no-ingest")
        # One result per article and one per feed listing.
        wait(lambda: redis.client.xlen("salvo:items") >= articles + len(feeds))
        stop(pool)
        writer = salvo(workdir, "ingest", "--redis", redis.url)
        said = lines_of(writer)
        wait(lambda: any("writer ready" in line for line in said))
        started = time.monotonic()
        wait(lambda: stored(workdir / "salvo.db") >= articles)
        seconds = time.monotonic() - started
        stop([scheduler, writer])
        redis.stop()
        return seconds, stored(workdir / "salvo.db")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--feeds", type=int, default=6)
    parser.add_argument("--workers", default="1,2,4")
    args = parser.parse_args()
    if shutil.which("redis-server") is None:
        raise SystemExit("redis-server is not on PATH (apt-get install redis-server)")
    with tempfile.TemporaryDirectory() as folder:
        generate(Path(folder), args.pages, args.feeds)
        index = json.loads((Path(folder) / "corpus.json").read_text())
        articles = len(index["articles"])
        with ReplayServer(folder) as server:
            feeds = [server.url(path) for path in index["feeds"]]
            print(f"corpus: {articles} articles in {len(feeds)} feeds; nproc={os.cpu_count()}")
            seconds = single(feeds, articles)
            print(
                f"single process (salvo poll): {seconds:6.1f} s  {articles / seconds:6.1f} pages/s"
            )
            for count in (int(n) for n in args.workers.split(",")):
                seconds = distributed(feeds, articles, count)
                print(
                    f"{count} worker(s) + writer:      {seconds:6.1f} s  "
                    f"{articles / seconds:6.1f} pages/s"
                )
            seconds, updates = writer_ceiling(feeds, articles)
            print(
                f"writer alone, stream prepared: {seconds:6.1f} s  "
                f"{updates / seconds:6.1f} updates/s (the single SQLite writer's ceiling)"
            )


if __name__ == "__main__":
    main()
