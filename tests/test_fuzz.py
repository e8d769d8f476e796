"""Fuzzing the parsers with hypothesis: whatever the web serves, they answer or refuse cleanly.

A short run in CI; `bench/fuzz.py` runs the same properties for longer.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.counts import read_reports
from monitor.errors import ParseError
from monitor.extract import main_text
from monitor.feeds import parse_feed
from monitor.liveblog import split_liveblog
from monitor.models import WEAPONS
from monitor.telegram import parse_channel_page

EXAMPLES = int(os.environ.get("SALVO_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = [
    "Russia",
    "launched",
    "drones",
    "missiles",
    "shot",
    "down",
    "overnight",
    "largest",
    "record",
    "La",
    "Russie",
    "a",
    "lancé",
    "et",
    "nuit",
    "du",
    "au",
    "juillet",
    "противник",
    "атакував",
    "БпЛА",
    "ракет",
    "збито",
    "у",
    "ніч",
    "на",
    "липня",
    "Минобороны",
    "уничтожены",
    "беспилотников",
    "of",
    "them",
    "including",
    "dont",
    "в",
    "том",
    "числе",
    "week",
    "1,200",
    "1 200",
    "539",
    "11",
    "two",
    "deux",
    "семью",
    "двома",
    "0",
    "539000000",
    "-5",
    "3.5",
    ":",
    ".",
    ",",
    "\n",
    "—",
    "(",
    ")",
]
texts = st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=80).map(" ".join)
TAGS = ["div", "p", "article", "li", "ul", "time", "script", "h2", "span", "section"]


@st.composite
def html(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        tag = draw(st.sampled_from(TAGS))
        attrs = draw(
            st.sampled_from(
                [
                    "",
                    ' class="block"',
                    ' id="block-1"',
                    ' datetime="2025-07-04T10:00:00Z"',
                    ' class="tgme_widget_message" data-post="kpszsu/12"',
                    ' type="application/ld+json"',
                ]
            )
        )
        body = draw(
            texts
            | st.sampled_from(
                [
                    '{"@type": "LiveBlogPosting", "liveBlogUpdate": [',
                    "]}",
                    "<",
                    ">",
                    "&amp;",
                    "&#0;",
                ]
            )
        )
        close = draw(st.booleans())
        parts.append(f"<{tag}{attrs}>{body}" + (f"</{tag}>" if close else ""))
    return "<html><body>" + "".join(parts)


@FUZZ
@given(texts, st.sampled_from([None, "2025-07-04", "2025-07-04T23:30:00+00:00", "garbage"]))
def test_count_reader_gives_sane_reports(text, published):
    for report in read_reports(text, published=published):
        assert report.weapon in WEAPONS
        assert report.attacker in (None, "RU", "UA")
        for figure in (report.launched, report.destroyed):
            assert figure is None or figure >= 0
        assert report.date is None or len(report.date) == 10


@FUZZ
@given(st.binary(max_size=2000) | html().map(str.encode) | texts.map(str.encode))
def test_feed_reader_reads_or_refuses(body):
    try:
        feed = parse_feed(body, "http://127.0.0.1/feed.xml")
    except ParseError as error:
        assert "\n" not in str(error)
    else:
        for entry in feed.entries:
            assert entry.key and entry.entry_hash


XML = st.sampled_from(
    [
        '<?xml version="1.0"?><rss version="2.0"><channel><title>{}</title><item><title>{}</title>'
        "<link>http://127.0.0.1/a</link></item></channel></rss>",
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>{}</title><entry><id>{}</id></entry>',
    ]
)


@FUZZ
@given(XML, texts, texts)
def test_feed_reader_on_broken_feeds(template, first, second):
    body = template.format(first, second).encode()
    try:
        parse_feed(body[: len(body) // 2 + 1], "http://127.0.0.1/feed.xml")
        parse_feed(body, "http://127.0.0.1/feed.xml")
    except ParseError:
        pass


@FUZZ
@given(html())
def test_splitters_and_extraction_never_crash(page):
    blog = split_liveblog(page, "http://127.0.0.1/live")
    if blog is not None:
        assert len({post.key for post in blog.posts}) == len(blog.posts)
    main_text(page)
    try:
        channel = parse_channel_page(page, "http://127.0.0.1/s/kpszsu")
    except ParseError:
        return
    assert all(message.post_id >= 0 for message in channel.messages)
