"""Near-duplicates: one wire report retold by several outlets is linked to its first telling;
different reports, even in the same template, are not."""

from __future__ import annotations

import itertools
import json
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from monitor import similar
from monitor.models import Document
from monitor.pipeline import Ingestor
from monitor.replay import ReplayServer
from storage import Store
from storage.schema import SCHEMA_VERSION, migrations
from tests.conftest import FIXTURES, rows

AIRFORCE = Path(__file__).parent / "corpus" / "airforce_uk.jsonl"


def figures_of(expected: list[dict]) -> set[tuple]:
    return {(r["weapon"], r["launched"], r["destroyed"], r["date"]) for r in expected}


def test_short_texts_have_no_signature():
    assert similar.signature("Russia launched 40 drones at Ukraine overnight.") is None
    assert similar.signature(" ".join(["word"] * 30)) is not None


def _shingle_hash(gram: str) -> int:
    """The documented shingle hash, byte by byte in Python integers."""
    data, modulus = gram.encode(), 1 << 64
    value = sum(byte * pow(similar._BASE, place, modulus) for place, byte in enumerate(data))
    value = (value + len(data)) % modulus
    for multiplier in (0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53):
        value ^= value >> 33
        value = value * multiplier % modulus
    return (value ^ (value >> 33)) >> 32


def test_shingle_hashes_made_at_once_are_each_shingles_own():
    # Stored signatures are compared with new ones: numpy's wrapping arithmetic must give the
    # hash the schema documents, for every place in the text, ASCII or not.
    words = similar._opening_words("Росія запустила 539 дронів et 11 missiles, déjà vu " * 8)
    hashes = similar.shingle_hashes(words)
    assert len(hashes) == len(words) - 2
    assert [int(h) for h in hashes] == [
        _shingle_hash(" ".join(words[i : i + 3])) for i in range(len(words) - 2)
    ]
    huge = ["x" * 20_000, *words]  # past the precomputed powers
    assert int(similar.shingle_hashes(huge)[-1]) == int(hashes[-1])


# What versions before schema 13 stored for OLD_TEXT: datasketch 2.0's MinHash(num_perm=64,
# seed=1) over the SHA-1 of each word 3-gram.
OLD_TEXT = (
    "Russia launched 539 drones and 11 missiles at Ukraine overnight, the air force said on"
    " Friday, in what officials called the largest aerial attack of the war so far. Air"
    " defences shot down 268 drones and two missiles, while others were jammed electronically."
)
OLD_SIGNATURE = bytes.fromhex(
    "1ce1d50040b10100279ad502cfa79b00b8242f0da7132207fa3b7f04e3a2e913e830ca01af65250fc093b602"
    "4c672f00998cad002ecf3501ab398411ef4a350875079505e86aa20a0d9a7905797f77033b7da307d04a3105"
    "e0679002b744ca196c97540100337301c508c0148044dd0140f87400279b9303035d0700b26b7a1cbe622902"
    "a8f4cb073655151f4ed85c101167ef01f4b8190aa710280396c0d300b2d3220530292601c1d2a302cc308a01"
    "5b90540b3419280264f15b09bb860301f5439000936b4203b4bcdc12a0e32800a8f187048405650ee082a305"
    "74c7c001fa8bc60853a5050031b7c806d74b1702c5aa3005d8b252017661a0063daeaa00"
)


def test_signatures_stored_before_schema_13_are_made_again_and_still_found(tmp_path):
    path = tmp_path / "old.db"
    db = Database(sqlite3.connect(path))
    migrations.apply(db, stop_before="m013_signatures_without_sha1")
    db.execute(f"PRAGMA user_version={len(migrations.applied(db))}")
    update_id = (
        db["updates"]
        .insert(
            {
                "source": "wire",
                "key": "w1",
                "text": OLD_TEXT,
                "published": "2025-07-04T08:00:00+00:00",
                "first_seen": "2025-07-04",
                "last_seen": "2025-07-04",
                "content_hash": "w1",
                "revision": 1,
            }
        )
        .last_pk
    )
    day = "2025-07-04"
    db["fingerprints"].insert({"update_id": update_id, "signature": OLD_SIGNATURE, "day": day})
    db["fingerprint_bands"].insert_all(
        {"band": band, "update_id": update_id, "day": day} for band in similar.bands(OLD_SIGNATURE)
    )
    db.conn.commit()
    db.close()
    retold = Document(
        url="http://outlet-b.example/1",
        body=OLD_TEXT + " Officials in Kyiv confirmed the figures on Friday.",
        content_type="text/plain",
        title="Largest attack",
        published="2025-07-04T10:00:00+00:00",
        entry_key="b1",
    )
    ingestor = Ingestor(lambda: Store(path), processes=1)
    try:
        ingestor.ingest("outlet-b", "u", [retold])
        assert ingestor.store.schema_version() == SCHEMA_VERSION
    finally:
        ingestor.close()
    assert rows(path, "SELECT duplicate_of FROM updates WHERE key = 'b1'") == [(update_id,)]
    stored = rows(path, f"SELECT signature FROM fingerprints WHERE update_id = {update_id}")
    assert stored == [(similar.signature(OLD_TEXT),)] and stored[0][0] != OLD_SIGNATURE
    bands = rows(path, f"SELECT band, day FROM fingerprint_bands WHERE update_id = {update_id}")
    assert sorted(bands) == sorted((band, day) for band in similar.bands(stored[0][0]))


