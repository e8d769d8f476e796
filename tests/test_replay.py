"""ReplayServer over real HTTP on 127.0.0.1, and the bundled demo corpus it serves."""

from __future__ import annotations

import json
import re
import socket
import time
import urllib.error
import urllib.request
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

import feedparser
import pytest

from monitor.replay import ReplayError, ReplayServer

ROOT = Path(__file__).parent.parent
DEMO = ROOT / "monitor" / "demo" / "corpus"
SEED = Path(__file__).parent / "fixtures" / "seed-article.html"
FEEDS = {"/kyiv-wire/rss.xml": "rss20", "/le-direct/atom.xml": "atom10"}


def fetch(url: str, method: str = "GET", **headers: str) -> tuple[int, dict[str, str], bytes]:
    """One request: (status, headers, body), with 3xx/4xx/5xx returned rather than raised."""
    request = urllib.request.Request(
        url, method=method, headers={k.replace("_", "-"): v for k, v in headers.items()}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, dict(error.headers), error.read()


def write_corpus(root: Path, rounds: list[dict], files: dict[str, str | bytes]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    (root / "replay.json").write_text(json.dumps({"rounds": rounds}), encoding="utf-8")
    return root


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A small corpus: a feed replaced in round 1, a page added, a page removed in round 2."""
    return write_corpus(
        tmp_path,
        [
            {
                "name": "first",
                "files": {
                    "/feed.xml": "feed-r0.rss.xml",
                    "/atom.xml": "f.atom.xml",
                    "/a.html": "a.html",
                    "/gone.html": "a.html",
                    "/data.json": "data.json",
                    "/blob.bin": "blob.bin",
                    "/plain": {"file": "a.html", "content_type": "text/plain; charset=utf-8"},
                    "/moved": {"status": 301, "headers": {"Location": "{{base}}/a.html"}},
                },
            },
            {"name": "second", "files": {"/feed.xml": "feed-r1.rss.xml", "/b.html": "b.html"}},
            {"name": "third", "files": {"/gone.html": None}},
        ],
        {
            "feed-r0.rss.xml": "<rss><channel><link>{{base}}/a.html</link></channel></rss>",
            "feed-r1.rss.xml": "<rss><channel><link>{{base}}/b.html</link></channel></rss>",
            "f.atom.xml": '<feed xmlns="http://www.w3.org/2005/Atom"><id>x</id></feed>',
            "a.html": '<p>A <a href="{{base}}/b.html">b</a> {{base}}</p>',
            "b.html": "<p>B</p>",
            "data.json": '{"url": "{{base}}/x"}',
            "blob.bin": b"\x00{{base}}\xff",
        },
    )


@pytest.fixture
def server(corpus: Path):
    with ReplayServer(corpus) as srv:
        yield srv


# ---------------------------------------------------------------- the server


def test_base_url_and_substitution(server: ReplayServer):
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", server.base_url)
    status, headers, body = fetch(server.url("/a.html"))
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    text = body.decode()
    assert "{{base}}" not in text
    assert text == f'<p>A <a href="{server.base_url}/b.html">b</a> {server.base_url}</p>'
    assert json.loads(fetch(server.url("/data.json"))[2]) == {"url": server.base_url + "/x"}
    # Not a text file: served byte for byte.
    assert fetch(server.url("/blob.bin"))[2] == b"\x00{{base}}\xff"


def test_content_types(server: ReplayServer):
    def content_type(path: str) -> str:
        return fetch(server.url(path))[1]["Content-Type"]

    assert content_type("/feed.xml") == "application/rss+xml; charset=utf-8"
    assert content_type("/atom.xml") == "application/atom+xml; charset=utf-8"
    assert content_type("/data.json") == "application/json"
    assert content_type("/blob.bin") == "application/octet-stream"
    assert content_type("/plain") == "text/plain; charset=utf-8"  # override in replay.json


def test_rounds_union_override_advance(server: ReplayServer):
    assert server.round == 0 and server.round_names == ["first", "second", "third"]
    assert f"{server.base_url}/a.html" in fetch(server.url("/feed.xml"))[2].decode()
    assert fetch(server.url("/b.html"))[0] == 404
    assert server.advance() == 1 and server.round == 1 and server.round_name == "second"
    assert f"{server.base_url}/b.html" in fetch(server.url("/feed.xml"))[2].decode()
    assert fetch(server.url("/b.html"))[0] == 200
    assert fetch(server.url("/a.html"))[0] == 200  # round 0's paths are still served
    assert fetch(server.url("/gone.html"))[0] == 200
    server.advance()
    assert fetch(server.url("/gone.html"))[0] == 404  # null removes a path
    assert server.advance() == 2 and server.round == 2  # no-op at the last round
    server.set_round(0)
    assert fetch(server.url("/b.html"))[0] == 404
    with pytest.raises(IndexError):
        server.set_round(3)
    assert set(server.files(1)) == set(server.files(0)) | {"/b.html"}


def test_unknown_path_is_404_and_query_is_ignored(server: ReplayServer):
    assert fetch(server.url("/nope.html"))[0] == 404
    assert fetch(server.url("/a.html?utm_source=rss"))[0] == 200
    assert fetch(server.url("/a.html/"))[0] == 404


def test_etag_and_last_modified_round_trip(server: ReplayServer):
    status, headers, body = fetch(server.url("/feed.xml"))
    etag, modified = headers["ETag"], headers["Last-Modified"]
    assert status == 200 and etag.startswith('"') and parsedate_to_datetime(modified)
    # Same bytes, same validators.
    assert fetch(server.url("/feed.xml"))[1]["ETag"] == etag
    status, headers, body = fetch(server.url("/feed.xml"), If_None_Match=etag)
    assert status == 304 and body == b"" and headers["ETag"] == etag
    assert fetch(server.url("/feed.xml"), If_None_Match=f'"other", W/{etag}')[0] == 304
    assert fetch(server.url("/feed.xml"), If_None_Match='"other"')[0] == 200
    assert fetch(server.url("/feed.xml"), If_Modified_Since=modified)[0] == 304
    long_ago = format_datetime(parsedate_to_datetime(modified).replace(year=2001), usegmt=True)
    assert fetch(server.url("/feed.xml"), If_Modified_Since=long_ago)[0] == 200
    # If-None-Match wins over If-Modified-Since.
    assert fetch(server.url("/feed.xml"), If_None_Match='"x"', If_Modified_Since=modified)[0] == 200

    server.advance()  # the feed changes: new ETag, later Last-Modified, no 304 on old validators
    status, headers, _ = fetch(server.url("/feed.xml"), If_None_Match=etag)
    assert status == 200 and headers["ETag"] != etag
    assert parsedate_to_datetime(headers["Last-Modified"]) > parsedate_to_datetime(modified)
    assert fetch(server.url("/feed.xml"), If_Modified_Since=modified)[0] == 200
    # A page that did not change keeps answering 304.
    page_etag = fetch(server.url("/a.html"))[1]["ETag"]
    server.advance()
    assert fetch(server.url("/a.html"), If_None_Match=page_etag)[0] == 304


def test_head(server: ReplayServer):
    status, headers, body = fetch(server.url("/a.html"), method="HEAD")
    full = fetch(server.url("/a.html"))
    assert status == 200 and body == b""
    assert headers["Content-Length"] == str(len(full[2])) and headers["ETag"] == full[1]["ETag"]
    assert fetch(server.url("/missing"), method="HEAD")[0] == 404


def test_status_and_headers_override(server: ReplayServer):
    request = urllib.request.Request(server.url("/moved"))
    opener = urllib.request.build_opener(NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as caught:
        opener.open(request, timeout=10)
    assert caught.value.code == 301
    assert caught.value.headers["Location"] == server.base_url + "/a.html"
    caught.value.close()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        """Hand 3xx back to the caller instead of following it."""
        return None


def test_robots(server: ReplayServer, tmp_path: Path):
    status, headers, body = fetch(server.url("/robots.txt"))
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    assert b"User-agent: *" in body and b"Disallow: /" not in body
    own = write_corpus(
        tmp_path / "own",
        [{"name": "r", "files": {"/robots.txt": "robots.txt"}}],
        {"robots.txt": "User-agent: *\nDisallow: /private\n"},
    )
    with ReplayServer(own) as srv:
        assert fetch(srv.url("/robots.txt"))[2] == b"User-agent: *\nDisallow: /private\n"


def test_requests_are_recorded(server: ReplayServer):
    fetch(server.url("/a.html"))
    fetch(server.url("/a.html?x=1"))
    fetch(server.url("/nope"))
    fetch(server.url("/a.html"), method="HEAD")
    assert server.requests == ["/a.html", "/a.html", "/nope", "/a.html"]
    assert server.requests.count("/a.html") == 3 and server.hits()["/nope"] == 1
    log = server.request_log
    assert [(r.method, r.status) for r in log] == [
        ("GET", 200),
        ("GET", 200),
        ("GET", 404),
        ("HEAD", 200),
    ]
    assert log[1].target == "/a.html?x=1"
    server.clear_requests()
    assert server.requests == []


def test_quiet_unless_verbose(corpus: Path, capfd):
    with ReplayServer(corpus) as srv:
        fetch(srv.url("/a.html"))
        fetch(srv.url("/nope"))
    assert capfd.readouterr().err == ""
    with ReplayServer(corpus, verbose=True) as srv:
        fetch(srv.url("/a.html"))
    assert "GET /a.html" in capfd.readouterr().err


def test_lifecycle(corpus: Path):
    srv = ReplayServer(corpus)
    with pytest.raises(RuntimeError):
        srv.base_url  # noqa: B018
    assert srv.start() is srv and srv.running
    url = srv.url("/a.html")
    assert fetch(url)[0] == 200
    srv.stop()
    srv.stop()  # idempotent
    assert not srv.running
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_fixed_port(corpus: Path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with ReplayServer(corpus, port=port) as srv:
        assert srv.base_url == f"http://127.0.0.1:{port}"


def test_bad_corpus_is_refused_at_construction(tmp_path: Path):
    with pytest.raises(ReplayError, match="replay.json"):
        ReplayServer(tmp_path)
    bad = write_corpus(tmp_path / "bad", [{"name": "r", "files": {"/x": "missing.html"}}], {})
    with pytest.raises(ReplayError, match="missing.html"):
        ReplayServer(bad)
    outside = write_corpus(tmp_path / "out", [{"name": "r", "files": {"/x": "../x.html"}}], {})
    (tmp_path / "x.html").write_text("x")
    with pytest.raises(ReplayError, match="outside"):
        ReplayServer(outside)
    relative = write_corpus(tmp_path / "rel", [{"name": "r", "files": {"x": "x.html"}}], {})
    with pytest.raises(ReplayError, match="start with '/'"):
        ReplayServer(relative)


def test_concurrent_requests(server: ReplayServer):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda _: fetch(server.url("/a.html"))[0], range(40)))
    assert statuses == [200] * 40 and len(server.requests) == 40


# ---------------------------------------------------------------- the demo corpus

EXPECTED = json.loads((DEMO / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def demo():
    with ReplayServer(DEMO) as srv:
        yield srv


@pytest.mark.parametrize("index", range(3))
def test_demo_feeds_parse_and_every_entry_resolves(demo: ReplayServer, index: int):
    demo.set_round(index)
    for path, version in FEEDS.items():
        status, headers, body = fetch(demo.url(path))
        assert status == 200
        expected_type = "application/rss+xml" if version == "rss20" else "application/atom+xml"
        assert headers["Content-Type"].startswith(expected_type)
        assert b"{{base}}" not in body
        parsed = feedparser.parse(body)
        assert not parsed.bozo, (path, index, parsed.get("bozo_exception"))
        assert parsed.version == version and parsed.entries
        dates = [entry.published_parsed for entry in parsed.entries]
        assert dates == sorted(dates, reverse=True), "newest entry first"
        for entry in parsed.entries:
            assert entry.link.startswith(demo.base_url + "/"), entry.link
            assert entry.get("id") and entry.get("summary") and entry.get("published")
            assert version == "rss20" or "updated" in entry
            page_status, page_headers, page = fetch(entry.link)
            assert page_status == 200, (index, entry.link)
            assert page_headers["Content-Type"] == "text/html; charset=utf-8"
            stamp = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", entry.published_parsed)
            assert f'property="article:published_time" content="{stamp}"' in page.decode()
    demo.set_round(0)


def entries(demo: ReplayServer, path: str) -> list[dict]:
    parsed = feedparser.parse(fetch(demo.url(path))[2])
    return [
        {k: e.get(k) for k in ("id", "link", "title", "summary", "published")}
        for e in parsed.entries
    ]


def test_demo_rounds_only_add_entries(demo: ReplayServer):
    for path in FEEDS:
        seen: list[dict] = []
        for index in range(3):
            demo.set_round(index)
            now = entries(demo, path)
            assert len(now) > len(seen)
            assert all(entry in now for entry in seen), "an old entry changed between rounds"
            seen = now
    demo.set_round(0)


def test_demo_round_contents(demo: ReplayServer):
    assert demo.round_names == ["morning of 29 June", "4 July", "9 July"]
    served = [set(demo.files(index)) for index in range(3)]
    for doc in EXPECTED["documents"]:
        assert (DEMO / doc["file"]).is_file()
        for index in range(3):
            assert (doc["path"] in served[index]) == (index >= doc["round"]), doc["path"]
    articles = {d["path"] for d in EXPECTED["documents"]}
    assert served[2] == articles | set(FEEDS)
    # The page `salvo demo` crawls directly is the seed page, byte for byte, from round 1.
    seed = "/noticias/2025/07/04/rusia-ucrania.html"
    assert seed not in served[0]
    demo.set_round(1)
    assert fetch(demo.url(seed))[2] == SEED.read_bytes()
    demo.set_round(0)


def test_demo_feed_entries_match_expected(demo: ReplayServer):
    demo.set_round(2)
    for path in FEEDS:
        keys = {e["id"]: e for e in entries(demo, path)}
        docs = [d for d in EXPECTED["documents"] if d["feed"] == path]
        assert set(keys) == {d["key"] for d in docs}
        for doc in docs:
            assert keys[doc["key"]]["link"] == demo.url(doc["path"])
            assert keys[doc["key"]]["title"] == doc["title"]
    demo.set_round(0)


def test_demo_pages_link_only_to_served_articles(demo: ReplayServer):
    """Related-story links to dated articles point at pages already served in that round."""
    dated = re.compile(r'href="(?:\{\{base\}\})?(/[a-z-]+/2025/\d\d/\d\d/[^"]+\.html)"')
    for doc in EXPECTED["documents"]:
        html = (DEMO / doc["file"]).read_text(encoding="utf-8")
        for target in dated.findall(html):
            assert target in demo.files(doc["round"]), (doc["path"], target)


def test_demo_expected_reports_are_stated(demo: ReplayServer):
    """Each expected figure appears in its page's text (in digits, or as a word for small ones)."""
    words = {
        2: ("two", "deux"),
        3: ("three", "trois"),
        7: ("seven", "sept"),
        211: ("Deux cent onze",),
    }
    for doc in EXPECTED["documents"]:
        text = (DEMO / doc["file"]).read_text(encoding="utf-8")
        for report in doc["reports"]:
            for figure in (report["launched"], report["destroyed"]):
                if figure is not None:
                    assert str(figure) in text or any(w in text for w in words.get(figure, ())), (
                        doc["path"],
                        figure,
                    )
            assert report["date"] <= doc["published"][:10]


def test_demo_readme_lists_every_file():
    readme = (DEMO / "README.md").read_text(encoding="utf-8")
    manifest = json.loads((DEMO / "replay.json").read_text(encoding="utf-8"))
    for rnd in manifest["rounds"]:
        for path, file in rnd["files"].items():
            assert f"`{path}`" in readme and f"`{file}`" in readme


def test_a_path_with_a_query_is_served_when_the_manifest_names_it(tmp_path):
    (tmp_path / "a.txt").write_text("first page")
    (tmp_path / "b.txt").write_text("older page")
    (tmp_path / "replay.json").write_text(
        json.dumps(
            {"rounds": [{"name": "r", "files": {"/s/x": "a.txt", "/s/x?before=9": "b.txt"}}]}
        )
    )
    with ReplayServer(tmp_path) as server:
        assert fetch(server.url("/s/x"))[2] == b"first page"
        assert fetch(server.url("/s/x?before=9"))[2] == b"older page"
        assert fetch(server.url("/s/x?before=1"))[2] == b"first page"
