"""Hostile input, end to end: the real `salvo` (or `scrapy crawl`) against servers on 127.0.0.1.

Two servers: the replay corpus in fixtures/hostile (bad feeds, bad pages, redirects, error
statuses) and a small threaded server below for what a corpus cannot do: bombs, slow or cut
bodies, endless bodies. Every run goes through an HTTP proxy trap (http_proxy, bypassed for
127.0.0.1 only), so a request meant for any other host would be caught here instead of leaving
the machine: a refused URL must be refused before any request, and the trap proves it.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Iterator
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from monitor.errors import ParseError
from monitor.feeds import declares_entities, parse_feed
from monitor.replay import ReplayServer
from monitor.urls import check_followed_url
from tests.conftest import FIXTURES, ROOT, rows

HOSTILE = FIXTURES / "hostile"
GOOD_FEED = "/feeds/good.rss.xml"
GOOD_KEYS = {"good-1", "good-2"}
MAX_SIZE = 32 * 1024 * 1024  # spiders/settings.py DOWNLOAD_MAXSIZE


# The hostile server: behaviours a replay corpus cannot serve.


@cache
def bomb(encoding: str) -> bytes:
    """40 MiB of spaces, compressed to about 40 KB: inflated, it passes DOWNLOAD_MAXSIZE."""
    inflated = b" " * (40 * 1024 * 1024)
    return gzip.compress(inflated, 9) if encoding == "gzip" else zlib.compress(inflated, 9)


def feed_listing(base: str, hostile_path: str) -> bytes:
    """A feed of one good entry and one whose page is hostile (no summary to fall back on)."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Mixed</title>
