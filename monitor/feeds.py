"""Reading RSS and Atom feeds into entries (feedparser), as a pure function over bytes."""

from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from monitor.errors import ParseError

# `<!ENTITY` as any ASCII-compatible encoding spells it, whitespace allowed after `<!`.
_ENTITY_DECLARATION = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)


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


class _RootReachedError(Exception):
    """Raised at the first element: no DTD, so no entity declaration, can come after it."""


class _PrologOnly:
    """An XMLParser target that keeps nothing and stops the parse at the root element."""

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        raise _RootReachedError

    def close(self) -> None:
        return None


def _decodings(body: bytes) -> Iterator[bytes]:
    """The body, and when it has NUL bytes its UTF-16/32 readings re-encoded as UTF-8."""
    yield body
    if b"\x00" in body[:1024]:
        for codec in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
            yield body.decode(codec, errors="ignore").encode("utf-8", errors="ignore")


def declares_entities(body: bytes) -> bool:
    """Whether the document declares XML entities (the billion laughs, XXE): refused unread.

    defusedxml's expat parser reads the prolog only, forbidding every entity declaration
    (internal, external, parameter, unparsed) before anything is expanded or loaded; a DOCTYPE
    that only names an external DTD (RSS 0.91) is allowed, as expat never loads it and
    feedparser drops it. When the prolog is not well-formed XML, or is in an encoding expat
    cannot read (Shift_JIS), feedparser falls back to its loose parser, so a plain search for
    `<!ENTITY` anywhere in the bytes decides instead: a false alarm on a feed quoting the string
    in a CDATA section is a price worth paying for a document that is broken anyway.
    """
    parser = DefusedXMLParser(
        target=_PrologOnly(), forbid_dtd=False, forbid_entities=True, forbid_external=True
    )
    try:
        parser.feed(body)
        parser.close()
    except _RootReachedError:
        return False
    except DefusedXmlException:
        return True
    except Exception:  # any expat or codec error: the prolog is not readable as XML
        pass
    return any(_ENTITY_DECLARATION.search(text) for text in _decodings(body))


def parse_feed(body: bytes, url: str) -> Feed:
    """Parse a feed document; raise ParseError when it is not a feed at all.

    A truncated or malformed feed keeps the entries feedparser could read (it sets `bozo`);
    a document declaring XML entities is refused before feedparser sees it.
    """
    if declares_entities(body):
        raise ParseError(f"{url} declares XML entities; refused")
    try:
        parsed = feedparser.parse(body, response_headers={"content-location": url})
    except Exception as exc:  # hostile bytes: whatever breaks feedparser is bad input
        raise ParseError(f"{url} could not be read as a feed ({type(exc).__name__})") from None
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({type(reason).__name__})" if reason else ""
        raise ParseError(f"{url} is not an RSS or Atom feed{detail}")
    entries = []
    seen: dict[str, str | None] = {}  # entry key -> its link
    for raw in parsed.entries:
        link = raw.get("link") or None
        title = raw.get("title") or None
        summary = _entry_text(raw)
        # Read `updated` only when present: feedparser otherwise aliases it to `published`.
        updated = _iso(raw.get("updated_parsed")) if "updated" in raw else None
        published = _iso(raw.get("published_parsed")) if "published" in raw else None
        published = published or updated
        updated = updated or published
        key = raw.get("id") or link
        fingerprint = "\x1f".join(str(part or "") for part in (title, link, summary, updated))
        if not key:
            # No id and no link: the text is all the identity the entry has.
            key = "sha1:" + hashlib.sha1(fingerprint.encode()).hexdigest()
        if key in seen:
            # One guid twice: the same item listed twice is kept once; a CMS that gives one
            # guid to different articles keeps each, the later ones known by their link.
            if not link or link == seen[key] or link in seen:
                continue
            key = link
        seen[key] = link
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
    return Feed(
        title=parsed.feed.get("title") or None, version=parsed.get("version", ""), entries=entries
    )
