"""A fetched document becomes one or more updates (a live blog: one per post)."""

from __future__ import annotations

from monitor.diff import content_hash
from monitor.extract import Extracted
from monitor.models import Document, Update


def page_updates(document: Document, extracted: Extracted) -> list[Update]:
    """An article or a feed entry is one update, keyed by its feed id or else its URL."""
    title = document.title or extracted.title
    published = document.published or extracted.published
    return [
        Update(
            key=document.entry_key or document.url,
            url=document.url,
            title=title,
            text=extracted.text,
            published=published,
            content_hash=content_hash(title, extracted.text),
            entry_hash=document.entry_hash,
            kind="feed-entry" if document.entry_key else "page",
        )
    ]
