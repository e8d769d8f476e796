"""Older pages of a live blog: the link to them, found in the page's own markup."""

from __future__ import annotations

import pytest

from monitor.liveblog.pages import older_page_url

BLOG = "https://news.example/live/ukraine-2025-06-01"


def page(body: str, head: str = "") -> str:
    return f"<html><head><title>Live</title>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # <link rel="next"> in the head, the surest sign.
        (page("", '<link rel="next" href="?page=2">'), f"{BLOG}?page=2"),
        # An anchor with rel="next".
        (
            page('<nav><a rel="next" href="/live/ukraine-2025-06-01/page/2/">2</a></nav>'),
            f"{BLOG}/page/2/",
        ),
        # "Load more" buttons in four languages, on the same blog.
        (
            page(f'<a class="btn" href="{BLOG}?before=1717220000">Load more</a>'),
            f"{BLOG}?before=1717220000",
        ),
        (page('<a href="?page=2">Messages précédents</a>'), f"{BLOG}?page=2"),
        (page('<a href="?page=2">Попередні дописи</a>'), f"{BLOG}?page=2"),
        (page('<a href="?offset=40">Показать ещё</a>'), f"{BLOG}?offset=40"),
        # Numbered pages: the next number, not the last or the first.
        (
            page('<a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=9">9</a>'),
            f"{BLOG}?page=2",
        ),
    ],
)
def test_the_older_page_is_found(markup, expected):
    assert older_page_url(markup, BLOG) == expected


def test_a_page_numbered_already_goes_on_to_the_next():
    markup = page('<a href="?page=2">2</a> <a href="?page=3">3</a>')
    assert older_page_url(markup, f"{BLOG}?page=2") == f"{BLOG}?page=3"


@pytest.mark.parametrize(
    "markup",
    [
        page('<a href="/world/">More news</a> <a href="/live/other-blog">Older stories</a>'),
        page('<a href="https://elsewhere.example/live?page=2">Load more</a>'),
        page(f'<a href="{BLOG}#post-12">Older</a> <a href="#top">Show more</a>'),
        page('<a href="javascript:load()">Load more</a>'),
        page("<p>No paging at all.</p>"),
        "",
    ],
)
def test_no_older_page(markup):
    assert older_page_url(markup, BLOG) is None
