"""What a live-blog split returns: the page's posts, each with a stable key."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree, html

from monitor.extract import xml_safe


@dataclass(frozen=True)
class Post:
    """One post of a live blog."""

    key: str  # stable identity: the post's own id/anchor, else time + first words
    url: str  # page url, plus "#anchor" when the post has one
    title: str | None
    text: str
    published: str | None  # ISO 8601 with the timezone the page gives
    updated: str | None = None
    fingerprint: str | None = None  # hash of the post's markup as the page gives it
    # Its markup is one already stored: the text was not cleaned again (title and text empty).
    unchanged: bool = False


@dataclass(frozen=True)
class LiveBlog:
    """A page split into posts, and which method found them."""

    method: str  # "jsonld", "adapter:<name>" or "generic"
    posts: list[Post] = field(default_factory=list)


def parse_page(page: str) -> html.HtmlElement | None:
    """An HTML page as a tree, or None when there is nothing to parse."""
    if not page.strip():
        return None
    page = xml_safe(page)  # one control character would make lxml refuse every later edit
    try:
        return html.document_fromstring(page)
    except ValueError:
        # lxml refuses str input that carries an XML encoding declaration; bytes are fine.
        return html.document_fromstring(page.encode("utf-8"))
    except etree.ParserError:
        return None
