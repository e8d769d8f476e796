"""Main text: trafilatura on the page, then the content farm's junk removed."""

import hashlib
from pathlib import Path

from monitor.diff import Change, classify, content_hash
from monitor.extract import (
    FAST_ENOUGH,
    _extract,
    clean_text,
    main_text,
    needs_full_pass,
    xml_safe,
)

FIXTURES = Path(__file__).parent / "fixtures"


def test_seed_page_main_text_without_junk():
    extracted = main_text((FIXTURES / "seed-article.html").read_text())
    text = extracted.text
    assert text.startswith("La Russie a lancé 539 drones et 11 missiles")
    assert extracted.published == "2025-07-04"
    assert extracted.title.startswith("La Russie a lancé 539 drones")
    lines = text.splitlines()
    assert "SOURCE" not in lines
    for junk in (
        "Deja una respuesta",
        "Entradas recientes",
        "Comparte esto",
        "Contacto",
        "The provided content has been rewritten",
        "Todos los derechos",
    ):
        assert junk not in text
    # The rewritten paragraph stays (the count reader merges it); the disclaimer before it goes.
    assert any(
        line.startswith("Le ministère russe de la Défense a annoncé avoir abattu") for line in lines
    )


def test_fixture_page_drops_navigation_and_sidebars():
    text = main_text((FIXTURES / "site" / "pages" / "overnight-attack-r0.html").read_text()).text
    assert text.startswith("Russia launched 120 drones and four missiles")
    for junk in ("Newsletters", "Related stories", "Accept all", "Share on X", "All rights"):
        assert junk not in text


def test_plain_text_is_read_as_is():
    text = "Russia launched 5 drones.\n\nSOURCE\nRussia launched 5 drones."
    assert main_text(text).text == "Russia launched 5 drones."


def test_clean_text_drops_furniture_lines_only():
    text = "Share this:\nThe attack lasted six hours.\nLeave a reply\nSource\nSources said 3."
    assert clean_text(text) == "The attack lasted six hours.\nSources said 3."


def test_content_hash_ignores_whitespace_but_not_words():
    assert content_hash("T", "a  b\nc") == content_hash("T", "a b c")
    assert content_hash("T", "a b c") != content_hash("T", "a b d")
    assert classify(None, "h") is Change.NEW
    assert classify("h", "h") is Change.SEEN
    assert classify("h", "g") is Change.REVISED


def test_content_hash_is_stable_across_every_kind_of_whitespace():
    # Stored hashes decide new / revised / seen after an upgrade: the definition must not move.
    spaces = [chr(code) for code in range(0x3000 + 1) if chr(code).isspace()]
    expected = hashlib.sha256(b"T\na b").hexdigest()
    for space in spaces:
        assert content_hash(f"{space}T", f"{space}a{space}{space}b{space}") == expected
    assert content_hash("T", "a\u200bb") != content_hash("T", "a b")  # zero-width: not a space
    assert content_hash("T", "cafe\u0301") == content_hash("T", "caf\u00e9")  # NFC


def test_without_metadata_the_given_title_is_stripped_and_text_unchanged():
    page = (FIXTURES / "site" / "pages" / "overnight-attack-r0.html").read_text()
    full = main_text(page)
    fast = main_text(page, metadata=False, title=full.title)
    assert fast.text == full.text
    assert fast.published is None  # not searched for: the feed gave it


def test_a_short_fragment_still_gives_its_text():
    # A feed entry without a link: its summary is all there is, too short for trafilatura.
    summary = "<p>Russia launched <b>30</b> drones overnight.</p><script>track()</script>"
    assert main_text(summary).text == "Russia launched 30 drones overnight."


def test_a_page_whose_posts_the_fast_extraction_misses_is_extracted_in_full():
    # trafilatura's fast extraction keeps 458 characters of this live blog; the full one (with
    # readability's second opinion) its posts.
    body = (FIXTURES / "outlets" / "bbc.html").read_text()
    fast = _extract(xml_safe(body), None, False, fast=True)
    assert len(fast.text) < FAST_ENOUGH
    assert len(main_text(body).text) > 10 * len(fast.text)


def test_a_short_story_on_a_light_page_is_extracted_once(monkeypatch):
    import trafilatura

    calls = []
    real = trafilatura.bare_extraction

    def counted(*args, **kwargs):
        calls.append(kwargs["options"].fast)
        return real(*args, **kwargs)

    monkeypatch.setattr(trafilatura, "bare_extraction", counted)
    story = " ".join(
        f"Russia launched {n} drones at the region overnight, the governor said in a statement."
        for n in range(20, 28)
    )
    page = (
        "<html><head><title>Overnight attack</title></head><body><nav><a href='/'>Home</a>"
        f"</nav><article><h1>Overnight attack</h1><p>{story}</p></article></body></html>"
    )
    text = main_text(page).text
    assert 500 < len(text) < FAST_ENOUGH
    assert calls == [True]  # the fast extraction only
    # The same story in a page thirty times its size is extracted in full as well.
    calls.clear()
    promos = "<div class='promo'><a href='/x'>More</a></div>" * 800
    heavy = page.replace("</nav>", "</nav>" + promos)
    main_text(heavy)
    assert calls == [True, False]


def test_which_fast_extractions_are_extracted_again():
    assert needs_full_pass(458, 54_567)  # bbc.html: its live blog's posts were missed
    assert needs_full_pass(250, 12_720)  # guardian.html
    assert not needs_full_pass(700, 6_000)  # a short story
    assert not needs_full_pass(1_200, 300_000)  # enough text, whatever the page
