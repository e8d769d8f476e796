"""Pages prepared in a worker process (SALVO_PROCESSES): the same database as in-process, a
worker that dies fails one poll in one line, and the daemon stops without waiting on it."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from werkzeug import Response

from bench.corpus import generate
from monitor.replay import ReplayServer
from spiders.pipelines import BATCH_PAGES
from tests.conftest import Background, Salvo, rows, salvo_command
from tests.test_hostile import scrapy_crawl


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    generate(folder, pages=60, feeds=3, seed=3)
    with ReplayServer(folder) as server:
        yield server, json.loads((folder / "corpus.json").read_text())


# What a poll stored, without the clock's columns.
UPDATES = (
    "SELECT source, key, url, title, text, published, content_hash, entry_hash, kind, lang,"
    " revision, duplicate_of IS NOT NULL FROM updates ORDER BY source, key"
)
REPORTS = (
    "SELECT u.source, u.key, r.revision, r.attacker, r.target, r.weapon, r.launched,"
    " r.destroyed, r.date, r.claims_record, r.source, r.evidence, r.period, r.implausible"
    " FROM reports r JOIN updates u ON u.id = r.update_id"
    " ORDER BY u.source, u.key, r.weapon, r.launched, r.destroyed"
)
ALERTS = "SELECT kind, attacker, weapon, date, value, previous FROM alerts ORDER BY 1, 2, 3, 4, 5"


def run_all(workdir: Path, base: str, index: dict, processes: str, monkeypatch) -> Salvo:
    monkeypatch.setenv("SALVO_PROCESSES", processes)
    salvo = Salvo(workdir)
    polled = salvo("poll", *(base + path for path in index["feeds"]))
    assert polled.returncode == 0, polled.stderr
    crawled = salvo("crawl", *(base + path for path in index["liveblogs"]))
    assert crawled.returncode == 0, crawled.stderr
    return salvo


def test_a_worker_process_stores_what_the_main_process_stores(corpus, tmp_path, monkeypatch):
    server, index = corpus
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    alone = run_all(tmp_path / "one", server.base_url, index, "1", monkeypatch)
    pooled = run_all(tmp_path / "two", server.base_url, index, "2", monkeypatch)
    for query in (UPDATES, REPORTS, ALERTS):
        assert rows(pooled.db, query) == rows(alone.db, query)
    assert len(rows(alone.db, UPDATES)) > 60  # feed entries and live-blog posts
    assert rows(alone.db, REPORTS)


# Counts read by the worker, or (from 0 batches waiting) by the main process at commit.
@pytest.mark.parametrize("count_here_from", ["1000", "0"])
def test_pages_wait_for_a_busy_worker_and_every_one_is_stored(
    tmp_path, monkeypatch, count_here_from
):
    # At most one batch in the worker's hands: items wait for it (the first, while the worker
    # starts), and Scrapy holds back meanwhile.
    folder = tmp_path / "corpus"
    generate(folder, pages=60, feeds=1, seed=5)
    (feed_path,) = json.loads((folder / "corpus.json").read_text())["feeds"]
    (tmp_path / "one").mkdir()
    with ReplayServer(folder) as server:
        monkeypatch.setenv("SALVO_PROCESSES", "1")
        alone = Salvo(tmp_path / "one")
        assert alone("poll", server.url(feed_path)).returncode == 0
        monkeypatch.setenv("SALVO_PROCESSES", "2")
        paced = tmp_path / "paced.db"
        # Fetched as fast as loopback allows, so that pages come faster than the worker.
        unthrottled = (
            "AUTOTHROTTLE_ENABLED=0",
            "DOWNLOAD_DELAY=0",
            "CONCURRENT_REQUESTS_PER_DOMAIN=16",
        )
        done = scrapy_crawl(
            paced,
            "feed",
            server.url(feed_path),
            "SALVO_PARTS_IN_FLIGHT=1",
            f"SALVO_COUNT_HERE_FROM={count_here_from}",
            *unthrottled,
        )
    assert done.returncode == 0, done.stderr
    assert len(rows(paced, UPDATES)) > 4 * BATCH_PAGES
    for query in (UPDATES, REPORTS, ALERTS):
        assert rows(paced, query) == rows(alone.db, query)


def test_a_bad_processes_setting_is_one_line(salvo, site, monkeypatch):
    monkeypatch.setenv("SALVO_PROCESSES", "many")
    done = salvo("poll", f"{site.base_url}/wire/feed.rss.xml")
    assert done.returncode != 0
    assert "SALVO_PROCESSES='many'" in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def children(pid: int) -> list[int]:
    return [
        int(child)
        for task in Path(f"/proc/{pid}/task").iterdir()
        for child in (task / "children").read_text().split()
    ]


def descendants(pid: int) -> list[int]:
    found = children(pid)
    return found + [grandchild for child in found for grandchild in descendants(child)]


def test_a_dead_worker_fails_one_poll_and_the_daemon_goes_on(corpus, tmp_path, monkeypatch):
    server, index = corpus
    monkeypatch.setenv("SALVO_PROCESSES", "2")
    config = (
        f'[[source]]\nname = "live"\nurl = "{server.base_url}{index["liveblogs"][0]}"\n'
        'kind = "liveblog"\ninterval = "1s"\n'
    )
    daemon = Background.start(tmp_path, config)
    try:
        daemon.wait_for("poll live:")
        stored = rows(daemon.db, "SELECT count(*) FROM updates")
        # The worker (the forkserver's child) dies, as under the OOM killer.
        for pid in children(daemon.process.pid):
            for worker in children(pid):
                os.kill(worker, signal.SIGKILL)
        # The page would answer 304 to the validators kept, and need no worker: forgotten, the
        # next poll reads it in full.
        with sqlite3.connect(daemon.db, timeout=30) as conn:
            conn.execute("UPDATE source_state SET etag = NULL, last_modified = NULL")
        failed = daemon.wait_for("live: FAILED")
        assert "worker process" in daemon.lines[failed]
        daemon.wait_for("poll live:", after=failed + 1)  # a fresh worker takes over
        assert daemon.stop() == 0
    finally:
        daemon.close()
    assert "Traceback" not in daemon.stderr
    assert rows(daemon.db, "SELECT count(*) FROM updates") == stored


def test_sigterm_while_a_worker_runs_does_not_wait_on_it(corpus, tmp_path, monkeypatch):
    server, index = corpus
    monkeypatch.setenv("SALVO_PROCESSES", "2")
    lines = "".join(
        f'[[source]]\nname = "feed{n}"\nurl = "{server.base_url}{path}"\ninterval = "1s"\n'
        for n, path in enumerate(index["feeds"])
    )
    daemon = Background.start(tmp_path, lines)
    try:
        daemon.wait_for("poll feed")
        assert daemon.stop() == 0
    finally:
        daemon.close()
    assert "Traceback" not in daemon.stderr
    # Nothing of ours is left running: the worker and the forkserver ended with the daemon.
    leftovers = [
        pid
        for pid in descendants(os.getpid())
        if Path(f"/proc/{pid}/cmdline").exists()
        and b"forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes()
    ]
    assert leftovers == []


def _ended(pid: int) -> bool:
    try:  # gone, or a zombie waiting for whoever adopted it to reap it
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except (FileNotFoundError, ProcessLookupError):
        return True


def test_workers_end_when_the_daemon_is_killed_outright(corpus, tmp_path, monkeypatch):
    server, index = corpus
    monkeypatch.setenv("SALVO_PROCESSES", "2")
    config = f'[[source]]\nname = "feed"\nurl = "{server.base_url}{index["feeds"][0]}"\n'
    daemon = Background.start(tmp_path, config)
    try:
        daemon.wait_for("poll feed")
        # The worker, the forkserver that forked it, multiprocessing's resource tracker.
        helpers = descendants(daemon.process.pid)
        assert helpers
        daemon.kill9()  # no shutdown of the pool: the OOM killer, `kill -9`
    finally:
        daemon.close()
    _until(lambda: all(_ended(pid) for pid in helpers), timeout=20)
    assert [pid for pid in helpers if not _ended(pid)] == []


def _rss(base: str, link: str, title: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Outlet</title>'
        f"<link>{base}/</link><description>news</description><item><title>{title}</title>"
        f"<link>{base}{link}</link><guid>{base}{link}</guid>"
        "<pubDate>Sat, 05 Jul 2025 08:00:00 GMT</pubDate></item></channel></rss>"
    )


def _stored(db: Path, url_end: str) -> int:
    try:
        return rows(db, "SELECT count(*) FROM updates WHERE url LIKE ?", f"%{url_end}")[0][0]
    except sqlite3.OperationalError:  # not made yet
        return 0


def _two_feeds(server, release: threading.Event) -> None:
    """Feeds /a.xml and /b.xml, one page each; b's page is served once `release` is set."""
    pages = Path(__file__).parent / "fixtures" / "site" / "pages"

    def held_back(_: int) -> Response:
        release.wait(60)
        return Response((pages / "nuit-de-frappes.html").read_text(), content_type="text/html")

    for name, page in (("a", "/a1.html"), ("b", "/b1.html")):
        feed = _rss(server.base, page, f"Report {name}")
        server.route(f"/{name}.xml", lambda _, feed=feed: Response(feed, content_type="text/xml"))
    article = (pages / "overnight-attack-r0.html").read_text()
    server.route("/a1.html", lambda _: Response(article, content_type="text/html"))
    server.route("/b1.html", held_back)


