"""Markup that made the splitter raise, each found by `bench/atheris_fuzz.py split`.

One U+001C in a live-blog page made lxml raise "All strings must be XML compatible" at the
first edit of the tree (`salvo crawl` of such a page is in tests/test_hostile.py; here each HTML
entry point on its own); a bogus end tag (`</ x>`, a comment to the parser) was read as a heading;
a link to `http://[x` made urllib raise "Invalid IPv6 URL".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html

from monitor.extract import fragment_text, main_text, xml_safe
from monitor.feeds import discover_feeds
from monitor.liveblog import split_liveblog
from monitor.liveblog.clean import fragment_text as post_text
from monitor.liveblog.pages import older_page_url
from monitor.models import Document
from monitor.split import split_document
from monitor.telegram import parse_channel_page

FIXTURES = Path(__file__).parent / "fixtures"
REFUSED = "\x00\x01\x08\x0b\x0c\x0e\x1c\x1f\ud800\udfff\ufffe\uffff"


def test_xml_safe_drops_what_lxml_refuses_and_keeps_the_rest():
    assert xml_safe(f"a{REFUSED}b") == "a  b"  # vertical tab and form feed are spaces
    kept = "tab\tline\ncr\r é ї \u0085 \u200b 🚀"
    assert xml_safe(kept) is kept  # nothing to do: the same string, no copy
    for char in REFUSED:
        with pytest.raises(ValueError):
            html.fromstring("<p>x</p>").text = char  # what lxml itself says of each
        html.fromstring("<p>x</p>").text = xml_safe(char)


def test_the_guardian_page_with_a_control_character_splits_as_without():
    page = (FIXTURES / "liveblogs" / "guardian.html").read_text(encoding="utf-8")
    hostile = (FIXTURES / "hostile" / "pages" / "control-chars.html").read_text(encoding="utf-8")
    url = "https://www.theguardian.com/world/live/2025/jul/04/russia-ukraine-war-live"
    clean = split_document(Document(url=url, body=page))
    found = split_document(Document(url=url, body=hostile))
    assert found is not None and clean is not None
    assert found[0] == clean[0] == "adapter:guardian"
    assert [u.key for u in found[1]] == [u.key for u in clean[1]]
    launched = next(u.text for u in found[1] if "Russia launched 539" in u.text)
    assert "Russia launched 539 drones and 11 missiles" in launched


def test_json_ld_escapes_that_spell_refused_characters():
    page = r"""<html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "LiveBlogPosting", "liveBlogUpdate": [
     {"@type": "BlogPosting", "@id": "https://x.example/live#u1", "headline": "One",
      "articleBody": "<p>Russia launched\u001c 120 drones\u0000 overnight.</p><p>More\ud800.</p>",
      "datePublished": "2025-07-04T06:00:00+03:00"},
     {"@type": "BlogPosting", "@id": "https://x.example/live#u2", "headline": "Two",
      "articleBody": "Plain text\u001f with four\u000b missiles.",
      "datePublished": "2025-07-04T07:00:00+03:00"}]}
    </script></head><body><p>x</p></body></html>"""
    blog = split_liveblog(page, "https://x.example/live")
    assert blog is not None and blog.method == "jsonld"
    assert [p.text for p in blog.posts] == [
        "Russia launched 120 drones overnight.\nMore.",
        "Plain text with four missiles.",
    ]


def test_a_comment_before_a_heading_is_not_an_element():
    # `</ x>` is a bogus comment to an HTML parser; reading its "heading" crashed (atheris).
    root = html.fragment_fromstring(
        "<div><section></ quote><h3>Read more</h3><p>Elsewhere</p></section>"
        "<section><!-- note --><p>Russia launched 120 drones overnight.</p></section></div>"
    )
    assert post_text(root) == "Russia launched 120 drones overnight."


def test_main_text_and_fragments_with_control_characters():
    page = (
        "<html><head><title>Night</title></head><body><article><h1>Night</h1>"
        + "<p>Russia launched 120\x1c drones\x00 and four missiles at Ukraine overnight, the air"
        " force said on Friday.</p>" * 3
        + "</article></body></html>"
    )
    assert "Russia launched 120 drones and four missiles" in main_text(page).text
    assert fragment_text("<p>One\x1c</p><p>two\ud800</p>").split() == ["One", "two"]


def test_telegram_message_with_control_characters():
    page = (FIXTURES / "telegram" / "kpszsu-page1.html").read_text(encoding="utf-8")
    hostile = page.replace(
        "Ударні БпЛА на півночі Чернігівщини", "Ударні\x1c БпЛА\x00 на півночі Чернігівщини"
    )
    assert hostile != page
    clean = parse_channel_page(page, "https://t.me/s/kpszsu")
    found = parse_channel_page(hostile, "https://t.me/s/kpszsu")
    assert [m.text for m in found.messages] == [m.text for m in clean.messages]


def test_links_that_are_not_urls_are_skipped():
    page = (FIXTURES / "liveblogs" / "aljazeera.html").read_text(encoding="utf-8")
    url = "https://www.aljazeera.com/news/liveblog/2025/7/4/russia-ukraine-war-live"
    hostile = page.replace(f'href="{url}?update=3812045"', 'href="http://[x/?update=1"', 1)
    assert hostile != page
    clean, found = split_liveblog(page, url), split_liveblog(hostile, url)
    assert clean is not None and found is not None and found.method == "adapter:aljazeera"
    assert len(found.posts) == len(clean.posts)
    assert "update-3812045" not in {post.key for post in found.posts}  # keyed otherwise
    links = '<a rel="next" href="http://[x/live?page=2">Older posts</a>'
    assert older_page_url(f"<html><body><p>Post</p>{links}</body></html>", url) is None
    announced = (
        '<html><head><link rel="alternate" type="application/rss+xml" href="http://[x/rss">'
        '<link rel="alternate" type="application/rss+xml" href="/feed.xml"></head></html>'
    )
    assert discover_feeds(announced.encode(), url) == ["https://www.aljazeera.com/feed.xml"]
