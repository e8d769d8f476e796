"""Readers hammering the file while the pipeline writes: no 'database is locked', no torn reads."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading

from monitor.models import Document
from monitor.pipeline import Ingestor
from storage import Store

READER = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], timeout=5)
    reads = errors = torn = 0
    last = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            conn.execute("BEGIN")
            updates = conn.execute("SELECT count(*) FROM updates").fetchone()[0]
            revisions = conn.execute("SELECT count(*) FROM update_revisions").fetchone()[0]
            reports = conn.execute("SELECT count(*) FROM reports").fetchone()[0]
            conn.execute("SELECT * FROM attacks").fetchall()
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            errors += 1
            print("error", exc, file=sys.stderr)
            continue
        reads += 1
        # Updates, their first revision and their reports are written in one transaction:
        # a reader sees all of a batch or none of it.
        if updates != revisions or reports != 2 * updates or updates < last:
            torn += 1
        last = updates
        if updates >= int(sys.argv[2]):
            break
    print(reads, errors, torn)
    """
)


def test_reader_never_blocked_nor_torn_during_a_large_ingest(tmp_path):
    db = tmp_path / "salvo.db"
    total, batch = 3000, 100
    Store(db).close()  # the schema exists before the reader starts
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(db), str(total)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    ingestor = Ingestor(lambda: Store(db))
    try:
        for start in range(0, total, batch):
            documents = [
                Document(
                    url=f"https://wire.example/{n}",
                    body=f"Russia launched {100 + n % 700} drones and {n % 40 + 1} missiles"
                    " at Ukraine overnight, the air force said.",
                    content_type="text/plain",
                    published=f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}T06:00:00+00:00",
                    entry_key=f"e{n}",
                )
                for n in range(start, start + batch)
            ]
            outcome = ingestor.ingest("wire", "feed", documents)
            assert outcome.new == batch
    finally:
        ingestor.close()
    out, err = reader.communicate(timeout=150)
    reads, errors, torn = map(int, out.split())
    assert errors == 0, err
    assert torn == 0
    assert reads > 10  # it really read while the writer wrote


def test_a_new_database_appears_complete_to_a_reader_waiting_for_it(tmp_path):
    """A reader started before the first run opens the file the moment it appears."""
    path = tmp_path / "fresh.db"
    seen: list[str] = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            if path.exists():
                try:
                    # A busy timeout, as readers have (Python's default is 5 s): the first
                    # opener of a WAL file holds a lock while it sets up the -shm index, and
                    # whoever opens at that very moment waits. What must never be seen is a
                    # file without its tables.
                    conn = sqlite3.connect(path, timeout=5)
                    conn.execute("SELECT count(*) FROM updates").fetchone()
                    seen.append(conn.execute("PRAGMA journal_mode").fetchone()[0])
                    conn.close()
                except sqlite3.Error as exc:
                    seen.append(f"error: {exc}")
                return

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        Store(path).close()
    finally:
        watcher.join(timeout=10)
        stop.set()
    assert seen == ["wal"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh.db"]