<item><title>Good article one</title><link>{base}/good.html</link>
<guid isPermaLink="false">good-1</guid><pubDate>Sun, 01 Jun 2025 06:30:00 +0000</pubDate></item>
<item><title>Hostile page</title><link>{base}{hostile_path}</link>
<guid isPermaLink="false">hostile</guid></item>
</channel></rss>""".encode()


def good_rss(base: str) -> bytes:
    return (HOSTILE / "feeds" / "good.rss.xml").read_bytes().replace(b"{{base}}", base.encode())


class HostileHandler(BaseHTTPRequestHandler):
    server: HostileServer
    protocol_version = "HTTP/1.0"  # one request per connection; a body may end at the close

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if not self.path.startswith("/"):
            # Proxy form ("GET http://10.0.0.1/ HTTP/1.1"): a request for another host.
            self.server.proxied.append(self.path)
            self._answer(502, b"the test's proxy trap: no traffic leaves 127.0.0.1\n")
            return
        self.server.requests.append(self.path)
        base = self.server.base_url
        try:
            self._serve(base)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up: what these tests want

    def _serve(self, base: str) -> None:
        path = self.path
        if path.startswith("/feed-with"):
            self._answer(200, feed_listing(base, path.removeprefix("/feed-with")), "rss")
        elif path == "/good.html":
            self._answer(200, (HOSTILE / "pages" / "good-1.html").read_bytes(), "html")
        elif path.endswith(("/gzip-bomb", "/deflate-bomb")):
            encoding = "gzip" if "gzip" in path else "deflate"
            self._answer(200, bomb(encoding), "rss", {"Content-Encoding": encoding})
        elif path.endswith("/cut"):
            # Promises 20 000 bytes, sends the first 600, hangs up.
            self._head(200, "rss", {"Content-Length": "20000"})
            self.wfile.write(good_rss(base)[:600])
        elif path.endswith("/cut-no-length"):
            # No length: the close ends the body, so what came is all there is: the first item
            # whole, the second cut in its title.
            self._head(200, "rss")
            rss = good_rss(base).replace(b"/pages/good-1.html", b"/good.html")
            self.wfile.write(rss[: rss.index(b"Good article two") + 8])
        elif path.endswith("/huge"):
            self._head(200, "rss", {"Content-Length": str(500 * 1024 * 1024)})
            self._stream(limit=8 * 1024 * 1024)
        elif path.endswith("/endless"):
            self._head(200, "rss")
            self._stream(limit=2 * MAX_SIZE)
        elif path.endswith("/slow"):
            # Ten bytes every half second: each read is quick, the whole never arrives in time.
            self._head(200, "rss", {"Content-Length": "10000"})
            for _ in range(60):
                self.wfile.write(b"          ")
                self.wfile.flush()
                time.sleep(0.5)
        else:
            self._answer(404, b"not found\n")

    def _head(self, status: int, kind: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        types = {"rss": "application/rss+xml; charset=utf-8", "html": "text/html; charset=utf-8"}
        self.send_header("Content-Type", types.get(kind, "text/plain"))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()

    def _answer(
        self, status: int, body: bytes, kind: str = "text", headers: dict[str, str] | None = None
    ) -> None:
        self._head(status, kind, {"Content-Length": str(len(body)), **(headers or {})})
        self.wfile.write(body)

    def _stream(self, limit: int) -> None:
        chunk = b" " * (1024 * 1024)
        for _ in range(limit // len(chunk)):
            self.wfile.write(chunk)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


class HostileServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), HostileHandler)
        self.requests: list[str] = []
        self.proxied: list[str] = []
        self.base_url = f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture(scope="module")
def hostile() -> Iterator[HostileServer]:
    server = HostileServer()
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def corpus() -> Iterator[ReplayServer]:
    with ReplayServer(HOSTILE) as server:
        yield server


@pytest.fixture(autouse=True)
def proxy_trap(hostile: HostileServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every subprocess sends what is not for 127.0.0.1 to the trap (Scrapy honours http_proxy)."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.setenv(name, hostile.base_url)
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    hostile.proxied.clear()
    yield hostile.proxied


# Checks shared by every case.


def intact(db: Path) -> None:
    assert rows(db, "PRAGMA integrity_check") == [("ok",)]


def keys(db: Path) -> set[str]:
    return {key for (key,) in rows(db, "SELECT key FROM updates")}


def no_traceback(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr, result.stderr


def scrapy_crawl(db: Path, spider: str, url: str, *settings: str) -> subprocess.CompletedProcess:
    """`scrapy crawl` from the project root: the only way to lower a setting for a test."""
    options = [part for setting in settings for part in ("-s", setting)]
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", spider, "-a", f"url={url}", *options],
        cwd=ROOT,
        env={**os.environ, "SALVO_DB": str(db)},
        capture_output=True,
        text=True,
        timeout=120,
    )


# Whole sources that fail: one line, the good source of the same run still stored.


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/feeds/billion-laughs.rss.xml", "declares XML entities; refused"),
        ("/feeds/xxe.rss.xml", "declares XML entities; refused"),
        ("/feeds/html.rss.xml", "is not an RSS or Atom feed"),
        ("/feeds/binary.rss.xml", "is not an RSS or Atom feed"),
        ("/feeds/error-500.rss.xml", "HTTP 500"),
        ("/feeds/error-429.rss.xml", "HTTP 429"),
        ("/feeds/loop.rss.xml", "too many redirects"),
        ("/feeds/to-private.rss.xml", "redirect to http://10.0.0.1/feed.xml refused"),
        ("/feeds/to-file.rss.xml", "HTTP 301"),  # Scrapy follows no redirect out of http(s)
    ],
)
def test_bad_feed_fails_alone_in_one_line(corpus, salvo, proxy_trap, path, message):
    bad, good = corpus.url(path), corpus.url(GOOD_FEED)
    result = salvo("poll", bad, good)
    no_traceback(result)
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: {bad}: ") and message in line
    assert f"{good}: 2 fetched, 2 new" in result.stdout
    assert keys(salvo.db) == GOOD_KEYS
    intact(salvo.db)
    assert proxy_trap == []  # nothing was sent anywhere but 127.0.0.1
    texts = " ".join(text for (text,) in rows(salvo.db, "SELECT text FROM updates"))
    assert "root:" not in texts and "lollol" not in texts
    if "loop" in path:  # the first request and five redirects, then it stops
        assert corpus.hits()[path] + corpus.hits()["/feeds/loop-2.rss.xml"] == 6


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/gzip-bomb", "larger than the size limit once decompressed"),
        ("/deflate-bomb", "larger than the size limit once decompressed"),
        ("/huge", "larger than the size limit"),  # Content-Length: 500 MiB
        ("/endless", "larger than the size limit"),  # no length, a body that never ends
        ("/cut", "connection closed before the whole body arrived"),
    ],
)
def test_faulty_server_fails_alone_in_one_line(corpus, hostile, salvo, path, message):
    bad, good = hostile.base_url + path, corpus.url(GOOD_FEED)
    started = time.monotonic()
    result = salvo("poll", bad, good)
    no_traceback(result)
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: {bad}: ") and message in line
    assert keys(salvo.db) == GOOD_KEYS
    intact(salvo.db)
    assert time.monotonic() - started < 60


# Hostile pages behind a good feed: an error line each, the good entry stored.


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/gzip-bomb", "larger than the size limit once decompressed"),
        ("/huge", "larger than the size limit"),
        ("/cut", "connection closed before the whole body arrived"),
    ],
)
def test_hostile_entry_page_is_an_error_line(hostile, salvo, path, message):
    result = salvo("poll", hostile.base_url + "/feed-with" + path)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    (warning,) = result.stderr.strip().splitlines()
    assert warning.startswith(f"warning: {hostile.base_url}{path}: ") and message in warning
    assert keys(salvo.db) == {"good-1"}
    intact(salvo.db)


def test_slow_feed_times_out(hostile, tmp_path):
    db = tmp_path / "slow.db"
    started = time.monotonic()
    result = scrapy_crawl(db, "feed", hostile.base_url + "/slow", "DOWNLOAD_TIMEOUT=2")
    no_traceback(result)
    assert time.monotonic() - started < 30  # three tries of 2 s, not of 30
    assert f"{hostile.base_url}/slow: FAILED timed out" in result.stdout
    assert not db.exists()


def test_slow_entry_page_times_out_and_the_rest_is_stored(hostile, tmp_path):
    db = tmp_path / "slow.db"
    result = scrapy_crawl(db, "feed", hostile.base_url + "/feed-with/slow", "DOWNLOAD_TIMEOUT=2")
    no_traceback(result)
    assert "1 fetched, 1 new" in result.stdout and "1 errors" in result.stdout
    assert keys(db) == {"good-1"}
    intact(db)


# Damaged feeds: what could be read is kept.


def test_truncated_feed_keeps_the_entries_it_has(corpus, salvo):
    result = salvo("poll", corpus.url("/feeds/truncated.rss.xml"))
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert keys(salvo.db) == GOOD_KEYS
    # The cut entry has a title and nothing else: one warning, not a failure.
    assert "entry has no link" in result.stderr
    intact(salvo.db)


def test_feed_cut_without_length_keeps_the_entries_it_has(hostile, salvo):
    result = salvo("poll", hostile.base_url + "/cut-no-length")
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert keys(salvo.db) == {"good-1"}
    intact(salvo.db)


def test_duplicate_guids_are_stored_once_each(corpus, salvo):
    url = corpus.url("/feeds/duplicates.rss.xml")
    result = salvo("poll", url)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    # The item listed twice is one update; another article under the same guid keeps its link.
    assert keys(salvo.db) == {"same-guid", corpus.url("/pages/good-2.html")}
    again = salvo("poll", url)
    assert "0 new, 0 revised, 2 unchanged" in again.stdout
    assert rows(salvo.db, "SELECT count(*) FROM updates") == [(2,)]
    intact(salvo.db)


def test_entries_without_links_or_dates(corpus, salvo):
    result = salvo("poll", corpus.url("/feeds/bare.rss.xml"))
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    # No guid, no date: the link is the key, the page gives the date.
    link = corpus.url("/pages/good-1.html")
    stored = rows(salvo.db, "SELECT key, title, text FROM updates ORDER BY id")
    assert (link, "No date") in [(key, title) for key, title, _ in stored]
    # No link: the feed's own text is all there is, and it is kept under a content key.
    summaries = {text: key for key, _, text in stored if key != link}
    assert set(summaries) == {
        "Russia launched 30 drones at Ukraine overnight, the air force said.",
        "Neither a title nor a link: only this text about 12 missiles.",
    }
    assert all(key.startswith("sha1:") for key in summaries.values())
    assert result.stderr.count("entry has no link, used the feed's summary") == 2
    # An entry with nothing but a title has no text to store: one warning line of its own.
    assert result.stderr.count("entry has no link") == 3
    reports = rows(salvo.db, "SELECT weapon, launched FROM reports")
    assert ("drone", 30) in reports
    intact(salvo.db)


# Links a feed must not make the monitor follow.


def test_links_out_of_bounds_are_refused_before_any_request(corpus, salvo, proxy_trap):
    result = salvo("poll", corpus.url("/feeds/links.rss.xml"))
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    warnings = result.stderr.strip().splitlines()
    assert len(warnings) == 4 and all(": refused: " in w for w in warnings)
    assert any("10.0.0.1 is a private address" in w for w in warnings)
    assert any("169.254.169.254 is a link-local address" in w for w in warnings)
    assert any("not an http(s) URL (file)" in w for w in warnings)
    assert any("not an http(s) URL (javascript)" in w for w in warnings)
    assert keys(salvo.db) == {"links-good"}
    assert proxy_trap == []
    assert set(corpus.requests) == {"/robots.txt", "/feeds/links.rss.xml", "/pages/good-1.html"}
    intact(salvo.db)


def test_allowing_private_urls_follows_them_and_the_trap_sees_it(corpus, tmp_path, proxy_trap):
    """The other side of the test above: were the links followed, the trap would see them."""
    db = tmp_path / "allow.db"
    result = scrapy_crawl(
        db, "feed", corpus.url("/feeds/links.rss.xml"), "SALVO_ALLOW_PRIVATE_URLS=True"
    )
    no_traceback(result)
    assert any(url.startswith("http://10.0.0.1/") for url in proxy_trap)
    assert any(url.startswith("http://169.254.169.254/") for url in proxy_trap)
    assert not any(url.startswith("file:") for url in proxy_trap)


# Pages: charsets and binary content.


@pytest.mark.parametrize(
    ("path", "title", "words"),
    [
        # The charset only in <meta>, or only in the Content-Type header.
        pytest.param(
            "/pages/cp1251.html", "ПВО за ночь", "перехватили и уничтожили 41", id="cp1251-meta"
        ),
        pytest.param(
            "/pages/koi8u.html", "Атака вночі", "ударними безпілотниками", id="koi8u-header"
        ),
        pytest.param(
            "/pages/koi8u-meta.html",
            "Ґрунтовна атака на Київ",
            "їхні уламки впали",
            id="koi8u-meta",
        ),
        pytest.param(
            "/pages/latin1-meta.html",
            "Nuit de frappes sur l'Ukraine",
            "La Russie a lancé 472 drones",
            id="latin1-meta",
        ),
        pytest.param(
            "/pages/latin1-header.html",
            "Frappes à Odessa",
            "l'électricité a été coupée",
            id="latin1-header",
        ),
    ],
)
def test_page_in_a_legacy_charset(corpus, salvo, path, title, words):
    result = salvo("crawl", corpus.url(path))
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    ((stored_title, text),) = rows(salvo.db, "SELECT title, text FROM updates")
    assert stored_title == title
    assert words in text
    intact(salvo.db)


def test_control_characters_in_a_live_blog_are_dropped_not_fatal(corpus, salvo):
    # U+001C in a bogus end tag (what atheris found), U+001C, NUL and a vertical tab in posts.
    result = salvo("crawl", corpus.url("/pages/control-chars.html"))
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert "6 new" in result.stdout and "[adapter:guardian]" in result.stdout, result.stdout
    texts = [text for (text,) in rows(salvo.db, "SELECT text FROM updates")]
    assert len(texts) == 6
    assert not any(char in text for text in texts for char in "\x00\x0b\x1c")
    assert any("Russia launched 539 drones and 11 missiles" in text for text in texts)
    assert rows(salvo.db, "SELECT launched FROM reports WHERE weapon = 'drone'") == [(539,)]
    intact(salvo.db)


def test_binary_page_is_one_line(corpus, salvo):
    result = salvo("crawl", corpus.url("/pages/binary.html"))
    no_traceback(result)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: {corpus.url('/pages/binary.html')}: not a text page (application/octet-stream)"
    ]
    assert not salvo.db.exists()


# Units: the entity check and the URL check.


def test_entity_declarations_are_refused_in_any_shape():
    declared = '<!DOCTYPE rss [<!ENTITY x "y">]><rss version="2.0"><channel/></rss>'
    for body in (
        declared.encode(),
        declared.encode("utf-16"),  # read by expat
        declared.encode("shift_jis"),  # not read by expat: the plain search decides
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "http://10.0.0.1/">%p;]><r/>',
        # Malformed before the declaration (a second XML declaration): expat stops there.
        b'<?xml version="1.0"?><?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "y">]><r/>',
    ):
        assert declares_entities(body), body
        with pytest.raises(ParseError, match="declares XML entities; refused"):
            parse_feed(body, "http://example.org/feed")


def test_a_doctype_without_entities_is_read_and_never_loaded():
    netscape = (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC'
        b' "-//Netscape Communications//DTD RSS 0.91//EN"'
        b' "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel>'
        b"<title>Old</title><item><title>A</title><link>http://example.org/a</link></item>"
        b"</channel></rss>"
    )
    assert [e.link for e in parse_feed(netscape, "u").entries] == ["http://example.org/a"]
    local = b'<!DOCTYPE rss SYSTEM "file:///etc/passwd"><rss version="2.0"><channel><title>T'
    local += b"</title><item><title>A</title></item></channel></rss>"
    feed = parse_feed(local, "u")
    assert feed.title == "T" and "root:" not in repr(feed)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://news.example.org/a.html", None),
        ("http://8.8.8.8/", None),
        ("file:///etc/passwd", "not an http(s) URL (file)"),
        ("ftp://example.org/feed", "not an http(s) URL (ftp)"),
        ("data:text/html,<p>x</p>", "not an http(s) URL (data)"),
        ("javascript:alert(1)", "not an http(s) URL (javascript)"),
        ("//example.org/no-scheme", "not an http(s) URL (no scheme)"),
        ("http://[::1", "malformed URL"),
        ("http:///path-only", "no host"),
        ("http://10.0.0.1/", "10.0.0.1 is a private address"),
        ("http://192.168.1.1:8080/", "192.168.1.1 is a private address"),
        ("http://user:pw@172.16.0.5/", "172.16.0.5 is a private address"),
        ("http://127.0.0.1/", "127.0.0.1 is a loopback address"),
        ("http://127.1/", "127.1 is a loopback address"),  # inet_aton spellings
        ("http://2130706433/", "2130706433 is a loopback address"),
        ("http://0x7f.0.0.1/", "0x7f.0.0.1 is a loopback address"),
        ("http://[::1]:8000/", "::1 is a loopback address"),
        ("http://[::ffff:10.0.0.1]/", "::ffff:10.0.0.1 is a private address"),
        ("http://169.254.169.254/latest/", "169.254.169.254 is a link-local address"),
        ("http://[fe80::1]/", "fe80::1 is a link-local address"),
        ("http://0.0.0.0/", "0.0.0.0 is a private address"),
        ("http://100.64.0.1/", "100.64.0.1 is a reserved address"),
        ("http://240.0.0.1/", "240.0.0.1 is a reserved address"),
        ("http://localhost:6379/", "localhost is a local name"),
        ("http://LOCALHOST./", "localhost is a local name"),
        ("http://printer.local/", "printer.local is a local name"),
        ("http://intranet/", "intranet is a local name (no domain)"),
    ],
)
def test_check_followed_url(url, reason):
    assert check_followed_url(url, "https://feeds.example.com/rss") == reason


def test_the_sources_own_host_may_be_private():
    source = "http://127.0.0.1:8000/feed.xml"
    assert check_followed_url("http://127.0.0.1:8000/page.html", source) is None
    assert check_followed_url("http://127.1:9000/other-port", source) is None  # same host
    assert check_followed_url("http://10.0.0.1/", source) == "10.0.0.1 is a private address"
    assert check_followed_url("file:///etc/passwd", source) == "not an http(s) URL (file)"
    assert check_followed_url("http://localhost/", "http://localhost/feed") is None


def test_allow_private_lifts_only_the_address_check():
    source = "https://feeds.example.com/rss"
    assert check_followed_url("http://10.0.0.1/", source, allow_private=True) is None
    assert check_followed_url("file:///etc/passwd", source, allow_private=True)
