"""Feed reading: every RSS, Atom and JSON Feed version into entries with stable keys and change
fingerprints, and the feeds a home page announces."""

from pathlib import Path

import pytest

from monitor.errors import ParseError
from monitor.feeds import discover_feeds, parse_feed

SITE = Path(__file__).parent / "fixtures" / "site"
BASE = "http://127.0.0.1:8000"


def fixture_feed(name: str) -> bytes:
    return (SITE / name).read_text().replace("{{base}}", BASE).encode()


def test_rss2_entries():
    feed = parse_feed(fixture_feed("wire-r0.rss.xml"), f"{BASE}/wire/feed.rss.xml")
    assert feed.title == "The Kyiv Wire"
    assert feed.version == "rss20"
    assert [e.key for e in feed.entries] == ["kyiv-wire-1002", "kyiv-wire-1001"]
    attack = feed.entries[1]
    assert attack.link == f"{BASE}/wire/2025/06/01/overnight-attack.html"
    assert attack.published == "2025-06-01T06:30:00+00:00"
    assert attack.summary.startswith("Russia launched 120 drones")


def test_atom_entries():
    feed = parse_feed(fixture_feed("direct.atom.xml"), f"{BASE}/direct/atom.xml")
    assert feed.version == "atom10"
    (entry,) = feed.entries
    assert entry.key == "urn:le-direct:2025-06-01:frappes"
    assert entry.link == f"{BASE}/direct/2025/06/01/nuit-de-frappes.html"
    assert entry.published == "2025-06-01T07:10:00+00:00"


def test_edited_entry_changes_fingerprint_and_keeps_key():
    before = {e.key: e for e in parse_feed(fixture_feed("wire-r0.rss.xml"), BASE).entries}
    after = {e.key: e for e in parse_feed(fixture_feed("wire-r1.rss.xml"), BASE).entries}
    assert set(after) - set(before) == {"kyiv-wire-1003"}
    assert after["kyiv-wire-1002"].entry_hash == before["kyiv-wire-1002"].entry_hash
    assert after["kyiv-wire-1001"].entry_hash != before["kyiv-wire-1001"].entry_hash


def test_html_is_not_a_feed():
    html = (SITE / "pages" / "grain-talks.html").read_bytes()
    with pytest.raises(ParseError, match="is not an RSS or Atom feed"):
        parse_feed(html, f"{BASE}/not-a-feed.html")


def test_entry_without_id_or_link_gets_a_content_key():
    body = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
    <item><title>Only a title</title><description>Text</description></item></channel></rss>"""
    (entry,) = parse_feed(body, BASE).entries
    assert entry.key.startswith("sha1:") and entry.link is None
    assert parse_feed(body, BASE).entries[0].key == entry.key


FEEDS = Path(__file__).parent / "fixtures" / "feeds"
ATTACK = f"{BASE}/2025/06/01/overnight-attack.html"
GRAIN = f"{BASE}/2025/06/01/grain-talks.html"


def format_fixture(name: str) -> bytes:
    return (FEEDS / name).read_text(encoding="utf-8").replace("{{base}}", BASE).encode()


@pytest.mark.parametrize(
    ("name", "version", "keys", "published"),
    [
        ("rss091.xml", "rss091n", [ATTACK, GRAIN], None),
        ("rss092.xml", "rss092", [ATTACK, GRAIN], None),
        ("rss10.rdf", "rss10", [ATTACK, GRAIN], "2025-06-01T06:30:00+00:00"),
        (
            "atom03.xml",
            "atom03",
            ["tag:night-desk,2025-06-01:attack", "tag:night-desk,2025-06-01:grain"],
            "2025-06-01T06:30:00+00:00",
        ),
        ("feed.json", "json11", ["night-desk-attack", "1002"], "2025-06-01T06:30:00+00:00"),
    ],
)
def test_every_feed_format_gives_the_same_entries(name, version, keys, published):
    feed = parse_feed(format_fixture(name), f"{BASE}/{name}")
    assert feed.version == version
    assert feed.title == "Kyiv Night Desk"
    assert [entry.key for entry in feed.entries] == keys
    attack, grain = feed.entries
    assert (attack.link, grain.link) == (ATTACK, GRAIN)
    assert attack.title == "Russia launches 120 drones at Ukraine overnight"
    assert attack.summary.startswith("Russia launched 120 drones and four missiles")
    assert attack.published == published


def test_json_feed_html_content_and_a_revision():
    body = format_fixture("feed.json")
    (_, grain) = parse_feed(body, BASE).entries
    assert grain.summary == "<p>Negotiators met in Istanbul.</p>"
    edited = body.replace(b"met in Istanbul", b"met again in Istanbul")
    (_, grain_after) = parse_feed(edited, BASE).entries
    assert grain_after.key == grain.key and grain_after.entry_hash != grain.entry_hash


@pytest.mark.parametrize(
    "body",
    [
        b'{"version": "https://jsonfeed.org/version/1.1", "title": "T"}',
        b'{"version": "https://jsonfeed.org/version/1.1", "items": "nope"}',
    ],
)
def test_json_feed_without_items_is_a_clear_error(body):
    with pytest.raises(ParseError, match="JSON Feed without an items list"):
        parse_feed(body, f"{BASE}/feed.json")


def test_json_that_is_not_a_feed_is_not_a_feed():
    with pytest.raises(ParseError, match="is not an RSS or Atom feed"):
        parse_feed(b'{"hello": "world"}', f"{BASE}/api.json")


def test_feeds_announced_by_a_home_page():
    page = format_fixture("home.html")
    assert discover_feeds(page, f"{BASE}/") == [f"{BASE}/feed.rss.xml", f"{BASE}/live/atom.xml"]
    assert discover_feeds(b"<html><head></head><body>No feed</body></html>", BASE) == []
    assert discover_feeds(b"", BASE) == []
