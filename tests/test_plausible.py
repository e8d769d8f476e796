"""Implausible reports: absurd figures and dates to come are stored, marked, and judged no further.

The rule is a pure function (monitor/plausible.py); the rest runs the real pipeline on real
SQLite files: what is marked never enters a series, an alert, a view or `salvo records`.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlite_utils import Database

from monitor.models import Report
from monitor.pipeline import Ingestor, Outcome
from monitor.plausible import implausible
from storage import Store
from storage.schema import SCHEMA_VERSION, migrations
from tests.conftest import rows
from tests.test_views import report as entry

TODAY = "2025-07-04"


def report(
    weapon: str = "drone",
    launched: int | None = None,
    destroyed: int | None = None,
    date: str | None = TODAY,
    period: str | None = None,
) -> Report:
    return Report("RU", "UA", weapon, launched, destroyed, date, period=period)


@pytest.mark.parametrize(
    ("given", "why"),
    [
        (report(launched=810), None),  # the largest attacks so far are plausible
        (report(launched=5000), None),
        (report(launched=5001), "launched 5001 drone: more than 5000"),
        (report(launched=53900), "launched 53900 drone: more than 5000"),
        (report(destroyed=539_000_000), "destroyed 539000000 drone: more than 5000"),
        (report("missile", launched=1000), None),
        (report("missile", launched=1001), "launched 1001 missile: more than 1000"),
        (report("any", launched=6001), "launched 6001 any: more than 6000"),
        (report(launched=50, destroyed=480), "destroyed 480 drone of 50 launched"),
        (report(launched=300, destroyed=320), None),  # a late count, two sources: it happens
        (report(launched=4, destroyed=12), None),  # within the slack of ten
        (report(launched=1500, period="week"), None),  # a week's total, not one attack
        (report(launched=40_000, period="week"), "launched 40000 drone (week): more than 35000"),
        (report(launched=100_000, period="war"), None),
        (report(launched=539_000_000, period="war"), "launched 539000000 drone (war): more than"),
        (report(launched=300, date="2025-07-05"), None),  # east of UTC it is tomorrow already
        (report(launched=300, date="2025-07-06"), "dated 2025-07-06, after 2025-07-04"),
        (report(launched=300, date="2026-07-04"), "dated 2026-07-04, after 2025-07-04"),
        (report(launched=300, date=None), None),
    ],
)
def test_the_rule(given, why):
    found = implausible(given, TODAY)
    assert (found is None) if why is None else found.startswith(why), found


def test_dates_are_judged_only_against_a_given_today():
    future = report(launched=300, date="2099-01-01")
    assert implausible(future) is None
    assert implausible(future, "2025-07-04T23:59:00+00:00") is not None  # a timestamp will do


@pytest.fixture
def wire(tmp_path):
    """Ingests one entry at a time as source `wire` into tmp_path/salvo.db, the clock stopped on
    the morning of TODAY; returns what each ingest did."""
    now = f"{TODAY}T08:00:00+00:00"
    ingestor = Ingestor(lambda: Store(tmp_path / "salvo.db"), clock=lambda: now)

    def ingest(key: str, day: str, text: str) -> Outcome:
        return ingestor.ingest("wire", "feed", [entry(key, day, text)])

    yield ingest
    ingestor.close()


def test_an_absurd_figure_is_stored_marked_and_sets_no_record(wire, tmp_path):
    wire("a", "2025-07-01", "Russia launched 300 drones overnight.")
    absurd = wire(
        "b", "2025-07-02", "Russia launched 53,900 drones at Ukraine overnight, the largest attack."
    )
    assert absurd.reports == 1 and absurd.alerts == []  # no record, no claim
    # Later, a plausible record: judged against 300, not against the misread 53 900.
    later = wire("c", "2025-07-03", "Russia launched 400 drones overnight.")
    db = tmp_path / "salvo.db"
    stored = rows(db, "SELECT launched, claims_record, implausible FROM reports ORDER BY id")
    assert stored == [(300, 0, 0), (53900, 1, 1), (400, 0, 0)]
    assert [(a["kind"], a["weapon"], a["value"], a["previous"]) for a in later.alerts] == [
        ("record", "drone", 400, 300),
        ("record", "total", 400, 300),
    ]
    assert rows(db, "SELECT kind FROM alerts WHERE date = '2025-07-02'") == []
    # The views agree: no attack on 2 July, the drone record is 400.
    attacks = rows(db, "SELECT date, drones FROM attacks")
    assert attacks == [("2025-07-01", 300), ("2025-07-03", 400)]
    records = dict(rows(db, "SELECT weapon, value FROM records_current"))
    assert records == {"drone": 400, "total": 400}


def test_a_report_dated_next_year_is_kept_and_news_after_it_is_still_news(wire, tmp_path):
    wire("a", "2025-07-01", "Russia launched 300 drones overnight.")
    # A feed entry dated a year ahead: its attack date, read from it, is next year.
    ahead = wire("y", "2026-07-04", "Russia launched 700 drones overnight.")
    assert ahead.new == 1 and ahead.reports == 1 and ahead.alerts == []
    # Today's record is news, pushed live: the future date does not make it look old.
    today = wire("b", TODAY, "Russia launched 500 drones overnight.")
    db = tmp_path / "salvo.db"
    assert rows(db, "SELECT published FROM updates WHERE key = 'y'") == [
        ("2026-07-04T06:30:00+00:00",)
    ]
    assert rows(db, "SELECT date, implausible FROM reports WHERE launched = 700") == [
        ("2026-07-04", 1)
    ]
    assert [(a["weapon"], a["value"], a["pushed"]) for a in today.alerts] == [
        ("drone", 500, 1),
        ("total", 500, 1),
    ]
    # No attack anywhere is dated more than a day ahead of when it was read.
    assert rows(db, "SELECT max(date) FROM attacks") == [(TODAY,)]


def test_extract_says_implausible_only_where_it_applies(salvo):
    text = "Russia launched 53,900 drones and 11 missiles at Ukraine overnight."
    result = salvo("extract", "-", "--published", "2025-07-04", input=text, db=False)
    assert result.returncode == 0, result.stderr
    drone, missile = json.loads(result.stdout)["reports"]
    assert (drone["weapon"], drone["launched"], drone["implausible"]) == ("drone", 53900, True)
    assert missile["weapon"] == "missile" and "implausible" not in missile
    # The design's fields are all there, unchanged.
    assert list(missile) == [
        "attacker", "target", "weapon", "launched", "destroyed", "date", "claims_record",
        "source", "evidence", "period",
    ]  # fmt: skip


def test_records_command_leaves_implausible_reports_out(wire, salvo):
    wire("a", "2025-07-01", "Russia launched 300 drones overnight.")
    wire("b", "2025-07-02", "Russia launched 9,999 drones overnight.")
    listed = json.loads(salvo("records", "--json").stdout)
    assert {(r["weapon"], r["value"], r["attacks"]) for r in listed} == {
        ("drone", 300, 1),
        ("total", 300, 1),
    }


def test_upgrade_marks_reports_stored_before_the_rule(tmp_path):
    path = tmp_path / "old.db"
    db = Database(sqlite3.connect(path))
    migrations.apply(db, stop_before="m007_implausible")
    db.execute(f"PRAGMA user_version={len(migrations.applied(db))}")
    for key, day, drones in (("a", "2025-07-01", 300), ("b", "2025-07-02", 53900)):
        update_id = (
            db["updates"]
            .insert(
                {
                    "source": "wire",
                    "key": key,
                    "text": f"Russia launched {drones} drones overnight.",
                    "first_seen": day,
                    "last_seen": day,
                    "content_hash": key,
                    "revision": 1,
                }
            )
            .last_pk
        )
        db["reports"].insert(
            {
                "update_id": update_id,
                "attacker": "RU",
                "weapon": "drone",
                "launched": drones,
                "date": day,
                "claims_record": 0,
            }
        )
    assert db.execute("SELECT max(drones) FROM attacks").fetchone() == (53900,)
    db.conn.commit()
    db.close()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.db.execute("SELECT launched, implausible FROM reports").fetchall() == [
            (300, 0),
            (53900, 1),
        ]
        assert store.db.execute("SELECT date, drones FROM attacks").fetchall() == [
            ("2025-07-01", 300)
        ]
        assert [(r.date, r.launched) for r in store.report_rows("RU")] == [("2025-07-01", 300)]


def test_poll_of_a_feed_with_an_entry_dated_next_year(salvo):
    """End to end, with the real clock: the entry is stored, its report marked, and today's
    record, polled after it, is still news."""
    from datetime import UTC, datetime, timedelta
    from email.utils import format_datetime
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from threading import Thread
    from zoneinfo import ZoneInfo

    now = datetime.now(UTC)
    entries = {
        "a": (now - timedelta(days=2), 300),
        "y": (now + timedelta(days=365), 700),  # a year ahead
        "b": (now, 500),
    }
    listed = ["a", "y"]

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            key = self.path.strip("/").removesuffix(".html")
            if self.path == "/feed.xml":
                items = "".join(
                    f"<item><title>Attack {k}</title><link>{base}/{k}.html</link>"
                    f'<guid isPermaLink="false">{k}</guid>'
                    f"<pubDate>{format_datetime(entries[k][0])}</pubDate></item>"
                    for k in listed
                )
                body = f'<rss version="2.0"><channel><title>T</title>{items}</channel></rss>'
            elif key in entries:
                body = (
                    f"<html><body><article><h1>Attack {key}</h1><p>Russia launched"
                    f" {entries[key][1]} drones at Ukraine overnight, the Ukrainian Air Force"
                    " said. Air defence units worked through the night in several regions.</p>"
                    "</article></body></html>"
                )
            else:
                body = ""
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    try:
        first = salvo("poll", url)
        assert first.returncode == 0, first.stderr
        listed.append("b")
        second = salvo("poll", url)
        assert second.returncode == 0, second.stderr
    finally:
        server.shutdown()
        server.server_close()
    assert "RECORD" not in first.stdout  # 700, a year ahead, sets nothing
    assert "RECORD RU drones: 500" in second.stdout  # news, pushed
    # An overnight attack is dated by the morning in Kyiv: late in a UTC evening, that is the
    # next day's date.
    kyiv = ZoneInfo("Europe/Kyiv")

    def day_in_kyiv(moment: datetime) -> str:
        return moment.astimezone(kyiv).date().isoformat()

    assert rows(salvo.db, "SELECT date, launched, implausible FROM reports ORDER BY date") == [
        (day_in_kyiv(now - timedelta(days=2)), 300, 0),
        (day_in_kyiv(now), 500, 0),
        (day_in_kyiv(now + timedelta(days=365)), 700, 1),
    ]
    assert rows(salvo.db, "SELECT max(date) FROM attacks") == [(day_in_kyiv(now),)]
