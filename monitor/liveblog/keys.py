"""Stable post keys: the post's own anchor where it has one, else its time and first words."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urldefrag

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


def make_post(
    page_url: str,
    *,
    anchor: str | None,
    title: str | None,
    text: str,
    published: str | None,
    updated: str | None = None,
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
    )


def unique_posts(posts: list[Post]) -> list[Post]:
    """Drop repeats of a key (a pinned copy of a post), keeping the first; drop empty posts."""
    seen: set[str] = set()
    kept: list[Post] = []
    for post in posts:
        if post.key in seen or not (post.text or post.title):
            continue
        seen.add(post.key)
        kept.append(post)
    return kept