def test_signature_bands_are_stable_and_sixteen():
    text = (FIXTURES / "retold" / "wire.html").read_text(encoding="utf-8")
    first, second = similar.signature(text), similar.signature(text)
    assert first == second and len(first) == similar.NUM_PERM * 4
    assert similar.bands(first) == similar.bands(second)
    assert len(set(similar.bands(first))) == similar.BANDS


def test_air_force_summaries_of_different_nights_are_not_one_report():
    texts = [json.loads(line) for line in AIRFORCE.read_text(encoding="utf-8").splitlines()]
    signed = [(t, similar.signature(t["text"])) for t in texts]
    signed = [(t, sig) for t, sig in signed if sig is not None]
    assert len(signed) > 30
    linked = [
        (a["id"], b["id"])
        for (a, sig_a), (b, sig_b) in itertools.combinations(signed, 2)
        if figures_of(a["expected"]) != figures_of(b["expected"])
        and similar.same_report(a["text"], sig_a, b["text"], sig_b)
    ]
    assert linked == []


def test_a_summary_reposted_with_a_line_more_is_one_report():
    texts = [json.loads(line) for line in AIRFORCE.read_text(encoding="utf-8").splitlines()]
    checked = 0
    for text in texts:
        original = text["text"]
        sig = similar.signature(original)
        if sig is None:
            continue
        repost = "Джерело: Повітряні сили ЗСУ\n" + original + "\nПідписуйтесь на наш канал!"
        assert similar.same_report(repost, similar.signature(repost), original, sig), text["id"]
        checked += 1
    assert checked > 30


@pytest.fixture
def outlets():
    with ReplayServer(FIXTURES / "retold") as server:
        yield server


@pytest.mark.parametrize(
    "order",
    [("wire", "daily", "farm", "direct", "echo"), ("farm", "echo", "direct", "daily", "wire")],
)
def test_a_report_retold_by_three_outlets_is_linked_to_its_first_telling(outlets, salvo, order):
    for name in order:
        result = salvo("poll", outlets.url(f"/{name}/feed.rss.xml"))
        assert result.returncode == 0, result.stderr
    stored = {
        url.split("/")[-2]: (update_id, duplicate_of, lang)
        for update_id, url, duplicate_of, lang in rows(
            salvo.db, "SELECT id, url, duplicate_of, lang FROM updates"
        )
    }
    assert set(stored) == set(order)
    english = [name for name in order if name in ("wire", "daily", "farm")]
    first = stored[english[0]][0]
    # The English tellings point to whichever was stored first; it points nowhere.
    assert {name: stored[name][1] for name in english} == {
        english[0]: None,
        english[1]: first,
        english[2]: first,
    }
    # A translation is another text, and the night before in the same words another report.
    assert stored["direct"][1] is None and stored["echo"][1] is None
    assert {name: lang for name, (_, _, lang) in stored.items()} == {
        "wire": "en",
        "daily": "en",
        "farm": "en",
        "direct": "fr",
        "echo": "en",
    }
    # The attack told five times is one attack, and each telling is one linked row.
    assert rows(salvo.db, "SELECT date, drones FROM attacks WHERE attacker = 'RU'") == [
        ("2025-07-08", 400),
        ("2025-07-09", 728),
    ]
    told = rows(
        salvo.db,
        "SELECT count(*) FROM updates WHERE duplicate_of IS NULL"
        " AND id IN (SELECT update_id FROM reports WHERE date = '2025-07-09')",
    )
    assert told == [(2,)]  # the English first telling and the French one


def test_similarities_agree_with_similarity_one_by_one():
    texts = [json.loads(line)["text"] for line in AIRFORCE.read_text(encoding="utf-8").splitlines()]
    signatures = [sig for sig in map(similar.signature, texts) if sig is not None]
    assert len(signatures) > 10
    mine = signatures[0]
    expected = [similar.similarity(mine, other) for other in signatures]
    assert similar.similarities(mine, signatures) == expected
    assert expected[0] == 1.0 and min(expected) < similar.THRESHOLD
    # A signature of another length (not ours) is simply not similar.
    assert similar.similarities(mine, [mine[:-4], mine]) == [0.0, 1.0]
    assert similar.similarities(mine, []) == []


