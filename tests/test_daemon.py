"""`salvo run` as a user starts it: a real process, a local server, signals."""

from __future__ import annotations

import json
import signal
import sqlite3
import time

from werkzeug import Response

from monitor.replay import ReplayServer
from tests.conftest import FIXTURES, Background, salvo_command


def config_for(base: str, interval: str = "1s") -> str:
    return f"""
[defaults]
interval = "{interval}"

[[source]]
name = "wire"
url = "{base}/wire/feed.rss.xml"
kind = "feed"

[[source]]
name = "broken"
url = "{base}/missing.xml"
kind = "feed"
"""


def one_source(name: str, url: str, kind: str) -> str:
    """A config of one source polled every second."""
    return f'[[source]]\nname = "{name}"\nurl = "{url}"\nkind = "{kind}"\ninterval = "1s"\n'


def test_daemon_alerts_on_an_item_added_while_it_runs_and_stops_on_sigterm(site, tmp_path):
    interval = 2
    daemon = Background.start(tmp_path, config_for(site.base_url, f"{interval}s"))
    try:
        first = daemon.wait_for("poll wire: 2 fetched, 2 new", timeout=30)
        daemon.wait_for("poll broken: FAILED HTTP 404", timeout=10)
        site.advance()  # the feed gains the 2 June entry: a record
        seen = time.monotonic()
        alert = daemon.wait_for("RECORD RU drones: 310 on 2025-06-02", timeout=15, after=first)
        # Within two poll intervals, plus the jitter (1 s) and the poll's own run on a busy CI
        # machine (3 s allowed).
        assert time.monotonic() - seen < 2 * interval + 1 + 3
        # Unchanged since: the server answers the conditional GET with 304, nothing is parsed.
        not_modified = daemon.wait_for("poll wire: not modified (304)", timeout=15, after=alert)
        feed_hits = site.requests.count("/wire/feed.rss.xml")
        daemon.wait_for("poll wire: not modified (304)", timeout=15, after=not_modified + 1)
        time.sleep(4)  # a few more polls, while the failing source backs off
        code = daemon.stop(signal.SIGTERM)
    finally:
        daemon.close()
    stderr = daemon.stderr
    assert code == 0, stderr
    assert daemon.stop_seconds < 10
    assert "Traceback" not in stderr
    assert daemon.lines[-1].startswith("stopped after")
    conn = sqlite3.connect(daemon.db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    sources = {row[0] for row in conn.execute("SELECT DISTINCT source FROM updates")}
    assert sources == {"wire"}  # the configured name, not the URL
    alerts = conn.execute("SELECT kind, weapon, date FROM alerts WHERE status = 'active'")
    assert ("record", "drone", "2025-06-02") in set(alerts.fetchall())
    # Each alert was pushed once, however many polls saw the entry again.
    assert sum("RECORD RU drones: 310" in line for line in daemon.lines) == 1
    assert site.requests.count("/wire/feed.rss.xml") > feed_hits
    health = {
        row[0]: row[1:]
        for row in conn.execute(
            "SELECT source, polls, not_modified, failures, last_error FROM source_state"
        )
    }
    assert health["wire"][1] >= 2 and health["wire"][2] == 0
    assert health["broken"][2] == health["broken"][0] >= 2 and health["broken"][3] == "HTTP 404"
    # Backing off: each wait between the failing source's polls is longer than the last.
    stamps = [
        time.strptime(line.split()[0], "%H:%M:%S") for line in daemon.lines if "poll broken" in line
    ]
    gaps = [time.mktime(b) - time.mktime(a) for a, b in zip(stamps, stamps[1:], strict=False)]
    assert gaps == sorted(gaps) and gaps[-1] >= 3, gaps


def test_daemon_stops_by_itself_with_for(site, tmp_path):
    daemon = Background.start(tmp_path, config_for(site.base_url, "2s"), "--for", "3")
    try:
        code = daemon.wait(timeout=30)
    finally:
        daemon.close()
    assert code == 0
    assert daemon.lines[0] == "watching 2 sources: wire, broken"
    assert daemon.lines[-1].startswith("stopped after")


def test_bad_config_is_one_line_at_start(salvo, tmp_path):
    (tmp_path / "salvo.toml").write_text('[[source]]\nname = "x"\nurl = "https://a/"\nevery = 5\n')
    result = salvo("run")
    assert result.returncode == 1
    assert result.stderr.strip().endswith(
        "[[source]] #1 every: unknown key (known: adapter, adaptive,"
        " attribution, backfill, cron, fail_after, headers, interval, kind, lang,"
        " max_interval, min_interval, name, pause_after, quiet_after, url)"
    )
    assert len(result.stderr.strip().splitlines()) == 1
    assert not salvo.db.exists()


def test_sources_lists_the_config(salvo, tmp_path):
    (tmp_path / "salvo.toml").write_text(config_for("http://127.0.0.1:9"))
    result = salvo("sources")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == [
        "wire",
        "feed",
        "every",
        "1s",
        "never",
        "polled",
        "http://127.0.0.1:9/wire/feed.rss.xml",
    ]
    assert lines[1].split()[:2] == ["broken", "feed"]


def test_daemon_pushes_alerts_to_the_configured_webhook(site, tmp_path):
    from tests.test_notify import Receiver

    hook = Receiver(failures=0)
    site.set_round(1)  # the feed already holds the record of 2 June
    config = config_for(site.base_url, "2s") + f'\n[[notify]]\nurl = "{hook.url}"\n'
    daemon = Background.start(tmp_path, config, "--for", "8")
    try:
        code = daemon.wait(timeout=60)
    finally:
        daemon.close()
        hook.close()
    assert code == 0, daemon.stderr
    conn = sqlite3.connect(daemon.db)
    pushed = conn.execute("SELECT count(*) FROM alerts WHERE pushed = 1").fetchone()[0]
    assert pushed == 4  # drone, missile and total records, and the claim
    assert len(hook.accepted) == pushed
    statuses = conn.execute("SELECT status, count(*) FROM alert_deliveries GROUP BY status")
    assert statuses.fetchall() == [("sent", pushed)]
    assert "hunter2" not in "\n".join(daemon.lines)


def test_one_daemon_per_database(site, tmp_path, salvo):
    daemon = Background.start(tmp_path, config_for(site.base_url, "5s"))
    try:
        daemon.wait_for("watching 2 sources", timeout=30)
        second = salvo("run", "--for", "2")
        assert second.returncode == 1
        assert second.stderr.strip() == (
            f"Error: another salvo daemon (pid {daemon.process.pid}) is running on salvo.db"
        )
        daemon.wait_for("poll broken: FAILED", timeout=10)
        running = salvo("status")
        assert running.returncode == 0, running.stderr
        assert f"daemon: running, pid {daemon.process.pid}" in running.stdout
        assert "broken                   FAILING x1" in running.stdout
        assert daemon.stop() == 0
    finally:
        daemon.close()
    stopped = salvo("status", "--json")
    summary = json.loads(stopped.stdout)
    assert summary["daemon_pid"] is None
    assert summary["counts"]["updates"] == 2
    assert {s["source"] for s in summary["sources"]} == {"wire", "broken"}
    listed = {s["name"]: s for s in json.loads(salvo("sources", "--json").stdout)}
    assert listed["broken"]["failures"] >= 1 and listed["broken"]["last_error"] == "HTTP 404"
    assert listed["wire"]["last_success"] and listed["wire"]["items_seen"] == 2
    assert listed["wire"]["next_run"] > listed["wire"]["last_success"]


def test_sighup_reloads_sources_without_a_restart(site, tmp_path):
    daemon = Background.start(tmp_path, config_for(site.base_url, "1s"))
    try:
        daemon.wait_for("poll wire: 2 fetched", timeout=30)
        page = f"{site.base_url}/direct/2025/06/01/nuit-de-frappes.html"
        (tmp_path / "salvo.toml").write_text(
            config_for(site.base_url, "1s")
            .replace('name = "broken"', 'name = "gone"')
            .replace(f"{site.base_url}/missing.xml", page)
            .replace('kind = "feed"\n\n', 'kind = "feed"\n\n', 1)
            + '\n[[source]]\nname = "direct"\nurl = "'
            + page
            + '"\nkind = "page"\n'
        )
        daemon.process.send_signal(signal.SIGHUP)
        reload_line = daemon.wait_for("SIGHUP: config reloaded", timeout=10)
        assert (
            "2 added ['direct', 'gone'], 1 removed ['broken'], 0 changed"
            in daemon.lines[reload_line]
        )
        daemon.wait_for("poll direct: 1 fetched, 1 new", timeout=10, after=reload_line)
        (tmp_path / "salvo.toml").write_text("[[source]]\nname = 1\n")
        daemon.process.send_signal(signal.SIGHUP)
        kept = daemon.wait_for("SIGHUP: config not reloaded, keeping the running one", timeout=10)
        daemon.wait_for("poll wire:", timeout=10, after=kept)  # still running, same sources
        code = daemon.stop()
    finally:
        daemon.close()
    assert code == 0, daemon.stderr
    # Seconds after the reload, the removed source is no longer polled.
    assert not any("poll broken" in line for line in daemon.lines[kept:])


def test_log_json_gives_one_json_object_a_line(site, tmp_path, salvo):
    (tmp_path / "salvo.toml").write_text(config_for(site.base_url, "1s"))
    result = salvo("-v", "run", "--for", "2", "--log-json")
    assert result.returncode == 0, result.stderr
    entries = [json.loads(line) for line in result.stderr.splitlines()]
    assert entries and all({"time", "level", "logger", "message"} <= set(e) for e in entries)
    assert any(e["logger"].startswith("scrapy") for e in entries)


def test_daemon_reads_a_channel_with_backfill_then_only_its_newest_page(tmp_path):
    with ReplayServer(FIXTURES / "telegram") as channel:
        daemon = Background.start(
            tmp_path, one_source("kpszsu", channel.url("/s/kpszsu"), "telegram")
        )
        try:
            first = daemon.wait_for("poll kpszsu: 3 fetched, 49 new", timeout=30)
            asked = len(channel.request_log)
            # The newest page only, with the validators of the first poll's answer: unchanged.
            daemon.wait_for("poll kpszsu: not modified (304)", 10, first)
            code = daemon.stop()
        finally:
            daemon.close()
        later = [(r.path, r.status) for r in channel.request_log[asked:] if r.path != "/robots.txt"]
    assert code == 0, daemon.stderr
    assert later and all(answer == ("/s/kpszsu", 304) for answer in later), later


def test_verbose_shows_the_daemons_own_info_lines(site, tmp_path):
    (tmp_path / "salvo.toml").write_text(config_for(site.base_url, "1s"))
    daemon = Background(
        salvo_command(tmp_path / "salvo.db", "-v", "run"), tmp_path, tmp_path / "salvo.db"
    )
    try:
        first = daemon.wait_for("poll broken: FAILED HTTP 404", timeout=30)
        daemon.wait_for("poll broken: FAILED HTTP 404", timeout=30, after=first + 1)
        code = daemon.stop()
    finally:
        daemon.close()
    assert code == 0
    # The back-off is told at INFO: shown with -v (the root logger no longer stops it).
    assert "failed 2 times in a row: next poll in" in daemon.stderr


# A server that sends no ETag nor Last-Modified: the same bytes are not parsed twice.

_ITEM = (
    "<item><guid>{key}</guid><title>Night attack {key}</title><link>{base}/p/{key}</link>"
    "<description>Russia launched drones overnight.</description>"
    "<pubDate>Sun, 01 Jun 2025 06:00:00 +0000</pubDate></item>"
)


def _feed(base: str, keys: list[str]) -> str:
    items = "".join(_ITEM.format(key=key, base=base) for key in keys)
    channel = f"<channel><title>Wire</title>{items}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'


def _page(key: str) -> Response:
    body = f"<html><body><article><p>Russia launched {key} drones at Ukraine overnight.</p>"
    body += "<p>The air force said most were shot down over several regions.</p></article>"
    return Response(body + "</body></html>", content_type="text/html")


def test_a_feed_sent_again_byte_for_byte_is_not_parsed_and_a_change_is(server, tmp_path):
    keys = ["101", "102"]
    server.route(
        "/feed.xml",
        lambda n: Response(_feed(server.base, keys), content_type="application/rss+xml"),
    )
    for key in ("101", "102", "103"):
        server.route(f"/p/{key}", lambda n, key=key: _page(key))
    daemon = Background.start(tmp_path, one_source("wire", f"{server.base}/feed.xml", "feed"))
    try:
        first = daemon.wait_for("poll wire: 2 fetched, 2 new", timeout=30)
        same = daemon.wait_for(
            "poll wire: not modified (the same feed as at the last poll)", after=first
        )
        keys.append("103")  # the feed changes: parsed again, only the new entry fetched
        changed = daemon.wait_for("poll wire: 1 fetched, 1 new, 0 revised, 2 unchanged", after=same)
        daemon.wait_for(
            "poll wire: not modified (the same feed as at the last poll)", after=changed
        )
        assert daemon.stop(signal.SIGTERM) == 0
    finally:
        daemon.close()
    assert "Traceback" not in daemon.stderr, daemon.stderr
    assert [len(server.of(f"/p/{key}")) for key in ("101", "102", "103")] == [1, 1, 1]
    conn = sqlite3.connect(daemon.db)
    (body_hash,) = conn.execute("SELECT body_hash FROM source_state").fetchone()
    assert body_hash and len(body_hash) == 32
    assert conn.execute("SELECT count(*) FROM updates").fetchone() == (3,)


def test_a_feed_whose_entry_failed_is_parsed_again_though_its_bytes_are_the_same(server, tmp_path):
    server.route(
        "/feed.xml",
        lambda n: Response(_feed(server.base, ["201", "202"]), content_type="application/rss+xml"),
    )
    server.route("/p/201", lambda n: _page("201"))
    # The page fails: the entry is stored from the feed's summary, a poll with an error.
    server.route("/p/202", lambda n: Response("gone", status=404))
    daemon = Background.start(tmp_path, one_source("wire", f"{server.base}/feed.xml", "feed"))
    try:
        first = daemon.wait_for("poll wire:", timeout=30)
        again = daemon.wait_for("poll wire:", after=first + 1)
        daemon.wait_for("poll wire: not modified (the same feed as at the last poll)", after=again)
        assert daemon.stop(signal.SIGTERM) == 0
    finally:
        daemon.close()
    assert "2 new" in daemon.lines[first] and "1 errors" in daemon.lines[first]
    # That poll's bytes were not taken as read: the next one parsed them (the entries known,
    # nothing fetched), and only then was the feed skipped.
    assert "0 fetched, 0 new, 0 revised, 2 unchanged" in daemon.lines[again]


def test_a_live_blog_unchanged_since_the_last_poll_answers_304_and_is_not_read(tmp_path):
    with ReplayServer(FIXTURES / "liveblogs") as live:
        daemon = Background.start(
            tmp_path, one_source("live", live.url("/live/jsonld"), "liveblog")
        )
        try:
            first = daemon.wait_for("poll live: 1 fetched, 5 new", timeout=30)
            daemon.wait_for("poll live: not modified (304)", after=first)
            assert daemon.stop(signal.SIGTERM) == 0
        finally:
            daemon.close()
        answers = [r.status for r in live.request_log if r.path == "/live/jsonld"]
    assert "Traceback" not in daemon.stderr, daemon.stderr
    assert answers[0] == 200 and 304 in answers[1:]
    conn = sqlite3.connect(daemon.db)
    assert conn.execute("SELECT count(*) FROM updates").fetchone() == (5,)
    etag, polls, not_modified = conn.execute(
        "SELECT etag, polls, not_modified FROM source_state"
    ).fetchone()
    assert etag and not_modified >= 1 and polls > not_modified
