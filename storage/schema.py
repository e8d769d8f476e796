"""The schema, as an ordered list of migrations. PRAGMA user_version is the number applied."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("salvo")


@migrations()
def m001_initial(db: Database) -> None:
    db["updates"].create(
        {
            "id": int,
            "source": str,
            "url": str,
            "key": str,
            "title": str,
            "text": str,
            "published": str,
            "first_seen": str,
            "last_seen": str,
            "content_hash": str,
            "revision": int,
            "kind": str,
            "entry_hash": str,
        },
        pk="id",
        not_null={"source", "key", "first_seen", "last_seen", "content_hash", "revision"},
    )
    db["updates"].create_index(["source", "key"], unique=True)
    db["updates"].create_index(["published"])

    # Every text an update has had, the current one included: revisions are kept, not overwritten.
    db["update_revisions"].create(
        {
            "id": int,
            "update_id": int,
            "revision": int,
            "title": str,
            "text": str,
            "content_hash": str,
            "seen_at": str,
        },
        pk="id",
        foreign_keys=[("update_id", "updates", "id")],
        not_null={"update_id", "revision", "content_hash", "seen_at"},
    )
    db["update_revisions"].create_index(["update_id", "revision"], unique=True)

    db["reports"].create(
        {
            "id": int,
            "update_id": int,
            "revision": int,
            "attacker": str,
            "target": str,
            "weapon": str,
            "launched": int,
            "destroyed": int,
            "date": str,
            "claims_record": int,
            "source": str,
            "evidence": str,
            "period": str,
        },
        pk="id",
        foreign_keys=[("update_id", "updates", "id")],
        not_null={"update_id", "weapon", "claims_record"},
    )
    db["reports"].create_index(["update_id"])
    db["reports"].create_index(["attacker", "date"])

    db["alerts"].create(
        {
            "id": int,
            "kind": str,
            "attacker": str,
            "weapon": str,
            "date": str,
            "value": int,
            "previous": int,
            "previous_date": str,
            "update_id": int,
            "created_at": str,
            "updated_at": str,
            "status": str,
            "pushed": int,
        },
        pk="id",
        foreign_keys=[("update_id", "updates", "id")],
        not_null={"kind", "weapon", "created_at", "status", "pushed"},
    )
    db["alerts"].create_index(["kind", "attacker", "weapon", "date"], unique=True)
    db["alerts"].create_index(["created_at"])


@migrations()
def m002_alert_deliveries(db: Database) -> None:
    # One row per (alert, external notifier): a failed push is retried after a restart, a
    # delivered one is never sent again. `notifier` is a redacted name, never the secret URL.
    db["alert_deliveries"].create(
        {
            "id": int,
            "alert_id": int,
            "notifier": str,
            "status": str,
            "attempts": int,
            "last_error": str,
            "created_at": str,
            "last_attempt_at": str,
            "sent_at": str,
        },
        pk="id",
        foreign_keys=[("alert_id", "alerts", "id")],
        not_null={"alert_id", "notifier", "status", "attempts", "created_at"},
    )
    db["alert_deliveries"].create_index(["alert_id", "notifier"], unique=True)
    db["alert_deliveries"].create_index(["status"])


@migrations()
def m003_source_state(db: Database) -> None:
    # What the daemon knows of each source between polls: HTTP validators for conditional GET,
    # and health (last success, last error, consecutive failures) for status and back-off.
    db["source_state"].create(
        {
            "source": str,
            "url": str,
            "etag": str,
            "last_modified": str,
            "polls": int,
            "not_modified": int,
            "failures": int,
            "last_poll_at": str,
            "last_success_at": str,
            "last_error": str,
            "last_error_at": str,
            "last_new_at": str,
            "items_seen": int,
        },
        pk="source",
        not_null={"url", "polls", "not_modified", "failures", "items_seen"},
    )


@migrations()
def m004_gone(db: Database) -> None:
    # Posts deleted from a live blog (or messages from a channel) are kept, marked gone.
    db["updates"].add_column("gone_at", str)


ATTACKS_VIEW = """
CREATE VIEW attacks AS
WITH per_attack AS (
    SELECT
        reports.attacker,
        reports.date,
        max(CASE WHEN weapon = 'drone' THEN launched END) AS drones_launched,
        max(CASE WHEN weapon = 'drone' THEN destroyed END) AS drones_destroyed,
        max(CASE WHEN weapon = 'missile' THEN launched END) AS missiles_launched,
        max(CASE WHEN weapon = 'missile' THEN destroyed END) AS missiles_destroyed,
        max(CASE WHEN weapon = 'any' THEN launched END) AS any_launched,
        max(CASE WHEN weapon = 'any' THEN destroyed END) AS any_destroyed,
        max(reports.claims_record) AS claims_record,
        count(*) AS reports,
        count(DISTINCT reports.update_id) AS updates,
        group_concat(DISTINCT updates.source) AS sources
    FROM reports JOIN updates ON updates.id = reports.update_id
    WHERE reports.attacker IS NOT NULL AND reports.date IS NOT NULL AND reports.period IS NULL
    GROUP BY reports.attacker, reports.date
)
SELECT
    *,
    coalesce(drones_launched, drones_destroyed) AS drones,
    coalesce(missiles_launched, missiles_destroyed) AS missiles,
    CASE
        WHEN coalesce(drones_launched, drones_destroyed, missiles_launched, missiles_destroyed,
                      any_launched, any_destroyed) IS NULL THEN NULL
        ELSE max(coalesce(drones_launched, drones_destroyed, 0)
                 + coalesce(missiles_launched, missiles_destroyed, 0),
                 coalesce(any_launched, any_destroyed, 0))
    END AS total
