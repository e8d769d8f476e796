"""Faults: `kill -9` of the daemon mid-ingestion, a full disk, a read-only database.

Everything is real: the `salvo` command in a subprocess, feeds and pages over HTTP on
127.0.0.1, SQLite files on disk. A full disk is a small tmpfs and a read-only database a
read-only bind mount, each made in a private mount namespace (`unshare`) that vanishes with
the command, so nothing is left mounted; where namespaces are not allowed those tests skip.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, Background, dump, rows, salvo_command, salvo_env

# The generated outlets: SOURCES feeds of ITEMS entries, each entry a page with one attack.
SOURCES = 4
ITEMS = 50
OVERLAP = 10  # days each outlet shares with the next: one attack, several outlets
FIRST_DAY = date(2024, 1, 1)
CORRECTED = 6  # every sixth item is corrected from round CORRECTION_ROUND on
CORRECTION_ROUND = 3
FINAL_ROUND = 99  # every item listed, every correction made


def day_of(source: int, item: int) -> int:
    return source * (ITEMS - OVERLAP) + item


@cache
def figures(day: int) -> tuple[int, int]:
    """(drones, missiles) of the attack of a day: rising with noise, so records happen."""
    rng = random.Random(day)
    return 40 + 2 * day + rng.randint(0, 90), rng.randint(0, 8) + day // 25


def visible(round_: int) -> int:
    """How many entries each feed lists in a round: it grows while the daemon is killed."""
    return min(ITEMS, 12 + 7 * round_)


def corrected(item: int, round_: int) -> bool:
    return item % CORRECTED == 0 and round_ >= CORRECTION_ROUND


def page_text(source: int, item: int, round_: int) -> list[str]:
    day = day_of(source, item)
    drones, missiles = figures(day)
    when = FIRST_DAY + timedelta(days=day)
    paragraphs = [
        f"Russia launched {drones} drones and {missiles} missiles at Ukraine overnight,"
        f" the Ukrainian Air Force said on {when:%A}.",
        "Air defence units worked through the night across several regions, officials said,"
        " and emergency services were sent to the places where debris fell.",
        f"Outlet {source} keeps this page as item {item} of its running coverage; residents"
        " were asked to stay in shelters until the all-clear was given.",
    ]
    if corrected(item, round_):
        paragraphs.append(
            "Correction: an earlier version of this article misnamed the region where debris fell."
        )
    return paragraphs


def feed_xml(base: str, source: int, round_: int) -> bytes:
    items = []
    for item in reversed(range(visible(round_))):
        day = FIRST_DAY + timedelta(days=day_of(source, item))
        note = " (corrected)" if corrected(item, round_) else ""
        items.append(
            f"<item><title>Attack of {day.isoformat()}, outlet {source}</title>"
            f"<link>{base}/s{source}/{item}.html</link>"
            f'<guid isPermaLink="false">s{source}-{item}</guid>'
            f"<pubDate>{day:%a, %d %b %Y} 07:00:00 +0000</pubDate>"
            f"<description>Overnight attack report{note}.</description></item>"
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Outlet {source}</title><link>{base}/</link>{''.join(items)}</channel></rss>"
    ).encode()


def page_html(source: int, item: int, round_: int) -> bytes:
    day = FIRST_DAY + timedelta(days=day_of(source, item))
    body = "".join(f"<p>{p}</p>" for p in page_text(source, item, round_))
    return (
        f"<!DOCTYPE html><html><head><title>Attack of {day}</title>"
        f'<meta property="article:published_time" content="{day}T07:00:00+00:00"></head>'
        f"<body><nav><a href='/'>Home</a></nav><article><h1>Attack of {day}</h1>{body}"
        f"</article><footer>Outlet {source}</footer></body></html>"
    ).encode()


class OutletHandler(BaseHTTPRequestHandler):
    server: OutletServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        server, path = self.server, self.path
        parts = path.strip("/").split("/")
        body, kind = None, "text/plain"
        if path == "/robots.txt":
            body = b"User-agent: *\nDisallow:\n"
        elif len(parts) == 2 and parts[0][:1] == "s" and parts[0][1:].isdigit():
            source = int(parts[0][1:])
            if parts[1] == "feed.xml":
                body, kind = feed_xml(server.base_url, source, server.round), "application/rss+xml"
            elif parts[1].endswith(".html") and parts[1][:-5].isdigit():
                item = int(parts[1][:-5])
                if item < visible(server.round):
                    body, kind = page_html(source, item, server.round), "text/html; charset=utf-8"
        status = 200 if body is not None else 404
        body = body if body is not None else b"not found\n"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


class OutletServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), OutletHandler)
        self.base_url = f"http://127.0.0.1:{self.server_address[1]}"
        self.round = 0

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a daemon killed mid-request drops its connections: expected here


@pytest.fixture
def outlets() -> Iterator[OutletServer]:
    server = OutletServer()
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def outlet_config(base: str, sources: int = SOURCES) -> str:
    return "".join(
        f'[[source]]\nname = "outlet-{s}"\nurl = "{base}/s{s}/feed.xml"\nkind = "feed"\n'
        'interval = "2s"\n\n'
        for s in range(sources)
    )


# What the database must hold: checked after every kill, and after the final run.


def intact(db: Path) -> None:
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]
    assert rows(db, "PRAGMA foreign_key_check") == []


def expected_records(days: set[int]) -> set[tuple[str, str, int, int]]:
    """(weapon, date, value, previous) of each record the attacks of these days set."""
    records = set()
    for weapon, value in (
        ("drone", lambda d: figures(d)[0]),
        ("missile", lambda d: figures(d)[1]),
        ("total", lambda d: sum(figures(d))),
    ):
        best = None
        for day in sorted(days):
            if best is not None and value(day) > best:
                records.add(
                    (weapon, (FIRST_DAY + timedelta(days=day)).isoformat(), value(day), best)
                )
            best = value(day) if best is None else max(best, value(day))
    return records


def check_consistent(db: Path) -> set[tuple[int, int]]:
    """Whatever a kill interrupted, each stored update is whole (text, revisions, reports) and
    the alerts are exactly those its stored reports imply; returns the (source, item) stored."""
    intact(db)
    stored: set[tuple[int, int]] = set()
    updates = rows(db, "SELECT id, source, key, revision, text FROM updates")
    revisions = dict(rows(db, "SELECT update_id, count(*) FROM update_revisions GROUP BY 1"))
    reports = defaultdict(list)
    for update_id, weapon, launched, day in rows(
        db, "SELECT update_id, weapon, launched, date FROM reports"
    ):
        reports[update_id].append((weapon, launched, day))
    for update_id, source, key, revision, text in updates:
        s, i = (int(part) for part in key[1:].split("-"))
        assert source == f"outlet-{s}"
        stored.add((s, i))
        assert revisions[update_id] == revision  # every text it had is kept
        drones, missiles = figures(day_of(s, i))
        when = (FIRST_DAY + timedelta(days=day_of(s, i))).isoformat()
        assert sorted(reports[update_id]) == [("drone", drones, when), ("missile", missiles, when)]
        assert f"Russia launched {drones} drones and {missiles} missiles" in text
    assert len(stored) == len(updates)  # UNIQUE(source, key) holds
    # One alert per (kind, attacker, weapon, date), whatever order the attacks arrived in.
    alerts = rows(db, "SELECT kind, attacker, weapon, date, status, value, previous FROM alerts")
    assert len({alert[:4] for alert in alerts}) == len(alerts)
    active = {
        (weapon, day, value, previous)
        for kind, attacker, weapon, day, status, value, previous in alerts
        if status == "active"
    }
    assert {kind for kind, *_ in alerts} <= {"record"}
    assert active == expected_records({day_of(s, i) for s, i in stored})
    return stored


# kill -9 at random points of the ingestion, again and again.

KILLS = 8
SEED = 20250704


def test_kill_9_during_ingestion_loses_and_duplicates_nothing(outlets, tmp_path):
    rng = random.Random(SEED)
    db = tmp_path / "salvo.db"
    (tmp_path / "salvo.toml").write_text(outlet_config(outlets.base_url))
    progress = []
    for kill in range(KILLS):
        outlets.round = kill  # the feeds grow and some entries are corrected between runs
        daemon = Background(salvo_command(db, "run"), tmp_path)
        try:
            # Salvo opened the file the last kill left (and recovered its log) without a word.
            daemon.wait_for("watching 4 sources")
            # Anywhere from the first fetch to the last commit of a run of four 50-entry polls.
            time.sleep(rng.uniform(0.0, 4.0))
            daemon.kill9()
        finally:
            daemon.close()
        assert daemon.process.returncode == -signal.SIGKILL
        assert "Traceback" not in daemon.stderr
        progress.append(len(check_consistent(db)))
    # A clean run finishes the work: every entry of the final feeds, each stored once.
    outlets.round = FINAL_ROUND
    daemon = Background(salvo_command(db, "run"), tmp_path)
    try:
        start = daemon.wait_for("watching 4 sources")
        for source in range(SOURCES):
            line = daemon.lines[daemon.wait_for(f"poll outlet-{source}:", timeout=120, after=start)]
            assert "FAILED" not in line, line
        assert daemon.stop() == 0
    finally:
        daemon.close()
    assert "Traceback" not in daemon.stderr, daemon.stderr
    assert daemon.lines[-1].startswith("stopped after")
    stored = check_consistent(db)
    assert stored == {(s, i) for s in range(SOURCES) for i in range(ITEMS)}, progress
    texts = dict(rows(db, "SELECT key, text FROM updates"))
    for s, i in stored:
        assert ("Correction:" in texts[f"s{s}-{i}"]) == corrected(i, FINAL_ROUND)
    print(f"updates stored after each kill: {progress}")  # where the kills fell (pytest -s)


# A full disk and a read-only database, for real, in a private mount namespace.


class MountNamespace:
    """A private mount namespace held open by a sleeping process: what is mounted in it is seen
    only by the commands entered into it (nsenter), and vanishes with it, whatever happens."""

    def __init__(self) -> None:
        user = [] if os.geteuid() == 0 else ["--user", "--map-root-user"]
        self.holder = subprocess.Popen(
            ["unshare", "--mount", "--propagation", "private", *user, "sleep", "600"],
            stderr=subprocess.PIPE,
            text=True,
        )
        self.enter = ["nsenter", f"--target={self.holder.pid}", "--mount", *user[:1]]
        # Entering before unshare has made the namespace would mount on the host itself.
        ours = os.readlink("/proc/self/ns/mnt")
        deadline = time.monotonic() + 30
        while self.holder.poll() is None and time.monotonic() < deadline:
            if os.readlink(f"/proc/{self.holder.pid}/ns/mnt") != ours:
                return
            time.sleep(0.01)
        self.close()
        raise OSError(f"unshare: {self.holder.stderr.read().strip() or 'no namespace made'}")

    def command(self, *command: str | Path, cwd: Path | None = None) -> list[str]:
        """The command line that runs `command` in the namespace (nsenter would start it in /)."""
        return [*self.enter, f"--wd={cwd or os.getcwd()}", *map(str, command)]

    def run(
        self, *command: str | Path, check: bool = True, cwd: Path | None = None
    ) -> subprocess.CompletedProcess:
        result = subprocess.run(
            self.command(*command, cwd=cwd),
            env=salvo_env(),
            capture_output=True,
            text=True,
            timeout=120,
        )
        if check and result.returncode != 0:
            raise AssertionError(f"{command}: {result.stderr}")
        return result

    def close(self) -> None:
        if self.holder.poll() is None:
            self.holder.kill()
        self.holder.wait()


@pytest.fixture
def namespace(tmp_path) -> Iterator[MountNamespace]:
    if not (shutil.which("unshare") and shutil.which("nsenter")):
        pytest.skip("unshare and nsenter (util-linux) are needed to mount a small disk")
    try:
        space = MountNamespace()
    except OSError as exc:
        pytest.skip(f"no private mount namespace on this machine: {exc}")
    try:
        probe = tmp_path / "probe"
        probe.mkdir()
        result = space.run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe, check=False)
        if result.returncode != 0:
            pytest.skip(f"mounting is not allowed here: {result.stderr.strip()}")
        yield space
    finally:
        space.close()


def one_line_error(result: subprocess.CompletedProcess, *words: str) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1, (result.stdout, result.stderr)
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("Error: ") and all(word in line for word in words), line
    return line


@pytest.fixture
def polled(outlets, tmp_path) -> Path:
    """A database holding the first round of outlet 0 (12 entries), made outside any mount by
    the daemon, as source `outlet-0`."""
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "salvo.db"
    (tmp_path / "salvo.toml").write_text(outlet_config(outlets.base_url, sources=1))
    outlets.round = 0
    daemon = Background(salvo_command(db, "run"), tmp_path)
    try:
        daemon.wait_for("poll outlet-0: 12 fetched, 12 new")
        assert daemon.stop() == 0
    finally:
        daemon.close()
    outlets.round = FINAL_ROUND  # from now on: 38 more entries, and some corrected
    return db


def small_disk(namespace: MountNamespace, db: Path, folder: Path, spare: int) -> Path:
    """A tmpfs holding a copy of the database and `spare` bytes more; returns the copy."""
    folder.mkdir()
    size = db.stat().st_size + spare
    namespace.run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", folder)
    namespace.run("cp", db, folder)
    return folder / db.name


# Room for SQLite's shared-memory index (32 KiB) and a few pages of log, not for a whole poll.
SPARE = 64 * 1024


def test_disk_full_poll_is_one_line_and_stores_nothing(outlets, polled, namespace, tmp_path):
    before = dump(polled)
    full = small_disk(namespace, polled, tmp_path / "full", SPARE)
    result = namespace.run(
        *salvo_command(full, "poll", f"{outlets.base_url}/s0/feed.xml"), check=False
    )
    one_line_error(result, "/s0/feed.xml: cannot write to", "database or disk is full")
    copy = tmp_path / "copy"
    copy.mkdir()
    namespace.run("sh", "-c", f'cp "{full}"* "{copy}"/')
    intact(copy / "salvo.db")
    assert dump(copy / "salvo.db") == before  # not one row of the refused poll


def test_disk_full_in_the_daemon_is_a_counted_source_error(outlets, polled, namespace, tmp_path):
    full = small_disk(namespace, polled, tmp_path / "full", SPARE)
    daemon = Background(namespace.command(*salvo_command(full, "run"), cwd=tmp_path), tmp_path)
    try:
        failed = daemon.wait_for("poll outlet-0: FAILED")
        assert "database or disk is full" in daemon.lines[failed]
        # While it waits to try again: the refused poll left nothing, the failure is counted.
        snapshot = tmp_path / "snapshot.db"
        backup = (
            "import sqlite3, sys; sqlite3.connect(sys.argv[1]).backup(sqlite3.connect(sys.argv[2]))"
        )
        namespace.run(sys.executable, "-c", backup, full, snapshot)
        check_consistent(snapshot)
        assert rows(snapshot, "SELECT count(*) FROM updates") == [(12,)]
        ((failures, error),) = rows(snapshot, "SELECT failures, last_error FROM source_state")
        assert failures >= 1 and "database or disk is full" in error
        # Space comes back: the next poll stores the whole round, once.
        namespace.run("mount", "-o", "remount,size=64m", full.parent)
        done = daemon.wait_for("poll outlet-0: 40 fetched, 38 new, 2 revised", after=failed)
        assert daemon.stop() == 0
    finally:
        daemon.close()
    assert "Traceback" not in daemon.stderr, daemon.stderr
    assert daemon.lines[-1].startswith("stopped after")
    copy = tmp_path / "copy"
    copy.mkdir()
    namespace.run("sh", "-c", f'cp "{full}"* "{copy}"/')
    stored = check_consistent(copy / "salvo.db")
    assert stored == {(0, i) for i in range(ITEMS)}, daemon.lines[done]
    assert rows(copy / "salvo.db", "SELECT failures FROM source_state") == [(0,)]


# A write larger than SQLite's page cache spills to disk before COMMIT: the full disk is met
# midway, and SQLite has already rolled the transaction back by itself.
BIG_WRITE = """
import sys
from storage import Store, WriteError

