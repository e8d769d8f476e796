"""The file as a product: views, full-text search, upgrades of older files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from monitor.models import Document
from monitor.pipeline import Ingestor
from monitor.records import attacks_from_reports, current_records
from storage import StorageError, Store
from storage.schema import SCHEMA_VERSION, migrations


def report(key: str, day: str, text: str) -> Document:
    return Document(
        url=f"https://wire.example/{key}",
        body=text,
        content_type="text/plain",
        published=f"{day}T06:30:00+00:00",
        entry_key=key,
    )


STORY = [
    report("a", "2025-06-01", "Russia launched 472 drones and seven missiles overnight."),
    report("b", "2025-06-06", "Russia launched 407 drones and 45 missiles at Ukraine overnight."),
    report("c", "2025-06-09", "Russia fired 479 drones and 20 missiles at Ukraine overnight."),
    report("d", "2025-06-09", "Air defences shot down 277 drones and 19 missiles overnight."),
    report(
        "e",
        "2025-06-10",
        "Russia's defence ministry said air defences destroyed 48 Ukrainian drones overnight.",
    ),
]


@pytest.fixture
def store(tmp_path):
    ingestor = Ingestor(lambda: Store(tmp_path / "salvo.db"))
    ingestor.ingest("wire", "feed", STORY)
    yield ingestor.store
    ingestor.close()


def test_attacks_view_has_one_row_per_attack(store):
    rows = store.db.execute(
        "SELECT attacker, date, drones_launched, drones_destroyed, missiles_launched,"
        " missiles_destroyed, drones, missiles, total, reports, updates, sources FROM attacks"
        " ORDER BY attacker, date"
    ).fetchall()
    assert rows == [
        ("RU", "2025-06-01", 472, None, 7, None, 472, 7, 479, 2, 1, "wire"),
        ("RU", "2025-06-06", 407, None, 45, None, 407, 45, 452, 2, 1, "wire"),
        ("RU", "2025-06-09", 479, 277, 20, 19, 479, 20, 499, 4, 2, "wire"),
        ("UA", "2025-06-10", None, 48, None, None, 48, None, 48, 1, 1, "wire"),
    ]


def test_records_current_view_matches_the_record_logic(store):
    from_view = {
        (row[0], row[1]): row[2:]
        for row in store.db.execute(
            "SELECT attacker, weapon, date, value, attacks FROM records_current"
        )
    }
    from_code = {}
    for attacker in store.attackers():
        for held in current_records(attacks_from_reports(store.report_rows(attacker))):
            from_code[(attacker, held.weapon)] = (held.date, held.value, held.attacks)
    assert from_view == from_code
    assert from_view[("RU", "total")] == ("2025-06-09", 499, 3)


def test_latest_updates_view_newest_first(store):
    rows = store.db.execute("SELECT url, reports FROM latest_updates").fetchall()
    assert rows[0] == ("https://wire.example/e", 1)
    assert [row[0][-1] for row in rows] == ["e", "d", "c", "b", "a"]


def test_full_text_search_follows_revisions(store, tmp_path):
    hits = store.search("Ukrainian drones")
    assert [hit["id"] for hit in hits] == [5]
    assert store.search('"; DROP TABLE updates; --') == []  # quoted, never parsed
    ingestor = Ingestor(lambda: store)
    ingestor.ingest("wire", "feed", [report("a", "2025-06-01", "Shahed drones over Kyiv.")])
    assert [hit["id"] for hit in store.search("Shahed Kyiv")] == [1]
    assert store.search("seven missiles") == []  # the old text is no longer the update's


def test_search_index_matches_the_texts_after_touches_and_revisions(store):
    ingestor = Ingestor(lambda: store)
    ingestor.ingest("wire", "feed", [report("b", "2025-06-02", "Shahed drones over Lviv.")])
    # Seen again unchanged: only last_seen moves, and the index is not rewritten for it.
    ingestor.ingest("wire", "feed", [report("b", "2025-06-02", "Shahed drones over Lviv.")])
    store.db.execute("UPDATE updates SET gone_at = '2025-06-03', views = 5")
    # FTS5 compares every indexed row with the content table (rank 1: against its text).
    store.db.execute("INSERT INTO updates_fts (updates_fts, rank) VALUES ('integrity-check', 1)")
    assert [hit["id"] for hit in store.search("Shahed Lviv")] == [2]


def make_old_database(path: Path, stop_before: str) -> None:
    db = Database(sqlite3.connect(path))
    migrations.apply(db, stop_before=stop_before)
    applied = len(migrations.applied(db))
    db.execute(f"PRAGMA user_version={applied}")
    db["updates"].insert(
        {
            "source": "wire",
            "key": "k",
            "url": "https://wire.example/k",
            "title": "Old",
            "text": "Russia launched 100 drones and two missiles at Ukraine overnight.",
            "published": "2025-05-01",
            "first_seen": "2025-05-01T07:00:00+00:00",
            "last_seen": "2025-05-01T07:00:00+00:00",
            "content_hash": "h",
            "revision": 1,
        }
    )
    db.conn.commit()
    db.close()


def test_older_file_is_upgraded_in_place_after_a_backup(tmp_path):
    path = tmp_path / "old.db"
    make_old_database(path, "m002_alert_deliveries")
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.backup == tmp_path / "old.db.schema1.bak"
        assert store.count("updates") == 1
        assert [hit["id"] for hit in store.search("drones")] == [1]
    backup = sqlite3.connect(tmp_path / "old.db.schema1.bak")
    assert backup.execute("PRAGMA user_version").fetchone() == (1,)
    assert backup.execute("SELECT title FROM updates").fetchall() == [("Old",)]


def test_failed_upgrade_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "old.db"
    make_old_database(path, "m005_views_and_search")
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE attacks (note TEXT)")  # a user's own table, in the way
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="cannot prepare database"):
        Store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone() == (4,)
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "records_current" not in names and "updates_fts" not in names
    assert conn.execute("SELECT count(*) FROM updates").fetchone() == (1,)


def test_export_chart_and_records_through_the_cli(store, salvo, tmp_path):
    import csv
    import json

    salvo.db = store.path
    out = tmp_path / "attacks.csv"
    result = salvo("export", "--table", "attacks", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "4 rows of attacks written" in result.stderr
    with out.open(newline="", encoding="utf-8") as handle:
        exported = list(csv.DictReader(handle))
    assert [(row["attacker"], row["date"], row["total"]) for row in exported][2] == (
        "RU",
        "2025-06-09",
        "499",
    )
    as_json = json.loads(salvo("export", "--format", "json", "--table", "alerts").stdout)
    assert {(a["kind"], a["weapon"], a["date"]) for a in as_json} == {
        ("record", "drone", "2025-06-09"),
        ("record", "missile", "2025-06-06"),
        ("record", "total", "2025-06-09"),
    }
    missing = salvo("export", "--table", "nope")
    assert missing.returncode == 1 and "no table or view named 'nope'" in missing.stderr

    png = tmp_path / "drones.png"
    drawn = salvo("chart", "--weapon", "drone", "-o", str(png))
    assert drawn.returncode == 0, drawn.stderr
    assert "3 attacks, 1 records" in drawn.stdout
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    empty = salvo("chart", "--attacker", "XX", "-o", str(tmp_path / "x.png"))
    assert empty.returncode == 1 and len(empty.stderr.strip().splitlines()) == 1

    listed = salvo("records").stdout.splitlines()
    drone = next(line for line in listed if line.startswith("RU  drone"))
    assert "479 on 2025-06-09" in drone and "█" in drone


def test_serve_answers_a_canned_query_read_only(store, tmp_path):
    import json
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    from tests.conftest import ROOT

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "monitor", "--db", str(store.path), "serve", "--port", str(port)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}/salvo"

    def get(path: str) -> object:
        with urllib.request.urlopen(base + path, timeout=5) as response:
            return json.loads(response.read())

    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                records = get("/records.json?_shape=array")
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
        assert {(r["attacker"], r["weapon"], r["value"]) for r in records} == {
            ("RU", "drone", 479),
            ("RU", "missile", 45),
            ("RU", "total", 499),
            ("UA", "drone", 48),
            ("UA", "total", 48),
        }
        months = get("/attacks_by_month.json?_shape=array")
        assert months[0]["month"] == "2025-06"
        with pytest.raises(urllib.error.HTTPError) as refused:
            get(".json?sql=DELETE+FROM+alerts&_shape=array")
        assert refused.value.code == 400
        assert store.count("alerts") == 3  # nothing was deleted
    finally:
        server.terminate()
        server.wait(timeout=10)
