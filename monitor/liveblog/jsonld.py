"""Posts from schema.org LiveBlogPosting JSON-LD (`liveBlogUpdate`), the most trusted source."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from typing import Any

from lxml import html

from monitor.extract import xml_safe
from monitor.liveblog.clean import fragment_text
from monitor.liveblog.keys import anchor_of, fingerprint, known_post, make_post
from monitor.liveblog.model import Post
from monitor.liveblog.times import iso_or_none

log = logging.getLogger(__name__)


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in a JSON-LD block, @graph and nesting included."""
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, dict | list):
                yield from _objects(value)


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1] for k in kinds if k}


def _text(value: Any) -> str:
    if isinstance(value, list):
        return "\n".join(_text(v) for v in value)
    if isinstance(value, dict):
        return _text(value.get("text") or value.get("@value") or "")
    return str(value or "")


def _body_text(value: Any) -> str:
    """articleBody is plain text on most sites, HTML on some: clean it either way."""
    raw = xml_safe(_text(value)).strip()  # JSON escapes can spell what lxml refuses
    if not raw:
        return ""
    if "<" in raw and ">" in raw:
        return fragment_text(html.fragment_fromstring(raw, create_parent="div"))
    return fragment_text(html.fragment_fromstring(f"<p>{_escape(raw)}</p>", create_parent="div"))


def _escape(text: str) -> str:
    paragraphs = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "</p><p>".join(paragraphs.splitlines())


def _blocks(tree: html.HtmlElement) -> Iterator[Any]:
    for script in tree.xpath("//script[contains(@type, 'ld+json')]"):
        try:
            yield json.loads(script.text or "")
        except ValueError:
            log.debug("unreadable JSON-LD block skipped")


def jsonld_posts(
    tree: html.HtmlElement, url: str, known: Mapping[str, str] | None = None
) -> list[Post] | None:
    """Posts of the page's LiveBlogPosting, or None when the page has none with updates."""
    for block in _blocks(tree):
        for obj in _objects(block):
            if "LiveBlogPosting" not in _types(obj):
                continue
            updates = obj.get("liveBlogUpdate")
            if isinstance(updates, dict):
                updates = [updates]  # one update is often written as an object, not a list
            if not isinstance(updates, list) or not updates:
                continue
            posts = [_post(update, url, known) for update in updates if isinstance(update, dict)]
            posts = [post for post in posts if post.text or post.title or post.unchanged]
            if posts:
                return posts
    return None


def _post(update: dict[str, Any], url: str, known: Mapping[str, str] | None) -> Post:
    anchor = anchor_of(update.get("url")) or anchor_of(update.get("@id"))
    published = iso_or_none(_text(update.get("datePublished")))
    markup_hash = fingerprint(json.dumps(update, sort_keys=True, ensure_ascii=False, default=str))
    if known and (post := known_post(url, markup_hash, known, anchor, published)):
        return post
    title = _text(update.get("headline") or update.get("name")).strip() or None
    text = _body_text(update.get("articleBody") or update.get("text") or update.get("description"))
    return make_post(
        url,
        anchor=anchor,
        title=title,
        text=text,
        published=published,
        updated=iso_or_none(_text(update.get("dateModified"))),
        markup_hash=markup_hash,
    )