@contextlib.contextmanager
def _poll_with_b_held(server, tmp_path: Path, *feeds: str) -> Iterator[tuple[Path, Background]]:
    """`salvo poll` of the feeds, b's page held back by the server until the block ends; the
    poll has ended (exit 0) after it."""
    release = threading.Event()
    _two_feeds(server, release)
    db = tmp_path / "salvo.db"
    poll = Background(salvo_command(db, "poll", *(server.base + f for f in feeds)), tmp_path, db)
    try:
        yield db, poll
    finally:
        release.set()
        code = poll.wait()
        poll.close()
    assert code == 0, poll.stderr


def _until(condition: Callable[[], object], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)


def test_a_feed_is_stored_while_another_of_the_same_poll_is_still_fetching(server, tmp_path):
    """A poll of many feeds stores each feed once its listed pages are in, not at the end: the
    writer's work overlaps the fetching, and what a stored feed's pages held is let go."""
    with _poll_with_b_held(server, tmp_path, "/a.xml", "/b.xml") as (db, poll):
        _until(lambda: _stored(db, "/a1.html"))
        # AutoThrottle may ask for b's page after a is stored: it is held once it is asked.
        _until(lambda: server.of("/b1.html"))
        assert _stored(db, "/a1.html") == 1, poll.stderr
        # b's page is still held by the server: the poll has not ended, b is not stored.
        assert [hit[3] for hit in server.of("/b1.html")] == [0]
        assert _stored(db, "/b1.html") == 0
    assert _stored(db, "/b1.html") == 1


