"""End to end through the `salvo` command: real HTTP on 127.0.0.1, real Scrapy, real SQLite."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT, rows

WIRE = "/wire/feed.rss.xml"
DIRECT = "/direct/atom.xml"


def reports_of(db: Path, url_part: str) -> set[tuple]:
    return set(
        rows(
            db,
            "SELECT attacker, weapon, launched, destroyed, date FROM reports"
            " JOIN updates ON updates.id = reports.update_id WHERE updates.url LIKE ?",
            f"%{url_part}%",
        )
    )


def no_traceback(result) -> None:
    assert "Traceback" not in result.stderr, result.stderr


def test_poll_stores_each_entry_with_its_reports(site, salvo):
    result = salvo("poll", site.base_url + WIRE)
    assert result.returncode == 0, result.stderr
    assert f"{site.base_url}{WIRE}: 2 fetched, 2 new, 0 revised" in result.stdout
    updates = rows(
        salvo.db, "SELECT source, key, title, published, revision, text, kind FROM updates"
    )
    assert {u[1] for u in updates} == {"kyiv-wire-1001", "kyiv-wire-1002"}
    attack = next(u for u in updates if u[1] == "kyiv-wire-1001")
    assert attack[0] == site.base_url + WIRE
    assert attack[2] == "Russia launches 120 drones at Ukraine overnight"
    assert attack[3] == "2025-06-01T06:30:00+00:00"
    assert attack[4] == 1
    assert attack[6] == "feed-entry"
    assert attack[5].startswith("Russia launched 120 drones and four missiles")
    assert "Related stories" not in attack[5] and "Sign up" not in attack[5]
    assert reports_of(salvo.db, "overnight-attack") == {
        ("RU", "drone", 120, 98, "2025-06-01"),
        ("RU", "missile", 4, 2, "2025-06-01"),
    }
    assert reports_of(salvo.db, "grain-talks") == set()
    # The first attack of a series is its baseline: nothing to alert yet.
    assert rows(salvo.db, "SELECT count(*) FROM alerts") == [(0,)]


def test_second_poll_adds_nothing_and_fetches_no_page(site, salvo):
    assert salvo("poll", site.base_url + WIRE).returncode == 0
    before = rows(salvo.db, "SELECT id, revision, content_hash FROM updates ORDER BY id")
    page_hits = site.requests.count("/wire/2025/06/01/overnight-attack.html")
    again = salvo("poll", site.base_url + WIRE)
    assert again.returncode == 0, again.stderr
    assert "0 new, 0 revised, 2 unchanged, 0 reports, 0 alerts" in again.stdout
    assert rows(salvo.db, "SELECT id, revision, content_hash FROM updates ORDER BY id") == before
    assert site.requests.count("/wire/2025/06/01/overnight-attack.html") == page_hits
    assert rows(salvo.db, "SELECT count(*) FROM update_revisions") == [(2,)]


def test_changed_entry_is_revision_two_and_record_is_alerted(site, salvo):
    assert salvo("poll", site.base_url + WIRE).returncode == 0
    site.advance()
    result = salvo("poll", site.base_url + WIRE)
    assert result.returncode == 0, result.stderr
    assert "1 new, 1 revised, 1 unchanged" in result.stdout
    (revision,) = rows(salvo.db, "SELECT id, revision FROM updates WHERE key = 'kyiv-wire-1001'")
    texts = rows(
        salvo.db,
        "SELECT revision, text FROM update_revisions WHERE update_id = ? ORDER BY revision",
        revision[0],
    )
    assert revision[1] == 2 and [t[0] for t in texts] == [1, 2]
    assert "shot down 98 drones" in texts[0][1] and "shot down 104 drones" in texts[1][1]
    assert reports_of(salvo.db, "overnight-attack") == {
        ("RU", "drone", 120, 104, "2025-06-01"),
        ("RU", "missile", 4, 3, "2025-06-01"),
    }
    # 310 drones on 2 June beats the 120 of 1 June, and the article calls it the largest.
    alerts = rows(
        salvo.db, "SELECT kind, attacker, weapon, date, value, previous, status FROM alerts"
    )
    assert set(alerts) == {
        ("record", "RU", "drone", "2025-06-02", 310, 120, "active"),
        ("record", "RU", "missile", "2025-06-02", 7, 4, "active"),
        ("record", "RU", "total", "2025-06-02", 317, 124, "active"),
        ("claim", "RU", "total", "2025-06-02", 317, None, "active"),
    }
    assert "RECORD RU drones: 310 on 2025-06-02, previous record 120 on 2025-06-01" in (
        result.stdout
    )
    third = salvo("poll", site.base_url + WIRE)
    assert "0 new, 0 revised, 3 unchanged, 0 reports, 0 alerts" in third.stdout
    assert len(rows(salvo.db, "SELECT id FROM alerts")) == 4

    listed = salvo("alerts", "--json")
    assert listed.returncode == 0, listed.stderr
    records = json.loads(listed.stdout)
    assert {(a["kind"], a["weapon"]) for a in records} == {
        ("record", "drone"),
        ("record", "missile"),
        ("record", "total"),
        ("claim", "total"),
    }
    assert all(a["url"].endswith("/wire/2025/06/02/largest-attack.html") for a in records)
    import feedparser

    atom = feedparser.parse(salvo("alerts", "--atom").stdout)
    assert not atom.bozo and atom.version == "atom10"
    assert len(atom.entries) == 4
    assert {entry.link for entry in atom.entries} == {records[0]["url"]}
    assert any(entry.title.startswith("RECORD RU drones: 310") for entry in atom.entries)
    table = salvo("alerts", "--since", "2025-06-02")
    assert table.stdout.count("\n") == 4 and "CLAIM  RU attack of 2025-06-02" in table.stdout


def test_poll_atom_feed(site, salvo):
    result = salvo("poll", site.base_url + DIRECT)
    assert result.returncode == 0, result.stderr
    assert reports_of(salvo.db, "nuit-de-frappes") == {
        ("RU", "drone", 118, 96, "2025-06-01"),
        ("RU", "missile", 4, 2, "2025-06-01"),
    }


def test_crawl_page_is_one_update(site, salvo):
    url = site.base_url + "/direct/2025/06/01/nuit-de-frappes.html"
    result = salvo("crawl", url)
    assert result.returncode == 0, result.stderr
    assert "1 fetched, 1 new" in result.stdout
    (update,) = rows(salvo.db, "SELECT source, key, url, title, published, kind FROM updates")
    assert update == (url, url, url, "Nuit de frappes russes sur l’Ukraine", "2025-06-01", "page")
    again = salvo("crawl", url)
    assert "0 new, 0 revised, 1 unchanged" in again.stdout


def test_scrapy_crawl_from_project_root(site, tmp_path):
    db = tmp_path / "scrapy.db"
    url = site.base_url + "/direct/2025/06/01/nuit-de-frappes.html"
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "liveblog", "-a", f"url={url}"],
        cwd=ROOT,
        env={**os.environ, "SALVO_DB": str(db)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "1 new" in result.stdout
    assert rows(db, "SELECT url FROM updates") == [(url,)]
    assert reports_of(db, "nuit-de-frappes")


def test_extract_seed_page_gives_the_expected_reports(salvo):
    expected = json.loads((FIXTURES / "seed-expected.json").read_text())["expected"]
    result = salvo("extract", str(FIXTURES / "seed-article.html"))
    assert result.returncode == 0, result.stderr
    reports = json.loads(result.stdout)["reports"]
    fields = ("attacker", "target", "weapon", "launched", "destroyed", "date", "claims_record")
    got = sorted(tuple(r[f] for f in fields) for r in reports)
    assert got == sorted(tuple(e[f] for f in fields) for e in expected)
    for report in reports:
        assert set(report) >= {*fields, "source", "evidence", "period"}
        assert report["evidence"]
    assert not salvo.db.exists()  # extract stores nothing


def test_extract_plain_text_from_stdin(salvo):
    text = "La Russie a lancé 40 drones et deux missiles cette nuit, selon l'armée de l'air."
    result = salvo("extract", "-", "--published", "2025-07-04", input=text)
    assert result.returncode == 0, result.stderr
    (report_a, report_b) = sorted(json.loads(result.stdout)["reports"], key=lambda r: r["weapon"])
    assert (report_a["weapon"], report_a["launched"], report_a["date"]) == (
        "drone",
        40,
        "2025-07-04",
    )
    assert (report_b["weapon"], report_b["launched"]) == ("missile", 2)


def test_extract_says_when_the_screen_drops_what_the_rules_read(salvo):
    text = (
        "Six months of the drone war in numbers\n\nBetween May and October, Russia fired more"
        " than 30,000 Shahed-type drones at Ukraine, according to our tally of air force"
        " statements. The busiest night came in September, when more than 800 drones were launched."
    )
    screened = salvo("extract", "-", "--published", "2026-11-02", input=text)
    assert screened.returncode == 0, screened.stderr
    assert json.loads(screened.stdout) == {"reports": []}
    assert "--no-screen" in screened.stderr
    unscreened = salvo("extract", "-", "--published", "2026-11-02", "--no-screen", input=text)
    assert unscreened.returncode == 0, unscreened.stderr
    assert [r["weapon"] for r in json.loads(unscreened.stdout)["reports"]] == ["drone"]
    assert unscreened.stderr == ""


def test_extract_url(site, salvo):
    result = salvo("extract", site.base_url + "/wire/2025/06/01/overnight-attack.html")
    assert result.returncode == 0, result.stderr
    weapons = {r["weapon"]: r for r in json.loads(result.stdout)["reports"]}
    assert weapons["drone"]["launched"] == 120 and weapons["drone"]["date"] == "2025-06-01"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (lambda base: ["poll", base + "/missing.xml"], "HTTP 404"),
        (lambda base: ["poll", base + "/not-a-feed.html"], "is not an RSS or Atom feed"),
        (lambda base: ["poll", f"http://127.0.0.1:{free_port()}/feed.xml"], "connection refused"),
        (lambda base: ["crawl", base + "/missing.html"], "HTTP 404"),
        (lambda base: ["crawl", base + "/binary.bin"], "not a text page"),
        (lambda base: ["extract", "/no/such/file.html"], "no such file"),
        (lambda base: ["poll", "ftp://example.org/feed"], "is not an http(s) URL"),
    ],
)
def test_errors_are_one_line_and_touch_no_database(site, salvo, args, message):
    result = salvo(*args(site.base_url))
    no_traceback(result)
    assert result.returncode in (1, 2)
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not salvo.db.exists()


def test_failed_poll_leaves_existing_database_unchanged(site, salvo):
    assert salvo("poll", site.base_url + WIRE).returncode == 0

    def dump() -> str:
        conn = sqlite3.connect(salvo.db)
        text = "\n".join(conn.iterdump())
        conn.close()
        return hashlib.sha256(text.encode()).hexdigest()

    before = dump()
    failed = salvo("poll", site.base_url + "/missing.xml")
    assert failed.returncode == 1 and "HTTP 404" in failed.stderr
    assert dump() == before


def test_one_failing_feed_does_not_stop_the_others(site, salvo):
    result = salvo("poll", site.base_url + "/missing.xml", site.base_url + WIRE)
    assert result.returncode == 1
    assert "/missing.xml: HTTP 404" in result.stderr
    assert "2 new" in result.stdout
    assert len(rows(salvo.db, "SELECT id FROM updates")) == 2


def test_every_command_has_help_with_an_example(salvo):
    for command in (
        "poll",
        "crawl",
        "extract",
        "alerts",
        "records",
        "demo",
        "run",
        "sources",
        "status",
        "search",
        "history import",
    ):
        result = salvo(*command.split(), "--help")
        assert result.returncode == 0
        assert "Example" in result.stdout, command


def test_bad_usage_exits_2(salvo):
    result = salvo("alerts", "--since", "yesterday")
    assert result.returncode == 2
    assert "is not a date" in result.stderr


def test_demo_replays_the_corpus_and_raises_the_expected_alerts(salvo):
    expected = json.loads((ROOT / "monitor" / "demo" / "corpus" / "expected.json").read_text())[
        "alerts_after_round"
    ]
    result = salvo("demo", "--round-seconds", "3", db=False, timeout=300)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    db = salvo.workdir / "salvo-demo.db"
    assert f"database: {db.resolve()}" in result.stdout
    # The daemon's own lines: polls, rounds published, and the alerts as they come.
    assert "watching 2 sources: kyiv-wire, le-direct" in result.stdout
    assert "replay: round 3/3 published (9 July)" in result.stdout
    assert "poll noticias: 1 fetched, 1 new" in result.stdout
    assert "RECORD RU drones: 728 on 2025-07-09, previous record 539 on 2025-07-04" in result.stdout
    got = set(
        rows(
            db,
            "SELECT kind, attacker, weapon, date, value, previous FROM alerts"
            " WHERE status = 'active'",
        )
    )
    final = expected[str(len(expected) - 1)]
    assert got == {
        (a["kind"], a["attacker"], a["weapon"], a["date"], a["value"], a["previous"]) for a in final
    }
    salvo.db = db
    held = json.loads(salvo("records", "--json").stdout)
    assert {(r["attacker"], r["weapon"], r["value"], r["date"]) for r in held} == {
        ("RU", "drone", 728, "2025-07-09"),
        ("RU", "missile", 60, "2025-06-29"),
        ("RU", "total", 741, "2025-07-09"),
        ("UA", "drone", 117, "2025-06-01"),
        ("UA", "total", 117, "2025-06-01"),
    }
    # Run again: a fresh database, the same story.
    again = salvo("demo", "--round-seconds", "3", db=False, timeout=300)
    assert again.returncode == 0
    assert len(rows(db, "SELECT id FROM alerts")) == len(final)


def test_extract_reads_a_cp1251_page(salvo, tmp_path):
    page = (
        '<html><head><meta charset="windows-1251"><title>ПВО</title></head><body><article>'
        "<p>Минобороны России заявило, что за ночь дежурные средства ПВО перехватили и уничтожили"
        " 41 украинский беспилотник, в том числе 12 над Белгородской областью.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "cp1251.html"
    path.write_bytes(page.encode("cp1251"))
    result = salvo("extract", str(path), "--published", "2025-06-01")
    assert result.returncode == 0, result.stderr
    (report,) = json.loads(result.stdout)["reports"]
    assert (report["attacker"], report["weapon"], report["destroyed"]) == ("UA", "drone", 41)


@pytest.mark.parametrize(
    ("make_db", "message"),
    [
        (lambda tmp: tmp / "missing" / "salvo.db", "folder does not exist"),
        (lambda tmp: _text_file(tmp / "notes.db"), "file is not a database"),
    ],
)
def test_unusable_database_is_one_line(site, salvo, tmp_path, make_db, message):
    salvo.db = make_db(tmp_path)
    before = salvo.db.read_bytes() if salvo.db.exists() else None
    result = salvo("poll", site.base_url + WIRE)
    no_traceback(result)
    assert result.returncode == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    if before is not None:
        assert salvo.db.read_bytes() == before


def _text_file(path: Path) -> Path:
    path.write_text("my notes, not a database\n" * 50)
    return path


def test_search_finds_updates_by_their_words(site, salvo):
    assert salvo("poll", site.base_url + WIRE).returncode == 0
    result = salvo("search", "Istanbul shipping", "--json")
    assert result.returncode == 0, result.stderr
    (hit,) = json.loads(result.stdout)
    assert hit["url"].endswith("/wire/2025/06/01/grain-talks.html")
    assert salvo("search", "nothing-like-this").stdout.strip() == "no match"
    table = salvo("search", "drones")
    assert "Russia launches 120 drones at Ukraine overnight" in table.stdout


def test_check_dry_runs_a_source_and_stores_nothing(site, salvo):
    fresh = salvo("check", site.base_url + WIRE)
    assert fresh.returncode == 0, fresh.stderr
    assert "fetched: 4 responses (200 x4)" in fresh.stdout  # robots.txt, the feed, 2 pages
    assert "2 items: 2 new, 0 revised, 0 unchanged" in fresh.stdout
    assert "RU drone: launched 120, destroyed 98, date 2025-06-01" in fresh.stdout
    assert fresh.stdout.rstrip().endswith("nothing was stored")
    assert not salvo.db.exists()

    assert salvo("poll", site.base_url + WIRE).returncode == 0

    def dump() -> str:
        conn = sqlite3.connect(salvo.db)
        text = "\n".join(conn.iterdump())
        conn.close()
        return text

    before = dump()
    site.advance()
    dry = salvo("check", site.base_url + WIRE)
    assert dry.returncode == 0, dry.stderr
    assert "1 new, 1 revised, 1 unchanged" in dry.stdout
    assert "would alert: 4" in dry.stdout
    assert "RECORD RU drones: 310 on 2025-06-02, previous record 120" in dry.stdout
    assert dump() == before
    # The real poll afterwards raises exactly what the check announced.
    real = salvo("poll", site.base_url + WIRE)
    assert "1 new, 1 revised, 1 unchanged, 4 reports, 4 alerts" in real.stdout


def test_check_a_configured_source_by_name(site, salvo, tmp_path):
    (tmp_path / "salvo.toml").write_text(
        f'[[source]]\nname = "direct"\nurl = "{site.base_url}{DIRECT}"\nkind = "feed"\n'
    )
    result = salvo("check", "direct")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"direct: {site.base_url}{DIRECT} (kind feed)")
    unknown = salvo("check", "nope")
    assert unknown.returncode == 1 and "no source named 'nope'" in unknown.stderr