WIRE = (
    "Russia launched {drones} drones and {missiles} missiles at Ukraine overnight, the Ukrainian"
    " air force said on Saturday morning, in one of the heaviest attacks on the capital this"
    " summer."
    " Air defence units shot down most of the drones over the central and northern regions, while"
    " several missiles struck energy facilities in the west of the country, officials said."
    " Emergency crews worked through the night to restore power to thousands of homes {tail}."
)


def _telling(source: str, key: str, drones: int, missiles: int, tail: str) -> Document:
    text = WIRE.format(drones=drones, missiles=missiles, tail=tail)
    return Document(
        url=f"http://{source}.example/{key}",
        body=text,
        content_type="text/plain",
        title="Overnight attack",
        published="2025-07-05T08:00:00+00:00",
        entry_key=key,
    )


def test_a_revised_text_is_compared_by_its_new_figures(tmp_path):
    ingestor = Ingestor(lambda: Store(tmp_path / "salvo.db"), processes=1)
    try:
        ingestor.ingest("wire", "u", [_telling("wire", "w1", 539, 11, "in Lviv")])
        ingestor.ingest("outlet-b", "u", [_telling("b", "b1", 539, 11, "near Lviv")])
        # The wire corrects its figures; a third outlet then retells the corrected story.
        ingestor.ingest("wire", "u", [_telling("wire", "w1", 610, 21, "in Lviv")])
        ingestor.ingest("outlet-c", "u", [_telling("c", "c1", 610, 21, "around Lviv")])
    finally:
        ingestor.close()
    links = dict(rows(tmp_path / "salvo.db", "SELECT key, duplicate_of FROM updates"))
    ids = dict(rows(tmp_path / "salvo.db", "SELECT key, id FROM updates"))
    assert links["b1"] == ids["w1"]  # the same figures then
    assert links["c1"] == ids["w1"]  # the wire's figures as corrected, not as first read


def test_bands_stored_before_they_had_a_day_still_find_their_retellings(tmp_path):
    """A file from before schema 11 (bands without their day) is upgraded in place, and a new
    telling finds the one stored then."""
    path = tmp_path / "old.db"
    db = Database(sqlite3.connect(path))
    migrations.apply(db, stop_before="m011_bands_by_day")
    db.execute(f"PRAGMA user_version={len(migrations.applied(db))}")
    first = WIRE.format(drones=539, missiles=11, tail="in Lviv")
    update_id = (
        db["updates"]
        .insert(
            {
                "source": "wire",
                "key": "w1",
                "text": first,
                "published": "2025-07-05T08:00:00+00:00",
                "first_seen": "2025-07-05",
                "last_seen": "2025-07-05",
                "content_hash": "w1",
                "revision": 1,
            }
        )
        .last_pk
    )
    signature = similar.signature(first)
    db["fingerprints"].insert({"update_id": update_id, "signature": signature, "day": "2025-07-05"})
    db["fingerprint_bands"].insert_all(
        {"band": band, "update_id": update_id} for band in similar.bands(signature)
    )
    db.conn.commit()
    db.close()
    ingestor = Ingestor(lambda: Store(path), processes=1)
    try:
        ingestor.ingest("outlet-b", "u", [_telling("b", "b1", 539, 11, "near Lviv")])
        assert ingestor.store.schema_version() == SCHEMA_VERSION
    finally:
        ingestor.close()
    linked = rows(path, "SELECT duplicate_of FROM updates WHERE key = 'b1'")
    assert linked == [(update_id,)]


def test_the_band_lookup_reads_only_the_index(tmp_path):
    """Candidates are found from the bands' index alone (schema 15), not row by row."""
    ingestor = Ingestor(lambda: Store(tmp_path / "salvo.db"), processes=1)
    statements: list[str] = []
    try:
        ingestor.ingest("wire", "u", [_telling("wire", "w1", 539, 11, "in Lviv")])
        ingestor.store.db.conn.set_trace_callback(statements.append)
        ingestor.ingest("outlet-b", "u", [_telling("b", "b1", 539, 11, "near Lviv")])
        ingestor.store.db.conn.set_trace_callback(None)
        lookup = next(s for s in statements if s.startswith("SELECT") and "fingerprint_bands" in s)
        plan = " ".join(row[3] for row in ingestor.store.db.execute(f"EXPLAIN QUERY PLAN {lookup}"))
    finally:
        ingestor.close()
    assert "COVERING INDEX idx_fingerprint_bands_band_day_update_id" in plan
    linked = rows(tmp_path / "salvo.db", "SELECT key FROM updates WHERE duplicate_of IS NOT NULL")
    assert linked == [("b1",)]