def test_feeds_are_stored_in_the_order_of_the_poll_whatever_order_they_complete_in(
    server, tmp_path
):
    """Records are judged as reports come in: a poll stores its feeds in its own order, so that
    it stores the same rows every time. a completes first but waits for b, listed before it."""
    with _poll_with_b_held(server, tmp_path, "/b.xml", "/a.xml") as (db, poll):
        _until(lambda: [hit for hit in server.of("/a1.html") if hit[3]])
        assert server.of("/a1.html"), poll.stderr
        time.sleep(1.5)  # ample for a's store, were it not waiting for b
        assert _stored(db, "/a1.html") == 0
    ids = rows(db, "SELECT url, id FROM updates ORDER BY id")
    assert [url.rsplit("/", 1)[1] for url, _ in ids] == ["b1.html", "a1.html"]


def test_the_first_crawl_settles_the_heap_once_and_later_garbage_is_still_collected():
    # In a fresh interpreter: the collector's settings are the process's, not this test's.
    script = """
import gc, json
from monitor.crawl import YOUNG_COLLECTION_EVERY, settle_heap
settle_heap()
frozen, young = gc.get_freeze_count(), gc.get_threshold()[0]
class Node:
    pass
def cycle():
    a, b = Node(), Node()
    a.other, b.other = b, a
cycle()
settle_heap()  # a second crawl freezes nothing more
print(json.dumps([frozen, young == YOUNG_COLLECTION_EVERY, gc.get_freeze_count() == frozen,
                  gc.collect() >= 2]))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    frozen, young_set, froze_once, cycle_collected = json.loads(done.stdout)
    assert frozen > 10_000  # the modules' objects
    assert young_set and froze_once and cycle_collected
