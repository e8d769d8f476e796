"""A source's config says who speaks (`attribution`) and in which language (`lang`)."""

from __future__ import annotations

from monitor.config import Source
from monitor.models import Document
from monitor.pipeline import Ingestor
from monitor.telegram import channel_attribution
from storage import Store
from tests.conftest import rows


def ingest(tmp_path, source: Source, text: str) -> list[tuple]:
    db = tmp_path / "salvo.db"
    ingestor = Ingestor(lambda: Store(db), sources=[source])
    try:
        document = Document(
            url=f"https://example.org/{source.name}/1",
            body=text,
            content_type="text/plain",
            published="2025-10-05T06:00:00+00:00",
            entry_key="1",
        )
        ingestor.ingest(source.name, source.url, [document])
    finally:
        ingestor.close()
    return rows(db, "SELECT attacker, weapon, destroyed, source FROM reports ORDER BY weapon")


def test_a_primary_source_speaks_for_its_posts(tmp_path):
    ministry = Source(
        name="mod", url="https://example.org/mod", attribution="Russian Defence Ministry"
    )
    text = "За ночь перехвачены и уничтожены 48 украинских беспилотников самолетного типа."
    assert ingest(tmp_path, ministry, text) == [("UA", "drone", 48, "Russian Defence Ministry")]


def test_a_source_named_in_the_text_is_kept(tmp_path):
    relay = Source(name="relay", url="https://example.org/relay", attribution="Relay desk")
    text = "Russia launched 90 drones overnight; 71 were shot down, the Ukrainian air force said."
    found = ingest(tmp_path, relay, text)
    assert found == [("RU", "drone", 71, "Ukrainian Air Force")]


def test_without_attribution_the_source_stays_unknown(tmp_path):
    wire = Source(name="wire", url="https://example.org/wire")
    text = "Russia launched 90 drones overnight; 71 were shot down."
    assert ingest(tmp_path, wire, text) == [("RU", "drone", 71, None)]


def test_known_primary_channels():
    assert channel_attribution("https://t.me/kpszsu/12399") == "Ukrainian Air Force"
    assert channel_attribution("https://t.me/s/mod_russia") == "Russian Defence Ministry"
    assert channel_attribution("https://t.me/somebody/1") is None
    assert channel_attribution("https://example.org/kpszsu") is None