store = Store(sys.argv[1])
before = store.count("updates")
try:
    with store.write():
        for n in range(2000):
            fields = {"key": str(n), "url": "u", "text": f"{n} " * 1000, "content_hash": str(n)}
            store.insert_update("big", fields, "2025-07-04T00:00:00+00:00")
except WriteError as exc:
    print(exc)
print(store.count("updates") - before)
"""


def test_disk_full_midway_through_a_large_write_keeps_nothing(polled, namespace, tmp_path):
    full = small_disk(namespace, polled, tmp_path / "full", SPARE)
    result = namespace.run(sys.executable, "-c", BIG_WRITE, full, cwd=ROOT)
    error, added = result.stdout.strip().splitlines()
    assert error.endswith("database or disk is full (nothing of this write was stored)")
    assert added == "0"


def read_only(namespace: MountNamespace, path: Path) -> None:
    """Path (a file or a folder) becomes read-only in the namespace: EROFS even for root."""
    namespace.run("mount", "--bind", path, path)
    namespace.run("mount", "-o", "remount,bind,ro", path)


def test_read_only_database_is_one_line_and_unchanged(outlets, polled, namespace, tmp_path):
    before = dump(polled)
    read_only(namespace, polled)
    url = f"{outlets.base_url}/s0/feed.xml"
    poll = namespace.run(*salvo_command(polled, "poll", url), check=False)
    one_line_error(poll, f"{url}: cannot write to", "attempt to write a readonly database")
    # The daemon says it at start instead of failing every poll.
    run = namespace.run(*salvo_command(polled, "run"), check=False, cwd=tmp_path)
    one_line_error(run, "cannot write to", "attempt to write a readonly database")
    # Reading needs no write.
    listed = namespace.run(*salvo_command(polled, "alerts"), check=False)
    assert listed.returncode == 0, listed.stderr
    namespace.close()
    intact(polled)
    assert dump(polled) == before


def test_read_only_folder_is_one_line(outlets, polled, namespace):
    before = dump(polled)
    read_only(namespace, polled.parent)
    result = namespace.run(
        *salvo_command(polled, "poll", f"{outlets.base_url}/s0/feed.xml"), check=False
    )
    one_line_error(result, "cannot open database", f"({polled.parent} is read-only)")
    namespace.close()
    assert dump(polled) == before


# A full disk met while recording an alert's delivery, after the poll's own write succeeded.

RECORD_WHEN_FULL = """
import os, sys
from datetime import UTC, datetime, timedelta
from monitor.notify import LogFileNotifier, deliver_due
from storage import Store

