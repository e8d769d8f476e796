"""The database file: WAL, schema version, migrations, transactions, revisions kept."""

import sqlite3

import pytest

from monitor.diff import content_hash
from storage import StorageError, Store
from storage.db import WAL_CHECKPOINT_PAGES
from storage.schema import SCHEMA_VERSION, migrations


def update_fields(text: str, key: str = "k1") -> dict:
    return {
        "key": key,
        "url": "https://example.org/a",
        "title": "A",
        "text": text,
        "published": "2025-07-04T06:00:00+00:00",
        "content_hash": content_hash("A", text),
    }


def test_new_file_is_wal_and_migrated(tmp_path):
    path = tmp_path / "salvo.db"
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert not migrations.pending(store.db)
        assert len(migrations.applied(store.db)) == SCHEMA_VERSION
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"updates", "reports", "alerts", "update_revisions"} <= tables



def test_the_writer_checkpoints_seldom_and_the_search_index_merges_late(tmp_path):
    with Store(tmp_path / "salvo.db") as store:
        checkpoint = store.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        merge = store.db.execute("SELECT v FROM updates_fts_config WHERE k = 'automerge'")
        assert checkpoint == WAL_CHECKPOINT_PAGES > 1000  # SQLite's default
        assert merge.fetchone()[0] == 16  # FTS5's: 4


def test_reopening_applies_nothing_twice(tmp_path):
    path = tmp_path / "salvo.db"
    Store(path).close()
    with Store(path) as store:
        assert len(migrations.applied(store.db)) == SCHEMA_VERSION


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "salvo.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StorageError, match="newer than this Salvo knows"):
        Store(path)


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(StorageError, match="cannot open database"):
        Store(path)
    assert path.read_text().startswith("this is not sqlite")


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StorageError, match="folder does not exist"):
        Store(tmp_path / "nope" / "salvo.db")


def test_failed_batch_leaves_nothing(tmp_path):
    with Store(tmp_path / "salvo.db") as store:
        with pytest.raises(RuntimeError), store.write():
            store.insert_update("feed", update_fields("one"), "2025-07-04T07:00:00+00:00")
            raise RuntimeError("disk went away")
        assert store.count("updates") == 0
        assert store.count("update_revisions") == 0


def test_revision_keeps_earlier_text(tmp_path):
    with Store(tmp_path / "salvo.db") as store:
        with store.write():
            update_id = store.insert_update("feed", update_fields("first text"), "t1")
        with store.write():
            fields = update_fields("second text")
            del fields["key"]
            store.revise_update(update_id, 2, fields, "t2")
        rows = store.db.execute(
            "SELECT revision, text FROM update_revisions WHERE update_id = ? ORDER BY revision",
            [update_id],
        ).fetchall()
        assert rows == [(1, "first text"), (2, "second text")]
        current = store.db.execute(
            "SELECT text, revision, first_seen, last_seen FROM updates"
        ).fetchone()
        assert current == ("second text", 2, "t1", "t2")


def test_source_and_key_are_unique(tmp_path):
    with Store(tmp_path / "salvo.db") as store:
        with store.write():
            store.insert_update("feed", update_fields("x"), "t1")
        with pytest.raises(sqlite3.IntegrityError), store.write():
            store.insert_update("feed", update_fields("y"), "t1")
        with store.write():
            store.insert_update("other-feed", update_fields("y"), "t1")
        assert store.count("updates") == 2