FROM per_attack
"""

RECORDS_CURRENT_VIEW = """
CREATE VIEW records_current AS
WITH series AS (
    SELECT attacker, 'drone' AS weapon, date, drones AS value FROM attacks
    UNION ALL SELECT attacker, 'missile', date, missiles FROM attacks
    UNION ALL SELECT attacker, 'total', date, total FROM attacks
),
ranked AS (
    SELECT *,
        row_number() OVER (PARTITION BY attacker, weapon ORDER BY value DESC, date) AS place,
        count(*) OVER (PARTITION BY attacker, weapon) AS attacks
    FROM series WHERE value IS NOT NULL
)
SELECT attacker, weapon, date, value, attacks FROM ranked WHERE place = 1
"""

LATEST_UPDATES_VIEW = """
CREATE VIEW latest_updates AS
SELECT
    updates.id, updates.source, updates.kind, updates.title, updates.url, updates.published,
    updates.first_seen, updates.last_seen, updates.revision, updates.gone_at,
    (SELECT count(*) FROM reports WHERE reports.update_id = updates.id) AS reports,
    substr(updates.text, 1, 280) AS excerpt
FROM updates
ORDER BY coalesce(updates.published, updates.first_seen) DESC, updates.id DESC
"""


@migrations()
def m005_views_and_search(db: Database) -> None:
    # The common questions as views, so sqlite3, Datasette and pandas users need no joins.
    db.execute(ATTACKS_VIEW)
    db.execute(RECORDS_CURRENT_VIEW)
    db.execute(LATEST_UPDATES_VIEW)
    db["updates"].create_index(["source", "kind", "published"])
    db["reports"].create_index(["attacker", "weapon", "date"])
    # Full-text search over titles and texts, kept in sync by triggers.
    db["updates"].enable_fts(["title", "text"], create_triggers=True)


@migrations()
def m006_not_before(db: Database) -> None:
    # A server's Retry-After (429/503): the source is not polled before this time, restart or not.
    db["source_state"].add_column("not_before", str)


# m007: the views leave out implausible reports (a misread figure, a date to come).
ATTACKS_VIEW_7 = ATTACKS_VIEW.replace(
    "AND reports.period IS NULL", "AND reports.period IS NULL AND reports.implausible = 0"
)


@migrations()
def m007_implausible(db: Database) -> None:
    # Reports whose figures or date cannot be true are kept, marked, and judged no further.
    db["reports"].add_column("implausible", int, not_null_default=0)
    # Reports stored before this migration are judged once by the same rule as new ones.
    from monitor.plausible import implausible

    today = datetime.now(UTC).date()
    columns = "id, weapon, launched, destroyed, date, period"
    flagged = [
        row[0]
        for row in db.execute(f"SELECT {columns} FROM reports").fetchall()
        if implausible(SimpleNamespace(**dict(zip(columns.split(", "), row, strict=True))), today)
    ]
    db.conn.executemany("UPDATE reports SET implausible = 1 WHERE id = ?", [(i,) for i in flagged])
    # records_current reads attacks: both are made again, in dependency order.
    db.execute("DROP VIEW records_current")
    db.execute("DROP VIEW attacks")
    db.execute(ATTACKS_VIEW_7)
    db.execute(RECORDS_CURRENT_VIEW)


@migrations()
def m008_language_duplicates_channels(db: Database) -> None:
    # Per update: its language, the earlier update of another source it nearly repeats (the
    # same wire report rewritten), and what a Telegram channel shows of a message.
    db["updates"].add_column("lang", str)
    db["updates"].add_column("duplicate_of", "INTEGER")
    db["updates"].add_column("views", "INTEGER")
    db["updates"].add_column("edited", "INTEGER", not_null_default=0)
    db["updates"].add_column("forwarded_from", str)
    db["updates"].create_index(["duplicate_of"])
    # MinHash signatures and their LSH bands: candidates for near-duplicates are found by an
    # index lookup per band, not by comparing a text with every other.
    db["fingerprints"].create(
        {"update_id": int, "signature": bytes, "day": str},
        pk="update_id",
        foreign_keys=[("update_id", "updates", "id")],
        not_null={"signature", "day"},
    )
    db["fingerprints"].create_index(["day"])
    db["fingerprint_bands"].create(
        {"band": int, "update_id": int},
        foreign_keys=[("update_id", "updates", "id")],
        not_null={"band", "update_id"},
    )
    db["fingerprint_bands"].create_index(["band"])
    db["fingerprint_bands"].create_index(["update_id"])


SOURCE_HEALTH_VIEW = """
CREATE VIEW source_health AS
SELECT
    source_state.source,
    source_state.url,
    CASE
        WHEN source_state.paused = 1 THEN 'paused'
        WHEN source_state.failures > 0 THEN 'failing'
        WHEN open.problems IS NOT NULL THEN 'warning'
        WHEN source_state.last_success_at IS NULL THEN 'never polled'
        ELSE 'ok'
    END AS health,
    open.problems,
    source_state.polls,
    source_state.failures,
    source_state.last_success_at,
    source_state.last_error,
    source_state.last_new_at,
    source_state.items_seen,
    source_state.found_last,
    round(source_state.found_avg, 1) AS found_avg,
    round(source_state.new_avg, 2) AS new_avg,
    source_state.reports_seen,
    source_state.last_report_at,
    source_state.interval,
    source_state.paused_at
