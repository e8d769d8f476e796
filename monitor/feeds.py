"""Reading feeds into entries, as pure functions over bytes.

RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 through feedparser; JSON Feed 1.0/1.1 (which feedparser 6.0
does not read) with the standard library; and the feeds an HTML page links to, for a home page
given where a feed was expected.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin

import feedparser
import lxml.html
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
    ttl: int | None = None  # RSS <ttl>: seconds the feed may be cached before it is asked again


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


_JSON_FEED_VERSION = "https://jsonfeed.org/version/"


def _json_feed(body: bytes, url: str) -> Feed | None:
    """A JSON Feed document as a Feed; None when the body is not one."""
    if not body.lstrip()[:1] == b"{":
        return None
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict) or not str(document.get("version", "")).startswith(
        _JSON_FEED_VERSION
    ):
        return None
    items = document.get("items")
    if not isinstance(items, list):
        raise ParseError(f"{url} is a JSON Feed without an items list")
    raw_entries = []
    for item in items:
        if not isinstance(item, dict):
            continue
        link = _text_field(item, "url") or _text_field(item, "external_url")
        raw_entries.append(
            {
                "id": _text_field(item, "id"),
                "link": link,
                "title": _text_field(item, "title"),
                "summary": _text_field(item, "content_html")
                or _text_field(item, "content_text")
                or _text_field(item, "summary"),
                "published": _json_date(item.get("date_published")),
                "updated": _json_date(item.get("date_modified")),
            }
        )
    version = "json" + str(document["version"]).rsplit("/", 1)[-1].replace(".", "")
    title = _text_field(document, "title")
    return Feed(title=title, version=version, entries=_entries(raw_entries))


def _text_field(item: dict, name: str) -> str | None:
    value = item.get(name)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)  # JSON Feed ids may be numbers
    return value if isinstance(value, str) and value.strip() else None


def _json_date(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


_FEED_TYPES = {
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
    "application/rdf+xml",
    "text/xml",
    "application/xml",
}


def discover_feeds(body: bytes, url: str) -> list[str]:
    """The feeds an HTML page announces (`<link rel="alternate" type="application/rss+xml">`),
    as absolute URLs, in page order; empty when the page announces none."""
    try:
        root = lxml.html.fromstring(body)
    except (ValueError, lxml.etree.ParserError):
        return []
    found: list[str] = []
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().split(";")[0].strip()
        href = (link.get("href") or "").strip()
        if "alternate" in rel and kind in _FEED_TYPES and href:
            try:
                absolute = urljoin(url, href)
            except ValueError:  # "http://[x": not a URL, so not a feed
                continue
            if absolute not in found:
                found.append(absolute)
    return found


def parse_feed(body: bytes, url: str) -> Feed:
    """Parse a feed document; raise ParseError when it is not a feed at all.

    A truncated or malformed feed keeps the entries feedparser could read (it sets `bozo`);
    a document declaring XML entities is refused before feedparser sees it.
    """
    json_feed = _json_feed(body, url)
    if json_feed is not None:
        return json_feed
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
    raw_entries = []
    for raw in parsed.entries:
        raw_entries.append(
            {
                "id": raw.get("id") or None,
                "link": raw.get("link") or None,
                "title": raw.get("title") or None,
                "summary": _entry_text(raw),
                # Read `updated` only when present: feedparser otherwise aliases `published`.
                "updated": _iso(raw.get("updated_parsed")) if "updated" in raw else None,
                "published": _iso(raw.get("published_parsed")) if "published" in raw else None,
            }
        )
    return Feed(
        title=parsed.feed.get("title") or None,
        version=parsed.get("version", ""),
        entries=_entries(raw_entries),
        ttl=_ttl(parsed.feed.get("ttl")),
    )


def _ttl(minutes: object) -> int | None:
    """RSS <ttl> is in minutes; anything but a positive whole number is ignored."""
    text = str(minutes or "").strip()
    return int(text) * 60 if text.isascii() and text.isdigit() and int(text) > 0 else None


def _entries(raw_entries: list[dict]) -> list[FeedEntry]:
    """Entries with stable keys and change fingerprints, whatever format they came from."""
    entries = []
    seen: dict[str, str | None] = {}  # entry key -> its link
    for raw in raw_entries:
        link, title, summary = raw["link"], raw["title"], raw["summary"]
        published = raw["published"] or raw["updated"]
        updated = raw["updated"] or published
        key = raw["id"] or link
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
    return entries
