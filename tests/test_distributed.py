"""Distributed mode (issue 10): `salvo run --redis` schedules, two `salvo worker`s fetch and
prepare, `salvo ingest` stores; a real redis-server on 127.0.0.1 and 200 generated pages.

Every process is the real command. Waits are bounded only to stop a hung test; nothing here
measures time.
"""

from __future__ import annotations

import importlib.util
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from monitor.replay import ReplayServer
from tests.conftest import ROOT, Background, rows, salvo_command

redis = pytest.importorskip("redis", reason="the [distributed] extra is not installed")
pytest.importorskip("scrapy_redis", reason="the [distributed] extra is not installed")

PAGES = 200


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(condition: Callable[[], object], what: str, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"{what}: not within {timeout:.0f} s")


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    """A redis-server of the test's own, on a free port, nothing saved to disk."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not on PATH (apt-get install redis-server): skipped")
    port = free_port()
    folder = tmp_path / "redis"
    folder.mkdir()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        + ["--dir", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    try:
        wait_until(lambda: _pings(client), "redis-server answering", timeout=30)
        yield url
    finally:
        client.close()
        process.terminate()
        process.wait(timeout=30)


def _pings(client: redis.Redis) -> bool:
    try:
        return bool(client.ping())
    except redis.ConnectionError:
        return False


class SlowReplay(ReplayServer):
    """Articles answered after a short pause: a worker is still busy when it is killed."""

    delay = 0.0

    def render(self, path: str):  # type: ignore[no-untyped-def]
        if self.delay and path.endswith(".html"):
            time.sleep(self.delay)
        return super().render(path)


@pytest.fixture
def corpus(tmp_path: Path) -> Iterator[tuple[SlowReplay, list[str]]]:
    """bench/corpus.py's generator: one feed listing 200 articles (plus two live blogs it does
    not list)."""
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    folder = tmp_path / "corpus"
    module.generate(folder, pages=PAGES + 2, feeds=1)
    index = __import__("json").loads((folder / "corpus.json").read_text())
    assert len(index["articles"]) == PAGES
    with SlowReplay(folder) as server:
        (tmp_path / "salvo.toml").write_text(
            "[[source]]\n"
            'name = "outlet"\n'
            f'url = "{server.url(index["feeds"][0])}"\n'
            'kind = "feed"\n'
            'interval = "1h"\n'
        )
        yield server, index["articles"]


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Callable[..., Background]]:
    """`start(ARGS)`: `salvo ARGS` in the background on tmp_path/salvo.db; all gone after."""
    started: list[Background] = []

    def launch(*args: str) -> Background:
        db = tmp_path / "salvo.db"
        started.append(Background(salvo_command(db, *args), tmp_path, db))
        return started[-1]

    yield launch
    for process in started:
        process.close()


def test_two_workers_and_a_writer_fetch_each_page_once(tmp_path, redis_url, corpus, start):
    server, articles = corpus
    writer = start("ingest", "--redis", redis_url)
    writer.wait_for("writer ready")
    workers = [start("worker", "--redis", redis_url) for _ in range(2)]
    for worker in workers:
        worker.wait_for("waiting for requests")
    scheduler = start("run", "--redis", redis_url, "--no-ingest")
    scheduler.wait_for("poll outlet:", timeout=300)
    writer.wait_for("stored outlet:")
    # One poll, stored whole: the writer put the 200 results of both workers together.
    assert f"{PAGES} fetched, {PAGES} new, 0 revised" in scheduler.lines[-1]
    for process in (scheduler, *workers, writer):
        assert process.stop() == 0

    hits = server.hits()
    assert all(hits[path] == 1 for path in articles), {p: hits[p] for p in articles if hits[p] != 1}
    db = tmp_path / "salvo.db"
    assert rows(db, "select count(*), count(distinct key) from updates") == [(PAGES, PAGES)]
    assert rows(db, "select max(revision) from updates") == [(1,)]
    # Workers read the counts; the writer stored them.
    assert rows(db, "select count(*) from reports")[0][0] > 0
    # Everything stored was acknowledged and deleted from the stream; no lease is left.
    client = redis.Redis.from_url(redis_url)
    assert client.xlen("salvo:items") == 0
    assert client.keys("salvo:processing:*") == []


def test_a_worker_killed_mid_run_loses_nothing(tmp_path, redis_url, corpus, start):
    server, articles = corpus
    server.delay = 0.1
    client = redis.Redis.from_url(redis_url)
    writer = start("ingest", "--redis", redis_url)
    writer.wait_for("writer ready")
    victim, survivor = (start("worker", "--redis", redis_url) for _ in range(2))
    name = victim.lines[victim.wait_for("waiting for requests")].split()[1]
    survivor.wait_for("waiting for requests")
    scheduler = start("run", "--redis", redis_url, "--no-ingest")
    # Killed while it holds leased requests, some pages fetched, most not.
    wait_until(
        lambda: (
            client.llen(f"salvo:processing:{name}") > 0
            and sum(server.hits()[p] for p in articles) >= 20
        ),
        "the victim working",
    )
    victim.kill9()
    scheduler.wait_for("poll outlet:", timeout=300)
    writer.wait_for("stored outlet:")
    assert f"{PAGES} fetched, {PAGES} new, 0 revised" in scheduler.lines[-1]
    for process in (writer, survivor, scheduler):
        assert process.stop() == 0

    # Its leases were put back on the queue by whoever noticed first.
    said = "".join(process.stderr for process in (writer, survivor, scheduler))
    assert "requests of a dead worker put back on the queue" in said
    hits = server.hits()
    # A page the victim was fetching is fetched again by the survivor: at least once, all.
    assert all(hits[path] >= 1 for path in articles)
    db = tmp_path / "salvo.db"
    assert rows(db, "select count(*), count(distinct key) from updates") == [(PAGES, PAGES)]
    assert client.xlen("salvo:items") == 0


def test_a_writer_restarted_takes_over_what_was_not_acknowledged(
    tmp_path, redis_url, corpus, start
):
    """Results read by a writer that died before committing are stored by the next one."""
    from monitor.distributed import GROUP, ITEMS

    client = redis.Redis.from_url(redis_url)
    worker = start("worker", "--redis", redis_url)
    worker.wait_for("waiting for requests")
    # A writer that read the whole poll and died before storing it: a consumer that read the
    # entries and never acknowledged them.
    client.xgroup_create(ITEMS, GROUP, id="0", mkstream=True)
    scheduler = start("run", "--redis", redis_url, "--no-ingest")
    wait_until(lambda: client.xlen(ITEMS) >= PAGES + 1, "every result on the stream")
    read = client.xreadgroup(GROUP, "dead-writer", {ITEMS: ">"}, count=10_000)
    assert sum(len(entries) for _, entries in read) == PAGES + 1
    writer = start("ingest", "--redis", redis_url)
    line = writer.lines[writer.wait_for("writer ready")]
    assert f"({PAGES + 1} results left by an earlier writer taken over)" in line
    writer.wait_for("stored outlet:")
    scheduler.wait_for("poll outlet:")
    for process in (scheduler, worker, writer):
        assert process.stop() == 0
    db = tmp_path / "salvo.db"
    assert rows(db, "select count(*) from updates") == [(PAGES,)]
    assert client.xpending(ITEMS, GROUP)["pending"] == 0


def test_bad_or_unreachable_redis_is_one_line(salvo):
    bad = salvo("worker", "--redis", "http://localhost:6379")
    assert bad.returncode == 2
    assert "is not a Redis URL" in bad.stderr
    port = free_port()
    for args in (("worker",), ("ingest",)):
        result = salvo(*args, "--redis", f"redis://127.0.0.1:{port}/0")
        assert result.returncode == 1
        assert result.stderr.startswith("Error: Redis at redis://127.0.0.1:")
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_stream_entry_keeps_what_the_worker_made_of_each_text():
    from monitor.distributed import decode_part, encode_part
    from monitor.models import Document
    from monitor.pipeline import prepare
    from spiders.pipelines import Crawled

    text = " ".join(["Russia launched 120 drones at Ukraine overnight, the air force said."] * 4)
    short = "Тривога в Києві."
    documents = [
        Document(
            url=f"http://outlet.example/{n}",
            body=body,
            content_type="text/plain",
            title="Attack",
            published="2025-07-05",
            entry_key=str(n),
        )
        for n, body in enumerate([text, short])
    ]
    prepared = prepare(documents, read=lambda update: [])
    made = [update for update, _ in prepared.updates]
    assert all(update.signed for update in made)
    assert made[0].signature and made[1].signature is None  # too short to sign
    job = {"source": "outlet", "url": "http://outlet.example/feed"}
    part = decode_part(encode_part(job, Crawled(prepared, pages=2), None, None))
    assert [update for update, _ in part.crawled.prepared.updates] == [
        update for update, _ in prepared.updates
    ]