db, log_file, filler = sys.argv[1:]
store = Store(db)
notifier = LogFileNotifier("file://" + log_file)
later = datetime.now(UTC) + timedelta(hours=1)  # past the back-off of the failed first push
with open(filler, "wb", buffering=0) as out:  # the disk fills up
    try:
        while True:
            out.write(bytes(65536))
    except OSError:
        pass
print(*deliver_due(store, [notifier], later))
print(*deliver_due(store, [notifier], later))  # still full
os.remove(filler)
print(*deliver_due(store, [notifier], later))
print(*deliver_due(store, [notifier], later))
"""


def test_disk_full_while_recording_a_delivery_sends_once_and_records_later(namespace, tmp_path):
    from monitor.notify import notifier_for
    from monitor.pipeline import Ingestor
    from storage import Store
    from tests.test_notify import attack

    logs = tmp_path / "logs"
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "salvo.db"
    # Two alerts whose first push failed (no log folder yet): due again after their wait.
    ingestor = Ingestor(lambda: Store(db), [notifier_for(f"file://{logs}/alerts.log")])
    ingestor.ingest("wire", "feed", [attack("a", "2025-06-01", 100)])
    assert len(ingestor.ingest("wire", "feed", [attack("b", "2025-06-02", 300)]).alerts) == 2
    ingestor.close()
    logs.mkdir()
    full = small_disk(namespace, db, tmp_path / "full", SPARE)
    result = namespace.run(
        sys.executable, "-c", RECORD_WHEN_FULL, full, logs / "alerts.log", full.parent / "filler",
        cwd=ROOT,
    )  # fmt: skip
    # Sent, not recorded: two failures to count; while full, not sent again; then recorded.
    assert result.stdout.split("\n")[:4] == ["0 2", "0 2", "0 0", "0 0"], result.stdout
    errors = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr, result.stderr
    assert len(errors) == 3, errors  # one line each: the two deliveries, then both again
    assert all("not recorded: cannot write to" in line for line in errors), errors
    assert all("database or disk is full" in line for line in errors), errors
    sent = (logs / "alerts.log").read_text().splitlines()
    assert len(sent) == 2 and "RECORD RU drones: 300 on 2025-06-02" in sent[0]
    copy = tmp_path / "copy"
    copy.mkdir()
    namespace.run("sh", "-c", f'cp "{full}"* "{copy}"/')
    intact(copy / "salvo.db")
    assert rows(copy / "salvo.db", "SELECT status, attempts FROM alert_deliveries") == [
        ("sent", 2),
        ("sent", 2),
    ]


def test_disk_full_in_the_daemon_while_recording_deliveries(outlets, namespace, tmp_path):
    from tests.test_notify import Receiver

    folder = tmp_path / "full"
    folder.mkdir()
    namespace.run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", folder)
    db, filler = folder / "salvo.db", folder / "filler"

    filled: list[bool] = []

    def fill_the_disk() -> None:  # the moment the first alert reaches the webhook
        if not filled:
            filled.append(True)
            namespace.run("sh", "-c", f'cat /dev/zero > "{filler}"', check=False)

    hook = Receiver(failures=0, on_post=fill_the_disk)
    (tmp_path / "salvo.toml").write_text(
        outlet_config(outlets.base_url, sources=1) + f'[[notify]]\nurl = "{hook.url}"\n'
    )
    outlets.round = 0
    daemon = Background(namespace.command(*salvo_command(db, "run"), cwd=tmp_path), tmp_path)
    try:
        # The poll itself is stored and said as usual; its alerts went out.
        first = daemon.wait_for("poll outlet-0: 12 fetched, 12 new")
        pushed = len(hook.accepted)
        assert pushed >= 1
        daemon.wait_for("poll outlet-0:", after=first + 1)  # a poll made while the disk is full
        snapshot = tmp_path / "snapshot.db"
        backup = (
            "import sqlite3, sys; sqlite3.connect(sys.argv[1]).backup(sqlite3.connect(sys.argv[2]))"
        )
        namespace.run(sys.executable, "-c", backup, db, snapshot)
        # Not recorded, so still owed, but not pushed a second time.
        assert rows(snapshot, "SELECT status, count(*) FROM alert_deliveries GROUP BY 1") == [
            ("pending", pushed)
        ]
        assert len(hook.accepted) == pushed
        namespace.run("rm", filler)  # space comes back
        freed = len(daemon.lines)
        later = daemon.wait_for("poll outlet-0:", after=freed)
        daemon.wait_for("poll outlet-0:", after=later + 1)
        assert daemon.stop() == 0
    finally:
        daemon.close()
        hook.close()
    assert "Traceback" not in daemon.stderr, daemon.stderr
    logged = daemon.stderr.strip().splitlines()
    assert all(line.startswith(("ERROR ", "WARNING ")) for line in logged), logged
    assert any("delivered, not recorded: cannot write to" in line for line in logged), logged
    copy = tmp_path / "copy"
    copy.mkdir()
    namespace.run("sh", "-c", f'cp "{db}"* "{copy}"/')
    intact(copy / "salvo.db")
    assert rows(copy / "salvo.db", "SELECT status, attempts, count(*) FROM alert_deliveries") == [
        ("sent", 1, pushed)
    ]
    assert rows(copy / "salvo.db", "SELECT count(*) FROM alerts WHERE pushed = 1") == [(pushed,)]
    assert len(hook.accepted) == pushed  # each alert once


# A database altered by hand: errors no rule foresaw are one line, counted, and pass.

FROZEN = """CREATE TRIGGER frozen BEFORE INSERT ON reports
BEGIN SELECT RAISE(ABORT, 'reports are frozen'); END;"""


def alter(db: Path, script: str) -> None:
    conn = sqlite3.connect(db, timeout=30)
    try:
        conn.executescript(script)
    finally:
        conn.close()


def test_an_unforeseen_database_error_is_one_line_and_a_traceback_only_with_v(outlets, salvo):
    from storage import Store

    Store(salvo.db).close()
    alter(salvo.db, FROZEN)
    url = f"{outlets.base_url}/s0/feed.xml"
    result = salvo("poll", url)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: {url}: not stored: IntegrityError: reports are frozen (-v for details)"
    ]
    assert rows(salvo.db, "SELECT count(*) FROM updates") == [(0,)]
    verbose = salvo("-v", "poll", url)
    assert verbose.returncode == 1
    assert "Traceback" in verbose.stderr and "sqlite3.IntegrityError" in verbose.stderr


def test_the_daemon_counts_unforeseen_database_errors_and_goes_on(outlets, tmp_path):
    (tmp_path / "salvo.toml").write_text(outlet_config(outlets.base_url, sources=1))
    db = tmp_path / "salvo.db"
    outlets.round = 0
    daemon = Background(salvo_command(db, "run"), tmp_path)

    def health() -> tuple[int, str]:
        ((failures, error),) = rows(db, "SELECT failures, last_error FROM source_state")
        return failures, error

    try:
        first = daemon.wait_for("poll outlet-0: 12 fetched, 12 new")
        # A trigger refuses new reports: the poll fails whole, in one line, and is counted.
        alter(db, FROZEN)
        outlets.round = 1
        frozen = daemon.wait_for(
            "poll outlet-0: FAILED not stored: IntegrityError: reports are frozen", after=first
        )
        failures, error = health()
        assert failures >= 1 and "reports are frozen" in error
        # The table a poll reads first is gone. APScheduler used to swallow this error: no
        # line, no count.
        alter(db, "DROP TRIGGER frozen; ALTER TABLE updates RENAME TO updates_away;")
        gone = daemon.wait_for("poll outlet-0: FAILED no such table: updates", after=frozen)
        failures_then, error = health()
        assert failures_then > failures and error == "no such table: updates"
        alter(db, "ALTER TABLE updates_away RENAME TO updates;")
        daemon.wait_for("poll outlet-0: 7 fetched, 7 new", after=gone)
        assert daemon.stop() == 0
    finally:
        daemon.close()
    assert "Traceback" not in daemon.stderr, daemon.stderr
    assert "ERROR salvo.daemon: poll of outlet-0 failed: no such table: updates" in daemon.stderr
    assert health()[0] == 0
    assert check_consistent(db) == {(0, i) for i in range(19)}
