"""Stable post keys: the post's own anchor where it has one, else its time and first words."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from urllib.parse import urldefrag

from lxml import etree, html

from monitor.liveblog.model import Post

_WORDS = re.compile(r"\w+")
KEY_WORDS = 8  # enough to tell two posts of the same minute apart, few enough to survive edits


def anchor_of(value: str | None) -> str | None:
    """The fragment of a URL or @id ("…#block-123" -> "block-123"), or an id as is."""
    if not value:
        return None
    value = value.strip()
    if "#" in value:
        fragment = urldefrag(value)[1].strip()
        return fragment or None
    if "/" in value or ":" in value:
        return None  # a URL without a fragment names the page, not the post
    return value or None


def derived_key(published: str | None, text: str) -> str:
    """Key from the post time and its first normalised words, so later edits keep it."""
    words = _WORDS.findall(unicodedata.normalize("NFKC", text).casefold())[:KEY_WORDS]
    digest = hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()[:12]
    return f"t:{published or '-'}:{digest}"


def post_url(page_url: str, anchor: str | None) -> str:
    """Page URL plus the post's anchor when it has one."""
    base = urldefrag(page_url)[0]
    return f"{base}#{anchor}" if anchor else base


def fingerprint(markup: str | bytes) -> str:
    """A post's markup (HTML fragment or JSON-LD object) hashed before any cleaning: the same
    markup on the next crawl is the same post, its text need not be read again."""
    # surrogatepass: a JSON-LD string may spell a lone surrogate ("\\ud800"); it still hashes.
    raw = markup.encode("utf-8", "surrogatepass") if isinstance(markup, str) else markup
    return hashlib.blake2b(raw, digest_size=12).hexdigest()


def element_fingerprint(*elements: html.HtmlElement) -> str:
    return fingerprint(b"".join(etree.tostring(element, with_tail=False) for element in elements))


def make_post(
    page_url: str,
    *,
    anchor: str | None,
    title: str | None,
    text: str,
    published: str | None,
    updated: str | None = None,
    markup_hash: str | None = None,
) -> Post:
    """A Post keyed by its anchor, or by time and first words when it has none."""
    key = anchor or derived_key(published, text or title or "")
    return Post(
        key=key,
        url=post_url(page_url, anchor),
        title=title or None,
        text=text,
        published=published,
        updated=updated if updated and updated != published else None,
        fingerprint=markup_hash,
    )


def known_post(
    page_url: str,
    markup_hash: str,
    known: Mapping[str, str],
    anchor: str | None,
    published: str | None,
) -> Post | None:
    """The post whose markup is stored already under a key, as an unchanged post; else None."""
    key = known.get(markup_hash)
    if key is None:
        return None
    return Post(
        key=key,
        url=post_url(page_url, anchor),
        title=None,
        text="",
        published=published,
        fingerprint=markup_hash,
        unchanged=True,
    )


def unique_posts(posts: list[Post]) -> list[Post]:
    """Drop repeats of a key (a pinned copy of a post), keeping the first; drop empty posts."""
    seen: set[str] = set()
    kept: list[Post] = []
    for post in posts:
        if post.key in seen or not (post.text or post.title or post.unchanged):
            continue
        seen.add(post.key)
        kept.append(post)
    return kept
