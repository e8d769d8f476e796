"""Politeness towards servers: Retry-After and 429 honoured, one crawl per host at a time.

Real daemons and real Scrapy crawls against a threaded pytest-httpserver on 127.0.0.1 that
records when each request arrived and left. Assertions are on the order and count of requests
(a wait is only ever checked from below, so a slow machine cannot fail them).
"""

from __future__ import annotations

import json
import signal
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from scrapy.core.downloader import Slot
from scrapy.extensions.throttle import AutoThrottle
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler
from werkzeug import Response

from monitor.config import parse_config
from monitor.crawl import CrawlSettings, scrapy_settings
from monitor.errors import ConfigError
from spiders.fetching import (
    MAX_RETRY_AFTER,
    NotModifiedThrottle,
    parse_retry_after,
    wait_message,
)
from tests.conftest import Background, Server, rows

NOW = datetime(2025, 7, 4, 6, 0, 0, tzinfo=UTC)

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Busy wire</title><link>{base}/</link>
<description>test</description>
<item><title>Night of strikes</title><link>{base}/busy/post.html</link>
<guid>busy-1</guid><pubDate>Fri, 04 Jul 2025 06:00:00 GMT</pubDate>
<description>Russia launched 100 drones at Ukraine overnight.</description></item>
</channel></rss>"""

PAGE = """<!doctype html><html><head><title>Night of strikes</title></head><body><article>
<h1>Night of strikes</h1><p>Russia launched 120 drones and two missiles at Ukraine overnight,
the air force said on Friday morning. Most of them were shot down over the capital region.</p>
<p>Emergency services worked through the night in several districts of the city.</p>
</article></body></html>"""


# Retry-After: the pure parser


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120),
        (b"3", 3),
        (" 45 ", 45),
        ("Fri, 04 Jul 2025 06:02:00 GMT", 120),  # IMF-fixdate
        ("Friday, 04-Jul-25 06:00:30 GMT", 30),  # RFC 850
        ("Fri Jul  4 06:01:00 2025", 60),  # asctime: no zone, GMT by definition
        ("Fri, 04 Jul 2025 08:00:10 +0200", 10),  # a numeric zone is honoured
        ("Fri, 04 Jul 2025 07:00:00 GMT", 3600),
        ("999999999", MAX_RETRY_AFTER),  # absurd: capped
        ("Fri, 04 Jul 2125 06:00:00 GMT", MAX_RETRY_AFTER),
        ("0", None),
        ("-5", None),  # negative: ignored, the normal back-off applies
        ("Fri, 04 Jul 2025 05:59:00 GMT", None),  # already past
        ("1.5", None),  # delay-seconds is digits only
        ("soon", None),
        ("", None),
        (None, None),
        ("٣", None),  # a non-ASCII digit is not delay-seconds
    ],
)
def test_retry_after_seconds_or_http_date(value, expected):
    assert parse_retry_after(value, NOW) == expected


def test_retry_after_cap_can_be_lowered():
    assert parse_retry_after("600", NOW, cap=60) == 60


def test_wait_message_reads_like_the_status_line():
    assert wait_message(429, 120) == "HTTP 429 Too Many Requests, retry after 120 s"
    assert wait_message(503, None) == "HTTP 503 Service Unavailable"
    assert wait_message(599, 2) == "HTTP 599, retry after 2 s"


# per_host in the config


def test_per_host_defaults_to_one_and_is_validated(tmp_path):
    path = tmp_path / "salvo.toml"
    source = {"source": [{"name": "a", "url": "https://a.example/feed"}]}
    assert parse_config(source, path).per_host == 1
    assert parse_config({"defaults": {"per_host": 3}, **source}, path).per_host == 3
    for bad in (0, -1, "2", True, 1.5):
        text = f"[defaults]\nper_host = {json.dumps(bad)}\n"
        with pytest.raises(ConfigError, match=r"salvo.toml:2: \[defaults\] per_host: a whole"):
            parse_config({"defaults": {"per_host": bad}, **source}, path, text)


def feed(server: Server) -> Response:
    return Response(FEED.format(base=server.base), content_type="application/rss+xml")


def page() -> Response:
    return Response(PAGE, content_type="text/html; charset=utf-8")


def too_many(seconds: int | str | None, status: int = 429) -> Response:
    headers = {} if seconds is None else {"Retry-After": str(seconds)}
    return Response("slow down", status=status, headers=headers, content_type="text/plain")


def source(name: str, url: str, kind: str) -> str:
    return f'[[source]]\nname = "{name}"\nurl = "{url}"\nkind = "{kind}"\n\n'


# One crawl: a 429 is not retried


def test_a_429_is_not_retried_within_the_crawl(server, salvo):
    server.route("/busy/feed.xml", lambda n: too_many(3))
    result = salvo("poll", f"{server.base}/busy/feed.xml")
    assert result.returncode == 1
    assert result.stderr.strip().endswith("HTTP 429 Too Many Requests, retry after 3 s")
    # Scrapy's RetryMiddleware would have asked twice more at once.
    assert len(server.of("/busy/feed.xml")) == 1


def test_an_entry_page_answering_429_is_asked_once_and_its_feed_text_kept(server, salvo):
    server.route("/busy/feed.xml", lambda n: feed(server))
    server.route("/busy/post.html", lambda n: too_many(None))
    result = salvo("poll", f"{server.base}/busy/feed.xml")
    assert result.returncode == 0, result.stderr
    assert "1 fetched, 1 new" in result.stdout
    assert "/busy/post.html: HTTP 429 Too Many Requests, used the feed's summary" in result.stderr
    assert len(server.of("/busy/post.html")) == 1


# The daemon: Retry-After honoured across polls and restarts


def test_daemon_waits_out_retry_after_in_seconds_and_as_a_date(server, tmp_path):
    wait = 4  # longer than the back-off after one failure (2 s at a 1 s interval)
    server.route("/busy/feed.xml", lambda n: too_many(wait) if n == 0 else feed(server))
    server.route("/busy/post.html", lambda n: page())

    def quiet(n: int) -> Response:
        if n:
            return page()
        until = datetime.now(UTC) + timedelta(seconds=wait + 1)  # to the second: >= wait
        return too_many(format_datetime(until, usegmt=True), status=503)

    server.route("/quiet/live.html", quiet)
    config = (
        '[defaults]\ninterval = "1s"\nper_host = 2\n\n'
        + source("busy", f"{server.base}/busy/feed.xml", "feed")
        + source("quiet", f"{server.base}/quiet/live.html", "page")
    )
    daemon = Background.start(tmp_path, config)
    try:
        daemon.wait_for(f"poll busy: FAILED HTTP 429 Too Many Requests, retry after {wait} s", 30)
        daemon.wait_for("poll quiet: FAILED HTTP 503 Service Unavailable, retry after", 30)
        daemon.wait_for("poll busy: 1 fetched, 1 new", timeout=30)
        daemon.wait_for("poll quiet: 1 fetched, 1 new", timeout=30)
        code = daemon.stop()
    finally:
        daemon.close()
    assert code == 0, daemon.stderr
    for path in ("/busy/feed.xml", "/quiet/live.html"):
        hits = server.of(path)
        assert hits[0][3] in (429, 503) and hits[1][3] == 200, hits
        # Not asked again (no retry, no poll) before the server's time was up.
        assert hits[1][1] - hits[0][1] >= wait - 0.5, (path, hits)
    health = dict(rows(daemon.db, "SELECT source, last_error FROM source_state"))
    assert health["busy"] == f"HTTP 429 Too Many Requests, retry after {wait} s"
    assert health["quiet"].startswith("HTTP 503 Service Unavailable, retry after")


def test_a_429_without_retry_after_backs_off_as_usual(server, tmp_path):
    server.route("/busy/feed.xml", lambda n: too_many(None) if n < 2 else feed(server))
    server.route("/busy/post.html", lambda n: page())
    config = '[defaults]\ninterval = "1s"\n\n' + source(
        "busy", f"{server.base}/busy/feed.xml", "feed"
    )
    daemon = Background.start(tmp_path, config)
    try:
        daemon.wait_for("poll busy: FAILED HTTP 429 Too Many Requests", 30)
        daemon.wait_for("poll busy: 1 fetched, 1 new", timeout=30)
        code = daemon.stop()
    finally:
        daemon.close()
    assert code == 0, daemon.stderr
    hits = [hit[1] for hit in server.of("/busy/feed.xml")]
    # Each answer is one request (no retries); the waits are 2 s, then 4 s: the back-off.
    assert len(hits) >= 3
    assert hits[1] - hits[0] >= 2 - 0.5 and hits[2] - hits[1] >= 4 - 0.5, hits
    assert rows(daemon.db, "SELECT not_before FROM source_state") == [(None,)]


def test_retry_after_survives_a_restart(server, tmp_path, salvo):
    server.route("/busy/feed.xml", lambda n: too_many(120))
    server.route("/calm/page.html", lambda n: page())
    config = (
        '[defaults]\ninterval = "1s"\n\n'
        + source("busy", f"{server.base}/busy/feed.xml", "feed")
        + source("calm", f"{server.base}/calm/page.html", "page")
    )
    daemon = Background.start(tmp_path, config)
    try:
        daemon.wait_for("poll busy: FAILED HTTP 429 Too Many Requests, retry after 120 s", 30)
        code = daemon.stop(signal.SIGTERM)
    finally:
        daemon.close()
    assert code == 0, daemon.stderr
    assert len(server.of("/busy/feed.xml")) == 1
    [(stored,)] = rows(daemon.db, "SELECT not_before FROM source_state WHERE source = 'busy'")
    not_before = datetime.fromisoformat(stored)
    asked = datetime.fromtimestamp(server.of("/busy/feed.xml")[0][1], UTC)
    assert timedelta(seconds=119) <= not_before - asked <= timedelta(seconds=150)

    listed = {s["name"]: s for s in json.loads(salvo("sources", "--json").stdout)}
    assert listed["busy"]["not_before"] == stored
    assert listed["busy"]["next_run"] == stored
    assert listed["calm"]["not_before"] is None
    text = salvo("sources").stdout
    assert f"WAITING until {stored[:19]} (Retry-After); FAILING x1: HTTP 429" in text
    status = salvo("status").stdout
    assert f"WAITING (Retry-After) until {stored}" in status

    calm_before = len(server.of("/calm/page.html"))
    again = Background.start(tmp_path, config, "--for", "8")
    try:
        assert again.wait(timeout=60) == 0
    finally:
        again.close()
    # The restarted daemon polled the other source, several times, but never the waiting one.
    assert len(server.of("/calm/page.html")) > calm_before
    assert any("poll calm:" in line for line in again.lines), again.lines
    assert len(server.of("/busy/feed.xml")) == 1
    assert not any("poll busy" in line for line in again.lines)


# The daemon: one crawl per host at a time, across sources


def overlaps(server: Server, first: str, second: str) -> list[tuple]:
    """Pairs of requests, one to each path, that were in the server at the same time."""
    return [
        (a, b) for a in server.of(first) for b in server.of(second) if a[1] < b[2] and b[1] < a[2]
    ]


def run_two_slow_pages(server: Server, tmp_path: Path, per_host: int) -> Background:
    server.route("/a/page.html", lambda n: page(), delay=1.0)
    server.route("/b/page.html", lambda n: page(), delay=1.0)
    config = (
        f'[defaults]\ninterval = "1s"\nper_host = {per_host}\n\n'
        + source("a", f"{server.base}/a/page.html", "page")
        + source("b", f"{server.base}/b/page.html", "page")
    )
    daemon = Background.start(tmp_path, config)
    try:
        for name in ("a", "b"):
            seen = 0
            for _ in range(3):  # a few polls of each source
                seen = daemon.wait_for(f"poll {name}:", timeout=30, after=seen) + 1
        code = daemon.stop()
    finally:
        daemon.close()
    assert code == 0, daemon.stderr
    return daemon


def test_two_sources_on_one_host_never_overlap_with_per_host_1(server, tmp_path):
    run_two_slow_pages(server, tmp_path, per_host=1)
    assert len(server.of("/a/page.html")) >= 3 and len(server.of("/b/page.html")) >= 3
    assert overlaps(server, "/a/page.html", "/b/page.html") == []


def test_per_host_2_lets_two_sources_on_one_host_run_together(server, tmp_path):
    # The control: the same two sources, both due at start, do meet when allowed to.
    run_two_slow_pages(server, tmp_path, per_host=2)
    assert overlaps(server, "/a/page.html", "/b/page.html")


# AutoThrottle and 304s: a host that answers "not modified" quickly is asked at its pace.


def _throttle() -> NotModifiedThrottle:
    crawler = get_crawler(
        settings_dict={"AUTOTHROTTLE_ENABLED": True, "AUTOTHROTTLE_TARGET_CONCURRENCY": 2.0}
    )
    throttle = NotModifiedThrottle.from_crawler(crawler)
    throttle.mindelay, throttle.maxdelay = 0.0, 30.0  # what the spider's opening sets
    return throttle


@pytest.mark.parametrize(("status", "lowered"), [(200, True), (304, True), (404, False)])
def test_a_304_lowers_a_hosts_delay_as_a_200_does_and_an_error_does_not(status, lowered):
    # The method overridden is still the one AutoThrottle calls: a rename would silently
    # bring back the start delay for unchanged feeds.
    assert "_adjust_delay" in vars(AutoThrottle)
    slot = Slot(concurrency=4, delay=1.0, jitter=0)
    response = HtmlResponse("http://127.0.0.1/feed.xml", status=status, body=b"")
    _throttle()._adjust_delay(slot, 0.02, response)
    assert (slot.delay < 1.0) is lowered
    assert slot.delay >= 0.01 if lowered else slot.delay == 1.0


def test_salvo_runs_this_throttle_in_place_of_scrapys():
    extensions = scrapy_settings(CrawlSettings()).getwithbase("EXTENSIONS")
    assert extensions["scrapy.extensions.throttle.AutoThrottle"] is None
    assert extensions["spiders.fetching.NotModifiedThrottle"] == 0
    # Scrapy's remote-control server is off, and its module (aiohttp) never loaded.
    assert extensions["scrapy.extensions.remote_control.RemoteControl"] is None
