"""Feed reading: RSS 2.0 and Atom into entries with stable keys and change fingerprints."""

from pathlib import Path

import pytest

from monitor.errors import ParseError
from monitor.feeds import parse_feed

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
