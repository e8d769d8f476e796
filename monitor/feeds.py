"""Reading RSS and Atom feeds into entries (feedparser), as a pure function over bytes."""

from __future__ import annotations

import calendar
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser

from monitor.errors import ParseError


@dataclass(frozen=True)
class FeedEntry:
    key: str  # the entry's id (guid), else its link: stable identity within the feed
    link: str | None
    title: str | None
    published: str | None  # ISO 8601 UTC
    summary: str | None  # the entry's own content or summary, HTML or text
    entry_hash: str  # changes when the entry is edited: then its page is fetched again


@dataclass(frozen=True)
class Feed:
    title: str | None
    version: str
    entries: list[FeedEntry]


def _iso(parsed_time: object) -> str | None:
    if not parsed_time:
        return None
    try:
        stamp = calendar.timegm(parsed_time)  # feedparser gives struct_time in UTC
    except (TypeError, ValueError, OverflowError):
        return None
    return datetime.fromtimestamp(stamp, UTC).isoformat(timespec="seconds")


def _entry_text(entry: feedparser.FeedParserDict) -> str | None:
    for content in entry.get("content") or []:
        if content.get("value"):
            return content["value"]
    return entry.get("summary") or None


def parse_feed(body: bytes, url: str) -> Feed:
    """Parse a feed document; raise ParseError when it is not a feed at all."""
    parsed = feedparser.parse(body, response_headers={"content-location": url})
    if not parsed.version and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({type(reason).__name__})" if reason else ""
        raise ParseError(f"{url} is not an RSS or Atom feed{detail}")
    entries = []
    for raw in parsed.entries:
        link = raw.get("link") or None
        title = raw.get("title") or None
        summary = _entry_text(raw)
        # Read `updated` only when present: feedparser otherwise aliases it to `published`.
        updated = _iso(raw["updated_parsed"]) if "updated" in raw else None
        published = _iso(raw.get("published_parsed")) if "published" in raw else None
        published = published or updated
        updated = updated or published
        key = raw.get("id") or link
        fingerprint = "\x1f".join(str(part or "") for part in (title, link, summary, updated))
        if not key:
            # No id and no link: the text is all the identity the entry has.
            key = "sha1:" + hashlib.sha1(fingerprint.encode()).hexdigest()
        entries.append(
            FeedEntry(
                key=key,
                link=link,
                title=title,
                published=published,
                summary=summary,
                entry_hash=hashlib.sha1(fingerprint.encode()).hexdigest(),
            )
        )
    return Feed(title=parsed.feed.get("title") or None, version=parsed.version, entries=entries)