FROM source_state
LEFT JOIN (
    SELECT source, group_concat(weapon, ',') AS problems FROM alerts
    WHERE kind = 'source' AND status = 'active' GROUP BY source
) AS open ON open.source = source_state.source
"""


@migrations()
def m009_source_health(db: Database) -> None:
    # Rolling health per source: items found per poll (a sudden drop means the markup changed),
    # the pace of new items (quiet), reports read (the reader still understands it), a pause
    # after too many failures, and an adaptive source's current interval.
    state = db["source_state"]
    state.add_column("paused", int, not_null_default=0)
    state.add_column("paused_at", str)
    state.add_column("found_last", int)
    state.add_column("found_avg", float)
    state.add_column("found_polls", int, not_null_default=0)
    state.add_column("new_avg", float)
    state.add_column("recent_new", str)
    state.add_column("reports_seen", int, not_null_default=0)
    state.add_column("new_since_report", int, not_null_default=0)
    state.add_column("last_report_at", str)
    state.add_column("interval", int)
    # A `source` alert: one per incident, `resolved` when it ends.
    db["alerts"].add_column("source", str)
    db["alerts"].add_column("message", str)
    db["alerts"].add_column("resolved_at", str)
    db["alerts"].create_index(["kind", "source", "status"])
    # A source alert is delivered twice: when it is raised and when it is resolved.
    db["alert_deliveries"].add_column("event", str, not_null_default="raised")
    db.execute("DROP INDEX idx_alert_deliveries_alert_id_notifier")
    db["alert_deliveries"].create_index(["alert_id", "notifier", "event"], unique=True)
    db.execute(SOURCE_HEALTH_VIEW)


@migrations()
def m010_search_index_on_text_changes(db: Database) -> None:
    # sqlite-utils' trigger rewrote a row's search index on every UPDATE, so each poll that
    # only marked 500 unchanged posts seen re-indexed 500 texts. Now only a new title or text
    # does.
    db.execute("DROP TRIGGER IF EXISTS updates_au")
    db.execute(
        """
        CREATE TRIGGER updates_au AFTER UPDATE OF title, text ON updates BEGIN
          INSERT INTO updates_fts (updates_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
          INSERT INTO updates_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END
        """
    )


@migrations()
def m011_bands_by_day(db: Database) -> None:
    # A band lookup read every earlier update sharing the band, then kept those within two days
    # of the new one: a year of daily Air Force summaries in one template is hundreds of rows
    # per band. The day is now in the band's row and its index, and the lookup reads only those.
    db["fingerprint_bands"].add_column("day", str)
    db.execute(
        "UPDATE fingerprint_bands SET day ="
        " (SELECT day FROM fingerprints WHERE fingerprints.update_id = fingerprint_bands.update_id)"
    )
    db.execute("DROP INDEX IF EXISTS idx_fingerprint_bands_band")
    db["fingerprint_bands"].create_index(["band", "day"])


@migrations()
def m012_feed_body_hash(db: Database) -> None:
    # Many servers send no ETag nor Last-Modified: a feed whose bytes are those of the last
    # poll that stored all its entries is not parsed again.
    db["source_state"].add_column("body_hash", str)


@migrations()
def m013_signatures_without_sha1(db: Database) -> None:
    # Shingles are now hashed all at once in numpy, not by one SHA-1 call each: the signatures
    # stored before are of the other hash and would never match a new one. Each is made again
    # from its update's text (its day kept), so that a new telling still finds the old ones.
    from monitor.similar import bands, signature

    db.execute("DELETE FROM fingerprint_bands")
    last = -1
    # A thousand at a time, by id: the rows read are never those being rewritten.
    while chunk := db.execute(
        "SELECT fingerprints.update_id, fingerprints.day, updates.text FROM fingerprints"
        " JOIN updates ON updates.id = fingerprints.update_id"
        " WHERE fingerprints.update_id > ? ORDER BY fingerprints.update_id LIMIT 1000",
        [last],
    ).fetchall():
        last = chunk[-1][0]
        resigned = [(update_id, day, signature(text or "")) for update_id, day, text in chunk]
        signed = [(update_id, day, sig) for update_id, day, sig in resigned if sig is not None]
        # None is not expected (the words are read as they were then), but is not kept.
        db.conn.executemany(
            "DELETE FROM fingerprints WHERE update_id = ?",
            [(update_id,) for update_id, _, sig in resigned if sig is None],
        )
        db.conn.executemany(
            "UPDATE fingerprints SET signature = ? WHERE update_id = ?",
            [(sig, update_id) for update_id, _, sig in signed],
        )
        db.conn.executemany(
            "INSERT INTO fingerprint_bands (band, update_id, day) VALUES (?, ?, ?)",
            [(band, update_id, day) for update_id, day, sig in signed for band in bands(sig)],
        )


@migrations()
def m014_search_index_merges(db: Database) -> None:
    # FTS5 merges the index's segments as each commit adds one: from 4 of a level by default,
    # here from 16, so that a text's postings are rewritten fewer times as the index grows.
    db.execute("INSERT INTO updates_fts (updates_fts, rank) VALUES ('automerge', 16)")


@migrations()
def m015_bands_index_covers_lookup(db: Database) -> None:
    # The band lookup wants each row's update_id: in the index, it is read from the index
    # alone, not from the table row by row (a lookup 0.22 -> 0.17 ms on the benchmark's 3,200
    # texts; the index built again at ~1 s per million band rows).
    db.execute("DROP INDEX IF EXISTS idx_fingerprint_bands_band_day")
    db["fingerprint_bands"].create_index(["band", "day", "update_id"])


# One more with each migration above; a test checks it against what apply() records.
SCHEMA_VERSION = 15
