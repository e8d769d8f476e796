"""The one place that speaks SQL: opening the file, migrations, and every read and write."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from storage.schema import SCHEMA_VERSION, migrations

# Pages of write-ahead log after which a commit copies them into the file (SQLite's default:
# 1,000 pages of 4 KiB).
WAL_CHECKPOINT_PAGES = 10_000


class StorageError(Exception):
    """The database cannot be opened or written; the message is meant for the user."""


class WriteError(StorageError):
    """A write was refused (disk full, read-only file or mount, I/O error) and rolled back whole:
    the file is as it was, and a later write may succeed."""


# SQLite's answers when the file system or the file refuses a write; any other error in a write
# is a bug of ours and keeps its traceback.
_REFUSALS = ("SQLITE_FULL", "SQLITE_READONLY", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_BUSY")


def _refused(exc: BaseException) -> bool:
    name = getattr(exc, "sqlite_errorname", None) or ""
    return isinstance(exc, sqlite3.OperationalError) and name.startswith(_REFUSALS)


def _dicts(cursor: sqlite3.Cursor) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


@dataclass(frozen=True)
class StoredUpdate:
    id: int
    content_hash: str
    revision: int
    entry_hash: str | None


@dataclass(frozen=True)
class ReportRow:
    """The part of a stored report that records are computed from."""

    update_id: int
    attacker: str
    weapon: str
    date: str
    launched: int | None
    destroyed: int | None
    claims_record: bool


class Store:
    """A Salvo database file: WAL mode, migrated on open, one transaction per `write()` block."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.parent.exists():
            raise StorageError(f"cannot open database {self.path}: folder does not exist")
        self.backup: Path | None = None  # the copy taken before an upgrade, if there was one
        if not self.path.exists():
            self._create()
        self.db = self._connect(self.path)
        self._migrate()

    def _create(self) -> None:
        """Build a new file under a temporary name, then link it into place.

        A reader started before the first poll (sqlite3 in a loop, Datasette) then never sees
        a file without tables or still in rollback-journal mode.
        """
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.new")
        try:
            self.db = self._connect(temp)
            try:
                self._migrate()
            finally:
                self.db.close()
            try:
                os.link(temp, self.path)
            except FileExistsError:
                pass  # another process created it first: use theirs
            except OSError as exc:
                raise StorageError(f"cannot create database {self.path}: {exc.strerror}") from exc
        finally:
            for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
                leftover.unlink(missing_ok=True)

    def _connect(self, path: Path) -> Database:
        try:
            conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
            # Readers (sqlite3, Datasette, pandas) must never block the writer, nor it them.
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            conn.execute("PRAGMA busy_timeout=30000")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA synchronous=NORMAL")
            # Checkpoint every ~40 MB of log, not SQLite's 4 MB: a page written by many polls in
            # a row (the search index's, the tables' last leaves) is copied to the file once.
            conn.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
        except sqlite3.DatabaseError as exc:
            # WAL needs to create <file>-wal and -shm beside the file, even to read it.
            hint = "" if os.access(path.parent, os.W_OK) else f" ({path.parent} is read-only)"
            raise StorageError(f"cannot open database {self.path}: {exc}{hint}") from exc
        if mode.lower() != "wal":
            raise StorageError(f"cannot open database {self.path}: WAL mode refused ({mode})")
        return Database(conn)

    def _migrate(self) -> None:
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise StorageError(
                f"database {self.path} has schema version {version}, newer than this Salvo "
                f"knows ({SCHEMA_VERSION}); upgrade Salvo"
            )
        if version == SCHEMA_VERSION and not migrations.pending(self.db):
            return
        if version > 0:
            self.backup = self._backup(version)
        try:
            # All pending migrations in one transaction: an older file is upgraded whole or
            # left as it was (each migration's own transaction becomes a savepoint).
            with self.db.atomic():
                migrations.apply(self.db)
                applied = len(migrations.applied(self.db))
                self.db.execute(f"PRAGMA user_version={applied}")
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"cannot prepare database {self.path}: {exc}") from exc

    def _backup(self, version: int) -> Path:
        """A copy of the file as it was, before an upgrade touches it."""
        target = self.path.with_name(f"{self.path.name}.schema{version}.bak")
        if target.exists():
            target.unlink()
        try:
            self.db.execute("VACUUM INTO ?", [str(target)])
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"cannot back up {self.path} before upgrading it: {exc}") from exc
        return target

    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def write(self) -> Iterator[Store]:
        """One write transaction; IMMEDIATE so a second writer waits instead of failing midway."""
        conn = self.db.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise WriteError(self._refusal(exc)) from exc
        try:
            yield self
        except BaseException as exc:
            self._rollback()
            if _refused(exc):
                raise WriteError(self._refusal(exc)) from exc
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            self._rollback()
            raise WriteError(self._refusal(exc)) from exc

    @contextmanager
    def dry_run(self) -> Iterator[Store]:
        """A write transaction that is always rolled back: every step runs, nothing is kept."""
        try:
            self.db.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise WriteError(self._refusal(exc)) from exc
        try:
            yield self
        except BaseException as exc:
            if _refused(exc):
                raise WriteError(self._refusal(exc)) from exc
            raise
        finally:
            self._rollback()

    def _rollback(self) -> None:
        # SQLite itself rolls back on some errors (a full disk); a second ROLLBACK would raise
        # "no transaction is active" and hide the real error.
        if self.db.conn.in_transaction:
            self.db.conn.execute("ROLLBACK")

    def _refusal(self, exc: BaseException) -> str:
        return f"cannot write to {self.path}: {exc} (nothing of this write was stored)"

    def check_writable(self) -> None:
        """Raise WriteError now, not at the first poll, if this file refuses writes."""
        version = self.schema_version()
        with self.dry_run():
            self.db.execute(f"PRAGMA user_version={version}")

    # updates

    def update_state(self, source: str, key: str) -> StoredUpdate | None:
        row = self.db.execute(
            "SELECT id, content_hash, revision, entry_hash FROM updates"
            " WHERE source = ? AND key = ?",
            [source, key],
        ).fetchone()
        return StoredUpdate(*row) if row else None

    def has_source(self, source: str) -> bool:
        row = self.db.execute("SELECT 1 FROM updates WHERE source = ? LIMIT 1", [source])
        return row.fetchone() is not None

    def known_entries(self, source: str) -> dict[str, str | None]:
        """Feed entry keys already stored for a source, with their entry fingerprints."""
        rows = self.db.execute("SELECT key, entry_hash FROM updates WHERE source = ?", [source])
        return dict(rows.fetchall())

    def insert_update(self, source: str, fields: dict[str, Any], now: str) -> int:
        row = {
            **fields,
            "source": source,
            "first_seen": now,
            "last_seen": now,
            "revision": 1,
        }
        cursor = self.db.execute(
            f"INSERT INTO updates ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        update_id = int(cursor.lastrowid)
        self._keep_revision(update_id, 1, fields, now)
        return update_id

    def revise_update(
        self, update_id: int, revision: int, fields: dict[str, Any], now: str
    ) -> None:
        assignments = ", ".join(f"{name} = ?" for name in fields)
        self.db.execute(
            f"UPDATE updates SET {assignments}, revision = ?, last_seen = ? WHERE id = ?",
            [*fields.values(), revision, now, update_id],
        )
        self._keep_revision(update_id, revision, fields, now)

    def _keep_revision(
        self, update_id: int, revision: int, fields: dict[str, Any], now: str
    ) -> None:
        self.db.execute(
            "INSERT INTO update_revisions (update_id, revision, title, text, content_hash, seen_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [update_id, revision, fields.get("title"), fields["text"], fields["content_hash"], now],
        )

    def touch_update(
        self,
        update_id: int,
        now: str,
        entry_hash: str | None = None,
        views: int | None = None,
        edited: bool = False,
    ) -> None:
        """Seen again, unchanged: a channel message's views and edited mark still move."""
        self.db.execute(
            "UPDATE updates SET last_seen = ?, entry_hash = coalesce(?, entry_hash),"
            " views = coalesce(?, views), edited = max(edited, ?) WHERE id = ?",
            [now, entry_hash, views, int(edited), update_id],
        )

    def touch_entries(self, source: str, keys: Iterable[str], now: str) -> None:
        """Mark feed entries that were listed again but not refetched as seen."""
        self.db.conn.executemany(
            "UPDATE updates SET last_seen = ? WHERE source = ? AND key = ?",
            [(now, source, key) for key in keys],
        )

    def mark_gone(
        self, source: str, kinds: set[str], present: list[str], since: str, now: str
    ) -> int:
        """Mark gone the items of these kinds published since `since` that are not `present`;
        clear the mark of those present again. Returns how many became gone."""
        kind_marks = ", ".join("?" * len(kinds))
        key_marks = ", ".join("?" * len(present))
        self.db.execute(
            f"UPDATE updates SET gone_at = NULL WHERE source = ? AND key IN ({key_marks})"
            " AND gone_at IS NOT NULL",
            [source, *present],
        )
        cursor = self.db.execute(
            f"UPDATE updates SET gone_at = ? WHERE source = ? AND kind IN ({kind_marks})"
            f" AND published >= ? AND gone_at IS NULL AND key NOT IN ({key_marks})",
            [now, source, *kinds, since, *present],
        )
        return cursor.rowcount

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Updates matching a full-text query, best first; the query is quoted, never parsed."""
        # Each word an FTS5 string, its quotes doubled: sqlite-utils' quote=True let a lone `"`
        # through as an empty query, which FTS5 refuses with a syntax error.
        words = " ".join('"' + word.replace('"', '""') + '"' for word in query.split())
        if not words:
            return []
        columns = ["id", "source", "kind", "title", "url", "published", "first_seen"]
        rows = self.db["updates"].search(words, columns=columns, limit=limit, quote=False)
        return list(rows)

    def series_points(self, attacker: str, weapon: str) -> list[tuple[str, int]]:
        """(date, value) of every attack in one series, oldest first (from the attacks view)."""
        column = {"drone": "drones", "missile": "missiles", "total": "total"}[weapon]
        rows = self.db.execute(
            f"SELECT date, {column} FROM attacks WHERE attacker = ? AND {column} IS NOT NULL"
            " ORDER BY date",
            [attacker],
        )
        return [(row[0], int(row[1])) for row in rows.fetchall()]

    def record_points(self, attacker: str, weapon: str) -> list[tuple[str, int]]:
        rows = self.db.execute(
            "SELECT date, value FROM alerts WHERE kind = 'record' AND status = 'active'"
            " AND attacker = ? AND weapon = ? ORDER BY date",
            [attacker, weapon],
        )
        return [(row[0], int(row[1])) for row in rows.fetchall()]

    def view_rows(self, name: str) -> tuple[list[str], Iterator[tuple]]:
        """Column names and rows of a table or view, streamed (for exports)."""
        cursor = self.db.execute(f"SELECT * FROM [{self._relation(name)}]")
        return [d[0] for d in cursor.description], iter(cursor)

    def update_url(self, update_id: int) -> str | None:
        row = self.db.execute("SELECT url FROM updates WHERE id = ?", [update_id]).fetchone()
        return row[0] if row else None

    def _relation(self, name: str) -> str:
        """A table or view name checked against the live schema: safe to put in SQL."""
        if name not in self.db.table_names() + self.db.view_names():
            raise StorageError(f"no table or view named {name!r}")
        return name

    def count(self, table: str) -> int:
        return int(self.db.execute(f"SELECT count(*) FROM [{self._relation(table)}]").fetchone()[0])

    # near-duplicates

    def replace_fingerprint(
        self,
        update_id: int,
        signature: bytes | None,
        bands: Sequence[int],
        day: str,
        fresh: bool = False,
    ) -> None:
        """An update's MinHash signature and LSH bands, replacing those of its older text
        (`fresh`: the update was inserted in this transaction, it has none to replace)."""
        if not fresh:
            self.db.execute("DELETE FROM fingerprint_bands WHERE update_id = ?", [update_id])
            self.db.execute("DELETE FROM fingerprints WHERE update_id = ?", [update_id])
        if signature is None:
            return
        self.db.execute(
            "INSERT INTO fingerprints (update_id, signature, day) VALUES (?, ?, ?)",
            [update_id, signature, day],
        )
        self.db.conn.executemany(
            "INSERT INTO fingerprint_bands (band, update_id, day) VALUES (?, ?, ?)",
            [(band, update_id, day) for band in bands],
        )

    def near_candidates(
        self,
        update_id: int,
        source: str,
        bands: Sequence[int],
        day: str,
        days: int = 2,
        limit: int = 20,
    ) -> list[tuple[int, int | None, bytes]]:
        """Earlier updates of other sources, dated within `days` of `day`, sharing an LSH band:
        (id, duplicate_of, signature), the `limit` sharing most bands. Bounded: texts written
        to one template share bands by the hundred."""
        marks = ", ".join("?" * len(bands))
        # (band, day) is indexed: only the rows of the days around `day` are read.
        rows = self.db.execute(
            "SELECT updates.id, updates.duplicate_of, fingerprints.signature"
            " FROM (SELECT update_id, count(*) AS shared FROM fingerprint_bands"
            f"       WHERE band IN ({marks}) AND day BETWEEN date(?, ?) AND date(?, ?)"
            "        AND update_id < ? GROUP BY update_id) AS hits"
            " JOIN updates ON updates.id = hits.update_id"
            " JOIN fingerprints ON fingerprints.update_id = hits.update_id"
            " WHERE updates.source != ?"
            " ORDER BY hits.shared DESC, updates.id LIMIT ?",
            [*bands, day, f"-{days} days", day, f"+{days} days", update_id, source, limit],
        )
        return [(row[0], row[1], row[2]) for row in rows.fetchall()]

    def update_opening(self, update_id: int, chars: int) -> str:
        """The first `chars` characters of an update's text ("" for no such update)."""
        row = self.db.execute(
            "SELECT substr(text, 1, ?) FROM updates WHERE id = ?", [chars, update_id]
        ).fetchone()
        return row[0] if row else ""

    def set_duplicate_of(self, update_id: int, original: int | None) -> None:
        self.db.execute("UPDATE updates SET duplicate_of = ? WHERE id = ?", [original, update_id])

    # reports

    def replace_reports(
        self, update_id: int, revision: int, reports: Iterable[dict], fresh: bool = False
    ) -> None:
        """The reports of an update are those read from its latest text (`fresh`: the update
        was inserted in this transaction, it has none to replace)."""
        if not fresh:
            self.db.execute("DELETE FROM reports WHERE update_id = ?", [update_id])
        for report in reports:
            row = {**report, "update_id": update_id, "revision": revision}
            self.db.execute(
                f"INSERT INTO reports ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )

    # The reports records are computed from: one attacker's, dated, of one attack, plausible.
    _RECORDABLE = "attacker = ? AND date IS NOT NULL AND period IS NULL AND implausible = 0"

    def _record_rows(self, condition: str, params: list[Any]) -> list[ReportRow]:
        rows = self.db.execute(
            "SELECT update_id, attacker, weapon, date, launched, destroyed, claims_record"
            f" FROM reports WHERE {self._RECORDABLE} AND {condition}",
            params,
        )
        return [ReportRow(*row[:6], bool(row[6])) for row in rows.fetchall()]

    def report_rows(self, attacker: str, since: str = "") -> list[ReportRow]:
        """Every dated single-attack report of one attacker (dated `since` or later), as
        records are computed from; implausible ones are left out."""
        return self._record_rows("date >= ?", [attacker, since])

    def first_attack_dates(
        self, attacker: str, weapons: Sequence[str], before: str
    ) -> dict[str, str]:
        """Per weapon, the date of the earliest attack before `before` giving a figure for it:
        the series' baselines. (One walk of the (attacker, weapon, date) index per weapon,
        stopped at its first fit: a min() over all weapons at once reads every row.)"""
        firsts = {}
        for weapon in weapons:
            row = self.db.execute(
                f"SELECT date FROM reports WHERE {self._RECORDABLE} AND weapon = ? AND date < ?"
                " AND (launched IS NOT NULL OR destroyed IS NOT NULL) ORDER BY date LIMIT 1",
                [attacker, weapon, before],
            ).fetchone()
            if row is not None:
                firsts[weapon] = row[0]
        return firsts

    def attack_rows(self, attacker: str, day: str) -> list[ReportRow]:
        """The reports of one attacker's attack on one date."""
        return self._record_rows("date = ?", [attacker, day])

    def last_record_before(self, attacker: str, weapon: str, before: str) -> tuple[int, str] | None:
        """The value and date of the newest active record alert of a series before a date."""
        row = self.db.execute(
            "SELECT value, date FROM alerts WHERE kind = 'record' AND attacker = ? AND weapon = ?"
            " AND status = 'active' AND date < ? ORDER BY date DESC LIMIT 1",
            [attacker, weapon, before],
        ).fetchone()
        return (int(row[0]), row[1]) if row else None

    def report_attacks(self, update_id: int) -> set[tuple[str, str | None]]:
        """(attacker, date) of an update's stored reports."""
        rows = self.db.execute(
            "SELECT DISTINCT attacker, date FROM reports WHERE update_id = ?"
            " AND attacker IS NOT NULL",
            [update_id],
        )
        return {(row[0], row[1]) for row in rows.fetchall()}

    def attackers(self) -> list[str]:
        rows = self.db.execute(
            "SELECT DISTINCT attacker FROM reports WHERE attacker IS NOT NULL ORDER BY attacker"
        )
        return [row[0] for row in rows.fetchall()]

    def latest_attack_dates(self) -> dict[str, str]:
        """The newest attack date known per attacker: what arrives older is backfill. An
        implausible date (next year) would make every real attack after it look old."""
        rows = self.db.execute(
            "SELECT attacker, max(date) FROM reports WHERE attacker IS NOT NULL"
            " AND date IS NOT NULL AND period IS NULL AND implausible = 0 GROUP BY attacker"
        )
        return dict(rows.fetchall())

    # alerts

    def alerts_of(
        self, attacker: str, since: str = ""
    ) -> dict[tuple[str, str, str], dict[str, Any]]:
        """Stored alerts of one attacker (dated `since` or later) keyed by (kind, weapon, date)."""
        cursor = self.db.execute(
            "SELECT * FROM alerts WHERE attacker = ? AND date >= ?", [attacker, since]
        )
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        return {(row["kind"], row["weapon"], row["date"]): row for row in rows}

    def insert_alert(self, alert: dict[str, Any]) -> int:
        cursor = self.db.execute(
            f"INSERT INTO alerts ({', '.join(alert)}) VALUES ({', '.join('?' * len(alert))})",
            list(alert.values()),
        )
        return int(cursor.lastrowid)

    def change_alert(self, alert_id: int, changes: dict[str, Any]) -> None:
        assignments = ", ".join(f"{name} = ?" for name in changes)
        self.db.execute(
            f"UPDATE alerts SET {assignments} WHERE id = ?", [*changes.values(), alert_id]
        )

    # source state: validators and health

    def validators(self, source: str) -> tuple[str | None, str | None]:
        row = self.db.execute(
            "SELECT etag, last_modified FROM source_state WHERE source = ?", [source]
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def feed_body_hash(self, source: str) -> str | None:
        """The hash of the feed's bytes at the last poll that stored all its entries."""
        row = self.db.execute(
            "SELECT body_hash FROM source_state WHERE source = ?", [source]
        ).fetchone()
        return row[0] if row else None

    def record_poll(
        self,
        source: str,
        url: str,
        now: str,
        *,
        error: str | None = None,
        not_modified: bool = False,
        new_items: int = 0,
        validators: tuple[str | None, str | None] | None = None,
        body_hash: str | None = None,
    ) -> int:
        """Count a poll of a source; return its consecutive failures after this one.

        `body_hash`: of a feed stored whole; any other poll that read the source forgets the
        last one, so that a feed is never skipped on the word of a poll that missed entries."""
        self.db.execute(
            "INSERT INTO source_state (source, url, polls, not_modified, failures, items_seen)"
            " VALUES (?, ?, 0, 0, 0, 0) ON CONFLICT(source) DO UPDATE SET url = excluded.url",
            [source, url],
        )
        if error is not None:
            self.db.execute(
                "UPDATE source_state SET polls = polls + 1, failures = failures + 1,"
                " last_poll_at = ?, last_error = ?, last_error_at = ? WHERE source = ?",
                [now, error, now, source],
            )
        else:
            self.db.execute(
                "UPDATE source_state SET polls = polls + 1, failures = 0, last_poll_at = ?,"
                " last_success_at = ?, not_modified = not_modified + ?,"
                " items_seen = items_seen + ?,"
                " last_new_at = CASE WHEN ? > 0 THEN ? ELSE last_new_at END WHERE source = ?",
                [now, now, int(not_modified), new_items, new_items, now, source],
            )
        if validators is not None:
            self.db.execute(
                "UPDATE source_state SET etag = ?, last_modified = ? WHERE source = ?",
                [*validators, source],
            )
        if error is None and not not_modified:
            self.db.execute(
                "UPDATE source_state SET body_hash = ? WHERE source = ?", [body_hash, source]
            )
        row = self.db.execute(
            "SELECT failures FROM source_state WHERE source = ?", [source]
        ).fetchone()
        return int(row[0])

    def source_states(self) -> dict[str, dict[str, Any]]:
        rows = _dicts(self.db.execute("SELECT * FROM source_state ORDER BY source"))
        return {row["source"]: row for row in rows}

    def not_before(self, source: str) -> str | None:
        """The time before which a source must not be polled (its last Retry-After), if any."""
        row = self.db.execute(
            "SELECT not_before FROM source_state WHERE source = ?", [source]
        ).fetchone()
        return row[0] if row else None

    def set_not_before(self, source: str, url: str, when: str | None) -> None:
        """Keep (or clear, with None) the end of a source's Retry-After."""
        self.db.execute(
            "INSERT INTO source_state (source, url, polls, not_modified, failures, items_seen,"
            " not_before) VALUES (?, ?, 0, 0, 0, 0, ?)"
            " ON CONFLICT(source) DO UPDATE SET not_before = excluded.not_before",
            [source, url, when],
        )

    # source health: rolling numbers, incidents, pause

    def source_row(self, source: str) -> dict[str, Any] | None:
        """A source's `source_state` row, or None before its first poll."""
        rows = _dicts(self.db.execute("SELECT * FROM source_state WHERE source = ?", [source]))
        return rows[0] if rows else None

    def set_source_health(self, source: str, columns: dict[str, Any]) -> None:
        """Keep a source's rolling health numbers, named by their `source_state` columns."""
        assignments = ", ".join(f"[{name}] = ?" for name in columns)
        self.db.execute(
            f"UPDATE source_state SET {assignments} WHERE source = ?", [*columns.values(), source]
        )

    def set_paused(self, source: str, url: str, paused: bool, now: str) -> bool:
        """Pause or resume a source; whether that changed anything. Resuming forgets its
        failures in a row, so it gets all its tries again before the next pause."""
        self.db.execute(
            "INSERT INTO source_state (source, url, polls, not_modified, failures, items_seen)"
            " VALUES (?, ?, 0, 0, 0, 0) ON CONFLICT(source) DO NOTHING",
            [source, url],
        )
        cursor = self.db.execute(
            "UPDATE source_state SET paused = ?, paused_at = ?,"
            " failures = CASE WHEN ? THEN failures ELSE 0 END WHERE source = ? AND paused != ?",
            [int(paused), now if paused else None, int(paused), source, int(paused)],
        )
        return cursor.rowcount > 0

    def source_health(self) -> dict[str, dict[str, Any]]:
        """The `source_health` view, by source."""
        rows = _dicts(self.db.execute("SELECT * FROM source_health"))
        return {row["source"]: row for row in rows}

    def paused_sources(self) -> set[str]:
        rows = self.db.execute("SELECT source FROM source_state WHERE paused = 1")
        return {row[0] for row in rows.fetchall()}

    def open_source_alerts(self, source: str) -> dict[str, dict[str, Any]]:
        """A source's active `source` alerts, by problem (kept in `weapon`)."""
        rows = _dicts(
            self.db.execute(
                "SELECT * FROM alerts WHERE kind = 'source' AND source = ? AND status = 'active'",
                [source],
            )
        )
        return {row["weapon"]: row for row in rows}

    # deliveries to external notifiers

    def queue_delivery(self, alert_id: int, notifier: str, now: str, event: str = "raised") -> None:
        """Owe a notifier an alert (`raised`), or the end of a source alert (`resolved`)."""
        self.db.execute(
            "INSERT OR IGNORE INTO alert_deliveries (alert_id, notifier, status, attempts,"
            " created_at, event) VALUES (?, ?, 'pending', 0, ?, ?)",
            [alert_id, notifier, now, event],
        )

    def due_deliveries(self, notifiers: Iterable[str], max_attempts: int) -> list[dict[str, Any]]:
        """Deliveries not yet sent to the given notifiers, with the alert they carry."""
        names = list(notifiers)
        if not names:
            return []
        cursor = self.db.execute(
            "SELECT alert_deliveries.id AS delivery_id, alert_deliveries.notifier,"
            " alert_deliveries.attempts, alert_deliveries.last_attempt_at, alerts.*,"
            " alert_deliveries.event, coalesce(updates.url, source_state.url) AS url"
            " FROM alert_deliveries JOIN alerts ON alerts.id = alert_deliveries.alert_id"
            " LEFT JOIN updates ON updates.id = alerts.update_id"
            " LEFT JOIN source_state ON source_state.source = alerts.source"
            f" WHERE alert_deliveries.status != 'sent' AND alert_deliveries.attempts < ?"
            f" AND alert_deliveries.notifier IN ({', '.join('?' * len(names))})"
            " ORDER BY alert_deliveries.id",
            [max_attempts, *names],
        )
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    def record_delivery(self, delivery_id: int, sent: bool, error: str | None, now: str) -> None:
        self.db.execute(
            "UPDATE alert_deliveries SET attempts = attempts + 1, last_attempt_at = ?,"
            " status = ?, sent_at = CASE WHEN ? THEN ? ELSE sent_at END, last_error = ?"
            " WHERE id = ?",
            [now, "sent" if sent else "failed", sent, now, error, delivery_id],
        )

    def list_alerts(self, since: str | None = None) -> list[dict[str, Any]]:
        """Alerts newest first (by attack date, then creation), with the URL of their update."""
        sql = (
            "SELECT alerts.*, coalesce(updates.url, source_state.url) AS url FROM alerts"
            " LEFT JOIN updates ON updates.id = alerts.update_id"
            " LEFT JOIN source_state ON source_state.source = alerts.source"
        )
        params: list[Any] = []
        if since:
            sql += " WHERE alerts.date >= ?"
            params.append(since)
        sql += " ORDER BY alerts.date DESC, alerts.created_at DESC, alerts.id DESC"
        return _dicts(self.db.execute(sql, params))
