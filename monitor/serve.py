"""`salvo serve`: Datasette on the database file, read-only, with titles and canned queries."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

CANNED = {
    "records": {
        "title": "Current records",
        "description": "The record of each series (attacker x drone, missile, total).",
        "sql": "SELECT attacker, weapon, date, value, attacks FROM records_current"
        " ORDER BY attacker, weapon",
    },
    "attacks_by_month": {
        "title": "Attacks by month",
        "description": "Per attacker and month: attacks, and the most drones and missiles.",
        "sql": "SELECT attacker, strftime('%Y-%m', date) AS month, count(*) AS attacks,"
        " max(drones) AS most_drones, max(missiles) AS most_missiles, max(total) AS largest"
        " FROM attacks GROUP BY attacker, month ORDER BY month DESC, attacker",
    },
    "latest_alerts": {
        "title": "Latest alerts",
        "description": "Record and claim alerts, newest first, with the update they came from.",
        "sql": "SELECT alerts.date, alerts.kind, alerts.attacker, alerts.weapon, alerts.value,"
        " alerts.previous, alerts.status, updates.url FROM alerts"
        " LEFT JOIN updates ON updates.id = alerts.update_id"
        " ORDER BY alerts.date DESC, alerts.id DESC LIMIT 100",
    },
}

TABLES = {
    "updates": "One row per feed entry, article, live-blog post or channel message.",
    "update_revisions": "Every text an update has had.",
    "reports": "Attack reports read from the updates.",
    "alerts": "Record, claim and source health alerts; withdrawn and resolved ones are kept.",
    "alert_deliveries": "Alerts pushed to notifiers (names redacted).",
    "source_state": "Per source: conditional-GET validators, health and its rolling numbers.",
    "source_health": "Per source: health in one word, open source alerts, items per poll.",
    "attacks": "One row per attack: best figure per weapon, total, sources.",
    "records_current": "The current record of each series.",
    "latest_updates": "Updates, newest first.",
}


def metadata(database: str) -> dict[str, Any]:
    """Datasette metadata: titles, descriptions, canned queries; the schema doc as source."""
    return {
        "title": "Salvo",
        "description": "Air-attack reports read from news feeds, live blogs and official channels.",
        "source": "Salvo",
        "databases": {
            database: {
                "description": "Schema: docs/schema.md in the Salvo repository.",
                "tables": {name: {"description": text} for name, text in TABLES.items()},
                "queries": CANNED,
            }
        },
    }


def datasette_arguments(db: Path, host: str, port: int, metadata_file: Path) -> list[str]:
    metadata_file.write_text(json.dumps(metadata(db.stem), indent=1), encoding="utf-8")
    return [
        "serve",
        str(db),
        "--host",
        host,
        "--port",
        str(port),
        "--metadata",
        str(metadata_file),
        # Read-only for everyone: no SQL writes, no uploads, whatever plugins are installed.
        "--setting",
        "allow_download",
        "off",
        "--setting",
        "default_allow_sql",
        "on",
    ]
