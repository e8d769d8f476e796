"""`salvo poll https://outlet/`: a home page given where a feed was expected is followed to the
feed it announces, once."""

from __future__ import annotations

from tests.conftest import rows

HOME = """<!doctype html><html><head><title>Night Desk</title>
<link rel="alternate" type="application/rss+xml" href="/feed.rss.xml"></head>
<body><h1>Night Desk</h1><p>Latest stories.</p></body></html>"""

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Night Desk</title>
<item><title>Russia launches 120 drones at Ukraine overnight</title><link>{base}/a.html</link>
<guid isPermaLink="false">urn:desk:1</guid><pubDate>Sun, 01 Jun 2025 06:30:00 GMT</pubDate>
</item></channel></rss>"""

PAGE = """<!doctype html><html><head><title>Russia launches 120 drones</title></head><body>
<article><h1>Russia launches 120 drones at Ukraine overnight</h1>
<p>Russia launched 120 drones and four missiles at Ukraine overnight, the Ukrainian air force
said on Sunday. Air defences shot down 98 drones and two missiles.</p></article></body></html>"""


def test_poll_of_a_home_page_polls_the_feed_it_announces(httpserver, salvo):
    base = httpserver.url_for("").rstrip("/")
    httpserver.expect_request("/").respond_with_data(HOME, content_type="text/html")
    httpserver.expect_request("/feed.rss.xml").respond_with_data(
        FEED.format(base=base), content_type="application/rss+xml"
    )
    httpserver.expect_request("/a.html").respond_with_data(PAGE, content_type="text/html")
    result = salvo("poll", f"{base}/")
    assert result.returncode == 0, result.stderr
    assert "1 new" in result.stdout
    assert rows(salvo.db, "SELECT key, url FROM updates") == [("urn:desk:1", f"{base}/a.html")]
    assert rows(salvo.db, "SELECT weapon, launched, destroyed FROM reports ORDER BY weapon") == [
        ("drone", 120, 98),
        ("missile", 4, 2),
    ]


def test_a_page_announcing_no_feed_is_one_clear_error(httpserver, salvo):
    httpserver.expect_request("/").respond_with_data(
        "<html><head><title>x</title></head><body>No feed</body></html>", content_type="text/html"
    )
    result = salvo("poll", httpserver.url_for("/"))
    assert result.returncode == 1
    assert "is not an RSS or Atom feed" in result.stderr
    assert "Traceback" not in result.stderr


def test_discovery_takes_one_hop_only(httpserver, salvo):
    # The announced "feed" is itself a page announcing another: no chain of hops.
    httpserver.expect_request("/").respond_with_data(HOME, content_type="text/html")
    httpserver.expect_request("/feed.rss.xml").respond_with_data(
        HOME.replace("/feed.rss.xml", "/other.xml"), content_type="text/html"
    )
    result = salvo("poll", httpserver.url_for("/"))
    assert result.returncode == 1
    assert "is not an RSS or Atom feed" in result.stderr
    paths = [request.path for request, _ in httpserver.log if request.path != "/robots.txt"]
    assert paths == ["/", "/feed.rss.xml"]
